/** KB 4025764 step 3: HTTP 401 is fine only when followed by 200; 401s never followed by success point at authentication or ACL problems. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { BROWSER_AGENT, HEALTHY_IIS_NOISE, iisLog, SOAP_AGENT, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

export default defineRule({
  id: 'iis-log-401-unresolved',
  ref: 'WSUS-0025',
  title: 'The WSUS IIS log shows HTTP 401 never followed by success',
  severity: 'warning',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.unresolved401.count', 'greaterThan', 0),
  ...IIS_LOG_UNUSABLE,
  message:
    'IIS answered {{derived.iisLog.unresolved401.count}} request(s) of WSUS clients or the console with HTTP 401 that the same client never followed with a success for the same URL between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC). Sub-statuses of their 401s: {{derived.iisLog.wsusRequests.subStatusCounts.401|times}}. Left out: {{derived.iisLog.unresolved401.cutAtEnd}} handshake(s) in the last 2 seconds of the excerpt.',
  evidence: ['wsusServer.contentDir'],
  logEvidence: ['derived.iisLog.unresolved401'],
  summary: 'Every HTTP 401 to a WSUS client or the console in the WSUS IIS log is followed by a successful (200) request of the same client.',
  rationale:
    'KB 4025764 defines 401 as "Authorization: OK if followed by 200" (the Windows authentication handshake of the console on ApiRemoting30 always starts with a 401). A 401 that is never followed by success means the client was refused: anonymous authentication removed from a WSUS application (401.2), or the computer accounts lack read access to a shared content folder (401.3, shown in the shared-SUSDB guide with client error 0x800710dd). A console user with wrong credentials gives the same pattern, hence a warning. Only WSUS clients, downstream servers and the console count (a browser or scanner refused on ApiRemoting30 is not a WSUS problem), and a 401 in the last 2 seconds of the excerpt is left out: the end of the excerpt may have cut its handshake.',
  remediation: [
    'Read the sc-substatus and the client address (c-ip) in the lines below.',
    '401.2 on ClientWebService, SimpleAuthWebService, Content...: enable Anonymous Authentication on that application (IIS Manager > the application > Authentication).',
    '401.3 on /Content: grant read access on the WsusContent folder (and the share, when ContentDir is a UNC path) to the accounts IIS uses; on a shared content folder, the WSUS servers\' computer accounts need Full Control; then "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" checkhealth (event 12072 reports content permission problems).',
    'ApiRemoting30 only: check the credentials and WSUS Administrators membership of the console user or ConfigMgr site server account.',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE],
  tests: [
    { name: 'console 401 followed by 200 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a healthy site with handshakes, a scanner 401 and an excerpt ending mid-handshake passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    {
      name: 'a browser refused on ApiRemoting30 and a handshake cut by the end of the excerpt pass',
      facts: iisLog([
        `2026-11-24 12:00:00 10.0.0.10 GET /ApiRemoting30/WebService.asmx - 8530 - 10.0.5.20 ${BROWSER_AGENT} - 401 2 5 0`,
        `2026-11-24 12:00:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 187`,
        `2026-11-24 12:05:00 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.20 ${SOAP_AGENT} - 401 2 5 0`,
        `2026-11-24 12:05:00 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.20 ${SOAP_AGENT} - 401 1 2148074254 0`,
      ]),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'content 401.3 never followed by 200 fails',
      facts: iisLog([
        '2026-11-24 12:00:01 10.0.0.10 HEAD /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 Microsoft+BITS/7.8 - 401 3 5 281',
        `2026-11-24 12:00:05 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'fail',
      message: 'IIS answered 1 request(s) of WSUS clients or the console with HTTP 401 that the same client never followed with a success for the same URL between 2026-11-24T12:00:01.000Z and 2026-11-24T12:00:05.000Z (UTC). Sub-statuses of their 401s: 3 x1. Left out: 0 handshake(s)',
    },
    {
      name: 'a client web service refusing anonymous clients (401.2) fails',
      facts: iisLog([
        `2026-11-24 12:10:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.30 ${WUA_AGENT} - 401 2 5 0`,
        `2026-11-24 12:10:09 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.30 ${WUA_AGENT} - 401 2 5 0`,
      ]),
      expect: 'fail',
    },
    {
      name: 'the console refused for a minute before the end of the excerpt fails; its last 401 is left out',
      facts: iisLog([
        `2026-11-24 12:10:00 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.20 ${SOAP_AGENT} - 401 1 1326 0`,
        `2026-11-24 12:10:30 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 187`,
        `2026-11-24 12:11:00 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.20 ${SOAP_AGENT} - 401 1 1326 0`,
      ]),
      expect: 'fail',
      message: 'IIS answered 1 request(s) of WSUS clients or the console with HTTP 401',
    },
    ...WRONG_LOG_KIND_CASES,
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

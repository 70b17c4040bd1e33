/** KB 4025764 step 3: HTTP 401 is fine only when followed by 200; 401s never followed by success point at authentication or ACL problems. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { iisLog, WUA_AGENT } from './shared/log-lines.js';

export default defineRule({
  id: 'iis-log-401-unresolved',
  ref: 'WSUS-0025',
  title: 'The WSUS IIS log shows HTTP 401 never followed by success',
  severity: 'warning',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.unresolved401.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.iisLog.entries', 'equal', 0),
  inconclusiveMessage: 'the IIS log excerpt has no parsable entries ({{derived.iisLog.skippedLines}} lines skipped).',
  message:
    'The IIS log of the WSUS site has {{derived.iisLog.unresolved401.count}} HTTP 401 response(s) that were not followed by a 200 for the same client and URL between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC). 401.2 on a client web service = anonymous access removed; 401.3 on /Content = NTFS or share permissions on the content folder (client error 0x800710DD).',
  evidence: ['wsusServer.contentDir'],
  logEvidence: ['derived.iisLog.unresolved401'],
  summary: 'Every HTTP 401 in the WSUS IIS log is followed by a successful (200) request of the same client.',
  rationale:
    'KB 4025764 defines 401 as "Authorization: OK if followed by 200" (the Windows authentication handshake of the console on ApiRemoting30 always starts with a 401). A 401 that is never followed by success means the client was refused: anonymous authentication removed from a WSUS application (401.2), or the computer accounts lack read access to a shared content folder (401.3, shown in the shared-SUSDB guide with client error 0x800710dd). A console user with wrong credentials gives the same pattern, hence a warning.',
  remediation: [
    'Read the sc-substatus in the lines below.',
    '401.2 on ClientWebService, SimpleAuthWebService, Content...: enable Anonymous Authentication on that application (IIS Manager > the application > Authentication).',
    '401.3 on /Content: grant read access on the WsusContent folder (and the share, when ContentDir is a UNC path) to the accounts IIS uses; on a shared content folder, the WSUS servers\' computer accounts need Full Control; then "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" checkhealth (event 12072 reports content permission problems).',
    'ApiRemoting30 only: check the credentials and WSUS Administrators membership of the console user or ConfigMgr site server account.',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE],
  tests: [
    { name: 'console 401 followed by 200 (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'content 401.3 never followed by 200 fails',
      facts: iisLog([
        '2026-11-24 12:00:01 10.0.0.10 HEAD /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 Microsoft+BITS/7.8 - 401 3 5 281',
        `2026-11-24 12:00:05 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'fail',
      message: 'has 1 HTTP 401 response(s)',
    },
    {
      name: 'a client web service refusing anonymous clients (401.2) fails',
      facts: iisLog([
        `2026-11-24 12:10:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.30 ${WUA_AGENT} - 401 2 5 0`,
        `2026-11-24 12:10:09 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.30 ${WUA_AGENT} - 401 2 5 0`,
      ]),
      expect: 'fail',
    },
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

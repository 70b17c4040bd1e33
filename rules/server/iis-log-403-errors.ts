/** KB 4025764 step 3: HTTP 403 in the WSUS IIS log = certificate issues or incorrect IIS configuration. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { BROWSER_AGENT, HEALTHY_IIS_NOISE, iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

export default defineRule({
  id: 'iis-log-403-errors',
  ref: 'WSUS-0021',
  title: 'The WSUS IIS log shows HTTP 403 (access refused: certificate or IIS configuration)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status403.count', 'greaterThan', 0),
  ...IIS_LOG_UNUSABLE,
  message:
    'IIS refused {{derived.iisLog.status403.count}} request(s) of WSUS clients to the WSUS applications with HTTP 403 between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC): {{derived.iisLog.status403_4.count}} with 403.4 (SSL required: the client used HTTP) and {{derived.iisLog.status403_7.count}} with 403.7 (client certificate required). Sub-statuses: {{derived.iisLog.wsusRequests.subStatusCounts.403|times}}. Left out as noise: {{derived.iisLog.noise.count}} request(s) of browsers, scripts, probes, scanners and to other paths.',
  evidence: ['wsusServer.usingSsl', 'wsusServer.portNumber', 'derived.wsusApplications.contentRequiresSsl', 'derived.wsusApplications.clientCertificatesNotIgnored'],
  logEvidence: ['derived.iisLog.status403'],
  summary: 'The WSUS IIS log has no HTTP 403 responses to WSUS clients.',
  rationale:
    'KB 4025764 asks to review the IIS logs of the WSUS site and defines 403 as "access failure: certificate issues or incorrect IIS configuration". Only requests of WSUS clients and servers (Windows Update Agent, BITS, Delivery Optimization, the SOAP client of downstream servers and the console) to the WSUS applications count: opening a WSUS URL in a browser returns 403 normally (KB 4025764), and curl, monitoring probes and scanners get 403s that say nothing about clients. For clients, 403.4 means an HTTP request to an SSL-only application (wrong URL or port in the client policy, or SSL required on the whole site), 403.7 a client certificate demanded by the SSL settings (client error 0x80072F0C).',
  remediation: [
    'Read the sc-substatus of the lines below (sc-status sc-substatus sc-win32-status).',
    '403.4: check that clients use https://<FQDN>:8531 when WSUS uses SSL (and http://<server>:8530 otherwise), and that only the web-service applications require SSL, not the whole site or Content.',
    '403.7: set SSL Settings > Client certificates to Ignore on the WSUS site and its applications.',
    '403.6 or 403.503 (client IP address rejected): remove IP address and domain restrictions from the WSUS site (IIS Manager > IP Address and Domain Restrictions).',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, SCAN_FAILURES],
  tests: [
    { name: 'log without 403 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a healthy site with browsers, probes, curl, a scanner and a browser 403.4 passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    {
      name: 'command-line, probe and scanner 403s on WSUS and other paths pass',
      facts: iisLog([
        '2026-11-24 09:00:01 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.5.21 curl/8.4.0 - 403 4 5 0',
        '2026-11-24 09:00:02 10.0.0.10 GET /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.9.8 Mozilla/5.0+(compatible;+PRTG+Network+Monitor+(www.paessler.com);+Windows) - 403 14 0 0',
        '2026-11-24 09:00:03 10.0.0.10 GET /private/ - 8530 - 10.0.66.6 Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003) - 403 14 0 0',
        '2026-11-24 09:00:04 10.0.0.10 GET /iisstart.htm - 8530 - 10.0.9.9 Go-http-client/1.1 - 403 14 0 0',
        `2026-11-24 09:00:05 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'a browser opening a WSUS URL (normal 403) passes',
      facts: iisLog([
        '2026-11-24 09:00:01 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.1.50 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0 - 403 14 0 3',
        `2026-11-24 09:00:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
      ]),
      expect: 'pass',
    },
    {
      name: 'clients refused with 403.4 (SSL required) fail',
      facts: iisLog([
        `2026-11-24 09:15:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.31 ${WUA_AGENT} - 403 4 5 15`,
        `2026-11-24 09:15:07 10.0.0.10 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.1.32 ${WUA_AGENT} - 403 4 5 0`,
      ]),
      expect: 'fail',
      message: 'IIS refused 2 request(s) of WSUS clients to the WSUS applications with HTTP 403 between 2026-11-24T09:15:01.000Z and 2026-11-24T09:15:07.000Z (UTC): 2 with 403.4 (SSL required',
    },
    {
      name: 'a client certificate demanded (403.7) fails',
      facts: iisLog([`2026-11-24 09:20:00 10.0.0.10 POST /ClientWebService/client.asmx - 8531 - 10.0.1.33 ${WUA_AGENT} - 403 7 5 31`]),
      expect: 'fail',
      message: '0 with 403.4 (SSL required: the client used HTTP) and 1 with 403.7 (client certificate required). Sub-statuses: 7 x1.',
    },
    {
      name: 'the console refused with 403.7 among browser 403s fails and counts only the console',
      facts: iisLog([
        `2026-11-24 09:20:00 10.0.0.10 GET /ApiRemoting30/WebService.asmx - 8531 - 10.0.5.20 ${BROWSER_AGENT} - 403 7 5 3`,
        '2026-11-24 09:20:01 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8531 - 10.0.0.20 Mozilla/4.0+(compatible;+MSIE+6.0;+MS+Web+Services+Client+Protocol+4.0.30319.42000) - 403 7 5 31',
      ]),
      expect: 'fail',
      message: 'IIS refused 1 request(s)',
    },
    ...WRONG_LOG_KIND_CASES,
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', message: 'log folder not found', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

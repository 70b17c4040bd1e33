/** KB 4025764 step 3: HTTP 403 in the WSUS IIS log = certificate issues or incorrect IIS configuration. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { iisLog, WUA_AGENT } from './shared/log-lines.js';

export default defineRule({
  id: 'iis-log-403-errors',
  ref: 'WSUS-0021',
  title: 'The WSUS IIS log shows HTTP 403 (access refused: certificate or IIS configuration)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status403.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.iisLog.entries', 'equal', 0),
  inconclusiveMessage: 'the IIS log excerpt has no parsable entries ({{derived.iisLog.skippedLines}} lines skipped).',
  message:
    'The IIS log of the WSUS site has {{derived.iisLog.status403.count}} request(s) refused with HTTP 403 between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC; the normal 403 of a browser opening a WSUS URL is not counted): {{derived.iisLog.status403_4.count}} with 403.4 (SSL required, the client used HTTP) and {{derived.iisLog.status403_7.count}} with 403.7 (client certificate required). Count per sub-status, browser 403s included (403.<sub-status> <count>): {{derived.iisLog.subStatusCounts.403|counts}}; 403.6/403.503 = client IP address rejected.',
  evidence: ['wsusServer.usingSsl', 'wsusServer.portNumber', 'derived.wsusApplications.contentRequiresSsl', 'derived.wsusApplications.clientCertificatesNotIgnored'],
  logEvidence: ['derived.iisLog.status403'],
  summary: 'The WSUS IIS log has no HTTP 403 responses to Windows Update clients.',
  rationale:
    'KB 4025764 asks to review the IIS logs of the WSUS site and defines 403 as "access failure: certificate issues or incorrect IIS configuration"; browsing most WSUS URLs returns 403 normally, so those requests are excluded. For clients, 403.4 means an HTTP request to an SSL-only application (wrong URL or port in the client policy, or SSL required on the whole site), 403.7 a client certificate demanded by the SSL settings (client error 0x80072F0C).',
  remediation: [
    'Read the sc-substatus of the lines below (sc-status sc-substatus sc-win32-status).',
    '403.4: check that clients use https://<FQDN>:8531 when WSUS uses SSL (and http://<server>:8530 otherwise), and that only the web-service applications require SSL, not the whole site or Content.',
    '403.7: set SSL Settings > Client certificates to Ignore on the WSUS site and its applications.',
    '403.6/403.503: remove IP address and domain restrictions from the WSUS site (IIS Manager > IP Address and Domain Restrictions).',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, SCAN_FAILURES],
  tests: [
    { name: 'log without 403 (base) passes', facts: {}, expect: 'pass' },
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
      message: 'has 2 request(s) refused with HTTP 403 between 2026-11-24T09:15:01.000Z and 2026-11-24T09:15:07.000Z (UTC; the normal 403 of a browser opening a WSUS URL is not counted): 2 with 403.4 (SSL required',
    },
    {
      name: 'a client certificate demanded (403.7) fails',
      facts: iisLog([`2026-11-24 09:20:00 10.0.0.10 POST /ClientWebService/client.asmx - 8531 - 10.0.1.33 ${WUA_AGENT} - 403 7 5 31`]),
      expect: 'fail',
      message: '0 with 403.4 (SSL required, the client used HTTP) and 1 with 403.7 (client certificate required)',
    },
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', message: 'log folder not found', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

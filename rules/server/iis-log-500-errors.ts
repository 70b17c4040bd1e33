/** KB 4025764 step 3: HTTP 500 in the WSUS IIS log (500.24 = ASP.NET impersonation). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { iisLog, WUA_AGENT } from './shared/log-lines.js';

export default defineRule({
  id: 'iis-log-500-errors',
  ref: 'WSUS-0023',
  title: 'The WSUS IIS log shows HTTP 500 (server error; 500.24 = ASP.NET impersonation)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status500.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.iisLog.entries', 'equal', 0),
  inconclusiveMessage: 'the IIS log excerpt has no parsable entries ({{derived.iisLog.skippedLines}} lines skipped).',
  message:
    'The IIS log of the WSUS site has {{derived.iisLog.status500.count}} request(s) that failed with HTTP 500 between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC), {{derived.iisLog.status500_24.count}} of them 500.24 (ASP.NET impersonation enabled). Count per sub-status (500.<sub-status> <count>): {{derived.iisLog.subStatusCounts.500|counts}}. "500 24 50" = ASP.NET impersonation enabled, "500 19" = invalid configuration (web.config/applicationHost.config), "500 0" = an exception in the WSUS web service.',
  evidence: ['derived.iisLog.subStatusCounts.500', 'derived.wsusApplications.impersonationEnabled'],
  logEvidence: ['derived.iisLog.status500'],
  summary: 'The WSUS IIS log has no HTTP 500 server errors.',
  rationale:
    'KB 4025764 lists 500 among the IIS log codes to check when clients cannot connect. The WSUS case documented by Microsoft is 500.24 (sc-substatus 24, win32 status 50): ASP.NET impersonation enabled on the WSUS site or its applications, which the integrated pipeline rejects for every request ("Unable to connect to WSUS Administration Website", KB 2737219); the console then fails with event 7053.',
  remediation: [
    '500.24: disable ASP.NET Impersonation on the WSUS site and every WSUS application (IIS Manager > Authentication > ASP.NET Impersonation > Disable).',
    '500.19: open the failing URL locally to see which configuration file and line IIS rejects, and repair it (often a web.config edited by hand).',
    'Other 500s: look at the Application log (source Windows Server Update Services, ASP.NET) and %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log at the same time; check that SUSDB is reachable.',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES],
  tests: [
    { name: 'log without 500 (base) passes', facts: {}, expect: 'pass' },
    {
      name: '500.24 (ASP.NET impersonation) fails',
      facts: iisLog([
        `2026-11-24 10:00:01 10.0.0.10 POST /ClientWebService/Client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 500 24 50 508`,
        '2026-11-24 10:00:03 10.0.0.10 GET /selfupdate/iuident.cab - 8530 - 10.0.1.22 Windows-Update-Agent - 500 24 50 3715',
      ]),
      expect: 'fail',
      message: 'has 2 request(s) that failed with HTTP 500 between 2026-11-24T10:00:01.000Z and 2026-11-24T10:00:03.000Z (UTC), 2 of them 500.24',
    },
    {
      name: 'a single application error fails',
      facts: iisLog([`2026-11-24 10:05:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.23 ${WUA_AGENT} - 500 0 0 1203`]),
      expect: 'fail',
      message: '0 of them 500.24 (ASP.NET impersonation enabled). Count per sub-status (500.<sub-status> <count>): 0 1.',
    },
    {
      name: 'mixed sub-statuses are counted each',
      facts: iisLog([
        `2026-11-24 10:05:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.23 ${WUA_AGENT} - 500 19 13 12`,
        `2026-11-24 10:05:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.24 ${WUA_AGENT} - 500 19 13 12`,
        `2026-11-24 10:05:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.25 ${WUA_AGENT} - 500 24 50 12`,
      ]),
      expect: 'fail',
      message: 'Count per sub-status (500.<sub-status> <count>): 19 2, 24 1.',
    },
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

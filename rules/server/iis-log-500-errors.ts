/** KB 4025764 step 3: HTTP 500 with a configuration sub-status in the WSUS IIS log (500.19 invalid configuration, 500.24 ASP.NET impersonation...): IIS rejects every request of that application. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { HEALTHY_IIS_NOISE, iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

export default defineRule({
  id: 'iis-log-500-errors',
  ref: 'WSUS-0023',
  title: 'The WSUS IIS log shows HTTP 500 configuration errors (500.19, 500.21-500.24, 500.50-500.53)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status500Config.count', 'greaterThan', 0),
  ...IIS_LOG_UNUSABLE,
  message:
    'IIS rejected {{derived.iisLog.status500Config.count}} request(s) of WSUS clients with a configuration error (HTTP 500.19, 500.21-500.24 or 500.50-500.53) between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC), {{derived.iisLog.status500_24.count}} of them 500.24. Sub-statuses of all their 500s: {{derived.iisLog.wsusRequests.subStatusCounts.500|times}}.',
  evidence: ['derived.iisLog.wsusRequests.subStatusCounts.500', 'derived.wsusApplications.impersonationEnabled'],
  logEvidence: ['derived.iisLog.status500Config'],
  summary: 'The WSUS IIS log has no HTTP 500 configuration errors (500.19, 500.21-500.24, 500.50-500.53) for WSUS clients.',
  rationale:
    'KB 4025764 lists 500 among the IIS log codes to check when clients cannot connect. A configuration sub-status (KB 943891) means IIS rejects every request of the application until the configuration is fixed: 500.19 = configuration data invalid (a damaged web.config or applicationHost.config), 500.21 = module not recognized, 500.22/500.23 = httpModules/httpHandlers configuration that does not apply in the integrated pipeline, 500.24 = identity impersonation that does not apply in the integrated pipeline (the WSUS case documented by Microsoft, logged "500 24 50": ASP.NET impersonation enabled on the WSUS site or its applications; the console fails with event 7053, KB 2737219), 500.50-500.53 = URL Rewrite rule errors. Plain 500.0 answers on the .asmx web services are SOAP faults that clients recover from (cookie expiry, SOAP 1.1 faults) when they are rare; their rate has its own warning rule (iis-log-500-fault-rate).',
  remediation: [
    '500.24: disable ASP.NET Impersonation on the WSUS site and every WSUS application (IIS Manager > Authentication > ASP.NET Impersonation > Disable).',
    '500.19: on the server, open the failing URL (e.g. http://localhost:8530/ClientWebService/client.asmx) to see which configuration file and line IIS rejects, and repair it (often a web.config under %ProgramFiles%\\Update Services\\WebServices edited by hand); %windir%\\system32\\inetsrv\\config\\applicationHost.config has automatic backups in %SystemDrive%\\inetpub\\history.',
    '500.21-500.23: check that WsusPool runs .NET CLR v4.0 in Integrated pipeline mode (Get-ItemProperty IIS:\\AppPools\\WsusPool | Select-Object managedRuntimeVersion, managedPipelineMode) and remove modules or handlers added to the WSUS site.',
    '500.50-500.53: disable or fix the URL Rewrite rules on the WSUS site (IIS Manager > the site > URL Rewrite).',
    'Then run iisreset and confirm that the IIS log shows 200 for the same URLs.',
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
      message: 'IIS rejected 2 request(s) of WSUS clients with a configuration error (HTTP 500.19, 500.21-500.24 or 500.50-500.53) between 2026-11-24T10:00:01.000Z and 2026-11-24T10:00:03.000Z (UTC), 2 of them 500.24',
    },
    { name: 'a healthy site with an isolated 500.0 SOAP fault and a sqlmap 500 passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    {
      name: 'a single 500.0 SOAP fault is left to the rate rule',
      facts: iisLog([`2026-11-24 10:05:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.23 ${WUA_AGENT} - 500 0 0 1203`]),
      expect: 'pass',
    },
    {
      name: '500.19 (invalid configuration) fails',
      facts: iisLog([
        `2026-11-24 10:06:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.23 ${WUA_AGENT} - 500 19 13 0`,
        `2026-11-24 10:06:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.24 ${WUA_AGENT} - 500 0 0 31`,
      ]),
      expect: 'fail',
      message: 'IIS rejected 1 request(s) of WSUS clients with a configuration error (HTTP 500.19, 500.21-500.24 or 500.50-500.53) between 2026-11-24T10:06:00.000Z and 2026-11-24T10:06:01.000Z (UTC), 0 of them 500.24. Sub-statuses of all their 500s: 0 x1, 19 x1.',
    },
    {
      name: 'mixed sub-statuses are counted each',
      facts: iisLog([
        `2026-11-24 10:05:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.23 ${WUA_AGENT} - 500 19 13 12`,
        `2026-11-24 10:05:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.24 ${WUA_AGENT} - 500 19 13 12`,
        `2026-11-24 10:05:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.25 ${WUA_AGENT} - 500 24 50 12`,
      ]),
      expect: 'fail',
      message: 'Sub-statuses of all their 500s: 19 x2, 24 x1.',
    },
    ...WRONG_LOG_KIND_CASES,
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

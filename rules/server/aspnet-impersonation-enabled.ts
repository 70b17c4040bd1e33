/** KB 2737219 / knowledge 2.3: ASP.NET impersonation must be off on the WSUS site and applications (on gives HTTP 500.24). */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';

export default defineRule({
  id: 'aspnet-impersonation-enabled',
  ref: 'WSUS-0019',
  title: 'ASP.NET impersonation is enabled on WSUS applications (HTTP 500.24)',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['iis.wsusApplications'],
  when: fact('derived.wsusApplications.impersonationEnabled', 'lengthGreaterThan', 0),
  inconclusiveWhen: any(not(fact('iis.wsusApplications', 'lengthGreaterThan', 0)), fact('derived.wsusApplications.impersonationNotRead', 'lengthGreaterThan', 0)),
  inconclusiveMessage: 'the ASP.NET impersonation setting could not be checked on every WSUS application (applications collected: {{derived.wsusApplications.names|count}}; setting not read on: {{derived.wsusApplications.impersonationNotRead|list}}).',
  message:
    'ASP.NET impersonation is enabled on {{derived.wsusApplications.impersonationEnabled|list}}. In the integrated pipeline IIS rejects those requests with HTTP 500.24 (W3C log "500 24 50"; {{#if derived.iisLog.available}}the IIS log has {{derived.iisLog.status500_24.count}} such request(s){{else}}the IIS log was not collected{{/if}}): clients cannot scan and the console fails with event 7053.',
  evidence: ['derived.wsusApplications.impersonationEnabled', 'derived.iisLog.status500_24.count'],
  logEvidence: ['derived.iisLog.status500_24'],
  summary: 'ASP.NET impersonation is disabled on the WSUS site and all its applications.',
  rationale:
    'WsusPool runs in the integrated pipeline, where an enabled <identity impersonate="true"/> fails configuration validation: IIS returns 500.24 (ConfigurationValidationModule, 0x80070032) for every request to the application, as shown in "Unable to connect to WSUS Administration Website" (KB 2737219). KB 4025764 lists 500 among the IIS log errors to look for. Other products installed on the same IIS (e.g. SharePoint) sometimes switch it on at site level.',
  remediation: [
    'In IIS Manager, select the WSUS site and each WSUS application > Authentication > ASP.NET Impersonation > Disable.',
    'Or: Set-WebConfigurationProperty -PSPath IIS:\\ -Location "WSUS Administration/ClientWebService" -Filter system.web/identity -Name impersonate -Value False (repeat for each application and for the site).',
    'Check that the IIS log no longer shows "500 24" and that the console connects.',
  ],
  references: [KB4025764, IIS_HTTP_STATUS_CODES, WSUS_CONFIGURE],
  tests: [
    { name: 'impersonation off everywhere (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'an isolated SOAP fault (500.0) among successful client calls is not impersonation',
      noise: true,
      facts: iisLog([
        `2026-11-24 09:20:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
        `2026-11-24 09:20:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 500 0 0 31`,
        `2026-11-24 09:20:03 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 240`,
      ]),
      expect: 'pass',
    },
    {
      name: 'impersonation on ClientWebService fails',
      facts: {
        iis: {
          wsusApplications: [
            { name: 'ApiRemoting30', kind: 'application', aspNetImpersonation: false },
            { name: 'ClientWebService', kind: 'application', aspNetImpersonation: true },
            { name: 'Content', kind: 'virtualDirectory' },
          ],
        },
      },
      expect: 'fail',
      message: 'enabled on ClientWebService. In the integrated pipeline',
    },
    {
      name: 'impersonation on an application, with the 500.24 lines in the IIS log, fails and counts them',
      facts: {
        iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application', aspNetImpersonation: true }] },
        ...iisLog([`2026-11-24 10:00:01 10.0.0.10 POST /ClientWebService/Client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 500 24 50 508`]),
      },
      expect: 'fail',
      message: '1 such request(s)',
    },
    {
      name: 'impersonation on the Selfupdate virtual directory fails',
      facts: {
        iis: {
          wsusApplications: [
            { name: 'ClientWebService', kind: 'application', aspNetImpersonation: false },
            { name: 'Selfupdate', kind: 'virtualDirectory', aspNetImpersonation: true },
          ],
        },
      },
      expect: 'fail',
      message: 'enabled on Selfupdate.',
    },
    {
      name: 'impersonation not read on an application is insufficient evidence',
      facts: { iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application' }, { name: 'Content', kind: 'virtualDirectory' }] } },
      expect: 'insufficientEvidence',
      message: 'setting not read on: ClientWebService)',
    },
    { name: 'an empty application list is insufficient evidence', facts: { iis: { wsusApplications: [] } }, expect: 'insufficientEvidence' },
    { name: 'application list not read is insufficient evidence', facts: { iis: { wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

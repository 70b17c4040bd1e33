/** KB 2737219 / knowledge 2.3: ASP.NET impersonation must be off on the WSUS site and applications (on gives HTTP 500.24). */
import { any, defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { appFact, applicationListNotCheckable, someWsusApplication } from './shared/wsus-applications.js';

export default defineRule({
  id: 'aspnet-impersonation-enabled',
  ref: 'WSUS-0019',
  title: 'ASP.NET impersonation is enabled on WSUS applications (HTTP 500.24)',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server' },
  requires: ['iis.wsusApplications'],
  when: someWsusApplication((i) => [appFact(i, 'aspNetImpersonation', 'equal', true)]),
  inconclusiveWhen: any(
    applicationListNotCheckable,
    someWsusApplication((i) => [appFact(i, 'kind', 'equal', 'application'), appFact(i, 'aspNetImpersonation', 'exists', false)]),
  ),
  inconclusiveMessage: 'the ASP.NET impersonation setting was not read for every WSUS application (or the application list is empty or longer than the rule checks).',
  message:
    'ASP.NET impersonation is enabled on at least one WSUS application or virtual directory (see the evidence: iis.wsusApplications.<n>.aspNetImpersonation). In the integrated pipeline IIS rejects those requests with HTTP 500.24 (W3C log "500 24 50"): clients cannot scan and the console fails with event 7053.',
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
      message: '500.24',
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
    },
    {
      name: 'impersonation not read on an application is insufficient evidence',
      facts: { iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application' }, { name: 'Content', kind: 'virtualDirectory' }] } },
      expect: 'insufficientEvidence',
    },
    { name: 'application list not read is insufficient evidence', facts: { iis: { wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

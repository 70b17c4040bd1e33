/** Configure WSUS / knowledge 2.3: anonymous authentication must stay enabled on the anonymous WSUS applications. */
import { any, defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { ANONYMOUS_APPLICATIONS, appFact, applicationListNotCheckable, someWsusApplication } from './shared/wsus-applications.js';

export default defineRule({
  id: 'anonymous-authentication-disabled',
  ref: 'WSUS-0020',
  title: 'Anonymous authentication is disabled on a WSUS application that clients reach anonymously',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server' },
  requires: ['iis.wsusApplications'],
  when: someWsusApplication((i) => [appFact(i, 'name', 'in', ANONYMOUS_APPLICATIONS), appFact(i, 'anonymousAuthentication', 'equal', false)]),
  inconclusiveWhen: any(
    applicationListNotCheckable,
    someWsusApplication((i) => [appFact(i, 'name', 'in', ANONYMOUS_APPLICATIONS), appFact(i, 'anonymousAuthentication', 'exists', false)]),
  ),
  inconclusiveMessage: 'the anonymous-authentication setting was not read for every anonymous WSUS application (or the application list is empty or longer than the rule checks).',
  message:
    'Anonymous authentication is disabled on at least one of ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService, ReportingWebService, Inventory, Content or Selfupdate (see the evidence: iis.wsusApplications.<n>.name / anonymousAuthentication). Windows Update clients do not authenticate, so those requests end in HTTP 401 and scans, downloads or reporting fail.',
  summary: 'Anonymous authentication is enabled on every WSUS application and virtual directory that clients use anonymously.',
  rationale:
    'WSUS setup configures ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService, ReportingWebService, Inventory, Content and Selfupdate for anonymous access (only ApiRemoting30 uses Windows authentication). Step 2: Configure WSUS notes that other products sharing the IIS server can remove anonymous access. Clients then get 401 responses that are never followed by a 200, which KB 4025764 treats as an error ("401: OK if followed by 200").',
  remediation: [
    'In IIS Manager, select each listed application under the WSUS site > Authentication > Anonymous Authentication > Enable.',
    'Or: Set-WebConfigurationProperty -PSPath IIS:\\ -Location "WSUS Administration/ClientWebService" -Filter system.webServer/security/authentication/anonymousAuthentication -Name enabled -Value True (repeat per application).',
    'Find out which product changed it (site-level authentication settings inherited by the WSUS applications) so it does not come back.',
  ],
  references: [WSUS_CONFIGURE, KB4025764],
  tests: [
    { name: 'anonymous enabled everywhere it should be (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'ApiRemoting30 without anonymous authentication (normal) passes',
      facts: {
        iis: {
          wsusApplications: [
            { name: 'ApiRemoting30', kind: 'application', anonymousAuthentication: false, windowsAuthentication: true },
            { name: 'ClientWebService', kind: 'application', anonymousAuthentication: true },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'ClientWebService without anonymous authentication fails',
      facts: {
        iis: {
          wsusApplications: [
            { name: 'ApiRemoting30', kind: 'application', anonymousAuthentication: false, windowsAuthentication: true },
            { name: 'ClientWebService', kind: 'application', anonymousAuthentication: false, windowsAuthentication: true },
            { name: 'Content', kind: 'virtualDirectory', anonymousAuthentication: true },
          ],
        },
      },
      expect: 'fail',
      message: 'HTTP 401',
    },
    {
      name: 'Content without anonymous authentication fails',
      facts: { iis: { wsusApplications: [{ name: 'content', kind: 'virtualDirectory', anonymousAuthentication: false }] } },
      expect: 'fail',
    },
    {
      name: 'setting not read on SimpleAuthWebService is insufficient evidence',
      facts: { iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application', anonymousAuthentication: true }, { name: 'SimpleAuthWebService', kind: 'application' }] } },
      expect: 'insufficientEvidence',
    },
    { name: 'application list not read is insufficient evidence', facts: { iis: { status: 'notCollected', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

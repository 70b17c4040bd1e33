/** Configure WSUS / knowledge 2.3: anonymous authentication must stay enabled on the anonymous WSUS applications. */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';

export default defineRule({
  id: 'anonymous-authentication-disabled',
  ref: 'WSUS-0020',
  title: 'Anonymous authentication is disabled on a WSUS application that clients reach anonymously',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['iis.wsusApplications'],
  when: fact('derived.wsusApplications.anonymousAuthenticationDisabled', 'lengthGreaterThan', 0),
  inconclusiveWhen: any(
    not(fact('iis.wsusApplications', 'lengthGreaterThan', 0)),
    fact('derived.wsusApplications.anonymousAuthenticationNotRead', 'lengthGreaterThan', 0),
  ),
  inconclusiveMessage: 'the anonymous-authentication setting could not be checked on every anonymous WSUS application (applications collected: {{derived.wsusApplications.names|count}}; setting not read on: {{derived.wsusApplications.anonymousAuthenticationNotRead|list}}).',
  message:
    'Anonymous authentication is disabled on {{derived.wsusApplications.anonymousAuthenticationDisabled|list}}, which clients reach anonymously (only ApiRemoting30 uses Windows authentication). Windows Update clients do not authenticate, so those requests end in HTTP 401 and scans, downloads or reporting fail.',
  evidence: ['derived.wsusApplications.anonymousAuthenticationDisabled'],
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
      message: 'disabled on ClientWebService, which clients reach anonymously',
    },
    {
      name: 'Content without anonymous authentication fails',
      facts: { iis: { wsusApplications: [{ name: 'content', kind: 'virtualDirectory', anonymousAuthentication: false }] } },
      expect: 'fail',
      message: 'disabled on content,',
    },
    {
      name: 'setting not read on SimpleAuthWebService is insufficient evidence',
      facts: { iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application', anonymousAuthentication: true }, { name: 'SimpleAuthWebService', kind: 'application' }] } },
      expect: 'insufficientEvidence',
      message: 'setting not read on: SimpleAuthWebService)',
    },
    { name: 'an empty application list is insufficient evidence', facts: { iis: { wsusApplications: [] } }, expect: 'insufficientEvidence' },
    { name: 'application list not read is insufficient evidence', facts: { iis: { status: 'notCollected', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** KB 3090184 / Configure WSUS: with SSL, client certificates must be set to Ignore on the WSUS applications (else 0x80072F0C). */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, WSUS_CONFIGURE } from '../references.js';

export default defineRule({
  id: 'wsus-ssl-client-certificates-not-ignored',
  ref: 'WSUS-0017',
  title: 'WSUS applications ask clients for a certificate (SSL client certificates Accept or Require)',
  severity: 'error',
  category: 'iis',
  // Client-certificate settings only act on HTTPS requests.
  appliesTo: { role: 'server', wsusRole: true, when: not(fact('wsusServer.usingSsl', 'equal', false)) },
  requires: ['wsusServer.usingSsl', 'iis.wsusApplications'],
  when: fact('derived.wsusApplications.clientCertificatesNotIgnored', 'lengthGreaterThan', 0),
  inconclusiveWhen: any(
    not(fact('iis.wsusApplications', 'lengthGreaterThan', 0)),
    fact('derived.wsusApplications.clientCertificatesNotRead', 'lengthGreaterThan', 0),
  ),
  inconclusiveMessage:
    'the client-certificate setting could not be checked on every SSL web-service application (applications collected: {{derived.wsusApplications.names|count}}; setting not read on: {{derived.wsusApplications.clientCertificatesNotRead|list}}).',
  message:
    'WSUS uses SSL (port {{wsusServer.portNumber}}), and SSL Settings > Client certificates is set to Accept or Require on {{derived.wsusApplications.clientCertificatesNotIgnored|list}}. Windows Update clients have no client certificate to offer: with Accept, IIS asks for one through a TLS renegotiation that fails on the client with 0x80072F0C (ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED) and the request never reaches the IIS log; with Require, IIS refuses the request with 403.7 (IIS log: {{derived.iisLog.status403_7.count}} such request(s) of WSUS clients).',
  evidence: ['wsusServer.portNumber', 'derived.wsusApplications.clientCertificatesNotIgnored'],
  summary: 'With SSL, every WSUS application has SSL client certificates set to Ignore.',
  rationale:
    'The ConfigMgr scan-failure guide (KB 3090184) and Step 2: Configure WSUS state that when WSUS uses SSL, the client certificate setting of the WSUS site and its SSL applications must be Ignore; "Accept" or "Require" makes IIS ask for a client certificate, which Windows Update clients do not have, and the scan fails with 0x80072F0C. With Accept the certificate request happens in a TLS renegotiation that the client aborts, so IIS logs nothing for the request (an absent client is the only trace); with Require IIS answers 403.7 (KB 4025764: 403 = certificate issues or incorrect IIS configuration).',
  remediation: [
    'In IIS Manager, select the WSUS site and each of ApiRemoting30, ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService > SSL Settings > Client certificates: Ignore > Apply.',
    'Or with PowerShell, per application: Set-WebConfigurationProperty -PSPath IIS:\\ -Location "WSUS Administration/ClientWebService" -Filter system.webServer/security/access -Name sslFlags -Value "Ssl" (keeps Require SSL, drops SslNegotiateCert/SslRequireCert).',
    'Then run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" configuressl <certificate name> again and scan from a client.',
  ],
  references: [SCAN_FAILURES, WSUS_CONFIGURE, KB4025764],
  tests: [
    {
      name: 'SSL with client certificates Ignore passes',
      facts: {
        wsusServer: { usingSsl: true, portNumber: 8531 },
        iis: {
          wsusApplications: [
            { name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore', anonymousAuthentication: true },
            { name: 'SimpleAuthWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore', anonymousAuthentication: true },
            { name: 'Content', kind: 'virtualDirectory', anonymousAuthentication: true },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'SSL with client certificates Require on ClientWebService fails',
      facts: {
        wsusServer: { usingSsl: true, portNumber: 8531 },
        iis: {
          wsusApplications: [
            { name: 'ApiRemoting30', kind: 'application', requireSsl: true, clientCertificates: 'Ignore', windowsAuthentication: true },
            { name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Require', anonymousAuthentication: true },
            { name: 'Content', kind: 'virtualDirectory', anonymousAuthentication: true },
          ],
        },
      },
      expect: 'fail',
      message: 'set to Accept or Require on ClientWebService. Windows Update clients',
    },
    {
      name: 'SSL with client certificates Accept on a virtual directory fails',
      facts: {
        wsusServer: { usingSsl: true },
        iis: {
          wsusApplications: [
            { name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore' },
            { name: 'Content', kind: 'virtualDirectory', clientCertificates: 'Accept' },
          ],
        },
      },
      expect: 'fail',
      message: 'on Content.',
    },
    {
      name: 'a long application list (20 entries) is read to the end',
      facts: {
        wsusServer: { usingSsl: true },
        iis: {
          wsusApplications: [
            ...Array.from({ length: 19 }, (_, i) => ({ name: `Extra${i}`, kind: 'virtualDirectory' as const, clientCertificates: 'Ignore' as const })),
            { name: 'SimpleAuthWebService', kind: 'application', requireSsl: true, clientCertificates: 'Require' },
          ],
        },
      },
      expect: 'fail',
      message: 'on SimpleAuthWebService.',
    },
    {
      name: 'SSL with the setting not read on an SSL application is insufficient evidence',
      facts: {
        wsusServer: { usingSsl: true },
        iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application', requireSsl: true }] },
      },
      expect: 'insufficientEvidence',
      message: 'setting not read on: ClientWebService)',
    },
    {
      name: 'the setting not read on a virtual directory only (not an SSL application) passes',
      facts: {
        wsusServer: { usingSsl: true },
        iis: { wsusApplications: [{ name: 'ClientWebService', kind: 'application', requireSsl: true, clientCertificates: 'Ignore' }, { name: 'Content', kind: 'virtualDirectory' }] },
      },
      expect: 'pass',
    },
    { name: 'SSL with an empty application list is insufficient evidence', facts: { wsusServer: { usingSsl: true }, iis: { wsusApplications: [] } }, expect: 'insufficientEvidence' },
    { name: 'WSUS without SSL (base) is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'UsingSSL unknown is insufficient evidence', facts: { wsusServer: { usingSsl: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** Step 2: Configure WSUS - the SSL certificate must be valid, trusted and name the server as clients address it. */
import { any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { SCAN_FAILURES, WSUS_CONFIGURE } from '../references.js';
import { HEALTHY_SSL } from './shared/server-health.js';

export default defineRule({
  id: 'wsus-ssl-certificate-invalid',
  ref: 'WSUS-0046',
  title: 'The WSUS SSL certificate is expired, untrusted or does not name the server FQDN',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true, when: not(fact('sslCertificate.status', 'equal', 'notApplicable')) },
  requires: ['sslCertificate.thumbprint'],
  when: fact('derived.sslCertificate.problems', 'lengthGreaterThan', 0),
  inconclusiveWhen: any(fact('derived.sslCertificate.coversFqdn', 'exists', false), fact('sslCertificate.chainValid', 'exists', false), fact('sslCertificate.notAfter', 'exists', false)),
  inconclusiveMessage: 'the certificate was read, but its validity dates, its chain, its names or the server FQDN are unknown.',
  message:
    'Clients will reject the certificate {{sslCertificate.thumbprint}} ({{sslCertificate.subject}}) bound to the WSUS site on port {{sslCertificate.bindingPort}}: {{derived.sslCertificate.problems|list}}. Scans over HTTPS fail with 0x800B0101 (expired), 0x800B010F (name) or 0x800B0109 / 0x80072F8F (untrusted).',
  evidence: ['sslCertificate.notAfter', 'sslCertificate.dnsNames', 'sslCertificate.chainStatus', 'host.fqdn'],
  summary: 'The WSUS SSL certificate is within its validity period, chains to a trusted root and names the server FQDN.',
  rationale:
    'With UsingSSL = 1, clients reach the web services over HTTPS. Step 2: Configure WSUS asks for a certificate whose name matches the server name clients use (the FQDN in the policy URL, https://wsus.contoso.com:8531); an expired certificate, one whose chain does not build to a root the clients trust, or one whose names do not include that FQDN makes every scan fail (KB 3090184 lists the certificate errors). The chain is built offline on the server (no revocation check), so a revocation problem is not seen here.',
  remediation: [
    'Request a new certificate from your CA with the server FQDN (and short name and any alias) in the subject alternative names; import it into Local Computer\\Personal with its private key.',
    'Bind it to the https binding of the WSUS site (IIS Manager > WSUS Administration > Bindings), then run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" configuressl <FQDN>.',
    'For an untrusted chain, install the issuing and root CA certificates on the server and on the clients (Group Policy: Trusted Root / Intermediate Certification Authorities).',
  ],
  references: [WSUS_CONFIGURE, SCAN_FAILURES],
  tests: [
    { name: 'a healthy certificate passes', facts: HEALTHY_SSL, expect: 'pass' },
    { name: 'a wildcard certificate covering the FQDN passes', facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, dnsNames: ['*.contoso.com'] } }, expect: 'pass' },
    {
      name: 'an expired certificate fails',
      facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, notAfter: '2026-11-01T00:00:00Z', chainValid: false, chainStatus: ['NotTimeValid'] } },
      expect: 'fail',
      message: 'expired on 2026-11-01T00:00:00Z, its chain to a trusted root could not be built (NotTimeValid)',
    },
    {
      name: 'a certificate naming only the short name fails',
      facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, subject: 'CN=WSUS01', dnsNames: ['WSUS01'] } },
      expect: 'fail',
      message: 'do not include the server FQDN wsus01.contoso.com',
    },
    {
      name: 'a self-signed certificate with a partial chain fails',
      facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, chainValid: false, chainStatus: ['PartialChain'] } },
      expect: 'fail',
      message: '(PartialChain)',
    },
    { name: 'the chain not checked is insufficient evidence', facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, chainValid: null } }, expect: 'insufficientEvidence' },
    { name: 'the binding could not be read is insufficient evidence', facts: { wsusServer: { usingSsl: true }, sslCertificate: { status: 'error', message: 'netsh failed' } }, expect: 'insufficientEvidence' },
    { name: 'WSUS without SSL (base) is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

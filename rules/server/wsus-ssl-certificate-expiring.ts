/** The WSUS SSL certificate expires within 30 days. */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { WSUS_CONFIGURE } from '../references.js';
import { HEALTHY_SSL } from './shared/server-health.js';

export default defineRule({
  id: 'wsus-ssl-certificate-expiring',
  ref: 'WSUS-0047',
  title: 'The WSUS SSL certificate expires soon (within 30 days by default)',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true, when: not(fact('sslCertificate.status', 'equal', 'notApplicable')) },
  requires: ['derived.sslCertificate.daysUntilExpiry'],
  // Already expired is the error of wsus-ssl-certificate-invalid.
  when: all(fact('derived.sslCertificate.daysUntilExpiry', 'lessThanInclusive', { fact: 'derived.thresholds.certificateExpiryDays.value' }), fact('derived.sslCertificate.daysUntilExpiry', 'greaterThanInclusive', 0)),
  message:
    'The certificate {{sslCertificate.thumbprint}} ({{sslCertificate.subject}}) of the WSUS site expires on {{sslCertificate.notAfter}}, {{derived.sslCertificate.daysUntilExpiry}} days after this collection (warning threshold {{derived.thresholds.certificateExpiryDays.value}} days, source: {{derived.thresholds.certificateExpiryDays.source}}). When it expires, every client scan over HTTPS fails with 0x800B0101.',
  evidence: ['sslCertificate.issuer', 'sslCertificate.dnsNames'],
  summary: 'The WSUS SSL certificate is valid for longer than the expiry threshold (30 days by default).',
  rationale:
    'Step 2: Configure WSUS makes the web services depend on the bound certificate; once it expires, clients and downstream servers refuse the TLS connection. Renewing it needs the new certificate bound to the site and WsusUtil configuressl run again, which is easier before the deadline.',
  remediation: [
    'Renew the certificate (same FQDN and names), import it into Local Computer\\Personal, bind it to the WSUS site\'s https binding and run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" configuressl <FQDN>.',
    'Downstream servers and the ConfigMgr site (software update point) that connect over SSL need the issuing CA trusted too.',
  ],
  references: [WSUS_CONFIGURE],
  tests: [
    { name: 'a certificate valid for months passes', facts: HEALTHY_SSL, expect: 'pass' },
    {
      name: 'a certificate expiring in 12 days fails',
      facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, notAfter: '2026-12-06T12:00:00Z' } },
      expect: 'fail',
      message: 'expires on 2026-12-06T12:00:00Z, 12 days after this collection',
    },
    { name: 'an expired certificate is left to the invalid rule', facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, notAfter: '2026-11-01T00:00:00Z' } }, expect: 'pass' },
    { name: 'expiry not read is insufficient evidence', facts: { ...HEALTHY_SSL, sslCertificate: { ...HEALTHY_SSL.sslCertificate, notAfter: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS without SSL (base) is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/**
 * References and test patches shared by the server-health rules over the `susdb`, `upstreamSync`,
 * `contentStore` and `sslCertificate` sections (issue 9, WSUS-0040..0049).
 */
import type { Reference } from '../../../engine/dsl/rule-types.js';

export const WSUS_IMPORT_SYNC_ISSUES: Reference = {
  url: 'https://learn.microsoft.com/troubleshoot/mem/configmgr/update-management/troubleshoot-wsus-import-sync-issues',
  title: 'Troubleshoot WSUS import and synchronization issues (TLS 1.2 for synchronization)',
};
export const DOTNET_TLS: Reference = {
  url: 'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
  title: 'Transport Layer Security (TLS) best practices with the .NET Framework (SchUseStrongCrypto, SystemDefaultTlsVersions)',
};

/** A healthy certificate of wsus01.contoso.com (base server document) on a server that uses SSL. */
export const HEALTHY_SSL = {
  wsusServer: { usingSsl: true, portNumber: 8531 },
  sslCertificate: {
    status: 'ok',
    bindingPort: 8531,
    storeName: 'MY',
    thumbprint: '0123456789ABCDEF0123456789ABCDEF01234567',
    subject: 'CN=wsus01.contoso.com',
    issuer: 'CN=Contoso Issuing CA, DC=contoso, DC=com',
    dnsNames: ['wsus01.contoso.com', 'wsus01'],
    notBefore: '2026-01-10T00:00:00Z',
    notAfter: '2027-06-10T00:00:00Z',
    hasPrivateKey: true,
    chainValid: true,
  },
} as const;

/** Troubleshoot WSUS import/sync issues: on 2012, 2012 R2 and 2016 .NET needs strong crypto to sync over TLS 1.2. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { osFamilyOrUnread } from './shared/os-gates.js';
import { DOTNET_TLS, WSUS_IMPORT_SYNC_ISSUES } from './shared/server-health.js';

const TLS = 'upstreamSync.tls';
/** Test patch: the .NET values not set (objects merge over the base document, so each is deleted). */
const NO_NET_VALUES = { netFx4SchUseStrongCrypto: null, netFx4SystemDefaultTlsVersions: null, netFx4Wow64SchUseStrongCrypto: null, netFx4Wow64SystemDefaultTlsVersions: null };

export default defineRule({
  id: 'wsus-sync-tls12-strong-crypto-missing',
  ref: 'WSUS-0049',
  title: '.NET strong crypto (TLS 1.2) is not enabled for WSUS synchronization on 2012 / 2012 R2 / 2016',
  severity: 'warning',
  category: 'network',
  appliesTo: { role: 'server', wsusRole: true, when: osFamilyOrUnread(['2012', '2012R2', '2016']) },
  requires: ['os.version', TLS],
  when: all(
    // Only TLS connections need it: Microsoft Update, or an upstream server over SSL.
    any(fact('upstreamSync.syncFromMicrosoftUpdate', 'equal', true), fact('upstreamSync.upstreamServerUseSsl', 'equal', true)),
    any(
      all(not(fact(`${TLS}.netFx4SchUseStrongCrypto`, 'equal', 1)), not(fact(`${TLS}.netFx4SystemDefaultTlsVersions`, 'equal', 1))),
      fact(`${TLS}.schannelTls12ClientEnabled`, 'equal', 0),
    ),
  ),
  message:
    'This {{os.caption}} WSUS server synchronizes over TLS ({{#if upstreamSync.syncFromMicrosoftUpdate}}from Microsoft Update{{else}}from its upstream server{{/if}}), but .NET 4 is not set to use TLS 1.2: SchUseStrongCrypto {{#if upstreamSync.tls.netFx4SchUseStrongCrypto}}= {{upstreamSync.tls.netFx4SchUseStrongCrypto}}{{else}}is not set{{/if}}, SystemDefaultTlsVersions {{#if upstreamSync.tls.netFx4SystemDefaultTlsVersions}}= {{upstreamSync.tls.netFx4SystemDefaultTlsVersions}}{{else}}is not set{{/if}}, SCHANNEL TLS 1.2 client Enabled {{#if upstreamSync.tls.schannelTls12ClientEnabled}}= {{upstreamSync.tls.schannelTls12ClientEnabled}}{{else}}is not set (or 0){{/if}}. Microsoft Update accepts only TLS 1.2, so synchronization fails with "The underlying connection was closed" or "no common algorithm".',
  evidence: ['upstreamSync.lastSyncResult', 'upstreamSync.tls.netFx4Wow64SchUseStrongCrypto', 'upstreamSync.tls.netFx4Wow64SystemDefaultTlsVersions'],
  summary: '.NET 4 on this 2012 / 2012 R2 / 2016 WSUS server uses TLS 1.2 (SchUseStrongCrypto or SystemDefaultTlsVersions = 1), and SCHANNEL TLS 1.2 is not disabled.',
  rationale:
    'WSUS on Windows Server 2012, 2012 R2 and 2016 runs on .NET Framework 4, whose default protocols on those systems do not include TLS 1.2 unless SchUseStrongCrypto or SystemDefaultTlsVersions is 1 under HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 (and the Wow6432Node copy). The troubleshooting guide for WSUS import and synchronization issues describes the resulting sync failures against Microsoft Update, which requires TLS 1.2; 2012 and 2012 R2 also need the 2017 Monthly Rollups (KB4022721 / KB4022720 or later). 2019 and later use TLS 1.2 by default.',
  remediation: [
    'Set, elevated: reg add HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 /v SchUseStrongCrypto /t REG_DWORD /d 1 /f and the same for SystemDefaultTlsVersions, and both again under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319.',
    'If SCHANNEL\\Protocols\\TLS 1.2\\Client has Enabled = 0, set it to 1 (and DisabledByDefault to 0).',
    'On 2012 / 2012 R2 install a current Monthly Rollup; restart the server (or at least WsusService and IIS), then synchronize.',
  ],
  references: [WSUS_IMPORT_SYNC_ISSUES, DOTNET_TLS],
  tests: [
    { name: 'a 2022 server is not applicable (base)', facts: {}, expect: 'notApplicable' },
    { name: '2016 with strong crypto passes', facts: { os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393 } }, expect: 'pass' },
    {
      name: '2012 R2 without the .NET values fails',
      facts: { os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600 }, upstreamSync: { tls: NO_NET_VALUES } },
      expect: 'fail',
      message: 'SchUseStrongCrypto is not set, SystemDefaultTlsVersions is not set',
    },
    {
      name: '2016 with SystemDefaultTlsVersions only passes',
      facts: { os: { version: '10.0.14393', build: 14393 }, upstreamSync: { tls: { ...NO_NET_VALUES, netFx4SystemDefaultTlsVersions: 1 } } },
      expect: 'pass',
    },
    {
      name: '2016 with SCHANNEL TLS 1.2 client disabled fails',
      facts: { os: { version: '10.0.14393', build: 14393 }, upstreamSync: { tls: { netFx4SchUseStrongCrypto: 1, schannelTls12ClientEnabled: 0 } } },
      expect: 'fail',
    },
    {
      name: 'a 2012 downstream server syncing from an HTTP upstream passes',
      facts: { os: { version: '6.2.9200', build: 9200 }, upstreamSync: { syncFromMicrosoftUpdate: false, upstreamServerName: 'wsus-up', upstreamServerUseSsl: false, tls: NO_NET_VALUES } },
      expect: 'pass',
    },
    { name: 'TLS values not read is insufficient evidence', facts: { os: { version: '6.3.9600', build: 9600 }, upstreamSync: { tls: null } }, expect: 'insufficientEvidence' },
    { name: 'OS not read is insufficient evidence', facts: { os: { status: 'error', message: 'WMI failed', version: null }, upstreamSync: { tls: NO_NET_VALUES } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

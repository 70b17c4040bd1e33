/** KB 4025764 cause 8: the WUServer host should be the server's FQDN (required with SSL). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { VALID_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';
import { wsusPolicy } from './shared/test-facts.js';

export default defineRule({
  id: 'wuserver-host-not-fqdn',
  ref: 'WSUS-0056',
  title: 'The WUServer URL does not use a fully qualified domain name',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: VALID_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: fact('derived.policy.wuServer.isFqdn', 'equal', false),
  message:
    'WUServer {{derived.policy.wuServer.raw}} names the host "{{derived.policy.wuServer.host}}" (scheme {{derived.policy.wuServer.scheme}}), not a fully qualified domain name. ' +
    'A short name only resolves through the client\'s DNS suffix search list, an IP address breaks when the server is re-addressed, and with HTTPS either one fails certificate name validation (0x80072F06) unless the certificate lists exactly that name.',
  evidence: ['derived.policy.wuServer.isIpAddress', 'derived.policy.source'],
  summary: 'The WUServer URL uses the WSUS server\'s fully qualified domain name.',
  rationale:
    'Microsoft\'s WSUS configuration guide: with SSL, the policy URL must use the FQDN and the HTTPS port (https://wsus.contoso.com:8531), and the certificate must carry the names clients use (knowledge 2.2, 6.2: "WUServer host ≠ FQDN on certificate (HTTPS) → cert errors"). ' +
    'Over HTTP a short name works where DNS suffixes resolve it (Microsoft\'s own HTTP example is http://servername:8530), so this is a warning, not an error: it is the fragile form that fails from other domains, VPN and workgroup machines, and whenever the site is later switched to SSL. ' +
    'An IPv4/IPv6 literal is reported too. Applicability: clients with a valid WUServer URL; a client without WSUS policy is not managed by WSUS (client-not-managed-by-wsus).',
  remediation: [
    'Use the FQDN in "Specify intranet Microsoft update service location" for both URLs, e.g. http://wsus01.contoso.com:8530 or https://wsus01.contoso.com:8531, then gpupdate /force.',
    'Check that the FQDN resolves from the client: Resolve-DnsName wsus01.contoso.com, and Test-NetConnection -ComputerName wsus01.contoso.com -Port 8530.',
    'With SSL, make sure the WSUS certificate contains that FQDN (and any short name or alias clients still use) in its subject alternative names.',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS, KB4025764],
  tests: [
    { name: 'FQDN passes', facts: {}, expect: 'pass' },
    { name: 'FQDN with https and port 8531 passes', facts: wsusPolicy('https://wsus01.contoso.com:8531'), expect: 'pass' },
    { name: 'short name fails', facts: wsusPolicy('http://WSUS01:8530'), expect: 'fail', message: '"WSUS01"' },
    { name: 'IPv4 literal host fails', facts: wsusPolicy('http://10.0.0.10:8530'), expect: 'fail', message: '"10.0.0.10"' },
    { name: 'short name over https fails', facts: wsusPolicy('https://wsus01:8531'), expect: 'fail', message: 'scheme https' },
    { name: 'invalid URL is not applicable (wuserver-not-a-url)', facts: wsusPolicy('wsus01:8530'), expect: 'notApplicable' },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'notCollected', message: 'skipped', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
  ],
});

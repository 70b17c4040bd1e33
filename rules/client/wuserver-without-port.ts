/** KB 4025764 cause 8: the WUServer URL must name the WSUS port (8530/8531 on Windows Server 2012 and later). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { VALID_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';
import { facts, wsusPolicy } from './shared/test-facts.js';

export default defineRule({
  id: 'wuserver-without-port',
  ref: 'WSUS-0055',
  title: 'The WUServer URL has no explicit port',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: VALID_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy'],
  // The WUServer URL as read is the evidence (not the derived "explicitPort" that is absent by definition).
  when: fact('derived.policy.wuServer.explicitPort', 'exists', false),
  message:
    'WUServer {{derived.policy.wuServer.raw}} has no port, so the agent connects to the {{derived.policy.wuServer.scheme}} default port {{derived.policy.wuServer.port}}. ' +
    'That works only if the WSUS site listens on port {{derived.policy.wuServer.port}} (WSUS 3.x, or a 2012+ server installed on 80/443); WSUS on Windows Server 2012 and later listens on 8530 (HTTP) and 8531 (HTTPS) by default.',
  evidence: ['clientPolicy.windowsUpdate.WUServer', 'derived.policy.wuServer.port', 'derived.policy.source', 'clientPolicy.wow6432Node.windowsUpdate.WUServer'],
  summary: 'The WUServer URL names its port explicitly, e.g. http://wsus01.contoso.com:8530.',
  rationale:
    'Microsoft\'s WSUS configuration guide says the policy URL must include the port (http://servername:8530; with SSL https://<FQDN>:8531), and knowledge 6.2 lists "WUServer without a port when the site listens on 8530/8531" among the causes of connection failures (KB 4025764 cause 8). ' +
    'Without a port the agent uses 80/443; WSUS 6.2+ (Server 2012 and later) defaults to 8530/8531, WSUS 3.x to 80/443 (knowledge 2.2). ' +
    'A URL without a port is valid and works when WSUS really listens on 80/443, and the client\'s facts do not show the server\'s port: so this is a warning against the documented form, not an error. Whether clients actually fail shows in their error codes (0x80072EFD cannot connect) and, in a fleet batch, in fleet-client-target-mismatch, which compares the URL with the server\'s real port. ' +
    'Applicability: clients with a valid WUServer URL; an invalid value is wuserver-not-a-url\'s finding, a client without WSUS policy is not managed by WSUS (client-not-managed-by-wsus).',
  remediation: [
    'Find the WSUS port on the server: the "WSUS Administration" site bindings in IIS Manager, or reg query "HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup" /v PortNumber (and UsingSSL).',
    'Put it into "Specify intranet Microsoft update service location" for both the update and the statistics server, e.g. http://wsus01.contoso.com:8530 (SSL: https://wsus01.contoso.com:8531), then gpupdate /force.',
    'Test from the client: Test-NetConnection -ComputerName <WSUS FQDN> -Port 8530 must report TcpTestSucceeded : True.',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS, KB4025764],
  tests: [
    { name: 'URL with port 8530 passes', facts: {}, expect: 'pass' },
    { name: 'https URL with port 8531 passes', facts: wsusPolicy('https://wsus01.contoso.com:8531'), expect: 'pass' },
    { name: 'explicit port 80 passes (WSUS 3.x default site)', facts: wsusPolicy('http://wsus01.contoso.com:80'), expect: 'pass' },
    {
      name: 'http URL without port fails and names the implied port 80',
      facts: wsusPolicy('http://wsus01.contoso.com'),
      expect: 'fail',
      message: 'default port 80',
    },
    {
      name: 'https URL without port (trailing slash) fails with port 443',
      facts: wsusPolicy('https://wsus01.contoso.com/'),
      expect: 'fail',
      message: 'default port 443',
    },
    {
      name: 'Wow6432Node fallback: URL without port under Wow6432Node fails',
      facts: facts(
        { clientPolicy: { windowsUpdate: null, au: null } },
        { clientPolicy: { wow6432Node: { windowsUpdate: { WUServer: 'http://wsus01.contoso.com', WUStatusServer: 'http://wsus01.contoso.com' }, au: { UseWUServer: 1 } } } },
      ),
      expect: 'fail',
    },
    { name: 'invalid URL is not applicable (wuserver-not-a-url)', facts: wsusPolicy('wsus01.contoso.com'), expect: 'notApplicable' },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'notCollected', message: 'skipped', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
  ],
});

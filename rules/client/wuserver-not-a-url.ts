/** KB 4025764 cause 8: WUServer must be an http:// or https:// URL (with port). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { HAS_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';
import { wsusPolicy } from './shared/test-facts.js';

export default defineRule({
  id: 'wuserver-not-a-url',
  ref: 'WSUS-0054',
  title: 'The WUServer policy value is not an http(s) URL',
  severity: 'critical',
  category: 'client-policy',
  appliesTo: { role: 'client', when: HAS_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: fact('derived.policy.wuServer.valid', 'equal', false),
  message:
    'WUServer is "{{derived.policy.wuServer.raw}}", which is not an http:// or https:// URL: the agent builds its web-service addresses (…/ClientWebService/client.asmx) from it and cannot reach WSUS.',
  evidence: ['derived.policy.source', 'derived.policy.useWUServer'],
  summary: 'WUServer is an http:// or https:// URL.',
  rationale:
    'WUServer must be the WSUS URL with scheme and port, e.g. http://wsus01.contoso.com:8530 or https://wsus01.contoso.com:8531 (WindowsUpdate.admx and "Step 2: Configure WSUS", knowledge 2.2 and 6.1). ' +
    'A bare host name, host:port without a scheme, a UNC path or another scheme cannot be used to call the ClientWebService and SimpleAuthWebService endpoints. ' +
    'Applicability: clients with a WUServer value (native key, else Wow6432Node); a client without any WSUS policy is notApplicable (not managed by WSUS, see client-not-managed-by-wsus).',
  remediation: [
    'Correct "Specify intranet Microsoft update service location" in the GPO (gpresult /h gp.html shows which one wins): http://<FQDN>:8530, or https://<FQDN>:8531 when WSUS uses SSL.',
    'Apply with gpupdate /force and check: reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate" /v WUServer.',
    'Test the URL from the client: Invoke-WebRequest -UseBasicParsing http://<FQDN>:8530/ClientWebService/wusserverversion.xml (or open http://<FQDN>:8530/selfupdate/wuident.cab).',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS, KB4025764],
  tests: [
    { name: 'http URL with port passes', facts: {}, expect: 'pass' },
    { name: 'https URL with port 8531 passes', facts: wsusPolicy('https://wsus01.contoso.com:8531'), expect: 'pass' },
    { name: 'IPv4 literal URL is a URL', facts: wsusPolicy('http://10.0.0.10:8530'), expect: 'pass' },
    {
      name: 'host:port without scheme fails',
      facts: wsusPolicy('wsus01.contoso.com:8530'),
      expect: 'fail',
      message: '"wsus01.contoso.com:8530"',
    },
    { name: 'bare server name fails', facts: wsusPolicy('WSUS01'), expect: 'fail' },
    { name: 'UNC path fails', facts: wsusPolicy('\\\\wsus01.contoso.com\\WsusContent'), expect: 'fail' },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'notCollected', message: 'skipped', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

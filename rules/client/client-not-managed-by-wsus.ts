/** KB 4025764 cause 8 (client policy): a "WSUS client" with no WSUS policy never contacts WSUS. */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE, WU_CLIENT_AGENTS } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { USE_WUSERVER_ON } from './shared/conditions.js';
import { facts, wsusPolicy } from './shared/test-facts.js';

export default defineRule({
  id: 'client-not-managed-by-wsus',
  ref: 'WSUS-0051',
  title: 'No WSUS policy: the client is not managed by WSUS',
  severity: 'error',
  category: 'client-policy',
  appliesTo: { role: 'client' },
  requires: ['clientPolicy'],
  when: all(fact('derived.policy.wuServer.present', 'equal', false), not(USE_WUSERVER_ON)),
  message:
    'This client has no WSUS policy in effect: WUServer is not set and AU\\UseWUServer {{#if derived.policy.useWUServer}}is {{derived.policy.useWUServer}}{{else}}does not exist{{/if}}. ' +
    'Windows Update on this machine therefore talks to Microsoft Update directly and never connects to a WSUS server, so it cannot appear or report in the WSUS console.',
  evidence: ['clientPolicy.windowsUpdate', 'clientPolicy.au', 'clientPolicy.wow6432Node', 'configMgr.isClient'],
  summary: 'A WSUS policy is in effect: WUServer is set or AU\\UseWUServer is 1.',
  rationale:
    'A client is pointed at WSUS only by the policy "Specify intranet Microsoft update service location", which writes WUServer, WUStatusServer and AU\\UseWUServer (knowledge 6.1/6.2, WindowsUpdate.admx); ConfigMgr writes the same values into local policy (knowledge 6.4). ' +
    'Neither WUServer nor UseWUServer = 1 (no values at all, or UseWUServer = 0 written by the policy set to Disabled) means the client is not managed by WSUS. ' +
    'This rule owns that state so it is reported once: the other policy rules are notApplicable on such a client (there is no WSUS URL to validate), and the error-code rules are notApplicable too, because the agent\'s errors then concern Microsoft Update, not WSUS. ' +
    'UseWUServer = 1 without WUServer is not this state but a broken policy (0x80244011), reported by wuserver-not-set. ' +
    'Severity error, not critical: nothing fails to connect, the machine simply never tries WSUS; it matters because the fact file says it is meant to be a WSUS client.',
  remediation: [
    'Check which GPOs apply to the computer: gpresult /r /scope computer (or gpresult /h gp.html) and look for the WSUS GPO under "Applied Group Policy Objects"; if it is listed under "filtered out", fix its security/WMI filtering or link.',
    'In the GPO, enable Computer Configuration > Administrative Templates > Windows Components > Windows Update > "Specify intranet Microsoft update service location" with both URLs including the port, e.g. http://wsus01.contoso.com:8530 (HTTPS: https://<FQDN>:8531).',
    'Apply and verify: gpupdate /force, then reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate" /s must show WUServer, WUStatusServer and AU\\UseWUServer = 1.',
    'ConfigMgr clients: WUAHandler writes these values itself at the first software update scan. Check that the client setting "Enable software updates on clients" is Yes, run the "Software Updates Scan Cycle" action and read WUAHandler.log.',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS, KB4025764, WU_CLIENT_AGENTS],
  tests: [
    { name: 'client with a WSUS policy passes', facts: {}, expect: 'pass' },
    {
      name: 'no WSUS policy values at all fails',
      facts: { clientPolicy: { windowsUpdate: null, au: null } },
      expect: 'fail',
      message: 'UseWUServer does not exist',
    },
    {
      name: 'policy set to Disabled (UseWUServer 0, no WUServer) fails',
      facts: { clientPolicy: { windowsUpdate: null, au: { UseWUServer: 0 } } },
      expect: 'fail',
      message: 'UseWUServer is 0',
    },
    {
      name: 'only automatic-update settings, no intranet service location, fails',
      facts: { clientPolicy: { windowsUpdate: null, au: { UseWUServer: null, NoAutoUpdate: 0, AUOptions: 3 } } },
      expect: 'fail',
    },
    {
      name: 'UseWUServer 1 without WUServer is a broken policy, not an unmanaged client (wuserver-not-set)',
      facts: { clientPolicy: { windowsUpdate: null } },
      expect: 'pass',
    },
    {
      name: 'WUServer set with UseWUServer 0 is usewuserver-not-enabled, not this rule',
      facts: wsusPolicy('http://wsus01.contoso.com:8530', undefined, 0),
      expect: 'pass',
    },
    {
      name: 'policy only under Wow6432Node (32-bit era ConfigMgr client) counts as managed',
      facts: facts(
        { clientPolicy: { windowsUpdate: null, au: null } },
        { clientPolicy: { wow6432Node: { windowsUpdate: { WUServer: 'http://wsus01.contoso.com:8530', WUStatusServer: 'http://wsus01.contoso.com:8530' }, au: { UseWUServer: 1 } } } },
      ),
      expect: 'pass',
    },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'error', message: 'Access is denied', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

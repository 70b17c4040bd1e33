/** KB 4025764 cause 8: WUServer is set but AU\UseWUServer is not 1, so the agent ignores it. */
import { defineRule, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { HAS_WUSERVER_OR_UNKNOWN, USE_WUSERVER_ON } from './shared/conditions.js';
import { facts, wsusPolicy } from './shared/test-facts.js';

export default defineRule({
  id: 'usewuserver-not-enabled',
  ref: 'WSUS-0053',
  title: 'WUServer is set but AU\\UseWUServer is not 1',
  severity: 'critical',
  category: 'client-policy',
  appliesTo: { role: 'client', when: HAS_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: not(USE_WUSERVER_ON),
  message:
    'WUServer is {{derived.policy.wuServer.raw}} but AU\\UseWUServer {{#if derived.policy.useWUServer}}is {{derived.policy.useWUServer}}{{else}}does not exist{{/if}}: the agent only uses WUServer when UseWUServer is 1, so it scans against Microsoft Update and never connects to WSUS.',
  evidence: ['clientPolicy.au', 'clientPolicy.wow6432Node'],
  summary: 'AU\\UseWUServer is 1, so the agent uses the WUServer URL.',
  rationale:
    'UseWUServer = 1 is what makes the agent use WUServer (WindowsUpdate.admx, knowledge 6.2): the policy writes 1 when "Specify intranet Microsoft update service location" is Enabled and 0 when Disabled. ' +
    'A WUServer without UseWUServer = 1 is a policy that was half applied, edited by hand, or overridden by another GPO that disables the setting; the client then never appears in WSUS. ' +
    'Applicability: clients with a WUServer value (native key, else Wow6432Node). A client without any WSUS policy is notApplicable here (not managed by WSUS, reported by client-not-managed-by-wsus).',
  remediation: [
    'Look at the resultant policy: gpresult /h gp.html, setting "Specify intranet Microsoft update service location" must be Enabled by exactly one winning GPO.',
    'Check the value: reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU" /v UseWUServer must be 0x1.',
    'Apply with gpupdate /force, restart the agent (Restart-Service wuauserv) and check that WindowsUpdate.log shows "WSUS server: <url>".',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS, KB4025764],
  tests: [
    { name: 'UseWUServer 1 passes', facts: {}, expect: 'pass' },
    {
      name: 'UseWUServer 0 fails',
      facts: wsusPolicy('http://wsus01.contoso.com:8530', undefined, 0),
      expect: 'fail',
      message: 'UseWUServer is 0',
    },
    {
      name: 'UseWUServer missing fails',
      facts: { clientPolicy: { au: { UseWUServer: null } } },
      expect: 'fail',
      message: 'UseWUServer does not exist',
    },
    {
      name: 'Wow6432Node fallback: UseWUServer 1 only under Wow6432Node passes',
      facts: facts({ clientPolicy: { au: null } }, { clientPolicy: { wow6432Node: { au: { UseWUServer: 1 } } } }),
      expect: 'pass',
    },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'error', message: 'Access is denied', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

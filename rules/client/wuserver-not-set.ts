/** KB 4025764 cause 8: UseWUServer = 1 without a WUServer URL points the agent at nothing (0x80244011). */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { POLICY_NOT_COLLECTED, USE_WUSERVER_ON } from './shared/conditions.js';
import { facts } from './shared/test-facts.js';

export default defineRule({
  id: 'wuserver-not-set',
  ref: 'WSUS-0052',
  title: 'UseWUServer is 1 but the WUServer policy value is missing',
  severity: 'critical',
  category: 'client-policy',
  appliesTo: { role: 'client', when: any(POLICY_NOT_COLLECTED, USE_WUSERVER_ON) },
  requires: ['clientPolicy'],
  when: fact('derived.policy.wuServer.present', 'equal', false),
  message:
    'AU\\UseWUServer is {{derived.policy.useWUServer}} but WUServer is not set or empty in the native policy key and its Wow6432Node copy: the agent is told to use an intranet server and has none, so every scan fails with 0x80244011 (WU_E_PT_SUS_SERVER_NOT_SET).',
  evidence: ['clientPolicy.windowsUpdate', 'clientPolicy.wow6432Node', 'derived.policy.wuStatusServer.raw'],
  summary: 'When AU\\UseWUServer is 1, WUServer holds the WSUS URL.',
  rationale:
    'The policy "Specify intranet Microsoft update service location" writes WUServer and WUStatusServer together with AU\\UseWUServer = 1 (knowledge 6.1/6.2). UseWUServer = 1 with a missing or empty WUServer makes the agent fail with 0x80244011 WU_E_PT_SUS_SERVER_NOT_SET (wuerror.h, knowledge 5.3); ' +
    'it usually comes from values written by hand or by a script, or a GPO that was half removed. ' +
    'Applicability: only clients with UseWUServer = 1 (native key, else Wow6432Node). A client with no WSUS policy at all, or with UseWUServer = 0, is not managed by WSUS: notApplicable here and reported by client-not-managed-by-wsus, because nothing points it at WSUS and nothing can be missing.',
  remediation: [
    'Find the source of the values: gpresult /h gp.html and look for "Specify intranet Microsoft update service location"; reg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate" /s (and the Wow6432Node copy).',
    'Set the policy with both URLs including the port, e.g. http://wsus01.contoso.com:8530, or remove AU\\UseWUServer if the machine should not use WSUS.',
    'Apply with gpupdate /force and restart the agent (Restart-Service wuauserv) so it rereads the policy; WindowsUpdate.log then shows "WSUS server: <url>".',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS, KB4025764],
  tests: [
    { name: 'WUServer set passes', facts: {}, expect: 'pass' },
    {
      name: 'UseWUServer 1 without WUServer fails with 0x80244011',
      facts: { clientPolicy: { windowsUpdate: { WUServer: null, WUStatusServer: null } } },
      expect: 'fail',
      message: '0x80244011',
    },
    {
      name: 'empty WUServer string fails',
      facts: { clientPolicy: { windowsUpdate: { WUServer: '', WUStatusServer: '' } } },
      expect: 'fail',
    },
    {
      name: 'Wow6432Node fallback: UseWUServer 1 only under Wow6432Node without WUServer fails',
      facts: facts({ clientPolicy: { windowsUpdate: null, au: null } }, { clientPolicy: { wow6432Node: { au: { UseWUServer: 1 } } } }),
      expect: 'fail',
    },
    {
      name: 'Wow6432Node fallback: complete policy only under Wow6432Node passes',
      facts: facts(
        { clientPolicy: { windowsUpdate: null, au: null } },
        { clientPolicy: { wow6432Node: { windowsUpdate: { WUServer: 'http://wsus01.contoso.com:8530' }, au: { UseWUServer: 1 } } } },
      ),
      expect: 'pass',
    },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
    {
      name: 'UseWUServer 0 (policy Disabled) is not applicable',
      facts: { clientPolicy: { windowsUpdate: null, au: { UseWUServer: 0 } } },
      expect: 'notApplicable',
    },
    {
      name: 'policy not collected is insufficient evidence',
      facts: { clientPolicy: { status: 'notCollected', message: 'skipped', windowsUpdate: null, au: null } },
      expect: 'insufficientEvidence',
    },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

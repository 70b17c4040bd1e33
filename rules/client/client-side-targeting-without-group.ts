/**
 * Client-side targeting (TargetGroup_Title policy): TargetGroupEnabled = 1 needs a TargetGroup; an
 * empty group name puts the client in Unassigned Computers on a WSUS server that uses client-side targeting.
 */
import { all, any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_CONFIGURE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';

export default defineRule({
  id: 'client-side-targeting-without-group',
  ref: 'WSUS-0103',
  title: 'Client-side targeting is enabled without a target group name',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: ['clientPolicy'],
  when: all(
    fact('clientPolicy.windowsUpdate.TargetGroupEnabled', 'equal', 1),
    any(fact('clientPolicy.windowsUpdate.TargetGroup', 'exists', false), fact('clientPolicy.windowsUpdate.TargetGroup', 'matches', '^\\s*$')),
  ),
  message:
    'TargetGroupEnabled is 1 but TargetGroup is empty or not set: this client asks WSUS {{derived.policy.wuServer.raw}} for no computer group. On a WSUS server that uses client-side targeting ("Use Group Policy or registry settings on computers"), it lands in Unassigned Computers and gets only the approvals made for All Computers or Unassigned Computers.',
  evidence: ['clientPolicy.windowsUpdate.TargetGroupEnabled', 'clientPolicy.windowsUpdate.TargetGroup', 'derived.policy.wuServer.raw'],
  summary: 'Client-side targeting is off, or it names a target group.',
  rationale:
    'The "Enable client-side targeting" policy writes TargetGroupEnabled = 1 and TargetGroup = the WSUS computer group name(s), several separated by semicolons (WindowsUpdate.admx; Microsoft "Configure WSUS": with client-side targeting the groups must first be created in the WSUS console, and computers whose group does not exist go to Unassigned Computers). ' +
    'An empty name is a policy edited by hand or a GPO whose text field was cleared. Whether the named group exists on the server is the fleet rule fleet-client-target-group-missing (when the server fact file lists its groups). ' +
    'Warning: the client still scans and reports; it only gets the wrong approvals.',
  remediation: [
    'In the GPO (Windows Update > Manage updates offered from Windows Server Update Service > Enable client-side targeting), enter the WSUS computer group, exactly as it is named in the WSUS console (Computers > All Computers > <group>).',
    'On the WSUS server, check Options > Computers: "Use Group Policy or registry settings on computers" must be selected for client-side targeting to apply.',
    'After gpupdate /force, run a detection (Settings > Windows Update > Check for updates) and check the computer\'s group in the WSUS console.',
  ],
  references: [WSUS_CONFIGURE, WU_SETTINGS],
  tests: [
    { name: 'no client-side targeting passes', facts: {}, expect: 'pass' },
    { name: 'client-side targeting with a group passes', facts: { clientPolicy: { windowsUpdate: { TargetGroupEnabled: 1, TargetGroup: 'Workstations-Ring1' } } }, expect: 'pass' },
    { name: 'client-side targeting without a group fails', facts: { clientPolicy: { windowsUpdate: { TargetGroupEnabled: 1 } } }, expect: 'fail', message: 'Unassigned Computers' },
    { name: 'client-side targeting with a blank group fails', facts: { clientPolicy: { windowsUpdate: { TargetGroupEnabled: 1, TargetGroup: '  ' } } }, expect: 'fail' },
    { name: 'a group name with targeting disabled passes', facts: { clientPolicy: { windowsUpdate: { TargetGroupEnabled: 0, TargetGroup: 'Workstations' } } }, expect: 'pass' },
    { name: 'policy not collected is insufficient evidence', facts: { clientPolicy: { status: 'error', message: 'Access is denied', windowsUpdate: null, au: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

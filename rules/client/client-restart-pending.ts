/** A restart pending on a client: updates installed since the last boot are not in effect and the agent may hold further installs. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WU_COMMON_ERRORS } from './shared/references.js';
import { facts } from './shared/test-facts.js';

export default defineRule({
  id: 'client-restart-pending',
  ref: 'WSUS-0107',
  title: 'A restart is pending on the client',
  severity: 'warning',
  category: 'prerequisites',
  appliesTo: { role: 'client' },
  requires: ['os.pendingReboot'],
  when: any(fact('derived.rebootPending', 'equal', true), fact('clientHealth.pendingXml.exists', 'equal', true)),
  message:
    'A restart is pending on {{host.computerName}}: {{derived.clientHealth.restartMarkers|list}} (last boot {{os.lastBootUpTime}}). Updates installed since then are not in effect yet, WSUS reports them as installed-pending-reboot, and further installs can wait for the restart (0x80242014 WU_E_UH_POSTREBOOTSTILLPENDING).',
  evidence: ['os.pendingReboot.windowsUpdate', 'os.pendingReboot.componentBasedServicing', 'os.pendingReboot.pendingFileRenameOperations', 'clientHealth.pendingXml.lastWriteTime', 'os.lastBootUpTime'],
  summary: 'No restart is pending on the client.',
  rationale:
    '"Windows Update common errors and mitigation": 0x80242014 "The post-restart operation for the update is still in progress ... Restart the device to complete update installation". ' +
    'The markers are the Windows Update RebootRequired key, the Component Based Servicing RebootPending key, the PendingFileRenameOperations value (also set by other installers) and %windir%\\WinSxS\\pending.xml (component operations queued for the next boot). ' +
    'A pending restart does not stop scans against WSUS, and one right after patch day is normal, hence a warning; it matters when installs stall or compliance looks wrong.',
  remediation: [
    'Restart the client in its maintenance window: Restart-Computer.',
    'If the marker survives restarts (pending.xml or RebootPending still there after two boots), look at %windir%\\Logs\\CBS\\CBS.log for the operation that keeps failing.',
    'After the restart, run a detection and check that the update shows as installed in the WSUS console.',
  ],
  references: [WU_COMMON_ERRORS],
  tests: [
    { name: 'no pending restart passes', facts: {}, expect: 'pass' },
    { name: 'Windows Update RebootRequired fails', facts: { os: { pendingReboot: { windowsUpdate: true } } }, expect: 'fail', message: 'WindowsUpdate\\Auto Update\\RebootRequired' },
    { name: 'pending.xml alone fails', facts: { clientHealth: { pendingXml: { exists: true, lastWriteTime: '2026-11-23T18:02:11Z' } } }, expect: 'fail', message: 'WinSxS\\pending.xml' },
    { name: 'client health not collected still judges the os markers', facts: facts({ clientHealth: { status: 'notCollected', message: 'not attempted' } }, { os: { pendingReboot: { componentBasedServicing: true } } }), expect: 'fail' },
    { name: 'reboot markers not read is insufficient evidence', facts: { os: { pendingReboot: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable (wsus-server-restart-pending)', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

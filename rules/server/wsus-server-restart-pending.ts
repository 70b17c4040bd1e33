/** KB 4025764: a restart is required after installing the prerequisite updates; a pending restart leaves them not in effect. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';

export default defineRule({
  id: 'wsus-server-restart-pending',
  ref: 'WSUS-0008',
  title: 'A restart is pending on the WSUS server or site server',
  severity: 'warning',
  category: 'prerequisites',
  appliesTo: { role: 'server' },
  requires: ['os.pendingReboot'],
  when: fact('derived.rebootPending', 'equal', true),
  message:
    'A restart is pending on {{host.computerName}} (set:{{#if os.pendingReboot.windowsUpdate}} Windows Update RebootRequired{{/if}}{{#if os.pendingReboot.componentBasedServicing}} CBS RebootPending{{/if}}{{#if os.pendingReboot.pendingFileRenameOperations}} PendingFileRenameOperations{{/if}}); last boot {{os.lastBootUpTime}}. Updates installed since then may not be in effect.',
  evidence: ['os.pendingReboot.windowsUpdate', 'os.pendingReboot.componentBasedServicing', 'os.pendingReboot.pendingFileRenameOperations', 'os.lastBootUpTime'],
  summary: 'No restart is pending on the WSUS server (or ConfigMgr site server).',
  rationale:
    'KB 4025764 requires a server restart after installing update 4039929 (on the WSUS server or on the WSUS console of the site server) and asks to check again after the restart; the same holds for the OS rollups it requires. Until the restart, files replaced by an update are not in use. The markers are the Windows Update RebootRequired key, the Component Based Servicing RebootPending key and the PendingFileRenameOperations value (the last one is also set by other installers, hence a warning).',
  remediation: [
    'Restart the server in a maintenance window: Restart-Computer.',
    'After the restart, check the WSUS version (console > Overview > Connection > Server Version) or the OS build, and whether clients connect again.',
  ],
  references: [KB4025764],
  tests: [
    { name: 'no pending restart passes', facts: {}, expect: 'pass' },
    {
      name: 'Windows Update reboot required fails',
      facts: { os: { pendingReboot: { windowsUpdate: true } } },
      expect: 'fail',
      message: '(set: Windows Update RebootRequired)',
    },
    {
      name: 'CBS reboot pending fails',
      facts: { os: { pendingReboot: { componentBasedServicing: true } } },
      expect: 'fail',
    },
    {
      name: 'pending file rename operations (MSI-based WSUS 3 updates) fails',
      facts: { os: { pendingReboot: { pendingFileRenameOperations: true } } },
      expect: 'fail',
    },
    { name: 'pending-reboot markers not read is insufficient evidence', facts: { os: { pendingReboot: null } }, expect: 'insufficientEvidence' },
    { name: 'OS section not collected is insufficient evidence', facts: { os: { status: 'error', message: 'WMI failed' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

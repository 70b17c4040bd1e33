/** The agent's update database (SoftwareDistribution\DataStore\DataStore.edb) is missing: the folder was deleted or reset and not rebuilt by a scan. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { SCAN_FAILURES } from '../references.js';
import { WU_ADDITIONAL_RESOURCES, WU_COMMON_ERRORS } from './shared/references.js';

export default defineRule({
  id: 'softwaredistribution-datastore-missing',
  ref: 'WSUS-0109',
  title: 'The Windows Update datastore (SoftwareDistribution\\DataStore\\DataStore.edb) is missing',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'client' },
  requires: ['clientHealth.softwareDistribution.exists'],
  when: any(fact('clientHealth.softwareDistribution.exists', 'equal', false), fact('clientHealth.softwareDistribution.dataStoreExists', 'equal', false)),
  message:
    'The Windows Update datastore is missing: {{clientHealth.softwareDistribution.path}} exists = {{clientHealth.softwareDistribution.exists}}, DataStore.edb exists = {{clientHealth.softwareDistribution.dataStoreExists}}. ' +
    'The agent creates it at its first scan, so no scan has completed since the folder was deleted or reset (last successful detection recorded: {{windowsUpdateClient.lastDetectSuccessTime}}); the next scan against WSUS is a full scan and the update history is gone.',
  evidence: ['windowsUpdateClient.lastDetectSuccessTime', 'services.items.wuauserv.startType'],
  summary: 'The Windows Update datastore exists.',
  rationale:
    'Microsoft\'s reset procedures ("Windows Update - additional resources", "Windows Update common errors and mitigation" for 0x80242006) rename SoftwareDistribution\\DataStore and restart the agent, which rebuilds it at the next scan; KB 3090184 does the same for corrupt datastores. ' +
    'A missing DataStore.edb therefore means a reset or deletion that no scan has followed yet (or a scan that keeps failing before it writes the database). Warning: harmless right after a deliberate reset, worth a look otherwise. Its size is shown as evidence elsewhere; no size threshold is documented, so none is applied.',
  remediation: [
    'Run a detection and let it finish: Settings > Windows Update > Check for updates (wuauclt /detectnow on Windows 7/8.1); DataStore.edb reappears when the scan completes.',
    'If it does not, read WindowsUpdate.log (Get-WindowsUpdateLog on Windows 10/11) for the scan error, and check that wuauserv is not disabled.',
    'Find out who deleted the folder (clean-up scripts, "reset Windows Update" tools run on a schedule) so it does not happen again.',
  ],
  references: [WU_ADDITIONAL_RESOURCES, WU_COMMON_ERRORS, SCAN_FAILURES],
  tests: [
    { name: 'datastore present passes', facts: {}, expect: 'pass' },
    { name: 'DataStore.edb missing fails', facts: { clientHealth: { softwareDistribution: { dataStoreExists: false, dataStoreSizeMB: null, dataStoreLastWriteTime: null } } }, expect: 'fail', message: 'DataStore.edb exists = false' },
    { name: 'the SoftwareDistribution folder missing fails', facts: { clientHealth: { softwareDistribution: { exists: false, dataStoreExists: false, dataStoreSizeMB: null, dataStoreLastWriteTime: null } } }, expect: 'fail' },
    { name: 'folder state not read is insufficient evidence', facts: { clientHealth: { softwareDistribution: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

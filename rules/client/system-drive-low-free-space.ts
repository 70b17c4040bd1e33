/** The agent downloads into %windir%\SoftwareDistribution and stages installs on the system drive. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WUA_RECOMMENDED_DISK_SPACE, WU_ADDITIONAL_RESOURCES } from './shared/references.js';

export default defineRule({
  id: 'system-drive-low-free-space',
  ref: 'WSUS-0108',
  title: 'The client\'s system drive is below the free-space threshold (10 % by default)',
  severity: 'warning',
  category: 'prerequisites',
  appliesTo: { role: 'client' },
  requires: ['clientHealth.systemDrive.freePercent'],
  when: fact('clientHealth.systemDrive.freePercent', 'lessThan', { fact: 'derived.thresholds.freeSpacePercent.value' }),
  message:
    'The system drive {{clientHealth.systemDrive.root}} has {{derived.clientHealth.systemDriveFreeGB}} GB free ({{clientHealth.systemDrive.freePercent}} % of {{clientHealth.systemDrive.totalMB}} MB), below the threshold of {{derived.thresholds.freeSpacePercent.value}} % ({{derived.thresholds.freeSpacePercent.source}}). ' +
    'Downloads from WSUS land in %windir%\\SoftwareDistribution\\Download on this drive and installs stage there too: large cumulative and feature updates fail or stall first.',
  evidence: ['clientHealth.systemDrive.freeMB', 'clientHealth.softwareDistribution.dataStoreSizeMB'],
  summary: 'The client\'s system drive has at least the free-space threshold free.',
  rationale:
    'Every update declares the free space it needs before it installs (IUpdate::RecommendedHardDiskSpace), and the agent keeps its downloads in %windir%\\SoftwareDistribution on the system drive ("Windows Update - additional resources"). ' +
    'Microsoft gives no single percentage; the threshold is wsus-doctor\'s configurable freeSpacePercent (10 % by default, the same as for the WSUS content volume). Warning: scans against WSUS are not affected.',
  remediation: [
    'Free space on the system drive: Disk Cleanup > Clean up system files (Windows Update Cleanup, Delivery Optimization Files), or Dism.exe /Online /Cleanup-Image /StartComponentCleanup.',
    'Check what grew: the SoftwareDistribution\\Download folder, user profiles, page file and hibernation file (powercfg /h off where allowed).',
    'Retry the installation from Settings > Windows Update once enough space is free.',
  ],
  references: [WUA_RECOMMENDED_DISK_SPACE, WU_ADDITIONAL_RESOURCES],
  tests: [
    { name: '40 % free (base) passes', facts: {}, expect: 'pass' },
    { name: '3 % free fails', facts: { clientHealth: { systemDrive: { totalMB: 122880, freeMB: 3686, freePercent: 3 } } }, expect: 'fail', message: '3.6 GB free (3 %' },
    { name: 'free space not read is insufficient evidence', facts: { clientHealth: { systemDrive: null } }, expect: 'insufficientEvidence' },
    { name: 'client health not collected is insufficient evidence', facts: { clientHealth: { status: 'error', message: 'Access is denied' } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

/** The volume holding the SUSDB data file is below the free-space threshold. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE } from '../references.js';

export default defineRule({
  id: 'susdb-volume-low-free-space',
  ref: 'WSUS-0087',
  title: 'The SUSDB data volume is below the free-space threshold (10 % by default)',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['susdb.dataVolumeFreePercent', 'susdb.dataVolumeFreeMB'],
  when: fact('susdb.dataVolumeFreePercent', 'lessThan', { fact: 'derived.thresholds.freeSpacePercent.value' }),
  message:
    'The volume holding the SUSDB data file {{susdb.dataFilePath}} ({{susdb.dataFileSizeMB}} MB, on {{susdb.source}} {{susdb.server}}) has {{susdb.dataVolumeFreeMB}} MB free, {{susdb.dataVolumeFreePercent}} % of the volume, below the threshold of {{derived.thresholds.freeSpacePercent.value}} % (source: {{derived.thresholds.freeSpacePercent.source}}). SUSDB grows with every synchronization and while the cleanup and reindexing run; when the file cannot grow, synchronization, the cleanup wizard and client scans fail with SQL errors.',
  evidence: ['susdb.dataVolumeRoot', 'susdb.supersededNotDeclinedUpdates'],
  summary: 'The volume of the SUSDB data file has at least the threshold of free space (10 % by default).',
  rationale:
    'The WSUS database grows with the catalogue (every product, classification and language synchronized) and needs room to work: the maintenance guide\'s reindexing rebuilds indexes in the same file, and the log grows during the cleanup. A full data volume stops SUSDB from growing (SQL Server error 1105 "could not allocate space"), and WSUS then fails synchronizations and client scans alike. With the Windows Internal Database the file is on the system drive by default (C:\\Windows\\WID\\Data). 10 % is an early warning, not a Microsoft figure; it can be changed in the config file (freeSpacePercent).',
  remediation: [
    'Shrink what SUSDB holds first: decline superseded and unneeded updates and run the cleanup (KB 4490644), then reindex; unselect products, classifications and languages you do not deploy.',
    'Free space on the volume, or extend it.',
    'For a SQL Server, move the SUSDB files to a larger volume (detach/attach or ALTER DATABASE ... MODIFY FILE with WSUS stopped); for WID, move the database as described in the WSUS best practices.',
  ],
  references: [WSUS_MAINTENANCE_GUIDE, WSUS_BEST_PRACTICES],
  tests: [
    { name: '48 % free (base) passes', facts: {}, expect: 'pass' },
    {
      name: '4 % free on the WID volume fails',
      facts: { susdb: { dataVolumeFreeMB: 2150, dataVolumeFreePercent: 4 } },
      expect: 'fail',
      message: 'The volume holding the SUSDB data file C:\\Windows\\WID\\Data\\SUSDB.mdf (4096 MB, on WID np:\\\\.\\pipe\\MICROSOFT##WID\\tsql\\query) has 2150 MB free, 4 % of the volume, below the threshold of 10 %',
    },
    {
      name: 'a remote SQL Server volume at 6 % fails',
      facts: { susdb: { source: 'SQL', server: 'SQL01.contoso.com', dataFilePath: 'E:\\SQLData\\SUSDB.mdf', dataVolumeRoot: 'E:\\', dataVolumeFreeMB: 12288, dataVolumeFreePercent: 6 } },
      expect: 'fail',
      message: 'on SQL SQL01.contoso.com) has 12288 MB free, 6 % of the volume',
    },
    { name: 'exactly at the threshold passes', facts: { susdb: { dataVolumeFreePercent: 10 } }, expect: 'pass' },
    { name: 'free space not reported (VIEW SERVER STATE denied) is insufficient evidence', facts: { susdb: { dataVolumeFreeMB: null, dataVolumeFreePercent: null } }, expect: 'insufficientEvidence' },
    { name: 'SUSDB not read is insufficient evidence', facts: { susdb: { status: 'error', message: 'Execution Timeout Expired.' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** KB 4490644: the two custom non-clustered indexes speed up cleanup and supersedence queries. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_MAINTENANCE_GUIDE } from '../references.js';

export default defineRule({
  id: 'susdb-custom-indexes-missing',
  ref: 'WSUS-0041',
  title: 'The custom SUSDB indexes of the maintenance guide are missing',
  severity: 'info',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['susdb.customIndexes.nclLocalizedPropertyID', 'susdb.customIndexes.nclSupercededUpdateID'],
  when: any(fact('susdb.customIndexes.nclLocalizedPropertyID', 'equal', false), fact('susdb.customIndexes.nclSupercededUpdateID', 'equal', false)),
  message:
    'SUSDB lacks custom indexes of the maintenance guide: nclLocalizedPropertyID {{#if susdb.customIndexes.nclLocalizedPropertyID}}is present{{else}}is missing{{/if}}, nclSupercededUpdateID {{#if susdb.customIndexes.nclSupercededUpdateID}}is present{{else}}is missing{{/if}}. Without them the cleanup wizard and supersedence queries can run for hours or time out.',
  evidence: ['susdb.supersededNotDeclinedUpdates', 'susdb.source'],
  summary: 'SUSDB has the two custom indexes of the maintenance guide (nclLocalizedPropertyID, nclSupercededUpdateID).',
  rationale:
    'KB 4490644 recommends adding nclLocalizedPropertyID on tbLocalizedPropertyForRevision(LocalizedPropertyID) and nclSupercededUpdateID on tbRevisionSupersedesUpdate(SupersededUpdateID): they greatly speed up the cleanup wizard and spGetObsoleteUpdatesToCleanup. ConfigMgr 1906+ adds them when the software update point option "Add non-clustered indexes to the WSUS database" is on. Their absence is not a failure by itself.',
  remediation: [
    'ConfigMgr 1906 and later: in the software update point component properties, WSUS Maintenance tab, enable "Add non-clustered indexes to the WSUS database".',
    'Standalone WSUS: connect to SUSDB (WID: \\\\.\\pipe\\MICROSOFT##WID\\tsql\\query) and run the CREATE NONCLUSTERED INDEX statements of KB 4490644 (error 1913 means the index already exists).',
  ],
  references: [WSUS_MAINTENANCE_GUIDE],
  tests: [
    { name: 'both indexes present (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'nclSupercededUpdateID missing fails',
      facts: { susdb: { customIndexes: { nclLocalizedPropertyID: true, nclSupercededUpdateID: false } } },
      expect: 'fail',
      message: 'nclLocalizedPropertyID is present, nclSupercededUpdateID is missing',
    },
    { name: 'both missing fails', facts: { susdb: { customIndexes: { nclLocalizedPropertyID: false, nclSupercededUpdateID: false } } }, expect: 'fail' },
    { name: 'indexes not read is insufficient evidence', facts: { susdb: { customIndexes: null } }, expect: 'insufficientEvidence' },
    { name: 'SUSDB not readable is insufficient evidence', facts: { susdb: { status: 'error', message: 'Login failed' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

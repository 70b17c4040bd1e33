/** KB 4490644: more than 1500 superseded updates that are not declined slow every client scan and the server. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE } from '../references.js';

export default defineRule({
  id: 'susdb-superseded-updates-high',
  ref: 'WSUS-0040',
  title: 'Too many superseded updates are not declined in SUSDB (more than 1500 by default)',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['susdb.supersededNotDeclinedUpdates'],
  // The maintenance guide's 1500 by default; configurable (derived.thresholds.supersededUpdates).
  when: fact('susdb.supersededNotDeclinedUpdates', 'greaterThan', { fact: 'derived.thresholds.supersededUpdates.value' }),
  message:
    'SUSDB holds {{susdb.supersededNotDeclinedUpdates}} superseded updates that are not declined (of {{susdb.totalUpdates}} updates, {{susdb.declinedUpdates}} declined), above the threshold of {{derived.thresholds.supersededUpdates.value}} (source: {{derived.thresholds.supersededUpdates.source}}). Above it, the metadata every client scan processes grows until scans time out (0x8024401C, 0x80244010, HTTP 503) and WsusPool recycles.',
  evidence: ['susdb.totalUpdates', 'susdb.declinedUpdates', 'susdb.source'],
  summary: 'SUSDB has no more superseded, not declined updates than the threshold (1500 by default).',
  rationale:
    'The WSUS maintenance guide (KB 4490644) names 1500 superseded-but-not-declined updates as the point where clients and the server run into problems: superseded updates stay in the metadata sent to clients, scans need more round trips and memory, and WsusPool hits its private-memory limit. The count is vwMinimalUpdate IsSuperseded = 1 AND Declined = 0, the query of the guide.',
  remediation: [
    'Decline superseded updates (ConfigMgr: enable the software update point\'s WSUS maintenance option to decline superseded updates; standalone WSUS: the Decline-SupersededUpdatesWithExclusionPeriod.ps1 script of KB 4490644), top-down in a hierarchy.',
    'Then run the WSUS Server Cleanup Wizard (or Invoke-WsusServerCleanup -CleanupObsoleteUpdates -CleanupUnneededContentFiles) and reindex SUSDB, as the maintenance guide describes; do not synchronize while it runs.',
    'Schedule the maintenance monthly.',
  ],
  references: [WSUS_MAINTENANCE_GUIDE, WSUS_BEST_PRACTICES],
  tests: [
    { name: '120 superseded updates (base) passes', facts: {}, expect: 'pass' },
    { name: 'exactly 1500 passes', facts: { susdb: { supersededNotDeclinedUpdates: 1500 } }, expect: 'pass' },
    {
      name: '2600 superseded updates fails',
      facts: { susdb: { supersededNotDeclinedUpdates: 2600, totalUpdates: 9100, declinedUpdates: 1200 } },
      expect: 'fail',
      message: 'SUSDB holds 2600 superseded updates that are not declined (of 9100 updates, 1200 declined)',
    },
    { name: 'SUSDB query failed is insufficient evidence', facts: { susdb: { status: 'error', message: 'Timeout expired.', supersededNotDeclinedUpdates: null } }, expect: 'insufficientEvidence' },
    { name: 'SUSDB section absent is insufficient evidence', facts: { susdb: null }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

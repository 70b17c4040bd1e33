/** The volume of the WSUS content store has less than 10 % free space. */
import { all, defineRule, not } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES } from '../references.js';
import { CONTENT_VOLUME_FULL, CONTENT_VOLUME_LOW } from './shared/content-volume.js';

export default defineRule({
  id: 'wsus-content-volume-low-free-space',
  ref: 'WSUS-0042',
  title: 'The WSUS content volume is below the free-space threshold (10 % by default)',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['contentStore.volumeFreePercent', 'contentStore.volumeFreeMB'],
  when: all(CONTENT_VOLUME_LOW, not(CONTENT_VOLUME_FULL)),
  message:
    'The volume {{contentStore.volumeRoot}} holding the WSUS content ({{contentStore.expectedContentPath}}) has {{contentStore.volumeFreeMB}} MB free, {{contentStore.volumeFreePercent}} % of {{contentStore.volumeTotalMB}} MB, below the threshold of {{derived.thresholds.freeSpacePercent.value}} % (source: {{derived.thresholds.freeSpacePercent.source}}). New content downloads will fail when it fills up.',
  evidence: ['wsusServer.contentDir'],
  summary: 'The volume of the WSUS content store has at least the threshold of free space (10 % by default).',
  rationale:
    'WSUS downloads update files into ContentDir\\WsusContent; when the volume fills, downloads from Microsoft Update stop, approved updates stay "waiting for download" and clients fail with 0x80244019 / HTTP 404 on content. The best practices advise sizing the content volume with room to grow and running the cleanup wizard to remove unneeded content files; 10 % is an early warning, not a hard limit.',
  remediation: [
    'Run the WSUS Server Cleanup Wizard with "Unneeded update files" (Invoke-WsusServerCleanup -CleanupUnneededContentFiles) after declining superseded and unneeded updates.',
    'Check that only needed languages and products are selected, and that "Download express installation files" is off unless required.',
    'Extend the volume, or move the content with "WsusUtil.exe movecontent <new path> <log file>".',
  ],
  references: [WSUS_BEST_PRACTICES],
  tests: [
    { name: '40 % free (base) passes', facts: {}, expect: 'pass' },
    {
      name: '3 % free fails',
      facts: { contentStore: { volumeFreeMB: 15360, volumeFreePercent: 3, volumeTotalMB: 512000 } },
      expect: 'fail',
      message: 'has 15360 MB free, 3 % of 512000 MB',
    },
    { name: 'a full volume is left to the full rule', facts: { contentStore: { volumeFreeMB: 200, volumeFreePercent: 0.1 } }, expect: 'pass' },
    { name: 'free space not measured (UNC content) is insufficient evidence', facts: { contentStore: { volumeFreeMB: null, volumeFreePercent: null } }, expect: 'insufficientEvidence' },
    { name: 'content store not read is insufficient evidence', facts: { contentStore: { status: 'error', message: 'Access is denied' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

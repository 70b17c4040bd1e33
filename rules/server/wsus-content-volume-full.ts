/** The volume of the WSUS content store is full (under 1 GB or under 1 % free). */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES, WSUS_MESSAGES_REF } from './shared/content-refs.js';
import { CONTENT_VOLUME_FULL } from './shared/content-volume.js';

export default defineRule({
  id: 'wsus-content-volume-full',
  ref: 'WSUS-0043',
  title: 'The WSUS content volume is full',
  severity: 'error',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['contentStore.volumeFreePercent', 'contentStore.volumeFreeMB'],
  when: CONTENT_VOLUME_FULL,
  message:
    'The volume {{contentStore.volumeRoot}} holding the WSUS content ({{contentStore.expectedContentPath}}) is full: {{contentStore.volumeFreeMB}} MB free ({{contentStore.volumeFreePercent}} %). WSUS cannot download new update files, and a WID database on the same volume cannot grow.',
  evidence: ['wsusServer.contentDir', 'susdb.dataFilePath'],
  summary: 'The volume of the WSUS content store is not full (at least 1 GB and 1 % free).',
  rationale:
    'With the content volume full, WSUS stops downloading: approved updates never become available, clients fail downloads with 0x80244019 (HTTP 404), and health monitoring reports content errors (event 12072 class). When SUSDB lives on the same volume its growth fails too and WsusService stops answering.',
  remediation: [
    'Free space now: run the cleanup wizard with "Unneeded update files" (Invoke-WsusServerCleanup -CleanupUnneededContentFiles) after declining superseded updates.',
    'Extend the volume, or move the content to a larger volume with "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe movecontent <new path> <log file>".',
    'Then run "WsusUtil.exe reset" so WSUS verifies the content and downloads what is missing.',
  ],
  references: [WSUS_BEST_PRACTICES, WSUS_MESSAGES_REF],
  tests: [
    { name: '40 % free (base) passes', facts: {}, expect: 'pass' },
    { name: '3 % free (low, not full) passes', facts: { contentStore: { volumeFreeMB: 15360, volumeFreePercent: 3 } }, expect: 'pass' },
    { name: '200 MB free fails', facts: { contentStore: { volumeFreeMB: 200, volumeFreePercent: 0.1 } }, expect: 'fail', message: 'is full: 200 MB free (0.1 %)' },
    { name: '0.5 % of a huge volume fails', facts: { contentStore: { volumeFreeMB: 20000, volumeFreePercent: 0.5 } }, expect: 'fail' },
    { name: 'free space not measured is insufficient evidence', facts: { contentStore: { volumeFreeMB: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

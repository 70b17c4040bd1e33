/** The IIS Content virtual directory must point at ContentDir\WsusContent (knowledge 2.1, 2.3). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES, WSUS_CONFIGURE, WSUS_MESSAGES_REF } from './shared/content-refs.js';

export default defineRule({
  id: 'wsus-content-vdir-path-mismatch',
  ref: 'WSUS-0044',
  title: 'The IIS Content virtual directory does not point at the WSUS content folder',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['derived.contentStore.virtualDirectoryMatches'],
  when: fact('derived.contentStore.virtualDirectoryMatches', 'equal', false),
  message:
    'The Content virtual directory of the WSUS site points at {{derived.contentStore.virtualDirectoryPath}}, but WSUS stores its files in {{derived.contentStore.expectedPath}} (ContentDir {{wsusServer.contentDir}} + WsusContent). Clients are sent to /Content for files that are not there and fail downloads with HTTP 404 (0x80244019).',
  evidence: ['wsusServer.contentDir'],
  summary: 'The IIS Content virtual directory points at ContentDir\\WsusContent.',
  rationale:
    'WSUS writes downloaded files under the ContentDir setup value plus WsusContent, and the IIS Content virtual directory must serve exactly that folder (knowledge 2.1/2.3; ContentDir itself has no trailing WsusContent). A content move done by hand (copying the folder and editing IIS, or the registry only), a restore or a re-install on another drive leaves the two apart; WsusUtil movecontent and postinstall CONTENT_DIR=... keep them in step.',
  remediation: [
    'Decide which folder holds the content (look for the two-character hex sub-folders under WsusContent).',
    'Preferred: "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" movecontent <ContentDir> <log file> -skipcopy when the files are already there; or re-run WsusUtil.exe postinstall CONTENT_DIR=<ContentDir>.',
    'Or set the physical path of the Content virtual directory of the WSUS site to <ContentDir>\\WsusContent in IIS Manager, then run WsusUtil.exe reset.',
  ],
  references: [WSUS_CONFIGURE, WSUS_BEST_PRACTICES, WSUS_MESSAGES_REF],
  tests: [
    { name: 'matching paths (base) pass', facts: {}, expect: 'pass' },
    { name: 'a letter-case and trailing-backslash difference passes', facts: { contentStore: { virtualDirectoryPath: 'd:\\wsus\\wsuscontent\\' } }, expect: 'pass' },
    {
      name: 'a vdir left on C: after moving the content fails',
      facts: { contentStore: { virtualDirectoryPath: 'C:\\WSUS\\WsusContent' } },
      expect: 'fail',
      message: 'points at C:\\WSUS\\WsusContent, but WSUS stores its files in D:\\WSUS\\WsusContent',
    },
    {
      name: 'a vdir pointing at ContentDir without WsusContent fails',
      facts: { contentStore: { virtualDirectoryPath: 'D:\\WSUS' } },
      expect: 'fail',
    },
    { name: 'the vdir path unknown is insufficient evidence', facts: { contentStore: { virtualDirectoryPath: null }, iis: { status: 'notCollected', message: 'not elevated' } }, expect: 'insufficientEvidence' },
    { name: 'content store not read is insufficient evidence', facts: { contentStore: { status: 'error', message: 'failed' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

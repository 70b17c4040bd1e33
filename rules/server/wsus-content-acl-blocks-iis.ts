/** The content folder's ACL must let IIS (anonymous user, WsusPool identity) read the update files. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import type { FactPatch } from '../../engine/dsl/rule-types.js';
import { WSUS_BEST_PRACTICES, WSUS_MESSAGES_REF } from './shared/content-refs.js';

/** A content store whose folder D:\WSUS\WsusContent has these access rules. */
function acl(rules: Array<{ identity: string; sid?: string; rights: string; type: 'Allow' | 'Deny'; inherited?: boolean }>): FactPatch {
  return { contentStore: { contentAcl: { path: 'D:\\WSUS\\WsusContent', rules } } } as FactPatch;
}

export default defineRule({
  id: 'wsus-content-acl-blocks-iis',
  ref: 'WSUS-0088',
  title: 'The WSUS content folder\'s permissions do not let IIS read the update files',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['derived.contentStore.iisReadAccess.readable'],
  when: fact('derived.contentStore.iisReadAccess.readable', 'equal', false),
  message:
    'The ACL of {{contentStore.contentAcl.path}} {{derived.contentStore.iisReadAccess.finding}}. Unless the Content virtual directory\'s anonymous user is an account granted read there, clients fail every content download with HTTP 401.3 (0x800710DD, 0x80240033 for license terms).',
  evidence: ['derived.contentStore.iisReadAccess.allowedBy', 'derived.contentStore.iisReadAccess.rules'],
  summary: 'The content folder\'s ACL lets the anonymous user and the WsusPool identity read the update files.',
  rationale:
    'Clients download update files anonymously from the Content virtual directory: IIS opens them as the anonymous user (IUSR unless the Content virtual directory sets another account) and the WsusPool identity (NETWORK SERVICE). WSUS setup grants them read through the folder\'s inherited permissions; a content folder restored from backup, moved by hand, or hardened by removing Users and Everyone loses them, and IIS answers 401.3 (access denied by the ACL). WSUS health reports it as event 12072 ("The permissions on directory ...\\WsusContent are incorrect"). The ACL is read as the collector sees it; membership of other groups is not expanded, so this is a warning.',
  remediation: [
    'Grant read to the accounts IIS uses, inherited by files and sub-folders: icacls "<content folder>" /grant "NT AUTHORITY\\NETWORK SERVICE:(OI)(CI)F" "BUILTIN\\Users:(OI)(CI)RX" (use the SIDs *S-1-5-20 and *S-1-5-32-545 on non-English systems).',
    'Remove any Deny entry for Everyone, Users or IUSR on the folder.',
    'Run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" checkhealth and look for event 12072 in the Application log; test with http://<server>:8530/Content/<any folder>/<file> from a client.',
  ],
  references: [WSUS_MESSAGES_REF, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'SYSTEM, Administrators, NETWORK SERVICE and Users (base) pass', facts: {}, expect: 'pass' },
    {
      name: 'a hardened folder with only SYSTEM and Administrators fails',
      facts: acl([
        { identity: 'NT AUTHORITY\\SYSTEM', sid: 'S-1-5-18', rights: 'FullControl', type: 'Allow', inherited: false },
        { identity: 'BUILTIN\\Administrators', sid: 'S-1-5-32-544', rights: 'FullControl', type: 'Allow', inherited: false },
      ]),
      expect: 'fail',
      message: 'The ACL of D:\\WSUS\\WsusContent gives no read access to the accounts IIS serves /Content with (Everyone, Users, Authenticated Users, IUSR, IIS_IUSRS, NETWORK SERVICE). Unless',
    },
    {
      name: 'a Deny read for Everyone fails even with Users allowed',
      facts: acl([
        { identity: 'Everyone', sid: 'S-1-1-0', rights: 'Read, Synchronize', type: 'Deny', inherited: false },
        { identity: 'BUILTIN\\Users', sid: 'S-1-5-32-545', rights: 'ReadAndExecute, Synchronize', type: 'Allow', inherited: true },
      ]),
      expect: 'fail',
      message: 'The ACL of D:\\WSUS\\WsusContent denies read to Everyone, which the anonymous user belongs to. Unless',
    },
    {
      name: 'localized names with SIDs (German) pass',
      facts: acl([
        { identity: 'NT-AUTORITÄT\\SYSTEM', sid: 'S-1-5-18', rights: 'FullControl', type: 'Allow', inherited: true },
        { identity: 'VORDEFINIERT\\Benutzer', sid: 'S-1-5-32-545', rights: '-1610612736', type: 'Allow', inherited: true },
      ]),
      expect: 'pass',
    },
    {
      name: 'a Deny write for Users (read untouched) passes',
      facts: acl([
        { identity: 'BUILTIN\\Users', sid: 'S-1-5-32-545', rights: 'Write', type: 'Deny', inherited: false },
        { identity: 'BUILTIN\\Users', sid: 'S-1-5-32-545', rights: 'ReadAndExecute, Synchronize', type: 'Allow', inherited: true },
      ]),
      expect: 'pass',
    },
    {
      name: 'only unresolved accounts without SIDs is insufficient evidence',
      facts: acl([{ identity: 'CONTOSO\\svc-wsus-content', rights: 'ReadAndExecute', type: 'Allow' }]),
      expect: 'insufficientEvidence',
    },
    { name: 'the ACL not read is insufficient evidence', facts: { contentStore: { contentAcl: null } }, expect: 'insufficientEvidence' },
    { name: 'content store not read is insufficient evidence', facts: { contentStore: { status: 'error', message: 'failed' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

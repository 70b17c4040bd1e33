/**
 * KB 4025764 prerequisite: WSUS on Windows Server 2012 R2 needs KB4039871 or a later Monthly
 * Rollup. There is no UBR on 2012 R2, so "or later" is decided from the installed KBs and their
 * dates against the dated rollup table (derived.prerequisiteUpdate).
 */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { osFamilyOrUnread } from './shared/os-gates.js';
import { ROLLUP_EVIDENCE, rollupMissingConditions } from './shared/rollup-conditions.js';
import { CONFIGMGR_PERFORMANCE_FAQ, KB4039871 } from './shared/refs.js';

const OS = { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null };

export default defineRule({
  id: 'wsus-2012r2-rollup-missing',
  ref: 'WSUS-0003',
  title: 'WSUS on Windows Server 2012 R2 lacks KB4039871 or a later Monthly Rollup',
  severity: 'error',
  category: 'prerequisites',
  // Not appliesTo.osFamily: with os not collected that would say notApplicable (see shared/os-gates.ts).
  appliesTo: { role: 'server', wsusRole: true, when: osFamilyOrUnread(['2012R2']) },
  requires: ['os.version', 'updates'],
  ...rollupMissingConditions(),
  message: 'Windows Server 2012 R2 lacks KB4039871 (August 2017) or a later Monthly Rollup: {{derived.prerequisiteUpdate.reason}}.',
  evidence: [...ROLLUP_EVIDENCE],
  summary: 'The Windows Server 2012 R2 WSUS server has KB4039871 or a later Monthly Rollup installed.',
  rationale:
    'KB 4025764 requires WSUS on Windows Server 2012 R2 to have KB4039871 (the August 2017 Preview of Monthly Rollup) or a later rollup; the ConfigMgr performance FAQ agrees (any non-security-only cumulative update from August 2017 on). Monthly Rollups are cumulative, so every Monthly Rollup from September 2017 on carries it; Security-only updates do not, whatever their date. Windows Server 2012 R2 has no update build revision, so the installed KBs are matched against a dated table of the 2012 R2 Monthly Rollups and Security-only updates (engine/knowledge/server-rollups.ts; October 2016 - December 2022 and October 2023). The rule fails when the update list was read and every update is known not to qualify (older rollups, security-only or servicing stack updates, or installed before August 2017). An update the table does not know, installed from August 2017 on or without a date, could be a later rollup (for instance an ESU rollup), and the August 2017 Monthly Rollup itself is disputed between the two sources: then the rule reports insufficient evidence and names those updates. When the OS was not read the rule reports insufficient evidence rather than not applicable.',
  remediation: [
    'List the installed updates: Get-HotFix | Sort-Object InstalledOn | Select-Object HotFixID, Description, InstalledOn.',
    'Install the latest Monthly Rollup for Windows Server 2012 R2 (a "Security Monthly Quality Rollup", not a "Security Only Quality Update") from Windows Update, WSUS or the Microsoft Update Catalog; since October 2023 this needs Extended Security Updates.',
    'Restart the server after the installation (Get-HotFix should then list the rollup), then check whether clients connect again.',
  ],
  references: [KB4025764, KB4039871, CONFIGMGR_PERFORMANCE_FAQ],
  tests: [
    {
      name: 'server patched in 2023 (October 2023 Monthly Rollup KB5031419) passes',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB2919355', installedOn: '2014-05-01', description: 'Update' },
            { id: 'KB5030329', installedOn: '2023-09-14', description: 'Update' },
            { id: 'KB5031419', installedOn: '2023-10-12', description: 'Security Update' },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'KB4039871 itself (the threshold) passes',
      facts: { os: OS, updates: { items: [{ id: 'KB4039871', installedOn: '2017-09-05', description: 'Update' }] } },
      expect: 'pass',
    },
    {
      name: 'the September 2017 Monthly Rollup (first after the threshold) passes',
      facts: { os: OS, updates: { items: [{ id: 'KB4038792', installedOn: '2017-09-20', description: 'Security Update' }] } },
      expect: 'pass',
    },
    {
      name: 'a server left unpatched since 2017 (July 2017 rollup) fails, naming the newest rollup',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB2919355', installedOn: '2014-05-01', description: 'Update' },
            { id: 'KB4025336', installedOn: '2017-07-20', description: 'Security Update' },
          ],
        },
      },
      expect: 'fail',
      message: 'no Monthly Rollup since KB4025336 (July 2017), which predates KB4039871 (August 2017)',
    },
    {
      name: 'only Security-only updates since 2017 fails: they do not qualify',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB4025336', installedOn: '2017-07-20', description: 'Security Update' },
            { id: 'KB4038793', installedOn: '2017-09-14', description: 'Security Update' },
            { id: 'KB4480964', installedOn: '2019-01-10', description: 'Security Update' },
            { id: 'KB5021296', installedOn: '2022-12-15', description: 'Security Update' },
          ],
        },
      },
      expect: 'fail',
      message: 'security-only updates do not carry the non-security fixes',
    },
    {
      name: 'no updates installed at all fails',
      facts: { os: OS, updates: { items: [] } },
      expect: 'fail',
      message: 'no updates are installed at all',
    },
    {
      name: 'an unknown update installed after the threshold is insufficient evidence, naming it',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB4025336', installedOn: '2017-07-20', description: 'Security Update' },
            { id: 'KB5040456', installedOn: '2024-07-11', description: 'Security Update' },
          ],
        },
      },
      expect: 'insufficientEvidence',
      message: 'KB5040456 (installed 2024-07-11)',
    },
    {
      name: 'an undated unknown update beside old ones is insufficient evidence',
      facts: { os: OS, updates: { items: [{ id: 'KB4025336', installedOn: '2017-07-15', description: 'Security Update' }, { id: 'KB5031000' }] } },
      expect: 'insufficientEvidence',
      message: 'KB5031000 (no installation date)',
    },
    {
      name: 'the August 2017 Monthly Rollup alone is disputed between the sources: insufficient evidence',
      facts: { os: OS, updates: { items: [{ id: 'KB4034681', installedOn: '2017-08-10', description: 'Security Update' }] } },
      expect: 'insufficientEvidence',
      message: 'KB4034681',
    },
    {
      name: 'updates not collected is insufficient evidence',
      facts: { os: OS, updates: { status: 'notCollected', message: 'not elevated', items: null } },
      expect: 'insufficientEvidence',
      message: 'updates was not collected',
    },
    {
      name: 'Windows Server 2012 is not applicable',
      facts: { os: { caption: 'Microsoft Windows Server 2012 Standard', version: '6.2.9200', build: 9200, ubr: null } },
      expect: 'notApplicable',
    },
    { name: 'Windows Server 2022 is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'OS not collected is insufficient evidence, not not-applicable',
      facts: { os: { status: 'notCollected', message: 'WMI not reachable', caption: null, version: null, build: null, ubr: null, installationType: null, productType: null, lastBootUpTime: null, pendingReboot: null }, updates: { items: [{ id: 'KB4025336', installedOn: '2017-07-15', description: 'Security Update' }] } },
      expect: 'insufficientEvidence',
      message: 'os was not collected',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

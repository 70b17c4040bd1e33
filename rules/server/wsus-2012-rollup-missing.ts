/**
 * KB 4025764 prerequisite: WSUS on Windows Server 2012 needs KB4039873 or a later Monthly Rollup.
 * There is no UBR on 2012, so "or later" is decided from the installed KBs and their dates
 * against the dated rollup table (derived.prerequisiteUpdate).
 */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { osFamilyOrUnread } from './shared/os-gates.js';
import { ROLLUP_EVIDENCE, rollupMissingConditions } from './shared/rollup-conditions.js';
import { CONFIGMGR_PERFORMANCE_FAQ, KB4039873, KB4041690 } from './shared/refs.js';

const OS = { caption: 'Microsoft Windows Server 2012 Standard', version: '6.2.9200', build: 9200, ubr: null };

export default defineRule({
  id: 'wsus-2012-rollup-missing',
  ref: 'WSUS-0002',
  title: 'WSUS on Windows Server 2012 lacks KB4039873 or a later Monthly Rollup',
  severity: 'error',
  category: 'prerequisites',
  // Not appliesTo.osFamily: with os not collected that would say notApplicable (see shared/os-gates.ts).
  appliesTo: { role: 'server', wsusRole: true, when: osFamilyOrUnread(['2012']) },
  requires: ['os.version', 'updates'],
  ...rollupMissingConditions(),
  message: 'Windows Server 2012 lacks KB4039873 or a later Monthly Rollup (October 2017, KB4041690, or later): {{derived.prerequisiteUpdate.reason}}.',
  evidence: [...ROLLUP_EVIDENCE],
  summary: 'The Windows Server 2012 WSUS server has KB4039873 or a later Monthly Rollup installed.',
  rationale:
    'KB 4025764 requires WSUS on Windows Server 2012 to have KB4039873 or a later-version rollup; the ConfigMgr performance FAQ names any non-security-only cumulative update from October 2017 on (KB4041690). Monthly Rollups are cumulative, so KB4039873 and every Monthly Rollup from October 2017 on count; Security-only updates never do, whatever their date. The September 2017 Monthly Rollup is disputed (the release month of KB4039873 is not in the sources used, and the FAQ starts in October), so alone it gives insufficient evidence. Windows Server 2012 has no update build revision, so the installed KBs are matched against a dated table of the 2012 Monthly Rollups (October 2016 - December 2022) and Security-only updates (October 2016 - December 2021) in engine/knowledge/server-rollups.ts. The rule fails when the update list was read and every update is known not to qualify (older rollups, security-only or servicing stack updates, or installed before August 2017). An update the table does not know, installed from August 2017 on or without a date, could be a later rollup (2023 and ESU rollups are not in the table): then the rule reports insufficient evidence and names those updates. When the OS was not read the rule reports insufficient evidence rather than not applicable.',
  remediation: [
    'List the installed updates: Get-HotFix | Sort-Object InstalledOn | Select-Object HotFixID, Description, InstalledOn.',
    'Install the latest Monthly Rollup for Windows Server 2012 (a "Security Monthly Quality Rollup", not a "Security Only Quality Update") from Windows Update, WSUS or the Microsoft Update Catalog; since October 2023 this needs Extended Security Updates.',
    'Restart the server after the installation (Get-HotFix should then list the rollup), then check whether clients connect again.',
  ],
  references: [KB4025764, KB4039873, KB4041690, CONFIGMGR_PERFORMANCE_FAQ],
  tests: [
    {
      name: 'server patched into 2023 (December 2022 Monthly Rollup KB5021285, installed 2023) passes',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB5001401', installedOn: '2021-04-20', description: 'Update' },
            { id: 'KB5021285', installedOn: '2023-01-12', description: 'Security Update' },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'KB4039873 itself (the threshold) passes',
      facts: { os: OS, updates: { items: [{ id: 'KB4039873', installedOn: '2017-09-02', description: 'Update' }] } },
      expect: 'pass',
    },
    {
      name: 'KB4041690 (October 2017, the ConfigMgr FAQ update) passes',
      facts: { os: OS, updates: { items: [{ id: 'KB4041690', installedOn: '2017-10-20', description: 'Security Update' }] } },
      expect: 'pass',
    },
    {
      name: 'a server left unpatched since 2017 (July 2017 rollup) fails, naming the newest rollup',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB4025331', installedOn: '2017-07-15', description: 'Security Update' },
            { id: 'KB3173424', installedOn: '2016-08-10', description: 'Update' },
          ],
        },
      },
      expect: 'fail',
      message: 'no Monthly Rollup since KB4025331 (July 2017), which predates KB4039873',
    },
    {
      name: 'the August 2017 Monthly Rollup (before KB4039873) fails',
      facts: { os: OS, updates: { items: [{ id: 'KB4034665', installedOn: '2017-08-10', description: 'Security Update' }] } },
      expect: 'fail',
      message: 'KB4034665 (August 2017)',
    },
    {
      name: 'only Security-only updates since 2017 fails: they do not qualify',
      facts: {
        os: OS,
        updates: {
          items: [
            { id: 'KB4025331', installedOn: '2017-07-15', description: 'Security Update' },
            { id: 'KB4041679', installedOn: '2017-10-12', description: 'Security Update' },
            { id: 'KB4480972', installedOn: '2019-01-10', description: 'Security Update' },
            { id: 'KB5008255', installedOn: '2021-12-16', description: 'Security Update' },
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
      facts: { os: OS, updates: { items: [{ id: 'KB5031442', installedOn: '2023-10-12', description: 'Security Update' }] } },
      expect: 'insufficientEvidence',
      message: 'KB5031442 (installed 2023-10-12)',
    },
    {
      name: 'unknown updates installed before August 2017 do not count: fails',
      facts: { os: OS, updates: { items: [{ id: 'KB3000001', installedOn: '2017-07-31T23:00:00Z', description: 'Update' }] } },
      expect: 'fail',
      message: 'installed before August 2017',
    },
    {
      name: 'an undated unknown update beside old dated ones is insufficient evidence',
      facts: { os: OS, updates: { items: [{ id: 'KB4025331', installedOn: '2017-07-15', description: 'Security Update' }, { id: 'KB5031000' }] } },
      expect: 'insufficientEvidence',
      message: 'KB5031000 (no installation date)',
    },
    {
      name: 'the September 2017 Monthly Rollup alone is disputed: insufficient evidence',
      facts: { os: OS, updates: { items: [{ id: 'KB4038799', installedOn: '2017-09-14', description: 'Security Update' }] } },
      expect: 'insufficientEvidence',
      message: 'KB4038799',
    },
    {
      name: 'updates not collected is insufficient evidence',
      facts: { os: OS, updates: { status: 'error', message: 'Get-HotFix failed', items: null } },
      expect: 'insufficientEvidence',
      message: 'updates could not be read',
    },
    {
      name: 'Windows Server 2012 R2 is not applicable',
      facts: { os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null } },
      expect: 'notApplicable',
    },
    { name: 'Windows Server 2022 is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'OS not collected is insufficient evidence, not not-applicable',
      facts: { os: { status: 'notCollected', message: 'WMI not reachable', caption: null, version: null, build: null, ubr: null, installationType: null, productType: null, lastBootUpTime: null, pendingReboot: null }, updates: { items: [{ id: 'KB4025331', installedOn: '2017-07-15', description: 'Security Update' }] } },
      expect: 'insufficientEvidence',
      message: 'os was not collected',
    },
    {
      name: 'OS version not read is insufficient evidence',
      facts: { os: { caption: null, version: null, build: null, ubr: null } },
      expect: 'insufficientEvidence',
      message: 'os.version is not in the fact file',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

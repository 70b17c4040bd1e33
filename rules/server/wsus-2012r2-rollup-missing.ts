/**
 * KB 4025764 prerequisite: WSUS on Windows Server 2012 R2 needs KB4039871 or a later rollup.
 * There is no UBR on 2012 R2, so "or later" is decided from the installed KB list and dates.
 */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { osFamilyOrUnread } from './shared/os-gates.js';
import { rollupMissingConditions } from './shared/rollup-conditions.js';
import { CONFIGMGR_PERFORMANCE_FAQ, KB4039871 } from './shared/refs.js';

/**
 * Updates that prove the requirement: KB4039871 (named by KB 4025764 and the ConfigMgr FAQ) and
 * KB4056895 (January 2018 Monthly Rollup for Windows 8.1 / Server 2012 R2). Monthly Rollups are
 * cumulative, so a later one carries the fix.
 */
const PROOF_KBS = ['KB4039871', 'KB4056895'];
/** First day of the month the required rollup was released (August 2017, per the ConfigMgr FAQ). */
const THRESHOLD = '2017-08-01';


export default defineRule({
  id: 'wsus-2012r2-rollup-missing',
  ref: 'WSUS-0003',
  title: 'WSUS on Windows Server 2012 R2 lacks KB4039871 or a later Monthly Rollup',
  severity: 'error',
  category: 'prerequisites',
  // Not appliesTo.osFamily: with os not collected that would say notApplicable (see shared/os-gates.ts).
  appliesTo: { role: 'server', wsusRole: true, when: osFamilyOrUnread(['2012R2']) },
  requires: ['os.version', 'updates'],
  ...rollupMissingConditions(PROOF_KBS, THRESHOLD),
  inconclusiveMessage:
    'none of the {{derived.installedKbs|count}} installed updates is KB4039871 or KB4056895, and some were installed after July 2017 or have no installation date (newest dated one on {{derived.latestUpdateInstalledOn}}, "unknown" = none dated; {{derived.updatesWithoutDate}} without a date). Whether one of them is a later Monthly Rollup (not a security-only update) cannot be told from KB numbers alone.',
  message:
    'Windows Server 2012 R2 has neither KB4039871 nor a later rollup: none of the {{derived.installedKbs|count}} installed updates is a known qualifying rollup, and the newest was installed on {{derived.latestUpdateInstalledOn}} ("unknown" = none installed), before August 2017 when KB4039871 was released.',
  evidence: ['derived.installedKbs', 'os.caption'],
  summary: 'The Windows Server 2012 R2 WSUS server has KB4039871 (or a later Monthly Rollup) installed.',
  rationale:
    'KB 4025764 requires WSUS on Windows Server 2012 R2 to have KB4039871 or a later-version rollup; the ConfigMgr performance FAQ agrees (any non-security-only cumulative update from August 2017 or later). Windows Server 2012 R2 has no update build revision, so "or later" cannot be read from the OS build: the rule fails only when it is certain (no updates at all, or every installed update predates August 2017) and reports insufficient evidence when only unnamed later updates are installed, because a security-only update would not qualify. An update without an installation date could be a later rollup, so any undated update also gives insufficient evidence. When the OS was not read the rule reports insufficient evidence rather than not applicable.',
  remediation: [
    'List the installed updates: Get-HotFix | Sort-Object InstalledOn | Select-Object HotFixID, Description, InstalledOn.',
    'Install the latest Monthly Rollup for Windows Server 2012 R2 (a "Security Monthly Quality Rollup", not a "Security Only Quality Update") from Windows Update, WSUS or the Microsoft Update Catalog.',
    'Restart the server after the installation, then check whether clients connect again.',
  ],
  references: [KB4025764, KB4039871, CONFIGMGR_PERFORMANCE_FAQ],
  tests: [
    {
      name: 'KB4039871 installed passes',
      facts: {
        os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null },
        updates: { items: [{ id: 'KB4039871', installedOn: '2017-09-05', description: 'Update' }] },
      },
      expect: 'pass',
    },
    {
      name: 'a known later Monthly Rollup (KB4056895) passes',
      facts: {
        os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null },
        updates: {
          items: [
            { id: 'KB2919355', installedOn: '2014-05-01', description: 'Update' },
            { id: 'KB4056895', installedOn: '2018-01-15', description: 'Security Update' },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'only updates installed before August 2017 fails',
      facts: {
        os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null },
        updates: {
          items: [
            { id: 'KB2919355', installedOn: '2014-05-01', description: 'Update' },
            { id: 'KB4025336', installedOn: '2017-07-20', description: 'Security Update' },
          ],
        },
      },
      expect: 'fail',
      message: 'newest was installed on 2017-07-20',
    },
    {
      name: 'no updates installed at all fails',
      facts: { os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null }, updates: { items: [] } },
      expect: 'fail',
    },
    {
      name: 'only unnamed updates installed after the threshold cannot decide "or later"',
      facts: {
        os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null },
        updates: {
          items: [
            { id: 'KB2919355', installedOn: '2014-05-01', description: 'Update' },
            { id: 'KB5031419', installedOn: '2023-10-11', description: 'Security Update' },
          ],
        },
      },
      expect: 'insufficientEvidence',
      message: 'cannot be told',
    },
    {
      name: 'an undated unnamed update beside old dated ones cannot decide',
      facts: {
        os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null },
        updates: { items: [{ id: 'KB4025336', installedOn: '2017-07-15', description: 'Security Update' }, { id: 'KB5031000' }] },
      },
      expect: 'insufficientEvidence',
      message: '1 without a date',
    },
    {
      name: 'updates not collected is insufficient evidence',
      facts: {
        os: { caption: 'Microsoft Windows Server 2012 R2 Standard', version: '6.3.9600', build: 9600, ubr: null },
        updates: { status: 'notCollected', message: 'not elevated', items: null },
      },
      expect: 'insufficientEvidence',
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
    {
      name: 'OS version not read is insufficient evidence',
      facts: { os: { caption: null, version: null, build: null, ubr: null } },
      expect: 'insufficientEvidence',
      message: 'os.version is not in the fact file',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

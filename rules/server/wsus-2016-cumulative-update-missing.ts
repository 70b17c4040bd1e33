/**
 * KB 4025764 prerequisite: WSUS on Windows Server 2016 needs KB4039396 (OS build 14393.1670) or
 * a later cumulative update. The update build revision (UBR) decides; without it, the KB list.
 */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { CONFIGMGR_PERFORMANCE_FAQ, KB4039396 } from './shared/refs.js';

/** KB4039396 = 14393.1670: any later cumulative update has a higher UBR. */
const MIN_UBR = 1670;
/** First day of the month KB4039396 was released (August 2017). */
const THRESHOLD = '2017-08-01';

const ubrUnknown = fact('os.ubr', 'exists', false);
const noKb4039396 = not(fact('derived.installedKbs', 'contains', 'KB4039396'));

export default defineRule({
  id: 'wsus-2016-cumulative-update-missing',
  ref: 'WSUS-0005',
  title: 'WSUS on Windows Server 2016 is below OS build 14393.1670 (KB4039396 or later missing)',
  severity: 'error',
  category: 'prerequisites',
  appliesTo: { role: 'server', osFamily: ['2016'] },
  // The UBR decides; an old collector without it can still prove the KB or its absence.
  requires: [['os.ubr', 'updates']],
  when: any(
    fact('os.ubr', 'lessThan', MIN_UBR),
    all(
      ubrUnknown,
      noKb4039396,
      any(fact('derived.latestUpdateInstalledOn', 'dateBefore', THRESHOLD), not(fact('derived.installedKbs', 'lengthGreaterThan', 0))),
    ),
  ),
  inconclusiveWhen: all(ubrUnknown, noKb4039396),
  inconclusiveMessage:
    'the update build revision (UBR) was not read and KB4039396 is not in the list of {{derived.installedKbs|count}} installed updates; later cumulative updates replace it, so the newest update (installed on {{derived.latestUpdateInstalledOn}}) may or may not be one.',
  message:
    'Windows Server 2016 is at OS build {{os.build}}.{{os.ubr}} ("unknown" = UBR not read; newest update installed on {{derived.latestUpdateInstalledOn}}); KB 4025764 requires KB4039396 (build 14393.1670) or a later cumulative update.',
  evidence: ['os.version', 'os.caption'],
  summary: 'The Windows Server 2016 WSUS server is at OS build 14393.1670 or later (KB4039396 or a later cumulative update).',
  rationale:
    'KB 4025764 requires WSUS on Windows Server 2016 to have KB4039396 or a later cumulative update (the ConfigMgr performance FAQ agrees: any non-security-only cumulative update from August 2017 or later). KB4039396 raises the OS build to 14393.1670 and also fixed update-metadata processing time-outs (0x8024401C). Windows 10/2016 cumulative updates are cumulative, so UBR 1670 or higher proves "or later"; without the UBR the rule accepts the KB itself and fails only when every installed update predates August 2017.',
  remediation: [
    'Check the build: (Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion").UBR (winver also shows 14393.<UBR>).',
    'Install the latest cumulative update for Windows Server 2016 (with its servicing stack update) from Windows Update, WSUS or the Microsoft Update Catalog.',
    'Restart the server after the installation, then check whether clients connect again.',
  ],
  references: [KB4025764, KB4039396, CONFIGMGR_PERFORMANCE_FAQ],
  tests: [
    {
      name: 'build 14393.1670 passes (boundary)',
      facts: { os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: 1670 } },
      expect: 'pass',
    },
    {
      name: 'a current build (14393.7428) passes',
      facts: { os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: 7428 } },
      expect: 'pass',
    },
    {
      name: 'build 14393.1669 fails (one below the boundary)',
      facts: { os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: 1669 } },
      expect: 'fail',
      message: 'OS build 14393.1669',
    },
    {
      name: 'RTM build 14393.0 fails',
      facts: { os: { caption: 'Microsoft Windows Server 2016 Datacenter', version: '10.0.14393', build: 14393, ubr: 0 } },
      expect: 'fail',
    },
    {
      name: 'UBR below the boundary fails even when KB4039396 is listed (installed but not in effect)',
      facts: {
        os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: 1593 },
        updates: { items: [{ id: 'KB4039396', installedOn: '2017-09-01', description: 'Update' }] },
      },
      expect: 'fail',
    },
    {
      name: 'UBR unknown but KB4039396 installed passes',
      facts: {
        os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: null },
        updates: { items: [{ id: 'KB4039396', installedOn: '2017-09-01', description: 'Update' }] },
      },
      expect: 'pass',
    },
    {
      name: 'UBR unknown and only updates from before August 2017 fails',
      facts: {
        os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: null },
        updates: { items: [{ id: 'KB4025339', installedOn: '2017-07-12', description: 'Security Update' }] },
      },
      expect: 'fail',
      message: 'UBR not read',
    },
    {
      name: 'UBR unknown and only unnamed later updates cannot decide',
      facts: {
        os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: null },
        updates: { items: [{ id: 'KB5044293', installedOn: '2024-10-09', description: 'Security Update' }] },
      },
      expect: 'insufficientEvidence',
      message: 'may or may not be one',
    },
    {
      name: 'UBR unknown and updates not collected is insufficient evidence',
      facts: {
        os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: null },
        updates: { status: 'notCollected', items: null },
      },
      expect: 'insufficientEvidence',
    },
    {
      name: 'the UBR decides even when updates were not collected',
      facts: {
        os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: 2273 },
        updates: { status: 'notCollected', items: null },
      },
      expect: 'pass',
    },
    { name: 'Windows Server 2022 is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

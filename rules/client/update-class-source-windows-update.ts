/**
 * Scan source policy (Windows 10 2004+ with KB5005101, Windows 11): with AU\UseUpdateClassPolicySource = 1,
 * a class whose SetPolicyDrivenUpdateSourceFor<Class>Updates is 0 comes from Windows Update, not WSUS.
 */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { CSP_UPDATE, WUFB_WSUS } from './shared/references.js';
import { POLICY_NOT_COLLECTED, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { facts } from './shared/test-facts.js';
import type { FactPatch } from '../../engine/dsl/rule-types.js';

/** Windows 10 2004: the first release with the scan source policy (from KB5005101). */
const SCAN_SOURCE_FROM_BUILD = 19041;
const SCAN_SOURCE: FactPatch = { clientPolicy: { au: { UseUpdateClassPolicySource: 1 } } };
const ALL_WSUS: FactPatch = {
  clientPolicy: {
    windowsUpdate: { SetPolicyDrivenUpdateSourceForFeatureUpdates: 1, SetPolicyDrivenUpdateSourceForQualityUpdates: 1, SetPolicyDrivenUpdateSourceForDriverUpdates: 1, SetPolicyDrivenUpdateSourceForOtherUpdates: 1 },
  },
};

export default defineRule({
  id: 'update-class-source-windows-update',
  ref: 'WSUS-0101',
  title: 'The scan source policy sends some update classes to Windows Update instead of WSUS',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: all(USES_WSUS_OR_UNKNOWN, any(POLICY_NOT_COLLECTED, not(fact('os.status', 'equal', 'ok')), fact('os.build', 'greaterThanInclusive', SCAN_SOURCE_FROM_BUILD))) },
  requires: ['clientPolicy', 'os.build'],
  when: fact('derived.policy.classesFromWindowsUpdate', 'lengthGreaterThan', 0),
  message:
    'The scan source policy is on (AU\\UseUpdateClassPolicySource = 1) and sends these update classes to Windows Update, not to WSUS {{derived.policy.wuServer.raw}}: {{derived.policy.classesFromWindowsUpdate|list}} ' +
    '(SetPolicyDrivenUpdateSourceFor Feature = {{clientPolicy.windowsUpdate.SetPolicyDrivenUpdateSourceForFeatureUpdates}}, Quality = {{clientPolicy.windowsUpdate.SetPolicyDrivenUpdateSourceForQualityUpdates}}, Driver = {{clientPolicy.windowsUpdate.SetPolicyDrivenUpdateSourceForDriverUpdates}}, Other = {{clientPolicy.windowsUpdate.SetPolicyDrivenUpdateSourceForOtherUpdates}}; 0 = Windows Update, 1 or not set = WSUS). ' +
    'WSUS approvals do not apply to those classes on this client; if the client must reach Windows Update for them, it also needs Internet access for it.',
  evidence: ['clientPolicy.au.UseUpdateClassPolicySource', 'os.build'],
  summary: 'Every update class this client scans comes from WSUS (no SetPolicyDrivenUpdateSourceFor*Updates = 0 with the scan source policy on).',
  rationale:
    'Microsoft "Use Windows Update for Business and WSUS together": the scan source policy ("Specify source service for specific classes of Windows Updates", Policy CSP SetPolicyDrivenUpdateSourceFor{Feature,Quality,Driver,Other}Updates) chooses WSUS or Windows Update per class on Windows 10 2004 and later (KB5005101) and Windows 11; ' +
    'a registry configuration takes effect only together with AU\\UseUpdateClassPolicySource = 1 ("or the scan source won\'t be altered"). In the Policy CSP, 0 means "Detect, download and deploy ... from Windows Update" and 1 (the default) from WSUS, so a value that is not set counts as WSUS. ' +
    'Moving drivers or quality updates to the cloud is a legitimate transition, so this is a warning that explains why those classes never show up from WSUS on this client, not an error.',
  remediation: [
    'If the classes must come from WSUS: in the GPO, "Specify source service for specific classes of Windows Updates" (Windows Update > Manage updates offered from Windows Server Update Service), set the listed classes to Windows Server Update Service; with Intune/MDM set Update/SetPolicyDrivenUpdateSourceFor<Class>Updates to 1.',
    'If Windows Update is intended for them: make sure the client can reach Windows Update (no DoNotConnectToWindowsUpdateInternetLocations = 1, proxy allows *.update.microsoft.com) and stop expecting those classes in WSUS reports.',
    'Check the effective values: reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate /v SetPolicyDrivenUpdateSourceForQualityUpdates (and the other three), reg query ...\\WindowsUpdate\\AU /v UseUpdateClassPolicySource.',
  ],
  references: [WUFB_WSUS, CSP_UPDATE],
  tests: [
    { name: 'no scan source policy passes', facts: {}, expect: 'pass' },
    { name: 'every class from WSUS passes', facts: facts(SCAN_SOURCE, ALL_WSUS), expect: 'pass' },
    { name: 'the scan source policy without per-class values passes (CSP default 1 = WSUS)', facts: SCAN_SOURCE, expect: 'pass' },
    {
      name: 'drivers and quality updates from Windows Update fail',
      facts: facts(SCAN_SOURCE, ALL_WSUS, { clientPolicy: { windowsUpdate: { SetPolicyDrivenUpdateSourceForDriverUpdates: 0, SetPolicyDrivenUpdateSourceForQualityUpdates: 0 } } }),
      expect: 'fail',
      message: 'Quality, Driver',
    },
    {
      name: 'per-class values without UseUpdateClassPolicySource change nothing',
      facts: { clientPolicy: { windowsUpdate: { SetPolicyDrivenUpdateSourceForQualityUpdates: 0 } } },
      expect: 'pass',
    },
    {
      name: 'Windows 10 1909 (no scan source policy) is not applicable',
      facts: facts({ os: { build: 18363, version: '10.0.18363', caption: 'Microsoft Windows 10 Enterprise' } }, SCAN_SOURCE, { clientPolicy: { windowsUpdate: { SetPolicyDrivenUpdateSourceForQualityUpdates: 0 } } }),
      expect: 'notApplicable',
    },
    { name: 'policy not collected is insufficient evidence', facts: { clientPolicy: { status: 'notCollected', message: 'not attempted', windowsUpdate: null, au: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

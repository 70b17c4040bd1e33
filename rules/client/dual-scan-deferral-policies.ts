/**
 * Dual scan (Microsoft "Use Windows Update for Business and WSUS together"): a WSUS client with
 * Windows Update for Business deferral, pause or offering policies scans Windows Update instead
 * of WSUS, unless the scan source policy (Windows 10 2004+ with KB5005101, Windows 11) says otherwise
 * or, on Windows 10 only, DisableDualScan is 1.
 */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { WSUS_CONFIGURE } from '../references.js';
import { CSP_UPDATE, WUFB_WSUS } from './shared/references.js';
import { POLICY_NOT_COLLECTED, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { facts } from './shared/test-facts.js';
import type { FactPatch } from '../../engine/dsl/rule-types.js';

/** Windows 10 1607: the first release where deferral policies trigger dual scan. */
const DUAL_SCAN_FROM_BUILD = 14393;
/** Windows 10 2004: the scan source policy exists (from KB5005101, builds 19041/19042/19043.1202). */
const SCAN_SOURCE_FROM_BUILD = 19041;
/** Windows 11: DisableDualScan is no longer supported. */
const WINDOWS_11_BUILD = 22000;

const os = (build: number, caption: string): FactPatch => ({ os: { build, version: `10.0.${build}`, caption } });
const WIN10_1809 = os(17763, 'Microsoft Windows 10 Enterprise');
const WIN10_1709 = os(16299, 'Microsoft Windows 10 Enterprise');
const WIN10_1511 = os(10586, 'Microsoft Windows 10 Enterprise');
const DEFER_QUALITY: FactPatch = { clientPolicy: { windowsUpdate: { DeferQualityUpdates: 1, DeferQualityUpdatesPeriodInDays: 7 } } };

export default defineRule({
  id: 'dual-scan-deferral-policies',
  ref: 'WSUS-0100',
  title: 'Dual scan: Windows Update for Business deferral policies send this WSUS client to Windows Update',
  severity: 'error',
  category: 'client-policy',
  appliesTo: { role: 'client', when: all(USES_WSUS_OR_UNKNOWN, any(POLICY_NOT_COLLECTED, not(fact('os.status', 'equal', 'ok')), fact('os.build', 'greaterThanInclusive', DUAL_SCAN_FROM_BUILD))) },
  requires: ['clientPolicy', 'os.build'],
  when: all(
    fact('derived.policy.wufbPolicies', 'lengthGreaterThan', 0),
    not(all(fact('derived.policy.scanSourcePolicy', 'equal', true), fact('os.build', 'greaterThanInclusive', SCAN_SOURCE_FROM_BUILD))),
    any(not(fact('clientPolicy.windowsUpdate.DisableDualScan', 'equal', 1)), fact('os.build', 'greaterThanInclusive', WINDOWS_11_BUILD)),
  ),
  message:
    'This client is pointed at WSUS ({{derived.policy.wuServer.raw}}) and also has Windows Update for Business policies: {{derived.policy.wufbPolicies|list}}. ' +
    'With a WSUS server and deferral policies, Microsoft documents that all updates come from Windows Update unless the scan source policy says otherwise: the agent scans Windows Update ("dual scan"), so WSUS approvals do not apply and the client may look idle in the WSUS console. ' +
    'OS build {{os.build}} ({{os.caption}}); {{#if clientPolicy.windowsUpdate.DisableDualScan}}DisableDualScan = {{clientPolicy.windowsUpdate.DisableDualScan}}{{else}}DisableDualScan not set{{/if}} (it only helps on Windows 10: Windows 11 no longer supports it); {{#if derived.policy.scanSourcePolicy}}the scan source policy (AU\\UseUpdateClassPolicySource = 1) is set{{else}}no scan source policy (AU\\UseUpdateClassPolicySource = 1){{/if}}.',
  evidence: ['clientPolicy.windowsUpdate.DisableDualScan', 'clientPolicy.au.UseUpdateClassPolicySource', 'os.build', 'os.caption', 'derived.policy.wuServer.raw'],
  summary: 'No Windows Update for Business deferral, pause or offering policy competes with the WSUS policy (or the scan source policy / DisableDualScan keeps the scan on WSUS).',
  rationale:
    'Microsoft "Use Windows Update for Business and WSUS together": "If you configure a WSUS server and deferral policies: All of your updates will come from Windows Update unless you specify the scan source policy"; the policy "Do not allow update deferral policies to cause scans against Windows Update" (DisableDualScan) "is no longer supported on Windows 11 and on Windows 10 it is replaced by the new Windows scan source policy". ' +
    'Dual scan exists from Windows 10 1607 (build 14393); the scan source policy from Windows 10 2004 with KB5005101 (builds 19041/19042/19043.1202) and on Windows 11. ' +
    'The rule fails when a deferral, pause or offering policy is set in the native policy key (DeferFeatureUpdates = 1, DeferQualityUpdates = 1, a PauseFeature/QualityUpdatesStartTime, TargetReleaseVersion = 1, or the 1511/1607 DeferUpgrade = 1), and neither the scan source policy (on a build that has it) nor DisableDualScan (on Windows 10) keeps the scan on WSUS. ' +
    'Which classes the scan source policy sends where is update-class-source-windows-update\'s finding. Severity error: the client does not get its updates from WSUS at all, whatever the WSUS server does.',
  remediation: [
    'Decide where this client gets updates. To keep everything on WSUS, remove the Windows Update for Business policies from the GPO (Computer Configuration > Administrative Templates > Windows Components > Windows Update > Manage updates offered from Windows Update: "Select when Quality Updates are received", "Select when Preview Builds and Feature Updates are received", "Select the target Feature Update version"), or',
    'On Windows 10 2004+ and Windows 11, enable "Specify source service for specific classes of Windows Updates" (Manage updates offered from Windows Server Update Service) and set every class to Windows Server Update Service; with an MDM/registry configuration set all four SetPolicyDrivenUpdateSourceFor*Updates values to 1 and AU\\UseUpdateClassPolicySource to 1.',
    'On older Windows 10 releases only: enable "Do not allow update deferral policies to cause scans against Windows Update" (DisableDualScan = 1).',
    'Apply with gpupdate /force, restart the agent (Restart-Service wuauserv) and check that the next scan goes to WSUS: the WSUS console shows a new "Last status report" for this computer.',
  ],
  references: [WUFB_WSUS, CSP_UPDATE, WSUS_CONFIGURE],
  tests: [
    { name: 'WSUS policy alone passes', facts: {}, expect: 'pass' },
    { name: 'Windows 11 with a quality update deferral fails', facts: DEFER_QUALITY, expect: 'fail', message: 'DeferQualityUpdates = 1' },
    {
      name: 'Windows 11: DisableDualScan does not help',
      facts: facts(DEFER_QUALITY, { clientPolicy: { windowsUpdate: { DisableDualScan: 1 } } }),
      expect: 'fail',
      message: 'DisableDualScan = 1',
    },
    {
      name: 'a paused feature update and a target release version fail',
      facts: { clientPolicy: { windowsUpdate: { PauseFeatureUpdatesStartTime: '2026-11-02', TargetReleaseVersion: 1, TargetReleaseVersionInfo: '24H2', ProductVersion: 'Windows 11' } } },
      expect: 'fail',
      message: 'PauseFeatureUpdatesStartTime = 2026-11-02',
    },
    { name: 'Windows 10 1809 with DisableDualScan = 1 passes', facts: facts(WIN10_1809, DEFER_QUALITY, { clientPolicy: { windowsUpdate: { DisableDualScan: 1 } } }), expect: 'pass' },
    { name: 'Windows 10 1809 without DisableDualScan fails', facts: facts(WIN10_1809, DEFER_QUALITY), expect: 'fail' },
    { name: 'the scan source policy keeps the scan source explicit on Windows 11', facts: facts(DEFER_QUALITY, { clientPolicy: { au: { UseUpdateClassPolicySource: 1 } } }), expect: 'pass' },
    {
      name: 'the scan source policy does not exist on Windows 10 1709',
      facts: facts(WIN10_1709, DEFER_QUALITY, { clientPolicy: { au: { UseUpdateClassPolicySource: 1 } } }),
      expect: 'fail',
    },
    { name: 'deferral values of 0 (policy disabled) pass', facts: { clientPolicy: { windowsUpdate: { DeferQualityUpdates: 0, DeferFeatureUpdates: 0 } } }, expect: 'pass' },
    { name: 'Windows 10 1511 (before dual scan) is not applicable', facts: facts(WIN10_1511, { clientPolicy: { windowsUpdate: { DeferUpgrade: 1 } } }), expect: 'notApplicable' },
    { name: 'a client not managed by WSUS is not applicable', facts: facts(DEFER_QUALITY, { clientPolicy: { windowsUpdate: { WUServer: null, WUStatusServer: null }, au: { UseWUServer: null } } }), expect: 'notApplicable' },
    { name: 'policy not collected is insufficient evidence', facts: { clientPolicy: { status: 'error', message: 'Access is denied', windowsUpdate: null, au: null } }, expect: 'insufficientEvidence' },
    { name: 'OS build unknown is insufficient evidence', facts: facts(DEFER_QUALITY, { os: { status: 'error', message: 'WMI failed', build: null, version: null, caption: null } }), expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

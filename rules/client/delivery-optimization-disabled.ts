/**
 * Windows 10/11 download WSUS content through Delivery Optimization (HTTP from WSUS, peering optional);
 * with DoSvc disabled, only Download mode 100 (Bypass: BITS instead of Delivery Optimization) is a supported way out.
 */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { DO_REFERENCE, WU_ADDITIONAL_RESOURCES } from './shared/references.js';
import { facts } from './shared/test-facts.js';

/** Windows 10 RTM: Delivery Optimization (DoSvc) exists from here. */
const WINDOWS_10_BUILD = 10240;
const DISABLED = { services: { items: { DoSvc: { status: 'Stopped', startType: 'Disabled' } } } } as const;

export default defineRule({
  id: 'delivery-optimization-disabled',
  ref: 'WSUS-0106',
  title: 'Delivery Optimization (DoSvc) is disabled without Download mode 100 (Bypass)',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'client', when: any(not(fact('os.status', 'equal', 'ok')), fact('os.build', 'greaterThanInclusive', WINDOWS_10_BUILD)) },
  requires: ['services.items.DoSvc.startType', 'os.build'],
  when: all(fact('services.items.DoSvc.startType', 'equal', 'Disabled'), fact('clientHealth.status', 'equal', 'ok'), not(fact('clientHealth.deliveryOptimizationDownloadMode', 'equal', 100))),
  // The download mode policy is read with clientHealth: without it a disabled DoSvc cannot be judged.
  inconclusiveWhen: all(fact('services.items.DoSvc.startType', 'equal', 'Disabled'), not(fact('clientHealth.status', 'equal', 'ok'))),
  inconclusiveMessage:
    'DoSvc is disabled, but the Delivery Optimization download mode policy was not read (clientHealth: {{clientHealth.status}} {{clientHealth.message}}): with Download mode 100 (Bypass) a disabled DoSvc is fine, otherwise downloads from WSUS can fail. Check reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DeliveryOptimization /v DODownloadMode.',
  message:
    'The Delivery Optimization service (DoSvc) has start type Disabled and is {{services.items.DoSvc.status}}, and {{#if clientHealth.deliveryOptimizationDownloadMode}}the Delivery Optimization download mode policy is {{clientHealth.deliveryOptimizationDownloadMode}}{{else}}no Delivery Optimization download mode policy is set{{/if}}: ' +
    'on Windows 10 and 11 the agent hands downloads, WSUS content included, to Delivery Optimization unless Download mode is 100 (Bypass, BITS instead), so downloads from WSUS can fail while scans succeed.',
  evidence: ['services.items.DoSvc.status', 'services.items.BITS.startType', 'os.build'],
  summary: 'Delivery Optimization is not disabled, or Download mode 100 (Bypass) makes the agent use BITS instead.',
  rationale:
    'Microsoft\'s Delivery Optimization reference: Download mode "HTTP only (0)" still downloads from Windows Update or WSUS servers through Delivery Optimization, and "Bypass mode (100): Use Background Intelligent Transfer Service (BITS) to get updates. Don\'t use Delivery Optimization." ' +
    'Disabling the service is therefore fine only together with Download mode 100 (DODownloadMode, HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\DeliveryOptimization); otherwise the agent still asks Delivery Optimization for the downloads. ' +
    'Only the policy value is read (a setting made in the Settings app is not a policy); warning because scans against WSUS are not affected.',
  remediation: [
    'Preferred: set the service back to its default: Set-Service -Name DoSvc -StartupType Automatic (delayed start is the Windows default) and, to keep downloads on the LAN only, set the policy "Download Mode" to HTTP only (0) or Simple (99).',
    'If Delivery Optimization must stay off: set Computer Configuration > Administrative Templates > Windows Components > Delivery Optimization > Download Mode to Bypass (100), so Windows Update uses BITS.',
    'Retry the download (Settings > Windows Update > Check for updates) and check Get-DeliveryOptimizationStatus or the BITS queue.',
  ],
  references: [DO_REFERENCE, WU_ADDITIONAL_RESOURCES],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'DoSvc disabled without a download mode policy fails', facts: DISABLED, expect: 'fail', message: 'start type Disabled and is Stopped' },
    { name: 'DoSvc disabled with Download mode 100 (Bypass) passes', facts: facts(DISABLED, { clientHealth: { deliveryOptimizationDownloadMode: 100 } }), expect: 'pass' },
    { name: 'DoSvc disabled with Download mode 99 (Simple) fails', facts: facts(DISABLED, { clientHealth: { deliveryOptimizationDownloadMode: 99 } }), expect: 'fail', message: 'policy is 99' },
    { name: 'Windows 8.1 (no Delivery Optimization) is not applicable', facts: { os: { build: 9600, version: '6.3.9600', caption: 'Microsoft Windows 8.1 Pro' } }, expect: 'notApplicable' },
    { name: 'DoSvc missing from the collected services is insufficient evidence', facts: { services: { items: { DoSvc: null } } }, expect: 'insufficientEvidence' },
    { name: 'DoSvc disabled, download mode not read: insufficient evidence', facts: facts(DISABLED, { clientHealth: { status: 'notCollected', message: 'not attempted' } }), expect: 'insufficientEvidence', message: 'Download mode 100' },
    { name: 'DoSvc running, client health not collected passes', facts: { clientHealth: { status: 'notCollected', message: 'not attempted' } }, expect: 'pass' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

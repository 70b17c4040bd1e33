/** BITS downloads the update files from the WSUS Content virtual directory: a disabled BITS means nothing approved ever arrives. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WU_CLIENT_AGENTS } from '../references.js';
import { WU_ADDITIONAL_RESOURCES } from './shared/references.js';

export default defineRule({
  id: 'bits-disabled',
  ref: 'WSUS-0104',
  title: 'The Background Intelligent Transfer Service (BITS) is disabled',
  severity: 'error',
  category: 'services',
  appliesTo: { role: 'client' },
  requires: ['services.items.BITS.startType'],
  when: fact('services.items.BITS.startType', 'equal', 'Disabled'),
  message:
    'BITS has start type Disabled and is {{services.items.BITS.status}}: the Windows Update agent downloads approved updates from the WSUS Content virtual directory through BITS (on Windows 10/11 through Delivery Optimization unless its Download mode is 100, Bypass, which uses BITS), so scans may work while downloads never start.',
  evidence: ['services.items.BITS.status', 'services.items.DoSvc.startType'],
  summary: 'BITS is not disabled (Manual start and a stopped service are normal: it starts on demand).',
  rationale:
    'Knowledge 2.4 and 6.3: "Downloads use BITS or Delivery Optimization"; Microsoft "Troubleshoot issues with WSUS client agents" lists BITS among the services to check, and "Windows Update - additional resources" resets BITS with the Windows Update and Cryptographic services. ' +
    'BITS is demand-started: Stopped with start type Manual is idle, not a fault. Only start type Disabled is reported; a BITS missing from the collected services gives insufficient evidence. ' +
    'Error rather than critical: the WSUS scan itself does not use BITS.',
  remediation: [
    'Re-enable and start BITS: Set-Service -Name BITS -StartupType Manual; Start-Service -Name BITS.',
    'Find what disabled it (gpresult /h gp.html > Security Settings > System Services, baselines, "update blocker" tools) or it will be disabled again.',
    'Retry the downloads (Settings > Windows Update > Check for updates) and watch bitsadmin /list /allusers or Get-BitsTransfer -AllUsers.',
  ],
  references: [WU_CLIENT_AGENTS, WU_ADDITIONAL_RESOURCES],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'disabled BITS fails', facts: { services: { items: { BITS: { status: 'Stopped', startType: 'Disabled' } } } }, expect: 'fail', message: 'start type Disabled and is Stopped' },
    { name: 'stopped demand-start BITS is healthy', facts: { services: { items: { BITS: { status: 'Stopped', startType: 'Manual' } } } }, expect: 'pass' },
    { name: 'BITS missing from the collected services is insufficient evidence', facts: { services: { items: { BITS: null } } }, expect: 'insufficientEvidence' },
    { name: 'services not collected is insufficient evidence', facts: { services: { status: 'notCollected', message: 'not elevated', items: null } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

/** The Windows Update agent service must be able to start: a disabled wuauserv never contacts WSUS. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WU_CLIENT_AGENTS } from '../references.js';

export default defineRule({
  id: 'wuauserv-disabled',
  ref: 'WSUS-0050',
  title: 'The Windows Update service (wuauserv) is disabled',
  severity: 'critical',
  category: 'services',
  appliesTo: { role: 'client' },
  requires: ['services.items.wuauserv.startType'],
  when: fact('services.items.wuauserv.startType', 'equal', 'Disabled'),
  message:
    'The Windows Update service (wuauserv) has start type Disabled and is {{services.items.wuauserv.status}}: the agent cannot scan against WSUS, download or report, so this client never connects to its WSUS server.',
  evidence: ['services.items.wuauserv.status'],
  summary: 'The Windows Update service (wuauserv) is not disabled (Manual start and a stopped service are normal: it starts on demand).',
  rationale:
    'wuauserv is the Windows Update agent, the client end of every WSUS connection (knowledge 2.4; Microsoft "Troubleshoot issues with WSUS client agents", KB 10132, lists checking it first). ' +
    'It is demand-started on current Windows, so "Stopped" with start type Manual is the healthy idle state and is not reported; only start type Disabled stops every scan. ' +
    'A wuauserv missing from the collected services gives insufficient evidence rather than a guess.',
  remediation: [
    'Re-enable and start the service: Set-Service -Name wuauserv -StartupType Manual; Start-Service -Name wuauserv (Windows 7/2008 R2: StartupType Automatic).',
    'Find what disabled it, or it will be disabled again: gpresult /h gp.html (Computer Configuration > Policies > Windows Settings > Security Settings > System Services), security baselines, or third-party "update blocker" tools.',
    'Trigger a detection and check that the client reaches WSUS: wuauclt /detectnow on Windows 7/8.1, Settings > Windows Update > Check for updates on Windows 10 and later; then look for new lines in WindowsUpdate.log.',
  ],
  references: [WU_CLIENT_AGENTS, KB4025764],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    {
      name: 'disabled service fails',
      facts: { services: { items: { wuauserv: { status: 'Stopped', startType: 'Disabled' } } } },
      expect: 'fail',
      message: 'start type Disabled and is Stopped',
    },
    {
      name: 'stopped demand-start service is healthy',
      facts: { services: { items: { wuauserv: { status: 'Stopped', startType: 'Manual' } } } },
      expect: 'pass',
    },
    {
      name: 'services not collected is insufficient evidence',
      facts: { services: { status: 'notCollected', message: 'not elevated', items: null } },
      expect: 'insufficientEvidence',
    },
    {
      name: 'wuauserv missing from the collected services is insufficient evidence',
      facts: { services: { items: { wuauserv: null } } },
      expect: 'insufficientEvidence',
    },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

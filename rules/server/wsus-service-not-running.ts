/** KB 4025764 check 4: the Update Services service (WsusService) must be running. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';

export default defineRule({
  id: 'wsus-service-not-running',
  ref: 'WSUS-0004',
  title: 'Update Services (WsusService) is not running',
  severity: 'critical',
  category: 'services',
  appliesTo: { role: 'server' },
  requires: ['services'],
  when: any(
    fact('services.items.WsusService', 'exists', false),
    fact('services.items.WsusService.status', 'notEqual', 'Running'),
  ),
  message: 'The WsusService service is {{services.items.WsusService.status}} (start type {{services.items.WsusService.startType}}).',
  evidence: ['services.items.WsusService.startType'],
  summary: 'The Update Services service (WsusService) is running.',
  rationale:
    'WsusService runs synchronisation, health monitoring and clean-up; KB 4025764 lists a stopped Update Services service among the causes of clients that cannot connect. "unknown" means the service is not installed.',
  remediation: [
    'Start the service: Start-Service -Name WsusService (or services.msc > WSUS Service > Start).',
    'If it stops again, check the Application event log (source Windows Server Update Services) and %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log.',
    'Make sure the SUSDB database service (Windows Internal Database or SQL Server) is running: WsusService depends on it.',
  ],
  references: [KB4025764],
  tests: [
    { name: 'running service passes', facts: {}, expect: 'pass' },
    {
      name: 'stopped service fails',
      facts: { services: { items: { WsusService: { status: 'Stopped' } } } },
      expect: 'fail',
      message: 'is Stopped',
    },
    { name: 'service not installed fails', facts: { services: { items: { WsusService: null } } }, expect: 'fail' },
    { name: 'services not collected is insufficient evidence', facts: { services: { status: 'notCollected', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

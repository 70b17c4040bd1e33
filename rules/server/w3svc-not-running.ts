/** KB 4025764 check 1: the World Wide Web Publishing Service (W3SVC) must be running on the WSUS server. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';

export default defineRule({
  id: 'w3svc-not-running',
  ref: 'WSUS-0009',
  title: 'World Wide Web Publishing Service (W3SVC) is not running',
  severity: 'critical',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['services'],
  when: any(fact('services.items.W3SVC', 'exists', false), fact('services.items.W3SVC.status', 'notEqual', 'Running')),
  message:
    '{{#if services.items.W3SVC.status}}The W3SVC service is {{services.items.W3SVC.status}} (start type {{services.items.W3SVC.startType}}).{{else}}The W3SVC service is not installed (IIS is missing).{{/if}} IIS hosts every WSUS web service, so no client can scan or download. Windows Process Activation Service (WAS) {{#if services.items.WAS.status}}is {{services.items.WAS.status}}{{else}}is not installed{{/if}}.',
  evidence: ['services.items.W3SVC.startType', 'services.items.WAS.status'],
  summary: 'The World Wide Web Publishing Service (W3SVC) is running.',
  rationale:
    'All WSUS client traffic (ClientWebService, SimpleAuthWebService, Content, selfupdate) is served by IIS; KB 4025764 tells to verify first that the Update Services service and the World Wide Web Publishing Service are running. W3SVC depends on the Windows Process Activation Service (WAS), whose state is shown as well.',
  remediation: [
    'Start the service: Start-Service -Name W3SVC (this also starts WAS). If it is disabled: Set-Service -Name W3SVC -StartupType Automatic first.',
    'If it does not start, check the System event log (sources Service Control Manager, Microsoft-Windows-WAS, Microsoft-Windows-IIS-W3SVC).',
    'Then check that the WSUS web site and the WsusPool application pool are started (Get-Website; Get-WebAppPoolState -Name WsusPool).',
  ],
  references: [KB4025764],
  tests: [
    { name: 'running service passes', facts: {}, expect: 'pass' },
    {
      name: 'stopped service fails',
      facts: { services: { items: { W3SVC: { status: 'Stopped', startType: 'Disabled' } } } },
      expect: 'fail',
      message: 'The W3SVC service is Stopped (start type Disabled',
    },
    { name: 'service stuck in StartPending fails', facts: { services: { items: { W3SVC: { status: 'StartPending' } } } }, expect: 'fail' },
    { name: 'IIS not installed (no W3SVC) fails', facts: { services: { items: { W3SVC: null } } }, expect: 'fail', message: 'The W3SVC service is not installed (IIS is missing)' },
    { name: 'services not collected is insufficient evidence', facts: { services: { status: 'notCollected', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** KB 4025764 / WSUS messages: a stopped WsusPool answers every WSUS request with HTTP 503. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';

export default defineRule({
  id: 'wsus-pool-not-started',
  ref: 'WSUS-0014',
  title: 'The WSUS application pool (WsusPool) is stopped',
  severity: 'critical',
  category: 'iis',
  // A pool known to be missing is reported by wsus-pool-not-found.
  appliesTo: { role: 'server', wsusRole: true, when: not(all(fact('iis.status', 'equal', 'ok'), fact('derived.wsusPool.found', 'equal', false))) },
  requires: ['iis.appPools'],
  when: fact('derived.wsusPool.state', 'in', ['Stopped', 'Stopping']),
  inconclusiveWhen: any(fact('derived.wsusPool.state', 'exists', false), fact('derived.wsusPool.state', 'in', ['Starting', 'Unknown'])),
  inconclusiveMessage: 'the state of the application pool "{{derived.wsusPool.name}}" is {{derived.wsusPool.state}}.',
  message:
    'The WSUS application pool "{{derived.wsusPool.name}}" is {{derived.wsusPool.state}}: every request to the WSUS web services gets HTTP 503 (clients report 0x80244022) and the console shows "Connection Error". Its private memory limit is {{derived.wsusPool.privateMemoryKB}} KB ({{derived.wsusPool.privateMemoryKB|kbAsGb}}, 0 = no limit).',
  evidence: ['derived.wsusPool.name', 'derived.wsusPool.privateMemoryKB', 'derived.wsusPool.queueLength'],
  summary: 'The WSUS application pool (WsusPool) is started.',
  rationale:
    'A stopped WsusPool makes IIS answer all WSUS requests with 503 Service Unavailable (the WSUS messages doc ties the console "Connection Error ... Reset Server Node" and ConfigMgr sync error 6703 "HTTP status 503" to it). The pool usually stops after rapid-fail protection disabled it (WAS event 5002), often because it kept recycling at its private memory limit; KB 4025764 recommends raising the limit to 4-8 GB.',
  remediation: [
    'Start the pool: Start-WebAppPool -Name WsusPool (or IIS Manager > Application Pools > WsusPool > Start).',
    'If it stops again, read the System log for WAS events 5002 (disabled by rapid-fail protection) and 5117 (private memory recycle): Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5002,5117}.',
    'Raise the private memory limit to 4-8 GB or more (KB 4025764): Set-WebConfiguration "/system.applicationHost/applicationPools/add[@name=\'WsusPool\']/recycling/periodicRestart/@privateMemory" -Value 8000000, and the queue length to 2000.',
  ],
  references: [KB4025764, WSUS_MESSAGES, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'started pool passes', facts: {}, expect: 'pass' },
    {
      name: 'stopped pool fails',
      facts: { iis: { appPools: { WsusPool: { state: 'Stopped', privateMemoryKB: 1843200 } } } },
      expect: 'fail',
      message: '"WsusPool" is Stopped',
    },
    { name: 'stopping pool fails', facts: { iis: { appPools: { WsusPool: { state: 'Stopping' } } } }, expect: 'fail' },
    { name: 'pool state not read is insufficient evidence', facts: { iis: { appPools: { WsusPool: { state: null } } } }, expect: 'insufficientEvidence' },
    { name: 'pool state Unknown is insufficient evidence', facts: { iis: { appPools: { WsusPool: { state: 'Unknown' } } } }, expect: 'insufficientEvidence' },
    { name: 'missing pool is not applicable here', facts: { iis: { appPools: { WsusPool: null } } }, expect: 'notApplicable' },
    { name: 'IIS not collected is insufficient evidence', facts: { iis: { status: 'error', message: 'access denied', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

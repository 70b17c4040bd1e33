/** WSUS best practices: WsusPool queue length 2000 (IIS default 1000); the threshold is configurable (derived.thresholds.wsusPoolQueueLength). */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES } from '../references.js';
import { CONFIGMGR_PERFORMANCE_FAQ } from './shared/refs.js';

export default defineRule({
  id: 'wsus-pool-queue-length-low',
  ref: 'WSUS-0016',
  title: 'WsusPool queue length is below the threshold (2000 by default, as recommended)',
  severity: 'info',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true, when: not(all(fact('iis.status', 'equal', 'ok'), fact('derived.wsusPool.found', 'equal', false))) },
  requires: ['iis.appPools', 'derived.wsusPool.queueLength'],
  when: fact('derived.wsusPool.queueLength', 'lessThan', { fact: 'derived.thresholds.wsusPoolQueueLength.value' }),
  message:
    'The queue length of "{{derived.wsusPool.name}}" is {{derived.wsusPool.queueLength}}, below the threshold {{derived.thresholds.wsusPoolQueueLength.value}} (source: {{derived.thresholds.wsusPoolQueueLength.source}}); Microsoft recommends 2000 for WsusPool. When the queue is full, HTTP.sys rejects requests with 503 (HTTPERR reason QueueFull).',
  evidence: ['derived.wsusPool.name'],
  summary: 'The WsusPool queue length is at least the threshold (2000 by default).',
  rationale:
    'The WSUS best practices (KB 4490414) and the ConfigMgr hardware guidance set the WsusPool queue length to 2000 instead of the IIS default of 1000. The queue holds requests waiting for the worker process; when it is full, HTTP.sys answers 503 with reason QueueFull, one of the 503 causes of KB 4025764. This is tuning advice, not a failure by itself, hence info. The threshold is configurable (wsus-doctor.config.json, thresholds.wsusPoolQueueLength); the message says where its value came from.',
  remediation: [
    'Set it: Set-ItemProperty IIS:\\AppPools\\WsusPool -Name queueLength -Value 2000 (or the configured threshold) (or IIS Manager > Application Pools > WsusPool > Advanced Settings > Queue Length).',
    'Recycle the pool afterwards: Restart-WebAppPool -Name WsusPool.',
  ],
  references: [WSUS_BEST_PRACTICES, CONFIGMGR_PERFORMANCE_FAQ],
  tests: [
    { name: '2000 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a larger queue (25000) passes', facts: { iis: { appPools: { WsusPool: { queueLength: 25000 } } } }, expect: 'pass' },
    { name: 'the IIS default 1000 fails', facts: { iis: { appPools: { WsusPool: { queueLength: 1000 } } } }, expect: 'fail', message: 'queue length of "WsusPool" is 1000, below the threshold 2000 (source: default (KB 4490414))' },
    { name: '1999 fails (boundary)', facts: { iis: { appPools: { WsusPool: { queueLength: 1999 } } } }, expect: 'fail' },
    { name: 'queue length not read is insufficient evidence', facts: { iis: { appPools: { WsusPool: { queueLength: null } } } }, expect: 'insufficientEvidence' },
    { name: 'pool missing is not applicable', facts: { iis: { appPools: { WsusPool: null } } }, expect: 'notApplicable' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

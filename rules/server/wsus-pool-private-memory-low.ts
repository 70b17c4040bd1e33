/** KB 4025764: WsusPool's private memory limit should be 4-8 GB (or more), or 0 = no limit. */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { IIS_APP_POOL_MEMORY_RECYCLE, WSUS_MESSAGES } from './shared/refs.js';

/** 4 GB as KB 4025764 and the WSUS messages doc write it (4,000,000 KB); the setup default is 1,843,200 KB. */
const MIN_PRIVATE_MEMORY_KB = 4_000_000;

export default defineRule({
  id: 'wsus-pool-private-memory-low',
  ref: 'WSUS-0015',
  title: 'WsusPool private memory limit is below 4 GB',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', when: not(all(fact('iis.status', 'equal', 'ok'), fact('derived.wsusPool.found', 'equal', false))) },
  requires: ['iis.appPools', 'derived.wsusPool.privateMemoryKB'],
  // 0 means no limit, which the WSUS best practices recommend.
  when: all(fact('derived.wsusPool.privateMemoryKB', 'greaterThan', 0), fact('derived.wsusPool.privateMemoryKB', 'lessThan', MIN_PRIVATE_MEMORY_KB)),
  message:
    'The private memory limit of "{{derived.wsusPool.name}}" is {{derived.wsusPool.privateMemoryKB}} KB ({{derived.wsusPool.privateMemoryKB|kbAsGb}}); KB 4025764 recommends 4-8 GB (4,000,000-8,000,000 KB) or more. Below that, the pool recycles under load and clients get HTTP 503.',
  evidence: ['derived.wsusPool.name', 'derived.wsusPool.state'],
  summary: 'The WsusPool private memory limit is 0 (no limit) or at least 4 GB.',
  rationale:
    'KB 4025764 attributes IIS 503 errors to a WSUS application pool memory issue or too many clients and tells to raise the WsusPool private memory limit to 4-8 GB, more where needed. WSUS setup leaves it at 1,843,200 KB (about 1.8 GB); when w3wp reaches it, WAS recycles the pool (event 5117) and repeated recycles can make rapid-fail protection disable it (event 5002). The WSUS best practices recommend 0 (no limit), which passes.',
  remediation: [
    'Raise the limit (value in KB), e.g. 8 GB: Set-WebConfiguration "/system.applicationHost/applicationPools/add[@name=\'WsusPool\']/recycling/periodicRestart/@privateMemory" -Value 8000000 (or 0 for no limit).',
    'Or in IIS Manager: Application Pools > WsusPool > Advanced Settings > Recycling > Private Memory Limit (KB).',
    'Recycle the pool afterwards (Restart-WebAppPool -Name WsusPool) and make sure the server has the memory: with a large catalog w3wp can need well over 8 GB while its cache builds.',
  ],
  references: [KB4025764, WSUS_BEST_PRACTICES, WSUS_MESSAGES, IIS_APP_POOL_MEMORY_RECYCLE],
  tests: [
    { name: '8,000,000 KB (base) passes', facts: {}, expect: 'pass' },
    { name: '0 (no limit) passes', facts: { iis: { appPools: { WsusPool: { privateMemoryKB: 0 } } } }, expect: 'pass' },
    { name: 'exactly 4,000,000 KB passes (boundary)', facts: { iis: { appPools: { WsusPool: { privateMemoryKB: 4000000 } } } }, expect: 'pass' },
    {
      name: 'the WSUS setup default 1,843,200 KB fails and shows the limit in GB',
      facts: { iis: { appPools: { WsusPool: { privateMemoryKB: 1843200 } } } },
      expect: 'fail',
      message: '1843200 KB (1.8 GB)',
    },
    { name: '3,999,999 KB fails (boundary)', facts: { iis: { appPools: { WsusPool: { privateMemoryKB: 3999999 } } } }, expect: 'fail' },
    { name: 'limit not read is insufficient evidence', facts: { iis: { appPools: { WsusPool: { privateMemoryKB: null } } } }, expect: 'insufficientEvidence' },
    { name: 'pool missing is not applicable', facts: { iis: { appPools: { WsusPool: null } } }, expect: 'notApplicable' },
    { name: 'IIS not collected is insufficient evidence', facts: { iis: { status: 'notCollected', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** WAS event 5117: the WSUS pool's worker process recycled because it reached its private bytes memory limit (WsusPool limit too low). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { IIS_APP_POOL_MEMORY_RECYCLE } from './shared/refs.js';
import { HEALTHY_WAS_NOISE } from './shared/log-lines.js';

export default defineRule({
  id: 'was-wsus-pool-memory-recycles',
  ref: 'WSUS-0029',
  title: 'The WSUS application pool recycled at its private memory limit (WAS event 5117)',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['events'],
  // Only events whose text names the WSUS pool: WAS logs 5117 for every pool.
  when: fact('derived.events.wsusPoolMemoryRecycles.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5117.count', 'greaterThan', 0),
  inconclusiveMessage:
    'the System log has {{derived.events.poolNotNamed.Microsoft-Windows-WAS/5117.count}} WAS event(s) 5117 without message text (the message table was not available to the collector), so whether the recycled pool is "{{derived.wsusPool.name}}" cannot be told. Read them on the server: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5117} | Format-List TimeCreated, Message.',
  message:
    'The System log has {{derived.events.wsusPoolMemoryRecycles.count}} WAS event(s) 5117 (Microsoft-Windows-WAS) for the WSUS pool in the last {{events.maxAgeDays}} days (see the events below): its worker process recycled because it reached its private bytes memory limit. The current limit of "{{derived.wsusPool.name}}" is {{derived.wsusPool.privateMemoryKB|memoryLimit}}; KB 4025764 recommends 4-8 GB or more.',
  evidence: ['derived.wsusPool.privateMemoryKB'],
  logEvidence: ['derived.events.wsusPoolMemoryRecycles'],
  summary: 'The WSUS application pool did not recycle at its private memory limit (no WAS event 5117 naming it) in the collected period.',
  rationale:
    'Each WsusPool recycle drops the requests in progress and the WSUS metadata cache, which must be rebuilt under load; repeated recycles end in rapid-fail protection disabling the pool (event 5002) and 503s for every client. KB 4025764 recommends a WsusPool private memory limit of 4-8 GB or more; the WSUS best practices recommend no limit (0). WAS logs 5117 for every pool with the pool name only in the text: only events naming the WSUS pool (the pool of ClientWebService, else WsusPool) count, and events without message text give insufficient evidence.',
  remediation: [
    'Confirm the pool in the event text: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5117} | Format-List TimeCreated, Message.',
    'Raise the limit (KB): Set-WebConfiguration "/system.applicationHost/applicationPools/add[@name=\'WsusPool\']/recycling/periodicRestart/@privateMemory" -Value 8000000 (or 0 for no limit), and make sure the server has that memory.',
  ],
  references: [KB4025764, WSUS_BEST_PRACTICES, IIS_APP_POOL_MEMORY_RECYCLE],
  tests: [
    { name: 'no WAS events (base) passes', facts: {}, expect: 'pass' },
    { name: 'other pools disabled, recycled and idle-shut-down pass', facts: { events: { items: HEALTHY_WAS_NOISE } }, expect: 'pass', noise: true },
    {
      name: 'WsusPool memory recycles fail and show the limit',
      facts: {
        events: {
          items: [
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5117,
              level: 'Information',
              timeCreated: '2026-11-24T06:02:41Z',
              message: "A worker process with process id of '5120' serving application pool 'WsusPool' has requested a recycle because it reached its private bytes memory limit.",
            },
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5117,
              level: 'Information',
              timeCreated: '2026-11-24T07:15:09Z',
              message: "A worker process with process id of '6388' serving application pool 'WsusPool' has requested a recycle because it reached its private bytes memory limit.",
            },
          ],
        },
        iis: { appPools: { WsusPool: { privateMemoryKB: 1843200 } } },
      },
      expect: 'fail',
      message: 'has 2 WAS event(s) 5117 (Microsoft-Windows-WAS) for the WSUS pool',
    },
    {
      name: 'memory recycles of another pool are not a WSUS problem',
      facts: {
        events: {
          items: [
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5117,
              level: 'Information',
              timeCreated: '2026-11-24T06:02:41Z',
              message: "A worker process with process id of '5120' serving application pool 'SharePoint - 80' has requested a recycle because it reached its private bytes memory limit.",
            },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'a WSUS pool with another name (the pool of ClientWebService) is recognised',
      facts: {
        iis: {
          appPools: { 'WSUS Pool 2': { name: 'WSUS Pool 2', state: 'Started', privateMemoryKB: 1000000 } },
          wsusApplications: [{ name: 'ClientWebService', kind: 'application', applicationPool: 'WSUS Pool 2' }],
        },
        events: {
          items: [
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5117,
              level: 'Information',
              timeCreated: '2026-11-24T06:02:41Z',
              message: "A worker process with process id of '5120' serving application pool 'WSUS Pool 2' has requested a recycle because it reached its private bytes memory limit.",
            },
          ],
        },
      },
      expect: 'fail',
      message: 'limit of "WSUS Pool 2" is 1.0 GB',
    },
    {
      name: 'a 5117 without message text cannot be attributed',
      facts: { events: { items: [{ logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5117, level: 'Information', timeCreated: '2026-11-24T06:02:41Z', message: '' }] } },
      expect: 'insufficientEvidence',
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'error', message: 'Get-WinEvent failed', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

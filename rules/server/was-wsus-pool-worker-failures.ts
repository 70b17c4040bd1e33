/** WAS events 5009-5013: the WSUS pool's worker process crashed, hung or hit a time limit, and WAS started a new one. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import type { EventEntry } from '../../engine/facts/fact-types.generated.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';
import { HEALTHY_WAS_NOISE } from './shared/log-lines.js';

function was(id: number, time: string, message: string): EventEntry {
  return { logName: 'System', providerName: 'Microsoft-Windows-WAS', id, level: 'Warning', timeCreated: time, message };
}
const noPing = (pool: string, time: string) =>
  was(5010, time, `A process serving application pool '${pool}' failed to respond to a ping. The process id was '6120'.`);
const crashed = (pool: string, time: string) =>
  was(5011, time, `A process serving application pool '${pool}' suffered a fatal communication error with the Windows Process Activation Service. The process id was '7344'. The data field contains the error number.`);

export default defineRule({
  id: 'was-wsus-pool-worker-failures',
  ref: 'WSUS-0034',
  title: 'The WSUS application pool worker process failed and was restarted (WAS events 5009-5013)',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['events'],
  // Only events whose text names the WSUS pool: WAS logs these for every pool.
  when: fact('derived.events.wsusPoolWorkerFailures.count', 'greaterThan', 0),
  inconclusiveWhen: any(
    fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5009.count', 'greaterThan', 0),
    fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5010.count', 'greaterThan', 0),
    fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5011.count', 'greaterThan', 0),
    fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5012.count', 'greaterThan', 0),
    fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5013.count', 'greaterThan', 0),
  ),
  inconclusiveMessage:
    'the System log has WAS events 5009-5013 without message text (the message table was not available to the collector), so whether the failing pool is "{{derived.wsusPool.name}}" cannot be told. Read them on the server: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5009,5010,5011,5012,5013} | Format-List TimeCreated, Id, Message.',
  message:
    'The System log has {{derived.events.wsusPoolWorkerFailures.count}} WAS event(s) for the WSUS pool "{{derived.wsusPool.name}}" in the last {{events.maxAgeDays}} days (by id: {{derived.events.wsusPoolWorkerFailureIds|times}}; 5009 terminated unexpectedly, 5010 no ping response, 5011 fatal communication error, 5012/5013 start-up/shut-down time limit): WAS restarted the worker process, dropping the requests in progress and the WSUS cache. Ping is {{derived.wsusPool.pingingEnabled}} (KB 4490414 recommends false); private memory limit {{derived.wsusPool.privateMemoryKB|memoryLimit}}.',
  evidence: ['derived.wsusPool.pingingEnabled', 'derived.wsusPool.privateMemoryKB', 'derived.wsusPool.rapidFailProtection'],
  logEvidence: ['derived.events.wsusPoolWorkerFailures'],
  summary: 'No WAS event 5009-5013 names the WSUS application pool in the collected period.',
  rationale:
    'WAS logs 5009-5013 when a worker process of a pool ends abnormally: it crashed (5009, 5011), did not answer a ping in time (5010: typical of a busy WsusPool with ping enabled, which KB 4490414 turns off), or exceeded its start-up or shut-down time limit (5012, 5013). WAS starts a new worker, so the pool recovered, hence warning; but each failure drops the requests in progress (clients see 503 or time-outs) and the WSUS metadata cache, and five failures within five minutes make rapid-fail protection disable the pool (event 5002, an outage). The ids and texts are those of IIS 6 messages 1009-1013 carried over to WAS (knowledge 3.3, an inference consistent with 5002/5117); WAS logs them for every pool with the name only in the text, so only events naming the WSUS pool count, and events without message text give insufficient evidence.',
  remediation: [
    'Read the events: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5009,5010,5011,5012,5013} | Format-List TimeCreated, Id, Message.',
    'For 5010 (no ping response) disable ping as KB 4490414 recommends: Set-ItemProperty IIS:\\AppPools\\WsusPool -Name processModel.pingingEnabled -Value $false.',
    'For crashes (5009, 5011) look at the Application log for w3wp.exe errors (event 1000, .NET Runtime 1026) and SoftwareDistribution.log at the same time; raise the private memory limit (KB 4025764: 4-8 GB or more) and clean up the WSUS database (KB 4490644).',
  ],
  references: [WSUS_BEST_PRACTICES, KB4025764, WSUS_MESSAGES],
  tests: [
    { name: 'no WAS events (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'other pools failing, recycling and shutting down idle pass',
      facts: { events: { items: [...HEALTHY_WAS_NOISE, noPing('DefaultAppPool', '2026-11-24T07:00:00Z'), crashed('SharePoint - 80', '2026-11-24T07:30:00Z')] } },
      expect: 'pass',
      noise: true,
    },
    {
      name: 'WsusPool ping failures and a crash fail with the counts by id',
      facts: { events: { items: [noPing('WsusPool', '2026-11-24T06:00:00Z'), noPing('WsusPool', '2026-11-24T06:40:00Z'), crashed('WsusPool', '2026-11-24T07:10:00Z')] } },
      expect: 'fail',
      message: 'has 3 WAS event(s) for the WSUS pool "WsusPool" in the last 3 days (by id: 5010 x2, 5011 x1',
    },
    {
      name: 'a pool named like WsusPool2 is another pool',
      facts: { events: { items: [noPing('WsusPool2', '2026-11-24T06:00:00Z')] } },
      expect: 'pass',
    },
    {
      name: 'a 5010 without message text cannot be attributed',
      facts: { events: { items: [was(5010, '2026-11-24T06:00:00Z', '')] } },
      expect: 'insufficientEvidence',
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'error', message: 'Get-WinEvent failed', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** WAS event 5002: the WSUS application pool was disabled by rapid-fail protection; every request then gets 503 (HTTPERR AppOffline). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';
import { HEALTHY_WAS_NOISE } from './shared/log-lines.js';

export default defineRule({
  id: 'was-app-pool-disabled',
  ref: 'WSUS-0028',
  title: 'The WSUS application pool was disabled by rapid-fail protection (WAS event 5002)',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['events'],
  // Only events whose text names the WSUS pool: WAS logs 5002 for every pool.
  when: fact('derived.events.wsusPoolDisabled.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.events.poolNotNamed.Microsoft-Windows-WAS/5002.count', 'greaterThan', 0),
  inconclusiveMessage:
    'the System log has {{derived.events.poolNotNamed.Microsoft-Windows-WAS/5002.count}} WAS event(s) 5002 without message text (the message table was not available to the collector), so whether the disabled pool is "{{derived.wsusPool.name}}" cannot be told. Read them on the server: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5002} | Format-List TimeCreated, Message.',
  message:
    'The System log has {{derived.events.wsusPoolDisabled.count}} WAS event(s) 5002 (Microsoft-Windows-WAS) for the WSUS pool "{{derived.wsusPool.name}}" in the last {{events.maxAgeDays}} days (see the events below): the pool was automatically disabled after a series of worker-process failures. While disabled, the pool answers every request with 503 (HTTPERR reason AppOffline). WsusPool "{{derived.wsusPool.name}}" is now {{derived.wsusPool.state}}; its private memory limit is {{derived.wsusPool.privateMemoryKB|memoryLimit}}; rapid-fail protection is {{derived.wsusPool.rapidFailProtection}}.',
  evidence: ['derived.wsusPool.state', 'derived.wsusPool.privateMemoryKB', 'derived.wsusPool.rapidFailProtection'],
  logEvidence: ['derived.events.wsusPoolDisabled'],
  summary: 'The WSUS application pool was not disabled by rapid-fail protection (no WAS event 5002 naming it) in the collected period.',
  rationale:
    'WAS disables an application pool when its worker process fails too often (rapid-fail protection, by default 5 failures in 5 minutes) and logs event 5002. For WsusPool this is the usual end of a pool that keeps crashing or recycling at its private memory limit: HTTP.sys then answers 503 AppOffline, clients fail with 0x80244022/time-outs and the console shows a connection error until the pool is started again. KB 4025764 ties 503 errors to the WsusPool memory limit. WAS logs 5002 for every pool with the pool name only in the text: only events naming the WSUS pool (the pool of ClientWebService, else WsusPool) count, and events without message text give insufficient evidence. This is a warning: the event tells that the pool was disabled at that time; a pool that is still stopped is an error of its own (wsus-pool-not-started), and the message shows its state now.',
  remediation: [
    'Read the events: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5002,5117,5009,5011} | Format-List TimeCreated, Id, Message.',
    'Start the pool if it is stopped: Start-WebAppPool -Name WsusPool.',
    'Remove the cause: raise the WsusPool private memory limit to 4-8 GB or more (events 5117 before the 5002 show memory recycles) and follow the WSUS maintenance guide to reduce the load.',
  ],
  references: [KB4025764, WSUS_MESSAGES, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'no WAS events (base) passes', facts: {}, expect: 'pass' },
    { name: 'other pools disabled, recycled and idle-shut-down pass', facts: { events: { items: HEALTHY_WAS_NOISE } }, expect: 'pass', noise: true },
    {
      name: 'WsusPool disabled by rapid-fail protection fails',
      facts: {
        events: {
          items: [
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5002,
              level: 'Error',
              timeCreated: '2026-11-24T07:41:12Z',
              message: "Application pool 'WsusPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool.",
            },
          ],
        },
        iis: { appPools: { WsusPool: { state: 'Stopped', privateMemoryKB: 1843200 } } },
      },
      expect: 'fail',
      message: '1 WAS event(s) 5002 (Microsoft-Windows-WAS) for the WSUS pool "WsusPool"',
    },
    {
      name: 'other WAS events (5186 idle shutdown) pass',
      facts: {
        events: {
          items: [
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5186,
              level: 'Information',
              timeCreated: '2026-11-24T07:41:12Z',
              message: "A worker process with process id of '4242' serving application pool 'DefaultAppPool' was shutdown due to inactivity.",
            },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'DefaultAppPool disabled (not WsusPool) is not a WSUS problem',
      facts: {
        events: {
          items: [
            {
              logName: 'System',
              providerName: 'Microsoft-Windows-WAS',
              id: 5002,
              level: 'Error',
              timeCreated: '2026-11-24T07:41:12Z',
              message: "Application pool 'DefaultAppPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool.",
            },
          ],
        },
      },
      expect: 'pass',
    },
    {
      name: 'a 5002 without message text cannot be attributed',
      facts: { events: { items: [{ logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5002, level: 'Error', timeCreated: '2026-11-24T07:41:12Z' }] } },
      expect: 'insufficientEvidence',
      message: '1 WAS event(s) 5002 without message text',
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'notCollected', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

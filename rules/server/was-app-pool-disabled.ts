/** WAS event 5002: an application pool was disabled by rapid-fail protection; for WsusPool every request then gets 503 (HTTPERR AppOffline). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';

export default defineRule({
  id: 'was-app-pool-disabled',
  ref: 'WSUS-0028',
  title: 'An IIS application pool was disabled by rapid-fail protection (WAS event 5002)',
  severity: 'error',
  category: 'iis',
  appliesTo: { role: 'server' },
  requires: ['events'],
  when: fact('derived.events.byKey.Microsoft-Windows-WAS/5002.count', 'greaterThan', 0),
  message:
    'The System log has WAS event 5002 (Microsoft-Windows-WAS) in the last {{events.maxAgeDays}} days (see the events below): an application pool was automatically disabled after a series of worker-process failures (check that the event text names WsusPool). While disabled, the pool answers every request with 503 (HTTPERR reason AppOffline). WsusPool "{{derived.wsusPool.name}}" is now {{derived.wsusPool.state}}; its private memory limit is {{derived.wsusPool.privateMemoryKB}} KB ({{derived.wsusPool.privateMemoryKB|kbAsGb}}, 0 = no limit); rapid-fail protection is {{iis.appPools.WsusPool.rapidFailProtection}}.',
  evidence: ['derived.wsusPool.state', 'derived.wsusPool.privateMemoryKB', 'iis.appPools.WsusPool.rapidFailProtection'],
  logEvidence: ['derived.events.byKey.Microsoft-Windows-WAS/5002'],
  summary: 'No application pool was disabled by rapid-fail protection (no WAS event 5002) in the collected period.',
  rationale:
    'WAS disables an application pool when its worker process fails too often (rapid-fail protection, by default 5 failures in 5 minutes) and logs event 5002. For WsusPool this is the usual end of a pool that keeps crashing or recycling at its private memory limit: HTTP.sys then answers 503 AppOffline, clients fail with 0x80244022/time-outs and the console shows a connection error until the pool is started again. KB 4025764 ties 503 errors to the WsusPool memory limit. Events are counted for every pool, so the event text must be read to confirm it is WsusPool.',
  remediation: [
    'Read the events: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5002,5117,5009,5011} | Format-List TimeCreated, Id, Message.',
    'Start the pool if it is stopped: Start-WebAppPool -Name WsusPool.',
    'Remove the cause: raise the WsusPool private memory limit to 4-8 GB or more (events 5117 before the 5002 show memory recycles) and follow the WSUS maintenance guide to reduce the load.',
  ],
  references: [KB4025764, WSUS_MESSAGES, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'no WAS events (base) passes', facts: {}, expect: 'pass' },
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
      message: 'WAS event 5002',
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
      // Known gap: derived.events counts 5002 of every pool; the pool name is only in the message text.
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
      knownGap: true,
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'notCollected', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

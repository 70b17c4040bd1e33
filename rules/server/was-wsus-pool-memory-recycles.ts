/** WAS event 5117: a worker process recycled because it reached its private bytes memory limit (WsusPool limit too low). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { IIS_APP_POOL_MEMORY_RECYCLE } from './shared/refs.js';

export default defineRule({
  id: 'was-wsus-pool-memory-recycles',
  ref: 'WSUS-0029',
  title: 'An application pool recycled at its private memory limit (WAS event 5117)',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server' },
  requires: ['events'],
  when: fact('derived.events.byKey.Microsoft-Windows-WAS/5117.count', 'greaterThan', 0),
  message:
    'The System log has WAS event 5117 (Microsoft-Windows-WAS) in the last {{events.maxAgeDays}} days (see the events below): a worker process recycled because it reached its private bytes memory limit (check that the event text names WsusPool). The current limit of "{{derived.wsusPool.name}}" is {{derived.wsusPool.privateMemoryKB|kbAsGb}} ({{derived.wsusPool.privateMemoryKB}} KB, 0 = no limit); KB 4025764 recommends 4-8 GB or more.',
  evidence: ['derived.wsusPool.privateMemoryKB'],
  logEvidence: ['derived.events.byKey.Microsoft-Windows-WAS/5117'],
  summary: 'No application pool recycled at its private memory limit (no WAS event 5117) in the collected period.',
  rationale:
    'Each WsusPool recycle drops the requests in progress and the WSUS metadata cache, which must be rebuilt under load; repeated recycles end in rapid-fail protection disabling the pool (event 5002) and 503s for every client. KB 4025764 recommends a WsusPool private memory limit of 4-8 GB or more; the WSUS best practices recommend no limit (0). Events are counted for every pool, so the event text must be read to confirm it is WsusPool.',
  remediation: [
    'Confirm the pool in the event text: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5117} | Format-List TimeCreated, Message.',
    'Raise the limit (KB): Set-WebConfiguration "/system.applicationHost/applicationPools/add[@name=\'WsusPool\']/recycling/periodicRestart/@privateMemory" -Value 8000000 (or 0 for no limit), and make sure the server has that memory.',
  ],
  references: [KB4025764, WSUS_BEST_PRACTICES, IIS_APP_POOL_MEMORY_RECYCLE],
  tests: [
    { name: 'no WAS events (base) passes', facts: {}, expect: 'pass' },
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
      message: 'limit of "WsusPool" is 1.8 GB',
    },
    {
      // Known gap: derived.events counts 5117 of every pool; the pool name is only in the message text.
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
      knownGap: true,
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'error', message: 'Get-WinEvent failed', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** WSUS best practices (KB 4490414): WsusPool idle time-out 0, ping off, no periodic recycle, no virtual memory limit. */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { WSUS_BEST_PRACTICES } from '../references.js';
import { IIS_APP_POOL_PROCESS_MODEL } from './shared/refs.js';

const pool = (settings: Record<string, unknown>) => ({ iis: { appPools: { WsusPool: settings } } });

export default defineRule({
  id: 'wsus-pool-settings-off-best-practice',
  ref: 'WSUS-0033',
  title: 'WsusPool idle time-out, ping, periodic recycle or virtual memory limit differ from the WSUS best practices',
  severity: 'warning',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true, when: not(all(fact('iis.status', 'equal', 'ok'), fact('derived.wsusPool.found', 'equal', false))) },
  requires: [
    'iis.appPools',
    'derived.wsusPool.idleTimeoutMinutes',
    'derived.wsusPool.pingingEnabled',
    'derived.wsusPool.periodicRestartMinutes',
    'derived.wsusPool.virtualMemoryKB',
  ],
  when: fact('derived.wsusPool.offBestPractice', 'lengthGreaterThan', 0),
  message:
    'Settings of "{{derived.wsusPool.name}}" differ from the WSUS best practices (KB 4490414): {{derived.wsusPool.offBestPractice|list}}. Fix (PowerShell, WebAdministration module): {{derived.wsusPool.bestPracticeFix}}; then Restart-WebAppPool -Name "{{derived.wsusPool.name}}".',
  evidence: ['derived.wsusPool.name', 'derived.wsusPool.idleTimeoutMinutes', 'derived.wsusPool.pingingEnabled', 'derived.wsusPool.periodicRestartMinutes', 'derived.wsusPool.virtualMemoryKB'],
  summary: 'WsusPool has idle time-out 0, ping disabled, regular time interval 0 and virtual memory limit 0, as the WSUS best practices recommend.',
  rationale:
    'KB 4490414 (WSUS best practices) sets four WsusPool values besides the queue length and the private memory limit: Idle Time-out 0 (the IIS default of 20 minutes shuts an idle worker down, and the next scan storm hits a cold pool that must rebuild the WSUS metadata cache), Ping Enabled False (a worker busy building that cache can miss pings and WAS kills it: event 5010), Regular Time Interval 0 (the IIS default recycles every 1740 minutes, dropping the cache under load) and Virtual Memory Limit 0 (no recycle on virtual bytes, which a 64-bit w3wp reserves in large amounts). Each differing setting is listed with its value. These are risks under load, not an outage, hence warning; settings the collector did not read make the outcome insufficient evidence.',
  remediation: [
    'Run the commands of the message in an elevated PowerShell (Import-Module WebAdministration), or in IIS Manager: Application Pools > WsusPool > Advanced Settings (Idle Time-out 0, Ping Enabled False, Regular Time Interval 0, Virtual Memory Limit 0).',
    'With appcmd: %windir%\\system32\\inetsrv\\appcmd.exe set apppool "WsusPool" /processModel.idleTimeout:00:00:00 /processModel.pingingEnabled:false /recycling.periodicRestart.time:00:00:00 /recycling.periodicRestart.memory:0',
    'Recycle the pool afterwards: Restart-WebAppPool -Name WsusPool.',
  ],
  references: [WSUS_BEST_PRACTICES, IIS_APP_POOL_PROCESS_MODEL],
  tests: [
    { name: 'all four at the recommendation (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'other pools left at the IIS defaults pass',
      facts: { iis: { appPools: { DefaultAppPool: { name: 'DefaultAppPool', state: 'Started', idleTimeoutMinutes: 20, pingingEnabled: true, periodicRestartMinutes: 1740, virtualMemoryKB: 0 } } } },
      expect: 'pass',
      noise: true,
    },
    {
      name: 'the IIS defaults fail and list every setting with its value and fix',
      facts: pool({ idleTimeoutMinutes: 20, pingingEnabled: true, periodicRestartMinutes: 1740, virtualMemoryKB: 0 }),
      expect: 'fail',
      message: 'idle time-out 20 min (recommended 0), ping enabled (recommended False), regular time interval 1740 min (recommended 0). Fix (PowerShell, WebAdministration module): Set-ItemProperty IIS:\\AppPools\\WsusPool -Name processModel.idleTimeout',
    },
    { name: 'a virtual memory limit alone fails', facts: pool({ virtualMemoryKB: 4000000 }), expect: 'fail', message: 'virtual memory limit 4000000 KB (recommended 0)' },
    {
      name: 'a pool with another name gets quoted commands',
      facts: {
        iis: {
          appPools: { 'WSUS Pool 2': { name: 'WSUS Pool 2', state: 'Started', idleTimeoutMinutes: 20, pingingEnabled: false, periodicRestartMinutes: 0, virtualMemoryKB: 0 } },
          wsusApplications: [{ name: 'ClientWebService', kind: 'application', applicationPool: 'WSUS Pool 2' }],
        },
      },
      expect: 'fail',
      message: "Set-ItemProperty 'IIS:\\AppPools\\WSUS Pool 2' -Name processModel.idleTimeout",
    },
    { name: 'ping not read is insufficient evidence', facts: pool({ pingingEnabled: null }), expect: 'insufficientEvidence' },
    { name: 'pool missing is not applicable', facts: { iis: { appPools: { WsusPool: null } } }, expect: 'notApplicable' },
    { name: 'IIS not collected is insufficient evidence', facts: { iis: { status: 'notCollected', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

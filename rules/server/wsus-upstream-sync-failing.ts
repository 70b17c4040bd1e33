/** The last synchronization failed, or the server has not synchronized for more than 7 days. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { WSUS_IMPORT_SYNC_ISSUES } from './shared/server-health.js';

export default defineRule({
  id: 'wsus-upstream-sync-failing',
  ref: 'WSUS-0048',
  title: 'WSUS synchronization failed or has not run for more than 7 days',
  severity: 'warning',
  category: 'network',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['upstreamSync.lastSyncResult'],
  when: any(
    fact('upstreamSync.lastSyncResult', 'in', ['Failed', 'NeverRun']),
    fact('derived.upstreamSync.daysSinceLastSync', 'greaterThan', 7),
  ),
  message:
    '{{#if derived.upstreamSync.lastSyncTime}}The last synchronization ({{#if upstreamSync.syncFromMicrosoftUpdate}}from Microsoft Update{{else}}from the upstream server {{upstreamSync.upstreamServerName}}{{/if}}) ended {{derived.upstreamSync.lastSyncTime}} with {{upstreamSync.lastSyncResult}}, {{derived.upstreamSync.daysSinceLastSync}} days before this collection.{{else}}This server has never synchronized ({{#if upstreamSync.syncFromMicrosoftUpdate}}from Microsoft Update{{else}}from the upstream server {{upstreamSync.upstreamServerName}}{{/if}}; last result {{upstreamSync.lastSyncResult}}).{{/if}}{{#if upstreamSync.lastSyncError}} Error: {{upstreamSync.lastSyncError}}.{{/if}} Clients do not see new updates until a synchronization succeeds.',
  evidence: ['upstreamSync.useProxy', 'upstreamSync.proxyName', 'upstreamSync.proxyPort'],
  summary: 'The last WSUS synchronization succeeded within the last 7 days.',
  rationale:
    'A WSUS server offers clients only what it synchronized. Synchronization fails on TLS 1.2 problems (2012/2012 R2 without the 2017 rollups, .NET without strong crypto), proxy changes, an unreachable upstream server or a SUSDB that times out (troubleshoot WSUS import/sync issues). A scheduled synchronization normally runs at least daily; 7 days without one means the schedule is off or every attempt fails.',
  remediation: [
    'Read the error in the WSUS console (Synchronizations) and in %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log (ConfigMgr: wsyncmgr.log and WCM.log).',
    'Check TLS 1.2 (rule wsus-sync-tls12-strong-crypto-missing), the proxy settings (Options > Update Source and Proxy Server) and the upstream server\'s reachability on its port.',
    'Start a synchronization manually (console, or (Get-WsusServer).GetSubscription().StartSynchronization()) and check that it succeeds.',
  ],
  references: [WSUS_IMPORT_SYNC_ISSUES, WSUS_MAINTENANCE_GUIDE],
  tests: [
    { name: 'a successful sync 10 hours ago (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'a failed last sync fails',
      facts: { upstreamSync: { lastSyncResult: 'Failed', lastSyncError: 'WebException: The underlying connection was closed: An unexpected error occurred on a send.' } },
      expect: 'fail',
      message: 'with Failed, 0.4 days before this collection',
    },
    {
      name: 'a successful sync 12 days ago fails',
      facts: { upstreamSync: { lastSyncStartTime: '2026-11-12T02:00:00Z', lastSyncEndTime: '2026-11-12T02:10:00Z' } },
      expect: 'fail',
      message: '12.4 days before this collection',
    },
    { name: 'a server that never synchronized fails', facts: { upstreamSync: { lastSyncResult: 'NeverRun', lastSyncStartTime: null, lastSyncEndTime: null } }, expect: 'fail' },
    { name: 'a sync canceled yesterday passes', facts: { upstreamSync: { lastSyncResult: 'Canceled' } }, expect: 'pass' },
    { name: 'the WSUS API unavailable is insufficient evidence', facts: { upstreamSync: { status: 'error', message: 'The WSUS administration API is not installed.' } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

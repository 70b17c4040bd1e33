/** KB 4025764 cause 5: 0x80244010 — the scan needed more than 200 round trips (large catalog, new client). */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { MAX_ROUND_TRIPS_BLOG } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-max-round-trips-exceeded',
  ref: 'WSUS-0072',
  title: 'Scans stop after the maximum number of server round trips (0x80244010)',
  severity: 'warning',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.roundTrips'],
  // The 'roundTrips' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('roundTrips'),
  message:
    'The Windows Update client stopped scanning {{derived.policy.wuServer.raw}}' +
    ' after the maximum of 200 server round trips (0x80244010, WU_E_PT_EXCEEDED_MAX_SERVER_TRIPS): the WSUS catalog is too large for one scan of a new or reset client. ' +
    familyCodesSentence('roundTrips'),
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.roundTrips'],
  summary: 'The client logged no "exceeded max server round trips" errors (0x80244010).',
  rationale:
    'The agent allows at most 200 round trips per scan, each carrying about 200 KB of update metadata; new or reset clients against a large catalog (many superseded or unneeded updates, large Office metadata) hit the limit (WSUS product team blog; knowledge 4.3, 5.3). ' +
    'KB 4025764 points such round-trip errors at the WSUS maintenance guide (KB 4490644). Warning, not error: the client keeps what it received, so repeated scans usually complete; a shrinking catalog is the real fix.',
  remediation: [
    'Scan again on the client (progress is kept): wuauclt /detectnow on Windows 7/8.1, Settings > Windows Update > Check for updates on Windows 10 and later; repeat until the scan completes.',
    'Shrink the catalog on the WSUS server (KB 4490644): decline superseded and unneeded updates (products, languages, Itanium/ARM64 where unused), run the Server Cleanup Wizard, re-index SUSDB.',
  ],
  references: [MAX_ROUND_TRIPS_BLOG, WSUS_MAINTENANCE_GUIDE, KB4025764],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'legacy log "Exceeded max server round trips" fails',
      facts: legacyLog(legacyWsusCall('15:08:57:651', undefined, '4908', '738'), legacyLine('15:08:57:651', 'PT', 'WARNING: Exceeded max server round trips: 0x80244010', '4908', '738'),
        legacyLine('15:08:57:651', 'PT', 'WARNING: Sync of Updates: 0x80244010', '4908', '738'),
        legacyLine('15:08:57:651', 'PT', 'WARNING: SyncServerUpdatesInternal failed: 0x80244010', '4908', '738'),
        legacyLine('15:08:57:651', 'Agent', '  * WARNING: Failed to synchronize, error = 0x80244010', '4908', '738'),
        legacyLine('15:08:57:701', 'Agent', '  * WARNING: Exit code = 0x80244010', '4908', '738'),
      ),
      expect: 'fail',
      message: '0x80244010',
    },
    {
      name: 'Windows 10 log with lower-case code fails',
      facts: etlLog(etlWsusCall('15:08:57.6510000'), etlLine('15:08:57.6510000', 'ProtocolTalker', 'SyncUpdates_WithRecovery failed. 0x80244010'), etlLine('15:08:57.7010000', 'Agent', 'Exit code = 0x80244010')),
      expect: 'fail',
    },
    {
      name: 'event 25 only fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244010.')),
      expect: 'fail',
    },
    {
      name: 'with another family\'s code (0x80244007) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244010.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244007.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x80244010 (The number of round trips to the server exceeded the maximum (200)).',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244010.'))),
      expect: 'notApplicable',
    },
  ],
});

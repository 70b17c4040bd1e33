/** SoftwareDistribution.log: database errors (SqlException, time-outs) that persist to the end of the excerpt. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';
import { SD_HEALTHY_LINES, softwareDistribution, sqlTimeout } from './shared/software-distribution-lines.js';

export default defineRule({
  id: 'softwaredistribution-log-sql-errors',
  ref: 'WSUS-0038',
  title: 'SoftwareDistribution.log ends in database errors (SqlException, time-outs)',
  severity: 'error',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.softwareDistribution'],
  when: fact('derived.softwareDistributionLog.sqlErrorsPersisting', 'equal', true),
  message:
    'SoftwareDistribution.log has {{derived.softwareDistributionLog.sqlErrors.count}} database error entr(y/ies) (DBConnection.LogSqlException, SqlException, "Timeout expired"), the newest at {{derived.softwareDistributionLog.lastSqlErrorAt}}, and no normal (Info) entry after it: WSUS cannot use its database (SUSDB) now. Clients then fail scans and event uploads (0x80244008, 0x8024401C, HTTP 500/503).',
  evidence: ['derived.softwareDistributionLog.window'],
  logEvidence: ['derived.softwareDistributionLog.sqlErrors'],
  summary: 'SoftwareDistribution.log does not end in database errors.',
  rationale:
    'WSUS logs every failed database call to SoftwareDistribution.log (DBConnection.LogSqlException with the SqlException text; KB 909131 shows client event uploads failing with 0x80244008 behind "Timeout expired"). When the excerpt ends with such errors and no Info entry follows the newest one, the server has not gone back to normal work: SUSDB (WID or SQL Server) is down, unreachable, or so slow that every call times out (an unmaintained database: KB 4490644). Errors followed by normal entries are reported at warning by softwaredistribution-log-sql-errors-recovered. The "persisting" test is a heuristic on the excerpt: the collector reads the log up to its end at collection time.',
  remediation: [
    'Check the database service: Get-Service MSSQL$MICROSOFT##WID (Windows Internal Database) or the SQL Server named by HKLM:\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup SqlServerName; start it and check that it accepts connections.',
    'For time-outs: run the WSUS maintenance of KB 4490644 (reindex SUSDB, add the two custom indexes, decline superseded updates, run the cleanup wizard); on a remote SQL Server check the network and the SQL error log.',
    'Watch the log while clients scan: Get-Content "$env:ProgramFiles\\Update Services\\LogFiles\\SoftwareDistribution.log" -Tail 50 -Wait.',
  ],
  references: [WSUS_MAINTENANCE_GUIDE, WSUS_MESSAGES, KB4025764],
  tests: [
    { name: 'log not collected (base) is insufficient evidence', facts: {}, expect: 'insufficientEvidence' },
    { name: 'normal informational lines pass', facts: softwareDistribution(SD_HEALTHY_LINES), expect: 'pass', noise: true },
    {
      name: 'a single time-out followed by normal work passes',
      facts: softwareDistribution([...SD_HEALTHY_LINES.slice(0, 2), ...sqlTimeout('06:05:10.540'), ...SD_HEALTHY_LINES.slice(2)]),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'time-outs to the end of the excerpt fail',
      facts: softwareDistribution([...SD_HEALTHY_LINES, ...sqlTimeout('06:20:00.100'), ...sqlTimeout('06:21:00.200'), ...sqlTimeout('06:22:30.300')]),
      expect: 'fail',
      message: 'has 3 database error entr(y/ies) (DBConnection.LogSqlException, SqlException, "Timeout expired"), the newest at 2026-11-24T06:22:30.300Z',
    },
    {
      name: 'an SqlException only in the continuation lines counts',
      facts: softwareDistribution([
        ...SD_HEALTHY_LINES,
        '2026-11-24 06:30:00.000 UTC Error w3wp.8 ClientImplementation.SyncUpdates Exception in SyncUpdates',
        'System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.',
      ]),
      expect: 'fail',
    },
    {
      name: 'an unreadable log is insufficient evidence',
      facts: { logs: { softwareDistribution: { status: 'error', message: 'access denied' } } },
      expect: 'insufficientEvidence',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** SoftwareDistribution.log: repeated database errors from which the server recovered. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';
import { SD_HEALTHY_LINES, softwareDistribution, sqlTimeout } from './shared/software-distribution-lines.js';

export default defineRule({
  id: 'softwaredistribution-log-sql-errors-recovered',
  ref: 'WSUS-0039',
  title: 'SoftwareDistribution.log shows repeated database errors the server recovered from',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.softwareDistribution'],
  // A single time-out that recovered is what a busy healthy server logs now and then.
  when: all(fact('derived.softwareDistributionLog.sqlErrors.count', 'greaterThan', 1), fact('derived.softwareDistributionLog.sqlErrorsPersisting', 'equal', false)),
  message:
    'SoftwareDistribution.log has {{derived.softwareDistributionLog.sqlErrors.count}} database error entries (SqlException, "Timeout expired"), the newest at {{derived.softwareDistributionLog.lastSqlErrorAt}}, followed by {{derived.softwareDistributionLog.infoEntriesAfterLastSqlError}} normal entr(y/ies): the server recovered, but requests failed while the errors lasted.',
  evidence: ['derived.softwareDistributionLog.window'],
  logEvidence: ['derived.softwareDistributionLog.sqlErrors'],
  summary: 'SoftwareDistribution.log shows at most one database error, or none.',
  rationale:
    'Repeated SqlExceptions and time-outs that the server recovers from usually mean a database under pressure: an unmaintained SUSDB (fragmented indexes, thousands of superseded updates not declined; KB 4490644), a scan storm, or a busy or distant SQL Server. Each failed call is a failed client request (scan, event upload: 0x80244008 in KB 909131). Not an outage now, hence warning; a single recovered time-out passes.',
  remediation: [
    'Run the WSUS maintenance of KB 4490644: reindex SUSDB, add the custom indexes, decline superseded updates, run the cleanup wizard.',
    'Compare the error times with client scan peaks and with WsusPool recycles (WAS 5117) to find what loads the database.',
  ],
  references: [WSUS_MAINTENANCE_GUIDE, WSUS_MESSAGES],
  tests: [
    { name: 'log not collected (base) is insufficient evidence', facts: {}, expect: 'insufficientEvidence' },
    { name: 'normal informational lines pass', facts: softwareDistribution(SD_HEALTHY_LINES), expect: 'pass', noise: true },
    {
      name: 'a single recovered time-out passes',
      facts: softwareDistribution([...sqlTimeout('05:59:59.000'), ...SD_HEALTHY_LINES]),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'repeated time-outs followed by normal work fail',
      facts: softwareDistribution([...sqlTimeout('05:50:00.000'), ...sqlTimeout('05:55:00.000'), ...SD_HEALTHY_LINES]),
      expect: 'fail',
      message: 'has 2 database error entries (SqlException, "Timeout expired"), the newest at 2026-11-24T05:55:00.000Z, followed by 4 normal entr(y/ies)',
    },
    {
      name: 'errors to the end of the excerpt are the error rule\'s, not this one',
      facts: softwareDistribution([...SD_HEALTHY_LINES, ...sqlTimeout('06:20:00.000'), ...sqlTimeout('06:21:00.000')]),
      expect: 'pass',
    },
    { name: 'an unreadable log is insufficient evidence', facts: { logs: { softwareDistribution: { status: 'error', message: 'access denied' } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

// deriveSoftwareDistributionLog: SQL errors per entry (continuation lines included), persisting
// unless an Info entry follows the newest one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveSoftwareDistributionLog } from '../../engine/derive/derive-software-distribution-log.js';
import { makeDoc, okExcerpt } from './make-doc.js';

const info = (t: string) => `2024-05-01 ${t} UTC Info w3wp.12 ClientImplementation..ctor Initializing ClientWebService`;
const sqlError = (t: string) => [
  `2024-05-01 ${t} UTC Error w3wp.21 DBConnection.LogSqlException DBLAYER: SqlException occurred`,
  'System.Data.SqlClient.SqlException (0x80131904): Timeout expired.',
  '   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception)',
];
const derive = (lines: string[], startLine?: number) =>
  deriveSoftwareDistributionLog(makeDoc({ logs: { softwareDistribution: { ...okExcerpt({ path: 'C:\\sd.log', lines, ...(startLine ? { startLine } : {}) }), format: 'text' } } }));

test('not collected: available false', () => {
  assert.deepEqual(deriveSoftwareDistributionLog(makeDoc()), { available: false, entries: 0, window: {}, sqlErrors: { count: 0, samples: [] }, sqlErrorsPersisting: false, infoEntriesAfterLastSqlError: 0 });
});

test('errors at the end persist; an entry counts once with its first line as sample', () => {
  const d = derive([info('06:00:00.000'), ...sqlError('06:01:00.000'), ...sqlError('06:02:00.000')], 100);
  assert.equal(d.entries, 3);
  assert.equal(d.sqlErrors.count, 2);
  assert.equal(d.sqlErrorsPersisting, true);
  assert.equal(d.lastSqlErrorAt, '2024-05-01T06:02:00.000Z');
  assert.deepEqual(d.sqlErrors.samples[1], { file: 'C:\\sd.log', line: 104, timestamp: '2024-05-01T06:02:00.000Z', text: '2024-05-01 06:02:00.000 UTC Error w3wp.21 DBConnection.LogSqlException DBLAYER: SqlException occurred' });
  assert.deepEqual(d.window, { from: '2024-05-01T06:00:00.000Z', to: '2024-05-01T06:02:00.000Z' });
});

test('an Info entry after the newest error: recovered; a match in a continuation line is shown with it', () => {
  const d = derive(['2024-05-01 06:00:00.000 UTC Error w3wp.8 ClientImplementation.SyncUpdates Exception in SyncUpdates', 'System.Data.SqlClient.SqlException: A network-related error', info('06:05:00.000')]);
  assert.equal(d.sqlErrors.count, 1);
  assert.equal(d.sqlErrorsPersisting, false);
  assert.equal(d.infoEntriesAfterLastSqlError, 1);
  assert.match(d.sqlErrors.samples[0]!.text, /Exception in SyncUpdates \| System\.Data\.SqlClient\.SqlException/);
});

test('healthy lines: no errors, not persisting', () => {
  const d = derive([info('06:00:00.000'), info('06:01:00.000')]);
  assert.deepEqual([d.sqlErrors.count, d.sqlErrorsPersisting], [0, false]);
});

// WindowsUpdate.log parser: the legacy tab- and space-separated lines of the corpus, the
// Windows 10 Get-WindowsUpdateLog format (lines quoted in knowledge 4.4), mixed input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SkippedLine } from '../../engine/parsers/w3c.js';
import {
  parseWindowsUpdateLine,
  parseWindowsUpdateLog,
  type WindowsUpdateLogEntry,
} from '../../engine/parsers/windows-update-log.js';
import { collect, corpusLines } from './corpus.js';

const parse = (lines: Iterable<string>) => collect<WindowsUpdateLogEntry, SkippedLine>(parseWindowsUpdateLog, lines);

test('logjoint WindowsUpdate.log: real legacy tab-separated lines', () => {
  const { entries, skipped } = parse(corpusLines('logjoint/ReadersIntegrationTests.WindowsUpdate_SmokeTest.WindowsUpdate.log'));
  assert.equal(entries.length, 10);
  assert.equal(skipped.length, 0);
  const first = entries[0]!;
  assert.equal(first.format, 'legacy');
  assert.equal(first.timestamp, '2013-01-27T10:55:33.204');
  assert.equal(first.pid, 1160);
  assert.equal(first.tid, '3ca0');
  assert.equal(first.component, 'DnldMgr');
  assert.equal(first.message, '* BITS job initialized, JobId = {082DB2AF-902B-4457-810C-62B6E2D3A034}');
  // REPORT EVENT messages keep their embedded tabs.
  const report = entries[6]!;
  assert.equal(report.component, 'Report');
  assert.match(report.message, /^REPORT EVENT: \{023764A7-9115-43D9-966E-18496EE41A09\}\t2013-01-27 10:55:33:171\+0100\t1\t147/);
  // GUIDs, "+0100", "(00000000)" and thread ids are not error codes.
  assert.deepEqual(entries.flatMap((e) => e.errorCodes), []);
});

test('Microsoft 0x8024402C excerpt: space-separated legacy lines, code in every line', () => {
  const { entries, skipped } = parse(corpusLines('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log'));
  assert.equal(entries.length, 10);
  assert.equal(skipped.length, 0);
  assert.ok(entries.every((e) => e.format === 'legacy' && e.errorCodes.join() === '0x8024402C'));
  assert.equal(entries[5]!.component, 'Setup');
  assert.equal(entries[5]!.message, 'FATAL: IsUpdateRequired failed with error 0x8024402c');
  assert.equal(entries[9]!.timestamp, '2010-01-05T18:52:06.762');
});

test('Microsoft compliance excerpt: runs of spaces, WSUS server lines, no codes', () => {
  const { entries, skipped } = parse(corpusLines('ms-supportarticles/track-compliance-assessment.WindowsUpdate-excerpt.log'));
  assert.equal(entries.length, 20);
  assert.equal(skipped.length, 0);
  assert.equal(entries[0]!.message, '* WSUS server: http://PS1SITE.CONTOSO.COM:8530 (Changed)');
  assert.equal(entries[3]!.pid, 3856);
  assert.equal(entries[3]!.tid, '708');
  assert.equal(entries[3]!.component, 'COMAPI');
  assert.deepEqual(entries.flatMap((e) => e.errorCodes), []);
});

test('message-only excerpts are not log lines and are reported as skipped', () => {
  const { entries, skipped } = parse(corpusLines('ms-supportarticles/error-80244007.WindowsUpdate-messages.txt'));
  assert.equal(entries.length, 0);
  assert.deepEqual(skipped.map((s) => [s.index, s.reason]), [[0, 'junk'], [1, 'junk']]);
});

test('Windows 10 ETL text lines with /, . and - date separators (lines from knowledge 4.4)', () => {
  const { entries } = parse([
    '2017/02/25 13:28:34.6234536 1056 5308 Agent WSUS server: http://wsus.ad.***.com:8530',
    '2017/06/13 10:08:31.2836379 676 10488 WebServices Web service call failed with hr = 8024401c.',
    '2017.06.13 10:08:31.2836189 676 10488 WebServices WS error: The operation did not complete within the time allotted.',
    '2017-06-13 10:08:31.28 676 10488 ComApi * END * Search ClientId = UpdateOrchestrator',
  ]);
  assert.equal(entries.length, 4);
  assert.ok(entries.every((e) => e.format === 'etl'));
  assert.equal(entries[0]!.timestamp, '2017-02-25T13:28:34.623');
  assert.equal(entries[0]!.tid, '5308');
  assert.equal(entries[0]!.message, 'WSUS server: http://wsus.ad.***.com:8530');
  assert.deepEqual(entries[1]!.errorCodes, ['0x8024401C']);
  assert.equal(entries[2]!.timestamp, '2017-06-13T10:08:31.283');
  assert.equal(entries[3]!.timestamp, '2017-06-13T10:08:31.280');
});

test('legacy and ETL lines are detected per line in one input', () => {
  const { entries } = parse([
    '2008-09-11\t15:08:57:651\t4908\t738\tPT\tWARNING: Exceeded max server round trips: 0x80244010',
    '2017/06/13 10:08:31.2836379 676 10488 WebServices Web service call failed with hr = 8024401c.',
  ]);
  assert.deepEqual(entries.map((e) => [e.format, e.errorCodes.join()]), [['legacy', '0x80244010'], ['etl', '0x8024401C']]);
});

test('CRLF, a BOM on the first line, blank lines, junk, impossible dates', () => {
  const { entries, skipped } = parse([
    '\ufeff2010-01-05\t18:52:06:747\t808\taac\tAgent\t* WARNING: Exit code = 0x8024402C\r',
    '',
    '   ',
    'not a line\r',
    '2010-13-05\t18:52:06:747\t808\taac\tAgent\tmonth 13',
    '2010-01-05\t24:52:06:747\t808\taac\tAgent\thour 24',
  ]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.message, '* WARNING: Exit code = 0x8024402C');
  assert.equal(entries[0]!.raw.endsWith('\r'), false);
  assert.deepEqual(skipped.map((s) => s.index), [3, 4, 5]);
  assert.equal(skipped[0]!.text, 'not a line');
  assert.deepEqual(parse([]), { entries: [], skipped: [] });
});

test('parseWindowsUpdateLine returns undefined for a non-line and keeps the given index', () => {
  assert.equal(parseWindowsUpdateLine('hello'), undefined);
  assert.equal(parseWindowsUpdateLine('2010-01-05 18:52:06:747 808 aac Misc x', 41)?.index, 41);
});

test('property: the parser never throws on arbitrary lines', () => {
  const line = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom('2010-01-05', '2017/02/25', '18:52:06:747', '13:28:34.6234536', '808', 'aac', 'Agent', '0x8024402c', '\t', ' ', '\r'), { maxLength: 12 }).map((p) => p.join(' ')),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const { entries, skipped } = parse(lines);
      assert.ok(entries.length + skipped.length <= lines.length);
    }),
    { numRuns: 300 },
  );
});

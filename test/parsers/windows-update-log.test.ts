// WindowsUpdate.log parser: the legacy tab- and space-separated lines of the corpus, the
// Windows 10 Get-WindowsUpdateLog format (lines quoted in knowledge 4.4), mixed input; and the
// fast char-code scanner checked against the regexes (corpus, rule test facts, generated lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SkippedLine } from '../../engine/parsers/w3c.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseWindowsUpdateLine,
  parseWindowsUpdateLog,
  matchEntryPrefix,
  parseWithRegex,
  scanLine,
  type WindowsUpdateLogEntry,
} from '../../engine/parsers/windows-update-log.js';
import { cleanLine } from '../../engine/parsers/w3c.js';
import { builtInRules } from '../../rules/index.js';
import { CORPUS, collect, corpusLines } from './corpus.js';

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

// ---------------------------------------------------------------- fast scanner vs regexes

/**
 * The fast scanner's claim: whenever it returns an entry, the regexes give the same entry (when it
 * returns null, parseWindowsUpdateLine runs the regexes, which decide). Returns whether the fast
 * path took the line, so callers can check the comparison is not vacuous.
 */
function sameAsRegex(input: string, index = 7): boolean {
  const line = cleanLine(input);
  const fast = scanLine(line, index);
  const slow = parseWithRegex(line, index);
  samePrefixAsRegex(line, slow);
  if (fast === null) {
    assert.deepStrictEqual(parseWindowsUpdateLine(input, index), slow, `regex path decides: ${JSON.stringify(input)}`);
    return false;
  }
  assert.deepStrictEqual(fast, slow, `fast scanner differs from the regexes on ${JSON.stringify(input)}`);
  return true;
}

/** Entries whose prefix matchEntryPrefix took (so the comparison below is not vacuous). */
let prefixEntries = 0;

/**
 * The derive's claim (matchEntryPrefix): a cleaned line is an entry exactly when the prefix regex
 * of a format matches and no line terminator follows the component; then the format is that one,
 * the component ends at `end` and the message is the rest after one separator, trimmed.
 */
function samePrefixAsRegex(line: string, slow: ReturnType<typeof parseWithRegex>): void {
  const prefix = { legacy: prefixEntries % 2 === 0, end: 0 }; // (either format tried first)
  const matched = matchEntryPrefix(line, prefix);
  const entry = matched && !/[\n\r\u2028\u2029]/.test(line.slice(prefix.end));
  assert.equal(entry, slow !== undefined, `matchEntryPrefix disagrees with the regexes on ${JSON.stringify(line)}`);
  if (!entry || slow === undefined) return;
  prefixEntries++;
  assert.equal(prefix.legacy, slow.format === 'legacy', JSON.stringify(line));
  assert.equal(line.slice(prefix.end - slow.component.length, prefix.end), slow.component, JSON.stringify(line));
  assert.equal(prefix.end < line.length ? line.slice(prefix.end + 1).trimStart() : '', slow.message, JSON.stringify(line));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

test('fast scanner = regexes on every line of the corpus and every string of the built-in rules\' test facts', () => {
  let lines = 0;
  let fast = 0;
  for (const file of filesUnder(CORPUS)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      lines++;
      if (sameAsRegex(line)) fast++;
    }
  }
  let ruleStrings = 0;
  let ruleFast = 0;
  for (const rule of builtInRules) {
    for (const testCase of rule.tests) {
      for (const text of stringsIn(testCase.facts)) {
        // Log excerpts in test facts may be one string of several lines.
        for (const line of text.split('\n')) {
          ruleStrings++;
          if (sameAsRegex(line)) ruleFast++;
        }
      }
    }
  }
  assert.ok(lines > 1000, `${lines} corpus lines`);
  assert.ok(fast >= 30, `the fast scanner took only ${fast} corpus lines`);
  assert.ok(ruleStrings > 100, `${ruleStrings} rule test strings`);
  assert.ok(ruleFast >= 10, `the fast scanner took only ${ruleFast} WindowsUpdate lines of the rule tests`);
  assert.ok(prefixEntries >= 40, `matchEntryPrefix took only ${prefixEntries} entries`);
});

test('property: fast scanner = regexes on generated near-valid and arbitrary lines (fixed seed)', () => {
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const pick = <T>(...values: T[]) => fc.constantFrom(...values);
  const sep = fc.string({ unit: pick('\t', ' '), minLength: 0, maxLength: 3 });
  const twoDigits = fc.oneof(digits(2, 2), pick('00', '01', '09', '10', '12', '13', '19', '20', '23', '24', '29', '30', '31', '32', '59', '60', '99'));
  const fraction = fc.oneof(
    fc.tuple(pick(':'), digits(0, 4)).map(([m, d]) => m + d),
    fc.tuple(pick('.'), digits(0, 9)).map(([m, d]) => m + d),
    pick(',123', '', ':12a'),
  );
  const word = fc.string({ unit: fc.constantFrom(...'AaFfGz09_-.:*'), minLength: 0, maxLength: 8 });
  const message = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('x', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '0x8024402C', '8024401c', 'WARNING:'), maxLength: 8 }).map((p) => p),
  );
  const line = fc.oneof(
    { weight: 6, arbitrary: fc
      .record({
        year: fc.oneof(digits(4, 4), digits(0, 5)),
        dateSep: pick('-', '/', '.', ' ', ''),
        dateSep2: pick('-', '/', '.'),
        sameSep: fc.boolean(),
        month: twoDigits,
        day: twoDigits,
        sep1: sep,
        hh: twoDigits,
        mm: twoDigits,
        ss: twoDigits,
        timeSep: pick(':', ':', ':', '.'),
        fraction,
        sep2: sep,
        pid: fc.oneof(digits(1, 6), digits(0, 20)),
        sep3: sep,
        tid: fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEFg'), minLength: 0, maxLength: 6 }), digits(1, 5)),
        sep4: sep,
        component: word,
        tail: fc.oneof(pick(''), fc.tuple(pick('\t', ' ', '\t\t', '  '), message).map(([s, m]) => s + m)),
        prefix: pick('', '', '', '\ufeff'),
        suffix: pick('', '', '\r'),
      })
      .map((p) =>
        [
          p.prefix,
          p.year,
          p.dateSep,
          p.month,
          p.sameSep ? p.dateSep : p.dateSep2,
          p.day,
          p.sep1,
          p.hh,
          p.timeSep,
          p.mm,
          ':',
          p.ss,
          p.fraction,
          p.sep2,
          p.pid,
          p.sep3,
          p.tid,
          p.sep4,
          p.component,
          p.tail,
          p.suffix,
        ].join(''),
      ) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    {
      weight: 2,
      // One character of a real line replaced, inserted or removed.
      arbitrary: fc
        .tuple(
          pick(
            '2010-01-05\t18:52:06:747\t808\taac\tAgent\t* WARNING: Exit code = 0x8024402C',
            '2013-01-27 10:55:33:204 1160 3ca0 DnldMgr * BITS job initialized',
            '2017/02/25 13:28:34.6234536 1056 5308 Agent WSUS server: http://wsus:8530',
            '2017.06.13 10:08:31.28 676 10488 WebServices Web service call failed with hr = 8024401c.',
          ),
          fc.nat(),
          pick('replace', 'insert', 'remove'),
          fc.constantFrom(...'0 \t:./-aZ\n9'),
        )
        .map(([base, at, how, ch]) => {
          const i = at % base.length;
          return how === 'replace' ? base.slice(0, i) + ch + base.slice(i + 1) : how === 'insert' ? base.slice(0, i) + ch + base.slice(i) : base.slice(0, i) + base.slice(i + 1);
        }),
    },
  );
  let runs = 0;
  let fast = 0;
  fc.assert(
    fc.property(line, (text) => {
      runs++;
      if (sameAsRegex(text)) fast++;
    }),
    { seed: 20261124, numRuns: 20000 },
  );
  assert.equal(runs, 20000);
  // Not vacuous: a good share of the generated lines take the fast path, and many do not.
  assert.ok(fast > 2000 && fast < runs, `${fast} of ${runs} lines took the fast path`);
});

/**
 * The on-demand WindowsUpdate.log derive (engine/derive/derive-windows-update-log.ts: one pass
 * that recognises the line kinds the derived facts need and builds no entry per line) against
 * the full parse it replaced, kept as a test oracle in test/derive/oracle/: the whole derived
 * facts must be identical on every fact-file fixture, every example, every rule test case, every
 * corpus log (as a client's WindowsUpdate.log), a generated fleet and fuzzed logs. Each group
 * asserts how many documents it compared, so a group that finds nothing fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { msOfKey } from '../../engine/derive/derive-windows-update-log.js';
import { codeCandidates, DECIMAL_CANDIDATE, findErrorCodes, HEX_CANDIDATE } from '../../engine/parsers/error-codes.js';
import { deriveFacts as oracleDeriveFacts } from './oracle/derive-facts.js';
import { loadFactFile } from '../../engine/load/load-fact-file.js';
import { builtInRules } from '../../rules/index.js';
import { testCaseDocument } from '../../engine/rule-testing/run-rule-test.js';
import { baseClientDocument } from '../../engine/rule-testing/base-documents.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

const root = join(import.meta.dirname, '..', '..');

function same(doc: FactDocument, where: string): void {
  const derived = deriveFacts(doc);
  const expected = oracleDeriveFacts(doc);
  assert.deepStrictEqual(derived, expected, where);
  // and the same key order (reports print the blocks as JSON)
  assert.equal(JSON.stringify(derived), JSON.stringify(expected), where);
}

function withWindowsUpdateLog(lines: string[], policyUrl?: string): FactDocument {
  const doc = baseClientDocument();
  doc.logs = { ...doc.logs, windowsUpdate: { status: 'ok', files: [{ path: 'C:\\Windows\\WindowsUpdate.log', lines }] } };
  if (policyUrl === undefined) delete doc.clientPolicy;
  else doc.clientPolicy = { status: 'ok', windowsUpdate: { WUServer: policyUrl, WUStatusServer: policyUrl } };
  return doc;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

test('every example: identical derived facts', async () => {
  // (test/fixtures/collectors/*.json are probe fixtures of the collector tests, not fact files;
  // the fact documents of the fixtures are the rule test cases below.)
  const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'examples', f));
  let compared = 0;
  for (const file of files) {
    same(await loadFactFile(file), file);
    compared++;
  }
  assert.equal(compared, files.length);
  assert.ok(compared >= 5, `only ${compared} examples`);
});

test('every built-in rule test case: identical derived facts', () => {
  const generated = builtInRules.reduce((n, rule) => n + rule.tests.length, 0);
  let compared = 0;
  for (const rule of builtInRules) {
    for (const testCase of rule.tests) {
      same(testCaseDocument(rule, testCase), `${rule.id} › ${testCase.name}`);
      compared++;
    }
  }
  assert.equal(compared, generated);
  assert.ok(compared > 100, `only ${compared} rule test cases`);
});

test('every corpus log, read as a WindowsUpdate.log (with and without a policy URL): identical derived facts', () => {
  const files = filesUnder(join(root, 'test/fixtures/corpus')).filter((f) => !f.endsWith('.md'));
  let compared = 0;
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    same(withWindowsUpdateLog(lines), file);
    same(withWindowsUpdateLog(lines, 'https://wsus01.contoso.com:8531'), `${file} (policy)`);
    compared++;
  }
  assert.equal(compared, files.length);
  assert.ok(compared >= 40, `only ${compared} corpus files`);
});

test('every machine of a generated fleet: identical derived facts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-derive-diff-'));
  try {
    const manifest = writeFleet(dir, { machines: 120, seed: 21 });
    let compared = 0;
    let refused = 0;
    for (const file of manifest.files) {
      if (manifest.expected.failedFiles.includes(file)) {
        refused++;
        continue;
      }
      same(await loadFactFile(file), file);
      compared++;
    }
    assert.equal(compared + refused, manifest.files.length);
    assert.ok(compared > 110, `only ${compared} machines`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Fuzzed logs: lines built from the pieces the derive reacts to (both formats, odd separators,
// fractions of 1-9 digits, impossible dates, BOM and CR, URLs, service ids, codes, search
// results, "WSUS server:" lines, the SLS component, texts the derive looks for overlapping each
// other), mixed with arbitrary text.
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
const sep = pick('\t', ' ', '  ', '\t ', ' \t');
const date = fc.tuple(pick('2013', '2024', '0000', '9999'), pick('-', '/', '.'), pick('01', '02', '09', '10', '12', '13', '00'), pick('01', '15', '29', '30', '31', '32', '00')).map(([y, s, m, d]) => `${y}${s}${m}${s}${d}`);
const time = fc.tuple(pick('00', '09', '12', '23', '24'), pick('00', '30', '59', '60'), pick('00', '07', '59', '61')).map(([h, m, s]) => `${h}:${m}:${s}`);
const fraction = fc.oneof(fc.tuple(pick(':', '.'), digits(3)).map(([m, d]) => m + d), fc.integer({ min: 0, max: 9 }).chain((n) => (n === 0 ? fc.constant('.') : digits(n).map((d) => '.' + d))));
const tid = fc.oneof(digits(4), pick('aac', 'AAC', '0aac', '1a2b', 'zz', '1234567', '01234567', '123456789012'));
const pid = fc.oneof(digits(4), pick('0001056', '123456789012345', '1234567890123456', '98765432109876543210'));
const component = pick('Agent', 'AU', 'PT', 'WebServices', 'SLS', 'ProtocolTalker', 'Misc', 'DnldMgr', 'SLSx');
const piece = fc.oneof(
  pick(
    'WARNING: SyncUpdates failure, error = 0x8024402C, soap client error = 7',
    'FATAL: Failed to synchronize, error = 0x80072EE2',
    'Exit code = 0x8024401B',
    'hr = -2145107924',
    'error 80072ee2',
    '(80244022)',
    'WSUS server: http://wsus01.contoso.com:8530',
    'WSUS server: (null)',
    'WSUS server: NULL',
    'WSUS status server: http://wsus01:8530',
    'Server URL = http://wsus02.contoso.com:8530/ClientWebService/client.asmx',
    'ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed',
    '{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = https://WSUS01.contoso.com.:8531/x',
    'Service {7971F918-A847-4430-9279-4A52D1EFE18D}',
    'SERVICE 855e8a7c-ecb4-4ca3-b045-1dfa50104289',
    'Send request: GET https://fe2.update.microsoft.com/v6/',
    'endpoint at \'https://[fe80::1%4]:8531/x\'',
    '* Found 3 updates and 70 categories in search',
    'Found 1 update',
    'Found updates',
    'Calling into Windows Update',
    'a\nb',
    'c\u2028d',
    'e\rf',
    'nul\u0000x',
    'deadbeef',
    'abcdef0123',
    'WSUS server://wsus03.contoso.com:8530',
    'WSUS Server URL://wsus04:8530',
    'SERVICERVICE 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7',
    'ervicerver: http://wsus05',
    'Found Found 2 updates',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const message = fc.array(piece, { maxLength: 3 }).map((ps) => ps.join(' '));
const logLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(date, sep, time, fraction, sep, pid, sep, tid, sep, component, fc.option(fc.tuple(sep, message), { nil: undefined })).map(([d, s1, t, f, s2, p, s3, th, s4, c, rest]) => `${d}${s1}${t}${f}${s2}${p}${s3}${th}${s4}${c}${rest ? rest[0] + rest[1] : ''}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: pick('', '   ', '\r', '\ufeff', 'garbage line') },
);
const decorated = fc.tuple(logLine, fc.boolean(), fc.boolean()).map(([l, bom, cr]) => `${bom ? '\ufeff' : ''}${l}${cr ? '\r' : ''}`);

test('fuzzed WindowsUpdate.log excerpts: identical derived facts', () => {
  let compared = 0;
  fc.assert(
    fc.property(fc.array(decorated, { maxLength: 40 }), fc.option(pick('http://wsus01.contoso.com:8530', 'https://wsus01:8531', 'http://10.0.0.5'), { nil: undefined }), (lines, policy) => {
      same(withWindowsUpdateLog(lines, policy), JSON.stringify(lines));
      compared++;
    }),
    { numRuns: 1500 },
  );
  assert.equal(compared, 1500);
});

test('codeCandidates clears a bit only where its regex finds no code, from any offset', () => {
  const hexish = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF8x -=:()[]ghz'.split('')), maxLength: 80 });
  const withCode = fc
    .tuple(
      fc.string({ maxLength: 20 }),
      pick('0x8024402C', '80072ee2', '[80244022]', '(8024a000)', 'error -2145107924', 'hr = 2147942402', 'hr=-2145124322x', 'code 8024A000', 'code8024A000-', '{538453fd-0000-4006-8000-000000000006}', 'error 12345678901', 'Result: 02147942402'),
      fc.string({ maxLength: 20 }),
    )
    .map((p) => p.join(''));
  const hex = /\b0x(8[0-9a-f]{7})(?![0-9a-f])|[[(](8[0-9a-f]{7})[\])]|\b(?:hr|hresult|error|err|code|failed|failure|result)(?:\s?code)?(?: with)?\s*(?:[:=]\s*)?(8[0-9a-f]{7})(?![0-9a-f-])/i;
  const decimal = /\b(?:hr|hresult|error|err|code|result)(?:\s?code)?(?: with)?\s*(?:[:=]\s*)?(-?\d{10})(?!\d)/i;
  let held = 0;
  let compared = 0;
  fc.assert(
    fc.property(fc.oneof(hexish, withCode, fc.string({ maxLength: 60 })), fc.nat({ max: 20 }), (text, cut) => {
      const from = Math.min(cut, text.length);
      const rest = text.slice(from);
      const candidates = codeCandidates(text, from);
      if ((candidates & HEX_CANDIDATE) === 0) assert.ok(!hex.test(rest), `hex code missed in ${JSON.stringify(rest)}`);
      if ((candidates & DECIMAL_CANDIDATE) === 0) assert.ok(!decimal.test(rest), `decimal code missed in ${JSON.stringify(rest)}`);
      if (candidates !== 0) held++;
      assert.deepStrictEqual(findErrorCodes(rest, candidates), findErrorCodes(rest), JSON.stringify(rest));
      compared++;
    }),
    { numRuns: 5000 },
  );
  assert.equal(compared, 5000);
  assert.ok(held > 500, `only ${held} texts held a possible code`);
});

// Lines on which the derive's checks meet: a search result on a `Server URL` or `WSUS server:`
// line (the line is read for the URL only), several `Found` on one line, `Found` glued to a word,
// service ids without dashes, the WSUS service id in lower case, markers overlapping.
test('hand-written lines where the derive\'s checks meet: identical derived facts', () => {
  const messages = [
    'Server URL = http://wsus02.contoso.com:8530/ClientWebService/client.asmx * Found 3 updates and 70 categories in search',
    'Got WSUS Client/Server URL: http://wsus03:8530/x; Found 2 updates',
    '{3da21691-e39d-4da6-8a4b-b43877bcb1b7}, Server URL = https://wsus04.contoso.com:8531/x Found 1 update',
    'WSUS server: http://wsus05:8530 * Found 4 updates',
    'PurgeExpiredFiles::Found 0 expired files; Found 5 updates',
    'xFound 6 updates',
    'Found 7 updatesx',
    'ServiceID = {3DA21691E39D4DA68A4BB43877BCB1B7} Found 8 updates',
    'SERVICE {9482f4b4-e343-43b6-b170-9a65bc822c77} Found 9 updates',
    'ervicerver: http://wsus06 Found 10 updates',
    'hr 8024a00ervice {7971F918-A847-4430-9279-4A52D1EFE18D} Found 12 updates',
    'error 0x80072EE2Found 13 updates',
    'WSUS server://wsus07 error 0x8024402C',
    'ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed',
    '* Found 11 updates and 2 categories in search',
    // the ends of the markers without their beginnings (the search looks for vice, ver:, URL)
    'vice {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Found 14 updates',
    'eRVICE {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} error 0x8024402C',
    'Ervice {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Found 15 updates',
    'hr 8024a00evice {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Found 16 updates',
    'hr 8024a0eERVICE {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Found 17 updates',
    'Serve URL = http://wsus08:8530 Found 18 updates',
    'URL = http://wsus09:8530 Found 19 updates',
    'Server URLServer URL = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://wsus10:8530',
    'server: http://wsus11:8530 Found 20 updates',
    'WSUS ver: http://wsus12:8530 Found 21 updates',
    'WSUS Server: http://wsus13:8530',
  ];
  let compared = 0;
  for (const policy of [undefined, 'http://wsus01:8530', 'https://wsus04.contoso.com:8531']) {
    for (const message of messages) {
      const lines = [`2024/06/01 12:00:00.0000000 1056 5300 Agent ${message}`, `2024-06-01\t12:00:01:000\t1056\taac\tPT\t${message}`];
      same(withWindowsUpdateLog(lines, policy), `${message} (policy ${policy})`);
      compared++;
    }
    // all of them in one log: the context and the scan results carry over from line to line
    same(withWindowsUpdateLog(messages.map((m, i) => `2024/06/01 12:${String(i).padStart(2, '0')}:00.5 1056 5300 Agent ${m}`), policy), `all (policy ${policy})`);
    compared++;
  }
  assert.equal(compared, 3 * (messages.length + 1));
});

// The endpoint context's time-to-live (10 minutes between two lines of one thread), at its edges:
// a code 10 min after the thread's service line is WSUS's, 1 ms later it is not; across midnight,
// a month's end, a day the month does not have (02-31 runs into March, as Date.parse reads it) and
// a year 0000; fractions of 1-7 digits; both formats.
test('endpoint context at the edges of its time-to-live: identical derived facts', () => {
  const service = 'ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed';
  const failure = 'FATAL: Failed to synchronize, error = 0x80072EE2';
  const found = '* Found 3 updates and 70 categories in search';
  const pairs: Array<[string, string]> = [
    ['2024-03-10 23:55:00.0', '2024-03-11 00:05:00.0'],
    ['2024-03-10 23:55:00.0', '2024-03-11 00:05:00.001'],
    ['2024-03-10 23:55:00.0', '2024-03-11 00:05:00.0010000'],
    ['2024-01-31 23:59:59.9999999', '2024-02-01 00:09:59.999'],
    ['2024-01-31 23:59:59.99', '2024-02-01 00:10:00.00'],
    ['2025-02-31 23:58:00.5', '2025-03-04 00:07:00.5'],
    ['2025-02-31 23:58:00.5', '2025-03-03 00:07:00.5'],
    ['2024-02-29 23:55:00.000', '2024-03-01 00:05:00.000'],
    ['0000-12-31 23:55:00.000', '0001-01-01 00:05:00.000'],
    ['0000-02-29 23:55:00.000', '0000-03-01 00:05:00.001'],
    ['2024-10-27 01:55:00.000', '2024-10-27 02:05:00.000'],
    ['2024-03-31 01:55:00.000', '2024-03-31 03:04:00.000'],
    ['2024-06-01 12:10:00.000', '2024-06-01 12:00:00.000'],
    ['9999-12-31 23:49:59.999', '9999-12-31 23:59:59.999'],
  ];
  let compared = 0;
  for (const [first, second] of pairs) {
    for (const separator of ['-', '/', '.']) {
      const etl = (at: string, message: string) => `${at.replaceAll('-', separator)}\t1056\t5300\tAgent\t${message}`;
      same(withWindowsUpdateLog([etl(first, service), etl(second, failure), etl(second, found)], 'http://wsus01:8530'), `${first} -> ${second} (${separator})`);
      compared++;
    }
    const legacy = (at: string, message: string) => {
      const [date, time] = at.split(' ');
      const [hms, fraction] = time!.split('.');
      return `${date}\t${hms}:${(fraction! + '000').slice(0, 3)}\t1056\taac\tAgent\t${message}`;
    };
    same(withWindowsUpdateLog([legacy(first, service), legacy(second, failure), legacy(second, found)]), `${first} -> ${second} (legacy)`);
    compared++;
  }
  assert.equal(compared, pairs.length * 4);
});

// What the derive remembers within a pass: the endpoint of each message with a URL or service-id
// mark (the same message on an SLS line and on another component's line, a message naming nothing,
// more distinct messages than it keeps), thread ids as keys (case, leading zeros, 7 and 8 and more
// characters: each its own thread), and the newest scan success (times out of order, one time in
// both formats and all three date separators).
test('remembered endpoints, thread ids and the newest scan: identical derived facts', () => {
  const url = 'Server URL = http://wsus02.contoso.com:8530/ClientWebService/client.asmx';
  const store = 'SendRequestUsingProxy failed for https://fe3.delivery.mp.microsoft.com/x';
  const nothing = 'Service - not named here';
  const failure = 'FATAL: Failed to synchronize, error = 0x80072EE2';
  const found = '* Found 3 updates and 70 categories in search';
  const etl = (minute: number, tid: string, component: string, message: string) => `2024/06/01 12:${String(minute).padStart(2, '0')}:00.5 1056 ${tid} ${component} ${message}`;
  const legacy = (minute: number, tid: string, component: string, message: string) => `2024-06-01\t12:${String(minute).padStart(2, '0')}:00:500\t1056\t${tid}\t${component}\t${message}`;
  const logs: Array<[string, string[]]> = [];
  for (const message of [url, store, nothing]) {
    logs.push([`${message} on SLS, then elsewhere`, [etl(0, '1', 'SLS', message), etl(1, '1', 'SLS', failure), etl(2, '2', 'Agent', message), etl(3, '2', 'Agent', failure), etl(4, '2', 'Agent', found)]]);
    logs.push([`${message} elsewhere, then on SLS`, [etl(0, '2', 'Agent', message), etl(1, '2', 'Agent', failure), etl(2, '1', 'SLS', message), etl(3, '1', 'SLS', failure), etl(4, '1', 'SLS', found)]]);
  }
  const many: string[] = [];
  for (let i = 0; i < 300; i++) many.push(etl(i % 60, '7', 'WS', `Send request: GET http://${i % 2 ? 'wsus02.contoso.com' : `cdn${i}.windowsupdate.com`}:8530/x`), etl(i % 60, '7', 'WS', failure));
  for (let i = 0; i < 300; i += 7) many.push(etl(59, '7', 'WS', `Send request: GET http://cdn${i}.windowsupdate.com:8530/x`), etl(59, '7', 'WS', failure), etl(59, '7', 'Agent', found));
  logs.push(['300 distinct URLs, then some again', many]);
  const service = 'ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed';
  for (const [owner, others] of [
    ['aac', ['AAC', '0aac', 'aac0', 'aa', 'aacaaca', 'aacaacaa']],
    ['1234567', ['01234567', '123456', '1234568', '12345678']],
    ['123456789012', ['1234567890120', '0123456789012', '123456789013']],
    ['01234567', ['11234567', '21234567', '31234567', '1234567']],
  ] as const) {
    const lines = [legacy(0, owner, 'Agent', service)];
    for (const other of others) lines.push(legacy(1, other, 'Agent', failure), legacy(1, other, 'Agent', found));
    lines.push(legacy(2, owner, 'Agent', failure), legacy(3, owner, 'Agent', found));
    logs.push([`thread ${owner} (legacy)`, lines]);
    if (/^\d+$/.test(owner)) logs.push([`thread ${owner} (ETL)`, lines.map((l) => l.replace(/^2024-06-01\t(\d\d:\d\d:\d\d):500/, '2024/06/01 $1.5000000'))]);
  }
  const scans = [etl(0, '3', 'Agent', service), etl(30, '3', 'Agent', found), etl(10, '3', 'Agent', found), etl(30, '3', 'Agent', found), legacy(30, '3', 'Agent', found), etl(20, '3', 'Agent', failure)];
  logs.push(['scans out of order', scans]);
  logs.push(['scans out of order, other separators', [...scans, ...scans.map((l) => l.replace('2024/06/01', '2024.06.01')), ...scans.map((l) => l.replace('2024/06/01', '2024-06-01'))]]);
  let compared = 0;
  for (const policy of [undefined, 'http://wsus02:8530']) {
    for (const [name, lines] of logs) {
      same(withWindowsUpdateLog(lines, policy), `${name} (policy ${policy})`);
      compared++;
    }
  }
  assert.equal(compared, 2 * 16);
});

test('msOfKey counts wall-clock time as Date.parse does in UTC', () => {
  // The key as the derive packs it: ((year * 13 + month) * 32 + day) * 1e8 + milliseconds of the day.
  let compared = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 86_399_999 }), (year, month, day, inDay) => {
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}:${pad(Math.floor(inDay / 1000) % 60)}.${pad(inDay % 1000, 3)}Z`;
      assert.equal(msOfKey(((year * 13 + month) * 32 + day) * 1e8 + inDay), Date.parse(iso), iso);
      // and again on the same day (the date converted last is remembered)
      assert.equal(msOfKey(((year * 13 + month) * 32 + day) * 1e8 + 86_399_999 - inDay), Date.parse(iso.slice(0, 10)) + 86_399_999 - inDay, iso);
      compared++;
    }),
    { numRuns: 3000 },
  );
  assert.equal(compared, 3000);
});

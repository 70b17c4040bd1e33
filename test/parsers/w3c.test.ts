// IIS W3C access-log parser: real samples (plaso and elastic-beats expected values restated
// here), the other corpus files, and the edge cases the parser promises to handle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeW3cValue,
  IIS_DEFAULT_FIELDS,
  parseW3cLog,
  splitW3cValues,
  w3cField,
  type SkippedLine,
  type W3cEntry,
} from '../../engine/parsers/w3c.js';
import { collect, corpusJson, corpusLines, lineOffsets } from './corpus.js';

const parse = (lines: Iterable<string>) => collect<W3cEntry, SkippedLine>(parseW3cLog, lines);
const sameInstant = (a: string | undefined, b: string) => assert.equal(Date.parse(a ?? ''), Date.parse(b), `${a} vs ${b}`);
const DEFAULT_HEADER = `#Fields: ${IIS_DEFAULT_FIELDS.join(' ')}`;

// --- plaso (tests/parsers/text_plugins/iis.py): dest_ip = s-ip, source_ip = c-ip ---

test('plaso iis6.log: 12 entries, first one as plaso expects', () => {
  const { entries, skipped } = parse(corpusLines('plaso/iis/iis6.log'));
  assert.equal(entries.length, 12);
  assert.equal(skipped.length, 0);
  const e = entries[0]!;
  assert.equal(e.serverIp, '10.10.10.100');
  assert.equal(e.serverPort, 80);
  assert.equal(e.method, 'GET');
  assert.equal(e.status, 200);
  sameInstant(e.timestamp, '2013-07-30T00:00:00+00:00');
  assert.equal(e.uriStem, '/some/image/path/something.jpg');
  assert.equal(e.clientIp, '10.10.10.100');
  assert.equal(e.userAgent, 'Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5)');
  assert.equal(e.siteName, 'SOME1234NAME');
});

test('plaso iis7_sqli.log: 2 entries; the SQL-injection query does not break the row', () => {
  const { entries, skipped } = parse(corpusLines('plaso/iis/iis7_sqli.log'));
  assert.equal(entries.length, 2);
  assert.equal(skipped.length, 0);
  const e = entries[0]!;
  assert.equal(e.serverIp, '111.111.111.111');
  assert.equal(e.serverPort, 443);
  assert.equal(e.method, 'GET');
  assert.equal(e.status, 500);
  sameInstant(e.timestamp, '2015-10-16T13:01:02+00:00');
  assert.equal(e.uriStem, '/foo/bar/baz.asp');
  assert.equal(e.clientIp, '222.222.222.222');
  assert.equal(
    e.userAgent,
    'Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_9_2)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/34.0.1847.131+Safari/537.36',
  );
});

test('plaso iis7_owa.log: 3 entries (no #Date directive)', () => {
  const { entries } = parse(corpusLines('plaso/iis/iis7_owa.log'));
  assert.equal(entries.length, 3);
  const e = entries[0]!;
  assert.equal(e.serverIp, '10.11.2.3');
  assert.equal(e.serverPort, 443);
  assert.equal(e.status, 200);
  sameInstant(e.timestamp, '2015-12-31T00:19:48+00:00');
  assert.equal(e.uriStem, '/owa/');
  assert.equal(e.clientIp, '77.123.22.98');
  assert.equal(e.userAgent, 'Mozilla/5.0+(Windows+NT+6.1;+WOW64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/39.0.2171.95+Safari/537.36');
});

test('plaso iis_without_date.log: rows without a date column take the #Date directive date', () => {
  const { entries, skipped } = parse(corpusLines('plaso/iis/iis_without_date.log'));
  assert.equal(entries.length, 11);
  assert.equal(skipped.length, 0);
  sameInstant(entries[1]!.timestamp, '2013-07-30T00:00:03+00:00');
  assert.equal(entries[1]!.protocolVersion, 'HTTP/1.1');
});

test('plaso iis10.log: directives out of order (#Date before #Fields before #Software)', () => {
  const { entries } = parse(corpusLines('plaso/iis/iis10.log'));
  assert.equal(entries.length, 1);
  const e = entries[0]!;
  assert.equal(e.serverIp, '111.111.111.111');
  assert.equal(e.serverPort, 80);
  assert.equal(e.method, 'GET');
  assert.equal(e.status, 200);
  sameInstant(e.timestamp, '2021-04-01T00:00:21+00:00');
  assert.equal(e.uriStem, '/foo/bar/baz.asp');
  assert.equal(e.clientIp, '222.222.222.222');
  assert.equal(e.userAgent, 'Mozilla/5.0+(Windows+NT+5.1)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/35.0.2309.372+Safari/537.36');
});

test('plaso iis10_edge_cases.log: double spaces, overlong numbers; every row parses', () => {
  // plaso's current test expects 16 rows; the corpus copy predates its 16th (IPv6 zone) row.
  const { entries, skipped } = parse(corpusLines('plaso/iis/iis10_edge_cases.log'));
  assert.equal(entries.length, 15);
  assert.equal(skipped.length, 0);
  assert.equal(entries[0]!.username, 'random\\ranuser1'); // "444  random\ranuser1": double space
  assert.equal(entries[0]!.clientIp, '::1');
  assert.equal(entries[5]!.win32Status, 214784354254);
  assert.equal(entries[6]!.username, 'RanDomain\\EX04$');
  assert.equal(entries[6]!.method, 'RPC_IN_DATA');
});

test('plaso iis10_cookies.log: 3 entries with a cs(Cookie) column', () => {
  const { entries } = parse(corpusLines('plaso/iis/iis10_cookies.log'));
  assert.equal(entries.length, 3);
  assert.equal(w3cField(entries[0]!, 'cs(Cookie)'), 'OutlookSession="{AAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}"');
  assert.equal(entries[0]!.referer, 'http://111.111.111.111/');
  assert.equal(entries[0]!.status, 200);
});

// --- elastic-beats (filebeat iis access): ECS keys compared on the fields both parsers have ---

type Ecs = Record<string, unknown>;
const ACCESS_FIELDS: Record<string, (e: W3cEntry) => unknown> = {
  '@timestamp': (e) => e.timestamp,
  'event.original': (e) => e.raw,
  'http.request.method': (e) => e.method,
  'http.response.status_code': (e) => e.status,
  'iis.access.sub_status': (e) => e.substatus,
  'iis.access.win32_status': (e) => e.win32Status,
  'source.address': (e) => e.clientIp,
  'destination.address': (e) => e.serverIp,
  'destination.port': (e) => e.serverPort,
  'url.path': (e) => e.uriStem,
  'url.query': (e) => (e.uriQuery === undefined ? undefined : decodeURIComponent(e.uriQuery)),
  'user_agent.original': (e) => (e.userAgent === undefined ? undefined : decodeW3cValue(e.userAgent)),
  'event.duration': (e) => (e.timeTaken === undefined ? undefined : e.timeTaken * 1_000_000),
  'http.response.body.bytes': (e) => e.bytesSent,
  'http.request.body.bytes': (e) => e.bytesReceived,
  'iis.access.site_name': (e) => e.siteName,
  'iis.access.server_name': (e) => e.computerName,
  'url.domain': (e) => e.host,
  'http.version': (e) => e.protocolVersion?.replace(/^HTTP\//, ''),
};

test('elastic-beats iis/access/test.log: three #Fields layouts and two attack rows agree with test.log-expected.json', () => {
  const file = 'elastic-beats/iis/access/test.log';
  const expected = corpusJson<Ecs[]>(`${file}-expected.json`);
  const offsets = lineOffsets(file);
  const { entries, skipped } = parse(corpusLines(file));
  assert.equal(skipped.length, 0);
  assert.equal(entries.length, expected.length);
  entries.forEach((entry, i) => {
    const want = expected[i]!;
    assert.equal(offsets[entry.index], want['log.offset'], `row ${i}: line position`);
    let compared = 0;
    for (const [key, get] of Object.entries(ACCESS_FIELDS)) {
      if (!(key in want)) continue;
      assert.deepEqual(get(entry), want[key], `row ${i}: ${key}`);
      compared++;
    }
    assert.ok(compared >= 10, `row ${i}: compared ${compared} fields`);
  });
  // The last two rows sit under the 22-field header but have the default 15 fields.
  assert.deepEqual(entries[3]!.layout.fields, IIS_DEFAULT_FIELDS);
});

// --- lnav test data ---

test('lnav logfile_w3c.0: trailing comments on #Version/#Date are ignored', () => {
  const { entries } = parse(corpusLines('lnav/w3c/logfile_w3c.0'));
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.clientIp, '172.22.255.255');
  assert.equal(entries[0]!.serverIp, '172.30.255.255');
  assert.equal(entries[0]!.status, 200);
  assert.equal(entries[0]!.timestamp, '2002-05-02T17:42:15.000Z');
});

test('lnav logfile_w3c.1: Oracle Web Cache with double-space separators and quoted values', () => {
  const { entries, skipped } = parse(corpusLines('lnav/w3c/logfile_w3c.1'));
  assert.equal(skipped.length, 0);
  assert.ok(entries.length >= 1);
  const e = entries[0]!;
  assert.equal(e.clientIp, '64.103.37.2');
  assert.equal(e.status, 200);
  assert.equal(e.timestamp, '2001-10-31T00:00:18.000Z');
  assert.equal(e.userAgent, 'Mozilla/4.5 [en] (WinNT; I)');
  assert.match(w3cField(e, 'cs(Cookie)')!, /^BIGipServerwww_webcache_pool=/);
});

test('lnav logfile_w3c.2: time-only FTP rows take the date of their block', () => {
  const { entries, skipped } = parse(corpusLines('lnav/w3c/logfile_w3c.2'));
  assert.equal(skipped.length, 0);
  assert.equal(entries[0]!.timestamp, '2000-10-09T16:44:49.000Z');
  assert.equal(entries[0]!.method, '[2]USER');
  const second = entries.find((e) => e.timestamp?.startsWith('2000-10-10'));
  assert.ok(second, 'the second header block has its own date');
  assert.equal(second.timestamp, '2000-10-10T16:44:49.000Z');
});

test('lnav logfile_w3c.3: quoted Advanced Logging values agree with lnav expected output', () => {
  const { entries } = parse(corpusLines('lnav/w3c/logfile_w3c.3'));
  const substatus = corpusJson<Array<{ sc_substatus: number | null }>>('lnav/w3c/test_sql.sh_61471583c5e2f8ede3a8adefce682c27bf3924c8.out');
  const headers = corpusJson<Array<{ cs_headers: Record<string, string | null> }>>(
    'lnav/w3c/test_sql.sh_1f892b85dc9008c7b3bab7fdf8aa372a6d5ae22c.out',
  );
  assert.equal(entries.length, substatus.length);
  entries.forEach((e, i) => {
    assert.equal(e.substatus ?? null, substatus[i]!.sc_substatus, `row ${i} substatus`);
    assert.equal(e.userAgent, headers[i]!.cs_headers['User-Agent']);
    assert.equal(e.referer ?? null, headers[i]!.cs_headers['Referer']);
    assert.equal(w3cField(e, 'cs(Host)'), headers[i]!.cs_headers['Host']);
  });
  // date-local/time-local are local times: no UTC timestamp is made up from them.
  assert.equal(entries[0]!.timestamp, undefined);
  assert.equal(entries[0]!.clientIp, '70.95.0.0');
});

test('lnav logfile_w3c.4: Incapsula rows with every value quoted', () => {
  const { entries, skipped } = parse(corpusLines('lnav/w3c/logfile_w3c.4'));
  assert.equal(skipped.length, 0);
  assert.ok(entries.length > 0);
  assert.equal(entries[0]!.timestamp, '2017-06-28T07:26:35.000Z');
  assert.equal(entries[0]!.clientIp, '123.123.123.123');
});

test('lnav logfile_w3c.5: a row with 17 values under a 6-field header is skipped, not misread', () => {
  const { entries, skipped } = parse(corpusLines('lnav/w3c/logfile_w3c.5'));
  assert.equal(entries.length, 0);
  assert.deepEqual(skipped.map((s) => [s.index, s.reason]), [[1, 'fieldCount']]);
});

test('lnav logfile_w3c.6: non-ASCII UTF-8 in the user agent is kept', () => {
  const { entries } = parse(corpusLines('lnav/w3c/logfile_w3c.6'));
  assert.equal(entries.length, 1);
  assert.match(entries[0]!.userAgent!, /[\u00c0-\u024f]/);
  assert.equal(entries[0]!.status, 404);
  assert.equal(entries[0]!.bytesSent, 1405);
});

test('lnav logfile_w3c_big.0: ten header blocks, every data row parsed', () => {
  const lines = corpusLines('lnav/w3c/logfile_w3c_big.0');
  const { entries, skipped } = parse(lines);
  const dataRows = lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
  assert.equal(skipped.length, 0);
  assert.equal(entries.length, dataRows);
  assert.ok(entries.every((e) => e.timestamp !== undefined && e.status !== undefined));
});

// --- brianary/scripts and EvotecIT/IISParser samples ---

test('brianary ex960101.log: #Fields only, non-default field order', () => {
  const { entries, skipped } = parse(corpusLines('brianary-scripts/iis/ex960101.log'));
  assert.equal(skipped.length, 0);
  assert.ok(entries.length >= 5);
  assert.equal(entries[0]!.clientIp, '195.52.225.44');
  assert.equal(entries[0]!.computerName, 'WEB1');
  assert.equal(entries[0]!.status, 200);
  assert.equal(entries[0]!.referer, 'http://www.webtrends.com/def_f1.htm');
  assert.equal(entries[0]!.timestamp, '1996-01-01T10:48:02.000Z');
});

test('brianary ex031118.log: a short row (missing last value) is skipped; CRLF handled', () => {
  const { entries, skipped } = parse(corpusLines('brianary-scripts/iis/ex031118.log'));
  assert.equal(entries.length, 3);
  assert.deepEqual(skipped.map((s) => s.reason), ['fieldCount']);
  assert.equal(skipped[0]!.text, '2003-11-18 192.168.1.102 /images/address.gif');
  assert.equal(entries[0]!.bytesReceived, 100);
  assert.equal(entries[0]!.timestamp, undefined, 'date but no time column: no timestamp');
});

test('brianary ex010320.log: the comma-separated IIS native format is rejected', () => {
  const { entries, skipped } = parse(corpusLines('brianary-scripts/iis/ex010320.log'));
  assert.equal(entries.length, 0);
  assert.equal(skipped.length, 2);
});

test('brianary pf040903.log: a firewall W3C log yields no IIS fields', () => {
  const { entries } = parse(corpusLines('brianary-scripts/iis/pf040903.log'));
  assert.ok(entries.length > 0);
  assert.ok(entries.every((e) => e.status === undefined && e.uriStem === undefined && e.clientIp === undefined));
  assert.equal(w3cField(entries[0]!, 'action'), 'OPEN');
});

test('evotec samples: custom fields, multi rows, short row, big numbers, bad date/time', () => {
  const sample = parse(corpusLines('evotec-iisparser/TestData/sample.log')).entries;
  assert.equal(sample.length, 1);
  assert.equal(sample[0]!.uriStem, '/index.html');
  assert.equal(sample[0]!.status, 200);
  assert.equal(w3cField(sample[0]!, 'X-Forwarded-For'), '192.168.0.1');
  assert.equal(w3cField(sample[0]!, 'x(My-Field)'), 'Value');

  const multi = parse(corpusLines('evotec-iisparser/TestData/multi.log')).entries;
  assert.deepEqual(multi.map((e) => e.uriStem), ['/index0.html', '/index1.html', '/index2.html']);

  const short = parse(corpusLines('evotec-iisparser/TestData/short_line.log'));
  assert.equal(short.entries.length, 0);
  assert.deepEqual(short.skipped.map((s) => s.reason), ['fieldCount']);

  const large = parse(corpusLines('evotec-iisparser/TestData/large_values.log')).entries[0]!;
  assert.equal(large.bytesSent, 3_000_000_000);
  assert.equal(large.bytesReceived, 4_000_000_000);
  assert.equal(large.timeTaken, 5_000_000_000);

  for (const file of ['malformed_datetime.log', 'missing_datetime.log']) {
    const bad = parse(corpusLines(`evotec-iisparser/TestData/${file}`));
    assert.equal(bad.entries.length, 0, file);
    assert.deepEqual(bad.skipped.map((s) => s.reason), ['badTimestamp'], file);
  }
});

test('logjoint u_ex.log: IIS 7.5 with link-local IPv6 and %14 zone ids', () => {
  const { entries } = parse(corpusLines('logjoint/ReadersIntegrationTests.W3CExtendedLogFormat_SmokeTest.u_ex.log'));
  assert.deepEqual(entries.map((e) => e.status), [200, 404, 404]);
  assert.equal(entries[0]!.clientIp, 'fe80::5d3d:c591:3026:46ee%14');
  assert.equal(entries[0]!.method, 'OPTIONS');
  assert.equal(entries[1]!.win32Status, 2);
});

test('Microsoft excerpts of WSUS IIS rows parse under the layout they were printed with', () => {
  // The articles print the rows without date/time (and without query in one case); the
  // test supplies the matching #Fields line, the rows themselves are verbatim.
  const impersonation = parse([
    '#Fields: x-datetime s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken',
    ...corpusLines('ms-supportarticles/cannot-connect-to-wsus-administration-website.iis-excerpt.log'),
  ]).entries;
  assert.equal(impersonation.length, 9);
  assert.ok(impersonation.every((e) => e.status === 500 && e.substatus === 24 && e.win32Status === 50));
  assert.equal(impersonation[0]!.clientIp, 'fe80::e3a4:2b81:92b4:c6e7%11');

  const shared = parse([
    '#Fields: s-ip cs-method cs-uri-stem s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
    ...corpusLines('ms-supportarticles/wsus-configure-shared-database.iis-excerpt.log'),
  ]).entries;
  assert.deepEqual(shared.map((e) => [e.method, e.status, e.substatus, e.win32Status]), [['HEAD', 404, 0, 5], ['HEAD', 401, 3, 5]]);
});

// --- edge cases ---

test('the #Fields layout can change in the middle of a file', () => {
  const { entries } = parse([
    '#Fields: date time c-ip sc-status',
    '2024-01-01 00:00:00 10.0.0.1 200',
    '#Fields: date time sc-status c-ip cs-uri-stem',
    '2024-01-01 00:00:01 503 10.0.0.2 /ClientWebService/client.asmx',
  ]);
  assert.deepEqual(entries.map((e) => [e.clientIp, e.status, e.uriStem]), [
    ['10.0.0.1', 200, undefined],
    ['10.0.0.2', 503, '/ClientWebService/client.asmx'],
  ]);
});

test('rows before any #Fields use the IIS default field set', () => {
  const { entries } = parse([
    '2024-01-01 00:00:00 10.0.0.5 GET /selfupdate/wuident.cab - 8530 - 10.0.0.9 Windows-Update-Agent - 200 0 0 15',
  ]);
  assert.equal(entries[0]!.uriStem, '/selfupdate/wuident.cab');
  assert.equal(entries[0]!.serverPort, 8530);
  assert.equal(entries[0]!.timeTaken, 15);
});

test('junk lines, short rows and bad timestamps are skipped and reported with their position', () => {
  const { entries, skipped } = parse([
    DEFAULT_HEADER,
    'this is not a log line',
    '2024-01-01 00:00:00 10.0.0.5 GET / - 80 - 10.0.0.9',
    'yesterday noon 10.0.0.5 GET / - 80 - 10.0.0.9 x - 200 0 0 1',
    '2024-01-01 00:00:01 10.0.0.5 GET / - 80 - 10.0.0.9 x - 200 0 0 1',
  ]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.index, 4);
  assert.deepEqual(skipped.map((s) => [s.index, s.reason]), [[1, 'fieldCount'], [2, 'fieldCount'], [3, 'badTimestamp']]);
});

test('empty input, blank lines and header-only files give no entries and no skips', () => {
  assert.deepEqual(parse([]), { entries: [], skipped: [] });
  assert.deepEqual(parse(['', '   ', '\r']), { entries: [], skipped: [] });
  assert.deepEqual(parse(['#Software: Microsoft Internet Information Services 10.0', DEFAULT_HEADER]), { entries: [], skipped: [] });
});

test('CRLF line endings and a UTF-8 BOM on the first line are handled', () => {
  const { entries } = parse([
    `\ufeff#Software: Microsoft Internet Information Services 10.0\r`,
    `${DEFAULT_HEADER}\r`,
    '2024-01-01 00:00:00 10.0.0.5 GET / - 80 - 10.0.0.9 x - 200 0 0 1\r',
  ]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.timeTaken, 1);
  assert.equal(entries[0]!.raw.endsWith('\r'), false);
  const bomOnData = parse(['\ufeff2024-01-01 00:00:00 10.0.0.5 GET / - 80 - 10.0.0.9 x - 200 0 0 1']).entries;
  assert.equal(bomOnData[0]!.timestamp, '2024-01-01T00:00:00.000Z');
});

test('- is empty; + is kept in values and decodeW3cValue turns it into spaces', () => {
  const e = parse(['2024-01-01 00:00:00 - GET / - 80 - 10.0.0.9 Mozilla/5.0+(Windows+NT+10.0) - 200 - - -']).entries[0]!;
  assert.equal(e.serverIp, undefined);
  assert.equal(e.referer, undefined);
  assert.equal(e.substatus, undefined);
  assert.equal(e.userAgent, 'Mozilla/5.0+(Windows+NT+10.0)');
  assert.equal(decodeW3cValue(e.userAgent!), 'Mozilla/5.0 (Windows NT 10.0)');
});

test('fractional seconds are kept to the millisecond', () => {
  const e = parse(['#Fields: date time c-ip', '2024-01-01 00:00:00.5 10.0.0.1']).entries[0]!;
  assert.equal(e.timestamp, '2024-01-01T00:00:00.500Z');
});

test('splitW3cValues: quoted values, escaped quotes, and quotes inside a token', () => {
  assert.deepEqual(splitW3cValues('a  "b c" "x ""y"" z" d"e f'), ['a', 'b c', 'x "y" z', 'd"e', 'f']);
  assert.deepEqual(splitW3cValues('"unterminated value'), ['"unterminated', 'value']);
  assert.deepEqual(splitW3cValues(' lead trail '), ['lead', 'trail']);
});

test('property: the parser never throws and every entry or skip points at an input line', () => {
  const line = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(DEFAULT_HEADER, '#Fields: date time', '#Date: 2024-01-01 00:00:00', '"', '#', ''),
    fc.array(fc.constantFrom('2024-01-01', '00:00:00', '-', '"', '""', '200', '+', ' ', '\t', '\r', '\ufeff'), { maxLength: 20 }).map((p) => p.join(' ')),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const { entries, skipped } = parse(lines);
      for (const e of entries) assert.ok(e.index >= 0 && e.index < lines.length);
      for (const s of skipped) assert.ok(s.index >= 0 && s.index < lines.length);
      assert.ok(entries.length + skipped.length <= lines.length);
    }),
    { numRuns: 500 },
  );
});

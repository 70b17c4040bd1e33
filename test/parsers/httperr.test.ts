// HTTP.sys error-log parser: plaso's winhttperr test values and elastic-beats' expected
// documents restated against the corpus copies, plus logjoint's real capture and edge cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HTTPERR_DEFAULT_FIELDS, parseHttpErrLog, type HttpErrEntry } from '../../engine/parsers/httperr.js';
import { w3cField, type SkippedLine } from '../../engine/parsers/w3c.js';
import { collect, corpusJson, corpusLines, lineOffsets } from './corpus.js';

const parse = (lines: Iterable<string>) => collect<HttpErrEntry, SkippedLine>(parseHttpErrLog, lines);
const sameInstant = (a: string | undefined, b: string) => assert.equal(Date.parse(a ?? ''), Date.parse(b), `${a} vs ${b}`);
const HEADER = ['#Software: Microsoft HTTP API 2.0', '#Version: 1.0', '#Date: 2025-03-14 08:00:01'];

// --- plaso (tests/parsers/text_plugins/winhttperr.py); dest = s-*, source = c-* ---

test('plaso httperr.log (CRLF, IIS 10 columns up to extended-fault-code): 5 entries as plaso expects', () => {
  const { entries, skipped } = parse(corpusLines('plaso/httperr/httperr.log'));
  assert.equal(entries.length, 5);
  assert.equal(skipped.length, 0);
  const first = entries[0]!;
  assert.equal(first.serverIp, '127.0.0.1');
  assert.equal(first.serverPort, 8123);
  assert.equal(first.extendedFaultCode, undefined);
  assert.equal(first.faultCode, undefined);
  assert.equal(first.method, 'GET');
  assert.equal(first.status, 400);
  sameInstant(first.timestamp, '2026-10-07T12:24:54+00:00');
  assert.equal(first.protocolVersion, 'HTTP/1.1');
  assert.equal(first.queueName, undefined);
  assert.equal(first.reason, 'Hostname');
  assert.equal(first.uri, "/test'XOR(1)*!");
  assert.equal(first.siteId, undefined);
  assert.equal(first.clientIp, '127.0.0.1');
  assert.equal(first.clientPort, 54517);
  assert.equal(first.streamId, undefined);
  assert.equal(first.transport, 'TCP');

  const third = entries[2]!;
  assert.equal(third.method, undefined);
  assert.equal(third.status, 400);
  sameInstant(third.timestamp, '2026-10-07T12:24:55+00:00');
  assert.equal(third.protocolVersion, undefined);
  assert.equal(third.reason, 'Verb');
  assert.equal(third.uri, undefined);
  assert.equal(third.clientPort, 54519);
});

test('plaso httperr_restart.log: a service restart starts a new #Fields block mid-file', () => {
  const { entries, skipped } = parse(corpusLines('plaso/httperr/httperr_restart.log'));
  assert.equal(entries.length, 6);
  assert.equal(skipped.length, 0);

  const idle = entries[1]!;
  assert.equal(idle.status, undefined);
  sameInstant(idle.timestamp, '2025-03-14T08:02:15+00:00');
  assert.equal(idle.reason, 'Timer_ConnectionIdle');
  assert.equal(idle.uri, undefined);
  assert.equal(idle.clientIp, '192.0.2.11');
  assert.equal(idle.transport, undefined);

  assert.equal(entries[3]!.uri, '/(select+198766*667891)/index.js#frag{}|^~[]`<>@$');

  const afterRestart = entries[4]!;
  assert.equal(afterRestart.serverIp, '2001:db8::1');
  assert.equal(afterRestart.method, 'POST');
  assert.equal(afterRestart.status, 413);
  sameInstant(afterRestart.timestamp, '2025-03-14T09:15:02+00:00');
  assert.equal(afterRestart.protocolVersion, 'HTTP/2.0');
  assert.equal(afterRestart.queueName, 'MyAppPool');
  assert.equal(afterRestart.reason, 'Request_Too_Large');
  assert.equal(afterRestart.siteId, 2);
  assert.equal(afterRestart.clientIp, '2001:db8::5%12');
  assert.equal(afterRestart.streamId, '3');
  assert.equal(afterRestart.transport, 'TCP');

  const quic = entries[5]!;
  assert.equal(quic.extendedFaultCode, '0x1');
  assert.equal(quic.faultCode, '0x80070008');
  assert.equal(quic.reason, 'QueueFull');
  assert.equal(quic.transport, 'QUIC');
});

test('plaso: rows without a #Fields directive use the classic 13-field layout', () => {
  const { entries } = parse([...HEADER, '2025-03-14 08:00:01 192.0.2.10 50123 192.0.2.1 80 HTTP/1.1 GET /default.aspx 503 1 AppOffline DefaultAppPool\r']);
  assert.equal(entries.length, 1);
  const e = entries[0]!;
  assert.equal(e.status, 503);
  assert.equal(e.queueName, 'DefaultAppPool');
  assert.equal(e.reason, 'AppOffline');
  assert.equal(e.uri, '/default.aspx');
  assert.equal(e.siteId, 1);
});

test('plaso: an unknown field is kept; an invalid date skips the row', () => {
  const custom = parse([...HEADER, '#Fields: date time c-ip s-reason x-custom', '2025-03-14 08:00:01 192.0.2.10 Hostname custom-value']).entries;
  assert.equal(custom[0]!.reason, 'Hostname');
  assert.equal(custom[0]!.clientIp, '192.0.2.10');
  assert.equal(w3cField(custom[0]!, 'x-custom'), 'custom-value');

  const { entries, skipped } = parse([
    ...HEADER,
    '#Fields: date time c-ip s-reason',
    '2025-13-14 08:00:01 192.0.2.10 Hostname',
    '2025-03-14 08:00:02 192.0.2.11 Hostname',
  ]);
  assert.equal(entries.length, 1);
  assert.deepEqual(skipped.map((s) => s.reason), ['badTimestamp']);
});

// --- elastic-beats (filebeat iis error) ---

type Ecs = Record<string, unknown>;
const ERROR_FIELDS: Record<string, (e: HttpErrEntry) => unknown> = {
  '@timestamp': (e) => e.timestamp,
  'event.original': (e) => e.raw,
  'source.address': (e) => e.clientIp,
  'source.port': (e) => e.clientPort,
  'destination.address': (e) => e.serverIp,
  'destination.port': (e) => e.serverPort,
  'http.request.method': (e) => e.method,
  'http.response.status_code': (e) => e.status,
  'http.version': (e) => e.protocolVersion?.replace(/^HTTP\//, ''),
  'iis.error.reason_phrase': (e) => e.reason,
  'url.original': (e) => e.uri,
};

for (const name of ['test.log', 'ipv6_zone_id.log']) {
  test(`elastic-beats iis/error/${name} agrees with ${name}-expected.json`, () => {
    const file = `elastic-beats/iis/error/${name}`;
    const expected = corpusJson<Ecs[]>(`${file}-expected.json`);
    const offsets = lineOffsets(file);
    const { entries, skipped } = parse(corpusLines(file));
    assert.equal(skipped.length, 0);
    assert.equal(entries.length, expected.length);
    entries.forEach((entry, i) => {
      const want = expected[i]!;
      assert.equal(offsets[entry.index], want['log.offset'], `row ${i}: line position`);
      let compared = 0;
      for (const [key, get] of Object.entries(ERROR_FIELDS)) {
        if (!(key in want)) continue;
        assert.deepEqual(get(entry), want[key], `row ${i}: ${key}`);
        compared++;
      }
      assert.ok(compared >= 5, `row ${i}: compared ${compared} fields`);
    });
  });
}

test('elastic ipv6_zone_id.log: the streamid layout and a ::1%0 address', () => {
  const e = parse(corpusLines('elastic-beats/iis/error/ipv6_zone_id.log')).entries[0]!;
  assert.equal(e.clientIp, '::1%0');
  assert.equal(e.streamId, undefined);
  assert.equal(e.layout.fields.length, HTTPERR_DEFAULT_FIELDS.length + 1);
});

// --- logjoint (a real capture) ---

test('logjoint httperr.log: three header blocks, real reasons', () => {
  const { entries, skipped } = parse(corpusLines('logjoint/ReadersIntegrationTests.HTTPERR_SmokeTest.httperr.log'));
  assert.equal(skipped.length, 0);
  assert.deepEqual(
    entries.map((e) => e.reason),
    ['Connection_Abandoned_By_ReqQueue', ...Array(6).fill('Timer_ConnectionIdle'), 'NotFound', 'NotFound', 'NotFound'],
  );
  assert.equal(entries[1]!.clientIp, '2001:4898:0:fff:0:5efe:10.164.167.30%0');
  assert.equal(entries[7]!.status, 404);
  assert.equal(entries[0]!.method, 'NOTIFY');
});

// --- edge cases ---

test('empty input, junk, short rows, BOM and CRLF', () => {
  assert.deepEqual(parse([]), { entries: [], skipped: [] });
  const { entries, skipped } = parse([
    '\ufeff#Software: Microsoft HTTP API 2.0\r',
    '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename\r',
    'garbage\r',
    '2024-01-01 00:00:00 10.0.0.1 5000 10.0.0.2 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503\r',
    '2024-01-01 00:00:01 10.0.0.1 5001 10.0.0.2 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 12 QueueFull WsusPool\r',
  ]);
  assert.deepEqual(skipped.map((s) => [s.index, s.reason]), [[2, 'fieldCount'], [3, 'fieldCount']]);
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.queueName, 'WsusPool');
  assert.equal(entries[0]!.reason, 'QueueFull');
});

test('property: the parser never throws on arbitrary lines', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(`#Fields: ${HTTPERR_DEFAULT_FIELDS.join(' ')}`, '#Fields:', '"')), { maxLength: 30 }), (lines) => {
      const { entries, skipped } = parse(lines);
      assert.ok(entries.length + skipped.length <= lines.length);
    }),
    { numRuns: 300 },
  );
});

// Property tests (fast-check, seeded, small fixed budgets) of the ingest detectors and parsers:
// they never throw on any input, and what they read back is what was written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect, detectText } from '../../engine/ingest/detect.js';
import { parseRegFile } from '../../engine/ingest/reg-file.js';
import { isNetshProxyText, parseNetshProxy } from '../../engine/ingest/netsh-proxy.js';
import { isEventCsv, isEventXml, parseCsv, parseEventCsv, parseEventXml, parseLocalDateTime } from '../../engine/ingest/event-export.js';
import { prepareLog } from '../../engine/ingest/log-excerpt.js';

const SEED = 20261207;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

const fragments = fc.constantFrom(
  'Windows Registry Editor Version 5.00',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate]',
  '"WUServer"="http://a"',
  '"X"=hex(7):41,00,00,00,\\',
  '  00,00',
  '"Y"=dword:zz',
  '#Software: Microsoft Internet Information Services 10.0',
  '#Fields: date time s-ip cs-method cs-uri-stem s-port c-ip sc-status',
  '#Software: Microsoft HTTP API 2.0',
  '<![LOG[x]LOG]!><time="08:01:01.000+000" date="11-24-2026" component="WUAHandler" context="" type="1" thread="1" file="">',
  'x $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 02:13:11.522+480><thread=5976 (0x1758)>',
  '2010-01-05 18:52:06:747 808 aac Misc WARNING: x',
  '2026/11/24 09:29:58.1234567 1056 5308 Agent x',
  '2026-11-24 06:00:01.120 UTC Info w3wp.12 x',
  'Current WinHTTP proxy settings:',
  '    Direct access (no proxy server).',
  "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>",
  'Level,Date and Time,Source,Event ID,Task Category',
  '{',
  '"',
  '',
);
const texty = fc.array(fc.oneof(fragments, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 20 }).map((parts) => parts.join('\r\n'));

test('detectText and detect never throw and always give a kind', () => {
  fc.assert(
    fc.property(texty, (text) => {
      const d = detectText(text);
      assert.ok(['log', 'reg', 'netshProxy', 'eventsXml', 'eventsCsv', 'facts', 'ignored'].includes(d.kind));
    }),
    runs(400),
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      assert.ok(detect(bytes).detection.kind.length > 0);
    }),
    runs(300),
  );
});

test('detection does not depend on a UTF-16LE encoding', () => {
  fc.assert(
    fc.property(texty, (text) => {
      const utf8 = detect(new TextEncoder().encode(text)).detection.kind;
      const utf16 = detect(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).detection.kind;
      // Lone surrogates do not survive either encoding: compare only texts that round-trip.
      if (Buffer.from(text, 'utf8').toString('utf8') === text) assert.equal(utf16, utf8);
    }),
    runs(200),
  );
});

const valueName = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n]/.test(s));
const regValue = fc.oneof(
  fc.record({ type: fc.constant('dword' as const), value: fc.integer({ min: 0, max: 0xffffffff }) }),
  fc.record({ type: fc.constant('sz' as const), value: fc.string({ maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)) }),
  fc.record({ type: fc.constant('expandSz' as const), value: fc.string({ maxLength: 20 }).filter((s) => !/[\r\n\0]/.test(s)) }),
  fc.record({ type: fc.constant('qword' as const), value: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) }),
);

/** Write a value as regedit does (hex lines continued after 20 bytes). */
type RegSample = { type: 'dword' | 'qword'; value: number } | { type: 'sz' | 'expandSz'; value: string };
function writeValue(v: RegSample): string {
  const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(',').replace(/((?:[0-9a-f]{2},){20})/g, '$1\\\r\n  ');
  if (v.type === 'dword') return `dword:${v.value.toString(16).padStart(8, '0')}`;
  if (v.type === 'sz') return `"${v.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (v.type === 'expandSz') return `hex(2):${hex(Buffer.from(`${v.value}\0`, 'utf16le'))}`;
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v.value));
  return `hex(b):${hex(b)}`;
}

test('a .reg written from values reads back the same values', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(valueName, regValue), { selector: (t) => t[0], maxLength: 8 }), (values) => {
      const text = ['Windows Registry Editor Version 5.00', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]', ...values.map(([n, v]) => `"${n.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"=${writeValue(v)}`), ''].join('\r\n');
      const reg = parseRegFile(text);
      assert.deepEqual(reg.problems, []);
      assert.equal(reg.keys.length, 1);
      for (const [name, v] of values) {
        const got = reg.keys[0]!.values.get(name);
        assert.ok(got, name);
        assert.equal(got.type, v.type);
        assert.deepEqual((got as { value: unknown }).value, v.value);
      }
    }),
    runs(300),
  );
});

test('parseRegFile never throws and numbers its problems within the file', () => {
  fc.assert(
    fc.property(texty, (text) => {
      const reg = parseRegFile(text);
      const lines = text.split(/\r?\n/).length;
      for (const p of reg.problems) assert.ok(p.line >= 1 && p.line <= lines);
    }),
    runs(400),
  );
});

test('CSV: fields written with RFC 4180 quoting read back', () => {
  const field = fc.string({ maxLength: 10 });
  fc.assert(
    fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
      assert.deepEqual(parseCsv(text), rows);
    }),
    runs(300),
  );
});

test('event exports, netsh output and local date-times: no throw on any text; dates are valid ISO or undefined', () => {
  fc.assert(
    fc.property(texty, (text) => {
      isEventXml(text);
      isEventCsv(text);
      for (const e of [...parseEventXml(text).events, ...parseEventCsv(text).events]) assert.ok(!Number.isNaN(Date.parse(e.timeCreated)));
      if (isNetshProxyText(text)) parseNetshProxy(text);
      const t = parseLocalDateTime(text);
      if (t !== undefined) assert.ok(!Number.isNaN(Date.parse(t)));
    }),
    runs(400),
  );
  fc.assert(
    fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
      const s = d.toISOString().slice(0, 19);
      const us = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${((d.getUTCHours() + 11) % 12) + 1}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
      assert.equal(parseLocalDateTime(us), `${s}Z`);
    }),
    runs(300),
  );
});

test('prepareLog never throws and keeps its coverage inside the lines it kept', () => {
  const format = fc.constantFrom('w3c', 'httperr', 'windowsUpdateLegacy', 'windowsUpdateEtl', 'cmtrace', 'text' as const);
  fc.assert(
    fc.property(texty, format, (text, f) => {
      const p = prepareLog({ name: 'x.log', text, format: f, sizeBytes: text.length });
      if (p.from !== undefined) assert.ok(p.from <= p.to!);
      assert.equal(p.file.startLine, 1);
    }),
    runs(300),
  );
});

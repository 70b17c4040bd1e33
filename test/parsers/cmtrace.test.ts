// CMTrace parser: plaso's sccm_various.log (multi-line records, biases -330/-60/+480, 7-digit
// fractions, 1-digit dates), the time-zone sign convention, the simple site-server format,
// and Microsoft's ConfigMgr messages wrapped into records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCmTraceLog, type CmTraceEntry } from '../../engine/parsers/cmtrace.js';
import type { SkippedLine } from '../../engine/parsers/w3c.js';
import { collect, corpusLines } from './corpus.js';

const parse = (lines: Iterable<string>) => collect<CmTraceEntry, SkippedLine>(parseCmTraceLog, lines);
const record = (message: string, time = '10:00:00.000+480', date = '11-24-2014', component = 'WUAHandler', type = 1) =>
  `<![LOG[${message}]LOG]!><time="${time}" date="${date}" component="${component}" context="" type="${type}" thread="2444" file="wuahandler.cpp:100">`;

test('plaso sccm_various.log: 10 records, as plaso counts them', () => {
  const { entries, skipped } = parse(corpusLines('plaso/sccm/sccm_various.log'));
  assert.equal(entries.length, 10);
  assert.equal(skipped.length, 0);
  assert.deepEqual(
    entries.map((e) => e.component),
    ['AppEnforce', 'AppEnforce', 'SCClient', 'SCClient', 'ContentAccess', 'ContentAccess', 'AppDiscovery', 'CcmEval', 'setuppolicyevaluator', 'PeerDPAgent'],
  );
});

test('plaso record 0: message text and wall-clock time agree with plaso', () => {
  // plaso: written_time "2014-11-28T19:33:19.766-06:30" = wall clock 19:33:19.766 plus plaso's
  // reading of the -330 suffix. Wall clock and message agree; the zone is read differently.
  const e = parse(corpusLines('plaso/sccm/sccm_various.log')).entries[0]!;
  assert.equal(
    e.message,
    '+++ Starting Install enforcement for App DT "Application Foo Version 2.2" ApplicationDeliveryType - ScopeId_AD87A846-' +
      'E6A5-4088-875F-066CF1082D30/DeploymentType_14a11199-ee14-4c06-a5a7-68eadf501337, Revision - 10, ContentPath - ' +
      'C:\\Windows\\ccmcache\\u, Execution Context - System',
  );
  assert.equal(e.localTime, '2014-11-28T19:33:19.766');
  assert.equal(e.biasMinutes, -330);
  assert.equal(e.type, 1);
  assert.equal(e.thread, 8744);
  assert.equal(e.file, 'appprovider.cpp:1702');
  assert.equal(e.context, '');
});

test('time-zone bias: UTC = local + bias (-330 is India, UTC+5:30; +480 is US Pacific, UTC-8; -60 is CET)', () => {
  const entries = parse(corpusLines('plaso/sccm/sccm_various.log')).entries;
  // 19:33:19.766 in India (UTC+5:30) is 14:03:19.766 UTC.
  assert.equal(entries[0]!.timestamp, '2014-11-28T14:03:19.766Z');
  // 04:20:47.594-60 (Central Europe, UTC+1) is 03:20:47.594 UTC.
  assert.equal(entries[8]!.timestamp, '2014-11-26T03:20:47.594Z');
  // 01:52:13.827+480 (Pacific, UTC-8) is 09:52:13.827 UTC the same day.
  assert.equal(entries[9]!.biasMinutes, 480);
  assert.equal(entries[9]!.timestamp, '2014-11-24T09:52:13.827Z');
  // The bias can move the UTC date.
  const late = parse([record('late', '23:30:00.000+480', '12-31-2024')]).entries[0]!;
  assert.equal(late.timestamp, '2025-01-01T07:30:00.000Z');
});

test('plaso records 2 and 3: multi-line messages, 7-digit fraction, no bias, 1-digit date', () => {
  const entries = parse(corpusLines('plaso/sccm/sccm_various.log')).entries;
  const widget = entries[2]!;
  assert.equal(widget.index, 2);
  assert.equal(widget.lineCount, 14);
  assert.match(widget.message, /^Event object details:\ninstance of CCM_InstanceEvent\n\{\n/);
  assert.match(widget.message, /\(Microsoft\.SoftwareCenter\.Client\.Data\.Widget at Thingamabob\)$/);
  assert.equal(widget.type, 0);
  assert.equal(widget.file, '');
  // plaso record 3: written_time 2015-01-02T10:22:50.873496 (no zone); we keep milliseconds.
  const app = entries[3]!;
  assert.equal(app.component, 'SCClient');
  assert.equal(app.localTime, '2015-01-02T10:22:50.873');
  assert.equal(app.biasMinutes, undefined);
  assert.equal(app.timestamp, undefined, 'no bias: the UTC time is unknown');
  assert.ok(app.lineCount > 10);
});

test('simple site-server format (knowledge 4.5), alone and mixed with full records', () => {
  const { entries, skipped } = parse([
    'Successfully connected to local WSUS server $$<SMS_WSUS_CONFIGURATION_MANAGER><02-16-2020 00:03:23.298+480><thread=6080 (0x17C0)>',
    record('full one'),
    'Checking for supported version of WSUS (min WSUS 3.0 SP2 + KB2720211 + KB2734608)~ $$<SMS_WSUS_CONFIGURATION_MANAGER><2-6-2020 1:03:23.298-60><thread=6080 (0x17C0)>',
  ]);
  assert.equal(skipped.length, 0);
  assert.deepEqual(entries.map((e) => e.format), ['simple', 'full', 'simple']);
  const first = entries[0]!;
  assert.equal(first.message, 'Successfully connected to local WSUS server');
  assert.equal(first.component, 'SMS_WSUS_CONFIGURATION_MANAGER');
  assert.equal(first.thread, 6080);
  assert.equal(first.localTime, '2020-02-16T00:03:23.298');
  assert.equal(first.timestamp, '2020-02-16T08:03:23.298Z');
  assert.equal(entries[2]!.timestamp, '2020-02-06T00:03:23.298Z');
  assert.match(entries[2]!.message, /KB2734608\)~$/);
});

test('Microsoft ConfigMgr messages (verbatim) wrapped into CMTrace records', () => {
  // The docs show only component and message; the records around them are synthetic.
  const rows = corpusLines('ms-supportarticles/track-compliance-assessment.cm-messages.tsv').map((l) => l.split('\t') as [string, string]);
  const lines = rows.map(([component, message], i) => record(message, `12:18:${String(i % 60).padStart(2, '0')}.000+000`, '01-20-2014', component));
  const entries = parse(lines).entries;
  assert.equal(entries.length, rows.length);
  assert.deepEqual(entries.map((e) => [e.component, e.message]), rows);
  assert.ok(entries.some((e) => e.message === "WSUS Path='http://PS1SITE.CONTOSO.COM:8530', Server='PS1SITE.CONTOSO.COM', Version='38'"));
});

test('broken input: unterminated records, junk outside records, empty input, CRLF and BOM', () => {
  assert.deepEqual(parse([]), { entries: [], skipped: [] });
  const { entries, skipped } = parse([
    `\ufeff${record('first')}\r`,
    'stray text',
    '<![LOG[never closed',
    `${record('second')}\r`,
    '<![LOG[truncated at the end',
  ]);
  assert.deepEqual(entries.map((e) => [e.index, e.message]), [[0, 'first'], [3, 'second']]);
  assert.deepEqual(skipped.map((s) => [s.index, s.reason]), [[1, 'junk'], [2, 'unterminated'], [4, 'unterminated']]);
});

test('two records on one physical line, and a record whose attributes are missing', () => {
  const { entries } = parse([`${record('a')}${record('b')}`, '<![LOG[no attributes]LOG]!><>']);
  assert.deepEqual(entries.map((e) => e.message), ['a', 'b', 'no attributes']);
  assert.equal(entries[2]!.component, undefined);
  assert.equal(entries[2]!.localTime, undefined);
});

test('invalid dates give no times but keep the record', () => {
  const e = parse([record('bad date', '10:00:00.000+0', '02-30-2024')]).entries[0]!;
  assert.equal(e.message, 'bad date');
  assert.equal(e.localTime, undefined);
  assert.equal(e.timestamp, undefined);
});

test('property: the parser never throws on arbitrary lines', () => {
  const piece = fc.constantFrom('<![LOG[', ']LOG]!><', 'time="10:00:00.000+480" ', 'date="1-2-2015" ', 'component="X" ', '$$<', '><thread=1>', '\r', '"', '');
  const line = fc.oneof(fc.string(), fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 10 }).map((p) => p.join('')));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      for (const e of parse(lines).entries) assert.ok(e.index >= 0 && e.index < lines.length && e.lineCount >= 1);
    }),
    { numRuns: 300 },
  );
});

test('wsyncmgr.log simple-format lines: BOM on the first line, STATMSG with quotes and angle brackets, UNC paths', () => {
  const { entries, skipped } = parse([
    '\uFEFFWakeup for a polling cycle $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 02:13:11.522+480><thread=5976 (0x1758)>',
    'STATMSG: ID=6703 SEV=E LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER" SYS=CM01 SITE=PS1 PID=2420 TID=5976 ISTR0="<none>" $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 02:13:20.100+480><thread=5976 (0x1758)>',
    'Failed to delete orphaned content folder \\\\fs01\\source\\KB4103718\\ee739d60, error 0x5 $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 01:13:12.634+480><thread=5976 (0x1758)>',
  ]);
  assert.equal(skipped.length, 0);
  assert.equal(entries.length, 3);
  assert.equal(entries[0]!.message, 'Wakeup for a polling cycle');
  assert.equal(entries[0]!.timestamp, '2020-02-08T10:13:11.522Z');
  assert.match(entries[1]!.message, /^STATMSG: ID=6703 .* ISTR0="<none>"$/);
  assert.equal(entries[1]!.component, 'SMS_WSUS_SYNC_MANAGER');
  assert.match(entries[2]!.message, /^Failed to delete orphaned content folder \\\\fs01/);
});

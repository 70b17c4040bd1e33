// HRESULT finder: every spelling logs use, the Microsoft excerpts, and the look-alikes
// (timestamps, GUIDs, PIDs, thread ids, KB numbers) that must not be taken for codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findErrorCodes, NO_ERROR_CODES, normaliseErrorCode, parseStatusValue } from '../../engine/parsers/error-codes.js';
import { corpusLines } from './corpus.js';

test('normaliseErrorCode: hex with and without 0x, unsigned and signed decimal', () => {
  assert.equal(normaliseErrorCode('0x8024402c'), '0x8024402C');
  assert.equal(normaliseErrorCode('8024401c'), '0x8024401C');
  assert.equal(normaliseErrorCode(' 0X80072EE2 '), '0x80072EE2');
  assert.equal(normaliseErrorCode('2149859362'), '0x80244022');
  assert.equal(normaliseErrorCode(2149859362), '0x80244022');
  assert.equal(normaliseErrorCode('-2145107934'), '0x80244022');
  assert.equal(normaliseErrorCode(-2145107934), '0x80244022');
  assert.equal(normaliseErrorCode('2278557330'), '0x87D00692');
});

test('parseStatusValue: any 32-bit value, ConfigMgr decimal spellings, junk', () => {
  assert.equal(parseStatusValue('0x00240001'), 0x00240001);
  assert.equal(parseStatusValue('C0000005'), 0xc0000005);
  assert.equal(parseStatusValue('2149859362'), 0x80244022, 'WUAHandler/ScanAgent unsigned decimal');
  assert.equal(parseStatusValue('-2145107934'), 0x80244022, 'signed decimal');
  assert.equal(parseStatusValue('-2147483648'), 0x80000000);
  assert.equal(parseStatusValue(-1), 0xffffffff);
  for (const v of ['-2147483649', '4294967296', '0x', 'abc', '', '0x1234567', 1.5, NaN, undefined as unknown as string, null as unknown as string]) {
    assert.equal(parseStatusValue(v), undefined, String(v));
  }
});

test('normaliseErrorCode: not a failure code', () => {
  for (const v of ['0x00000000', '00000000', '0x17C0', '12345678', '42', '-1', 'abc', '', '0xC0000005', '4294967296', '-4294967296', 1.5]) {
    assert.equal(normaliseErrorCode(v), undefined, String(v));
  }
});

test('the spellings of knowledge 4.3/4.4 are found and normalised', () => {
  const cases: Array<[string, string[]]> = [
    ['WARNING: WinHttp: SendRequestUsingProxy failed for <http://servername/selfupdate/wuident.cab>. error 0x8024402c', ['0x8024402C']],
    ['Web service call failed with hr = 8024401c.', ['0x8024401C']],
    ['*FAILED* [80244007] SyncUpdates_WithRecovery failed', ['0x80244007']],
    ['WARNING: Exceeded max server round trips: 0x80244010', ['0x80244010']],
    ['WARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200', ['0x8024400E']],
    ['WS WARNING: Nws Failure: errorCode=0x803d0013', ['0x803D0013']],
    ['* WARNING: Exit code = 0x8024402C', ['0x8024402C']],
    ['Scan failed with error = 0x80244022.', ['0x80244022']],
    ['OnSearchComplete - Failed to end search job. Error = 0x80240438.', ['0x80240438']],
    ['Windows Update failed to check for updates with error 0x80072EE2.', ['0x80072EE2']],
    ['Update scan failed. ErrorCode = 2149859362', ['0x80244022']],
    ['Failed to download content, error code -2145107934', ['0x80244022']],
    ['CScanJob::Execute- Failed at AddUpdateSource, Error = 0x87d00692', ['0x87D00692']],
    ['scan failed (hr=80072EE2)', ['0x80072EE2']],
    ['failed with 8024402c', ['0x8024402C']],
    ['first error 0x80072EFD then [80244022] then error 0x80072efd again', ['0x80072EFD', '0x80244022']],
  ];
  for (const [text, want] of cases) assert.deepEqual(findErrorCodes(text), want, text);
});

test('Microsoft message excerpts: the codes they contain', () => {
  assert.deepEqual(corpusLines('ms-supportarticles/error-80244007.WindowsUpdate-messages.txt').flatMap((l) => [...findErrorCodes(l)]), ['0x80244007']);
  assert.deepEqual(
    corpusLines('ms-supportarticles/wsus-configure-shared-database.WindowsUpdate-messages.txt').flatMap((l) => [...findErrorCodes(l)]),
    ['0x80240033', '0x80244019', '0x800710DD'],
  );
  assert.deepEqual(
    corpusLines('ms-supportarticles/wsus-configure-shared-database.WUAHandler-messages.txt').flatMap((l) => [...findErrorCodes(l)]),
    ['0x80240033'],
  );
});

test('look-alikes are not codes: timestamps, GUIDs, PIDs, thread ids, KBs, counters, success codes', () => {
  const negatives = [
    '2014-01-20 12:18:11:520 968 9d0 Agent * WSUS server: http://PS1SITE.CONTOSO.COM:8530 (Changed)',
    '2017/02/25 13:28:34.6234536 1056 5308 Agent Target group: Domain Controllers',
    'ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://x:8530/ClientWebService/client.asmx',
    'update {80244007-0EAA-4BE0-B81B-DBD7053D5FAE}.104 and {0000-80244007}',
    'Successfully connected $$<SMS_WSUS_CONFIGURATION_MANAGER><02-16-2020 00:03:23.298+480><thread=6080 (0x17C0)>',
    'CWERReporter finishing event handling. (00000000)',
    'Installed KB4039396 and KB4484071; build 14393.1670; version 6.1.7601.24384',
    'TIME_CREATED = "130646479687642814"; SessionID = 1294367247; Revision=80244007',
    'Found 163 updates and 70 categories in search; evaluated appl. rules of 622 out of 1150 deployed entities',
    'Downloaded 80244007 bytes at 2149859362 bytes/s',
    'HResult: 0x00000000 soap error code = 400, HTTP status code = 200',
    'pointer 0x7FFE12345678 and value 0x80244007AB',
    'REPORT EVENT: {023764A7-9115-43D9-966E-18496EE41A09}\t2013-01-27 10:55:33:171+0100\t1\t147\t101',
  ];
  for (const text of negatives) assert.deepEqual(findErrorCodes(text), [], text);
});

test('no codes returns the shared empty array', () => {
  assert.equal(findErrorCodes('nothing here'), NO_ERROR_CODES);
  assert.equal(findErrorCodes(''), NO_ERROR_CODES);
});

test('property: any 0x8xxxxxxx written in the text is found, and nothing throws', () => {
  fc.assert(
    fc.property(fc.string(), fc.integer({ min: 0x80000000, max: 0x8fffffff }), fc.string(), (before, n, after) => {
      const hex = n.toString(16);
      const found = findErrorCodes(`${before} error 0x${hex} ${after}`);
      assert.ok(found.includes('0x' + hex.toUpperCase()));
      assert.equal(normaliseErrorCode(n), '0x' + hex.toUpperCase());
      assert.equal(normaliseErrorCode(n - 0x100000000), '0x' + hex.toUpperCase());
    }),
    { numRuns: 300 },
  );
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
    for (const code of findErrorCodes(text)) assert.match(code, /^0x8[0-9A-F]{7}$/);
  }));
});

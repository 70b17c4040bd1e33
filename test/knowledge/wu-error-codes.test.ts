// The error-code table (knowledge section 5) and describeErrorCode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeErrorCode, ERROR_FAMILIES, WU_ERROR_CODES } from '../../engine/knowledge/wu-error-codes.js';

const FAMILIES = new Set<string>(ERROR_FAMILIES);

/** Every code knowledge 5.2 and 5.3 list (table, retryable list, grouped lists). */
const LISTED = [
  // 5.2
  '0x80244016', '0x80244017', '0x80244018', '0x80244019', '0x8024401A', '0x8024401B', '0x8024401C', '0x8024401D',
  '0x8024401E', '0x8024401F', '0x80244020', '0x80244021', '0x80244022', '0x80244023', '0x80244024', '0x8024402B',
  // 5.3 table
  '0x80072EE2', '0x80072EE7', '0x80072EFD', '0x80072EFE', '0x80072F0C', '0x80072F8F', '0x80072F05', '0x80072F06',
  '0x80072F0D', '0x80072F19', '0x800B0109', '0x800B0101', '0x8024400D', '0x8024400E', '0x80244007', '0x80244008',
  '0x80244010', '0x80244011', '0x80244015', '0x8024402C', '0x8024402F', '0x80240438', '0x80240033', '0x8024002E',
  '0x8024500C', '0x8024001F', '0x8024F004', '0x800710DD', '0x87D00692',
  // 5.3 retryable list
  '0x8024001A', '0x80244018', '0x8024400A', '0x8024001E', '0x80040693', '0x80244027', '0x80244026', '0x8024400C',
  '0x8024400B', '0x80244004', '0x80244005', '0x80244006', '0x80244009',
  // 5.3 proxy / timeout / missing-component groupings
  '0x80240030', '0x80245003', '0x80070514', '0x8DDD0018', '0x80246008', '0x80200013', '0x80004015', '0x800A0046',
  '0x800A01AD', '0x80070424', '0x800B0100', '0x80248011',
];

/** Unsigned decimal values given in knowledge 5.3. */
const DECIMALS: Record<string, number> = {
  '0x80072EE2': 2147954402, '0x80072EFD': 2147954429, '0x80072F8F': 2147954575, '0x800B0109': 2148204809,
  '0x80244022': 2149859362, '0x8024401C': 2149859356, '0x80244007': 2149859335, '0x8024402C': 2149859372,
  '0x80240438': 2149844024, '0x80240033': 2149842995, '0x8024500C': 2149863436, '0x87D00692': 2278557330,
};

test('every code knowledge section 5 lists is in the table, with all fields and a valid family', () => {
  for (const code of LISTED) {
    const row = WU_ERROR_CODES[code];
    assert.ok(row, `${code} missing`);
    assert.ok(row.symbol && row.meaning && row.cause && row.fix, `${code} incomplete`);
    assert.ok(FAMILIES.has(row.family), `${code} family ${row.family}`);
  }
  for (const code of Object.keys(WU_ERROR_CODES)) assert.match(code, /^0x[0-9A-F]{8}$/);
});

test('decimal spellings resolve to the same entry', () => {
  for (const [code, decimal] of Object.entries(DECIMALS)) {
    assert.equal(describeErrorCode(decimal)?.code, code);
    assert.equal(describeErrorCode(String(decimal))?.decimal, decimal);
    assert.equal(describeErrorCode(decimal - 2 ** 32)?.code, code, 'signed');
  }
});

test('families of the KB 4025764 signals', () => {
  assert.equal(describeErrorCode('0x80072ee2')?.family, 'timeout');
  assert.equal(describeErrorCode('8024401c')?.family, 'requestTimeout');
  assert.equal(describeErrorCode('0x80072EFD')?.family, 'connect');
  assert.equal(describeErrorCode('0x80072F8F')?.family, 'tls');
  assert.equal(describeErrorCode('0x8024402C')?.family, 'proxy');
  assert.equal(describeErrorCode('0x80244007')?.family, 'soap');
  assert.equal(describeErrorCode('0x80244011')?.family, 'policy');
  assert.equal(describeErrorCode('0x80244022')?.family, 'serviceUnavailable');
  assert.equal(describeErrorCode('0x80244019')?.family, 'http');
  assert.equal(describeErrorCode('0x80244010')?.family, 'roundTrips');
  assert.equal(describeErrorCode('0x80244015')?.family, 'protocol');
  assert.equal(describeErrorCode(2278557330)?.family, 'policy', '0x87D00692, GPO conflict at AddUpdateSource');
});

test('families follow the grouping of the client error-code rules (one family per rule)', () => {
  const groups: Record<string, string[]> = {
    // client-http-503-errors, client-request-timeout-errors, client-max-round-trips-exceeded
    serviceUnavailable: ['0x80244022'],
    requestTimeout: ['0x8024401C'],
    roundTrips: ['0x80244010'],
    // client-http-status-errors
    http: ['0x80244016', '0x80244017', '0x80244018', '0x80244019', '0x8024401A', '0x8024401D', '0x8024401E', '0x8024401F', '0x80244020', '0x80244024', '0x8024402B'],
    // client-cannot-connect-errors
    connect: ['0x80072EFD', '0x80072EFE', '0x80240438', '0x80244004', '0x80244005', '0x8024001F'],
    // client-tls-certificate-errors
    tls: ['0x80072F8F', '0x80072F05', '0x80072F06', '0x80072F0D', '0x80072F19', '0x80072F0C', '0x800B0109', '0x800B0101'],
    // client-proxy-dns-errors: 0x80072EE7 and 0x80244023 were connect/timeout before
    proxy: ['0x8024402C', '0x80072EE7', '0x8024401B', '0x80244021', '0x80244023', '0x80240030', '0x8024402F'],
    // client-soap-errors
    soap: ['0x80244007', '0x80244008', '0x8024400D', '0x8024400E'],
  };
  for (const [family, codes] of Object.entries(groups)) {
    for (const code of codes) assert.equal(WU_ERROR_CODES[code]?.family, family, code);
    const inTable = Object.entries(WU_ERROR_CODES).filter(([, row]) => row.family === family).map(([code]) => code).sort();
    assert.deepEqual(inTable, [...codes].sort(), `table codes of family ${family}`);
  }
});

test('the HTTP-status family carries its HTTP status', () => {
  const statuses = [400, 401, 403, 404, 405, 407, 408, 409, 410, 500, 501, 502, 503, 504, 505];
  statuses.forEach((status, i) => {
    const code = '0x' + (0x80244016 + i).toString(16).toUpperCase();
    const d = describeErrorCode(code)!;
    assert.equal(d.httpStatus, status, code);
    assert.equal(d.known, true);
    assert.match(d.symbol!, /^WU_E_PT_HTTP_STATUS_/);
  });
  assert.equal(describeErrorCode('0x8024402B')?.httpStatus, undefined);
});

test('WinHTTP codes not in the table are explained by their low word', () => {
  const d = describeErrorCode('0x80072F7D')!; // 12157
  assert.equal(d.source, 'winhttp');
  assert.equal(d.known, true);
  assert.equal(d.win32Code, 12157);
  assert.equal(d.symbol, 'ERROR_WINHTTP_SECURE_CHANNEL_ERROR');
  assert.equal(d.family, 'tls');
  assert.equal(describeErrorCode('0x80072F94')?.symbol, 'ERROR_WINHTTP_AUTODETECTION_FAILED'); // 12180
  assert.equal(describeErrorCode('0x80072F94')?.family, 'proxy');
  assert.equal(describeErrorCode('0x80072F78')?.family, 'protocol', '12152 invalid server response is not an HTTP status');
  assert.equal(describeErrorCode('0x80072EE5')?.family, 'policy', '12005 invalid URL');
  const unknown12 = describeErrorCode('0x80072EE3')!; // 12003 is not a WinHTTP error
  assert.equal(unknown12.known, false);
  assert.equal(unknown12.win32Code, 12003);
});

test('other Win32 and unknown codes are described without inventing a meaning', () => {
  const win32 = describeErrorCode('0x80070005')!;
  assert.equal(win32.source, 'win32');
  assert.equal(win32.known, false);
  assert.equal(win32.symbol, 'HRESULT_FROM_WIN32(5)');
  assert.equal(win32.meaning, undefined);
  const other = describeErrorCode('0x8024ABCD')!;
  assert.deepEqual([other.source, other.known, other.family, other.meaning], ['unknown', false, 'other', undefined]);
  assert.equal(describeErrorCode('not a code'), undefined);
  assert.equal(describeErrorCode('0x00000000'), undefined);
});

// The error-code table (knowledge section 5) and describeErrorCode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeErrorCode, ERROR_FAMILIES, WU_ERROR_CODES, type ErrorFamily } from '../../engine/knowledge/wu-error-codes.js';

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
  // 8a: codes with a known WSUS cause that are easy to miss
  '0x8024D009',
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
    // client-http-503-errors (0x8024F004: server too busy), client-request-timeout-errors, client-max-round-trips-exceeded
    serviceUnavailable: ['0x80244022', '0x8024F004'],
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
    // no rule yet: content / EULA downloads from the Content virtual directory, agent self-update
    content: ['0x80240033', '0x800710DD', '0x80200013', '0x80190193', '0x80190194'],
    selfUpdate: ['0x8024D009'],
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

test('codes not in the table are decoded: meaning, cause and fix always set, known=false', () => {
  const win32 = describeErrorCode('0x80070005')!;
  assert.deepEqual([win32.source, win32.known, win32.family, win32.win32Code], ['win32', false, 'other', 5]);
  assert.equal(win32.symbol, 'ERROR_ACCESS_DENIED');
  assert.equal(win32.meaning, 'Win32 error 5: access is denied');
  assert.match(win32.fix, /permissions/);
  const unnamedWin32 = describeErrorCode('0x80070A1B')!; // 2587: not in the Win32 name table
  assert.equal(unnamedWin32.symbol, 'HRESULT_FROM_WIN32(2587)');
  assert.match(unnamedWin32.meaning, /Win32 error 2587/);

  const au = describeErrorCode('0x8024A00F')!;
  assert.deepEqual([au.source, au.known, au.family], ['wuerror', false, 'other']);
  assert.equal(au.meaning, 'Windows Update Automatic Updates error (WU_E_AU_*, range 0x8024Axxx)');
  assert.match(au.fix, /reset the Windows Update components/);
  assert.equal(au.decoded.component, 'Automatic Updates');
  assert.equal(au.description, '0x8024A00F: Windows Update, Automatic Updates component (0x8024Axxx, WU_E_AU_*), code 0xA00F (not a code this tool has specific advice for)');

  assert.equal(describeErrorCode('not a code'), undefined);
  assert.equal(describeErrorCode('0x00000000'), undefined);
  assert.equal(describeErrorCode('0xC0000005'), undefined, 'outside 0x80000000-0x8FFFFFFF: not a Windows Update failure code');
});

test('next steps depend on the range of an unlisted code', () => {
  const cases: Array<[string, ErrorFamily, RegExp, RegExp]> = [
    ['0x80244FFF', 'other', /communication error/, /IIS log/], // protocol talker
    ['0x80246009', 'other', /download manager/, /BITS service.*Content virtual directory/], // WU_E_DM_BITSTRANSFERERROR
    ['0x8024D00A', 'selfUpdate', /self-update/, /Selfupdate virtual directory/],
    ['0x8024F001', 'other', /Reporting events/, /ReportingWebService/],
    ['0x80245006', 'other', /redirector/, /not a WSUS failure/],
    ['0x80248007', 'other', /internal error of the Windows Update agent \(data store\)/, /reset the Windows Update components/],
    ['0x8020001B', 'content', /BITS download/, /Range/], // BG_E_INVALID_SERVER_RESPONSE
    ['0x801901F7', 'content', /BITS download/, /Content virtual directory/], // BG_E_HTTP_ERROR_503
    ['0x803D0010', 'other', /web-service transport/, /WS error/], // WS_E_ENDPOINT_UNREACHABLE
    ['0x87D00664', 'other', /Configuration Manager/, /WUAHandler\.log/],
    ['0x800B010A', 'other', /certificate/, /CRL/],
    ['0x80D02002', 'other', /Delivery Optimization/, /Delivery Optimization service/],
    ['0x800F081F', 'other', /servicing/, /DISM/],
    ['0x80070422', 'other', /ERROR_SERVICE_DISABLED/, /wuauserv and BITS/],
    ['0x8DDD0001', 'other', /no specific advice/, /log lines around the code/],
  ];
  for (const [code, family, cause, fix] of cases) {
    const d = describeErrorCode(code)!;
    assert.equal(d.known, false, code);
    assert.equal(d.family, family, code);
    assert.match(d.cause, cause, code);
    assert.match(d.fix, fix, code);
    assert.ok(d.meaning.length > 0 && d.description.startsWith(code), code);
  }
});

test('the documented codes of knowledge 8a carry their WSUS cause', () => {
  const eula = describeErrorCode('0x80240033')!;
  assert.equal(eula.symbol, 'WU_E_EULA_UNAVAILABLE');
  assert.match(eula.cause, /SucceededWithErrors/);
  assert.match(eula.fix, /Content virtual directory/);
  const acl = describeErrorCode('0x800710DD')!;
  assert.equal(acl.symbol, 'ERROR_INVALID_OPERATION');
  assert.equal(acl.win32Code, 4317);
  assert.match(acl.cause, /401\.3/);
  const range = describeErrorCode('0x80200013')!;
  assert.equal(range.symbol, 'BG_E_INSUFFICIENT_RANGE_SUPPORT');
  assert.match(range.cause, /Range header/);
  assert.equal(describeErrorCode('0x8024F004')?.family, 'serviceUnavailable');
  const self = describeErrorCode('0x8024D009')!;
  assert.equal(self.symbol, 'WU_E_SETUP_SKIP_UPDATE');
  assert.match(self.fix, /KB 920659/);
  assert.equal(describeErrorCode('0x80190193')?.httpStatus, undefined, 'httpStatus is for WU_E_PT_HTTP_STATUS_* only');
  assert.equal(describeErrorCode('0x80190193')?.decoded.httpStatus, 403);
  assert.equal(describeErrorCode('0x803D0013')?.symbol, 'WS_E_ENDPOINT_FAULT_RECEIVED');
  for (const code of ['0x80240033', '0x800710DD', '0x80200013', '0x8024F004', '0x8024D009', '0x80190193', '0x80190194', '0x803D0013']) {
    assert.equal(describeErrorCode(code)?.known, true, code);
  }
});

test('ConfigMgr decimal spellings of the new codes (WUAHandler / ScanAgent write unsigned and signed decimal)', () => {
  // 0x80240033 = 2149842995 (knowledge 5.3); 0x8024D009 = -2145071095 (wuerror.h as signed int32)
  assert.equal(describeErrorCode('2149842995')?.symbol, 'WU_E_EULA_UNAVAILABLE');
  assert.equal(describeErrorCode('-2145071095')?.symbol, 'WU_E_SETUP_SKIP_UPDATE');
  assert.equal(describeErrorCode(-2145386477)?.symbol, 'BG_E_INSUFFICIENT_RANGE_SUPPORT'); // 0x80200013
  assert.equal(describeErrorCode('2278557330')?.code, '0x87D00692');
});

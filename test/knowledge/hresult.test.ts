// The HRESULT decoder: facilities, Windows Update sub-ranges of wuerror.h, Win32/WinHTTP,
// BITS, Windows Web Services and ConfigMgr codes, input spellings, junk, and a property test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeHresult, decodeValue, FACILITIES, WIN32_ERRORS, WU_RANGE_COUNT, wuRangeOf } from '../../engine/knowledge/hresult.js';

type Row = [input: string, expect: Partial<Record<string, unknown>>];

test('known codes: symbol, facility and source', () => {
  const rows: Row[] = [
    ['0x80072EE2', { symbol: 'ERROR_WINHTTP_TIMEOUT', facility: 7, facilityName: 'FACILITY_WIN32', win32: 12002, source: 'winhttp' }],
    ['0x80072F8F', { symbol: 'ERROR_WINHTTP_SECURE_FAILURE', win32: 12175, source: 'winhttp' }],
    ['0x800710DD', { symbol: 'ERROR_INVALID_OPERATION', win32: 4317, source: 'win32' }],
    ['0x80070422', { symbol: 'ERROR_SERVICE_DISABLED', win32: 1058, source: 'win32' }],
    ['0x80070643', { symbol: 'ERROR_INSTALL_FAILURE', win32: 1603, source: 'win32' }],
    ['0x800705B4', { symbol: 'ERROR_TIMEOUT', win32: 1460, source: 'win32' }],
    ['0x80070070', { symbol: 'ERROR_DISK_FULL', win32: 112, source: 'win32' }],
    ['0x80073712', { symbol: 'ERROR_SXS_COMPONENT_STORE_CORRUPT', win32: 14098, source: 'win32' }],
    ['0x80070A1B', { symbol: undefined, win32: 2587, source: 'win32' }],
    ['0x80072EE3', { symbol: undefined, win32: 12003, source: 'win32' }],
    ['0x80200013', { symbol: 'BG_E_INSUFFICIENT_RANGE_SUPPORT', facility: 32, facilityName: 'FACILITY_BACKGROUNDCOPY', source: 'bits' }],
    ['0x80200010', { symbol: 'BG_E_NETWORK_DISCONNECTED', source: 'bits' }],
    ['0x80200099', { symbol: undefined, facility: 32, source: 'facility' }],
    ['0x80190193', { symbol: 'BG_E_HTTP_ERROR_403', facility: 25, facilityName: 'FACILITY_HTTP', httpStatus: 403, source: 'bits' }],
    ['0x80190194', { symbol: 'BG_E_HTTP_ERROR_404', httpStatus: 404, source: 'bits' }],
    ['0x803D0013', { symbol: 'WS_E_ENDPOINT_FAULT_RECEIVED', facility: 61, source: 'webservices' }],
    ['0x803D0006', { symbol: 'WS_E_OPERATION_TIMED_OUT', source: 'webservices' }],
    ['0x803D0099', { symbol: undefined, facility: 61, source: 'facility' }],
    ['0x87D00692', { symbol: undefined, facility: 0x7d0, facilityName: undefined, customer: false, source: 'facility' }],
    ['0x800B0109', { facility: 11, facilityName: 'FACILITY_CERT', source: 'facility' }],
    ['0x800F081F', { facility: 15, facilityName: 'FACILITY_SETUPAPI', source: 'facility' }],
    ['0x80D02002', { facility: 208, facilityName: 'FACILITY_DELIVERY_OPTIMIZATION', source: 'facility' }],
    ['0x80508015', { facility: 80, facilityName: 'FACILITY_WINDOWS_DEFENDER', source: 'facility' }],
    ['0x8004FF2E', { facility: 4, facilityName: 'FACILITY_ITF', source: 'facility' }],
    ['0x8024AFFF', { symbol: 'WU_E_AU_UNEXPECTED', component: 'Automatic Updates', source: 'wuerror' }],
    ['0x80244FFF', { symbol: 'WU_E_PT_UNEXPECTED', source: 'wuerror' }],
    ['0x802450FF', { symbol: 'WU_E_REDIRECTOR_UNEXPECTED', source: 'wuerror' }],
  ];
  for (const [input, expect] of rows) {
    const d = decodeHresult(input)!;
    assert.ok(d, input);
    for (const [key, value] of Object.entries(expect)) assert.equal((d as unknown as Record<string, unknown>)[key], value, `${input} ${key}`);
    assert.equal(d.failure, true, input);
    assert.ok(d.description.startsWith(d.code + ': '), input);
  }
});

test('every Windows Update sub-range of wuerror.h is named', () => {
  const rows: Array<[string, string, string]> = [
    ['0x80240001', '0x80240xxx', 'general Windows Update agent'],
    ['0x80240438', '0x802404xx', 'protocol talker, web-service transport'],
    ['0x80241001', '0x80241xxx', 'Windows Installer (MSI) detection'],
    ['0x80242007', '0x80242xxx', 'update handler (installation)'],
    ['0x80243004', '0x80243xxx', 'user interface'],
    ['0x80244022', '0x80244xxx', 'protocol talker (client-server communication)'],
    ['0x80245003', '0x80245xxx', 'redirector (wuredir.cab, service locator)'],
    ['0x80245101', '0x802451xx', 'service-initiated healing'],
    ['0x80246008', '0x80246xxx', 'download manager'],
    ['0x80247001', '0x80247xxx', 'scan package and events'],
    ['0x80247140', '0x802471xx', 'update metadata integrity (signature verification)'],
    ['0x80248011', '0x80248xxx', 'data store'],
    ['0x80249001', '0x80249xxx', 'inventory'],
    ['0x8024A00F', '0x8024Axxx', 'Automatic Updates'],
    ['0x8024B001', '0x8024Bxxx', 'Windows Update tasks'],
    ['0x8024B101', '0x8024B1xx', 'hardware capability'],
    ['0x8024B201', '0x8024B2xx', 'service locator (SLS)'],
    ['0x8024B301', '0x8024B3xx', 'file trust'],
    ['0x8024C001', '0x8024Cxxx', 'driver utility'],
    ['0x8024D009', '0x8024Dxxx', 'setup and self-update of the agent'],
    ['0x8024E001', '0x8024Exxx', 'expression evaluator (applicability rules)'],
    ['0x8024F004', '0x8024Fxxx', 'reporter (events sent to the server)'],
  ];
  assert.equal(rows.length, WU_RANGE_COUNT, 'one row per range');
  for (const [input, range, component] of rows) {
    const d = decodeHresult(input)!;
    assert.deepEqual([d.facility, d.facilityName, d.componentRange, d.component, d.source], [36, 'FACILITY_WINDOWSUPDATE', range, component, 'wuerror'], input);
    assert.match(d.componentSymbols!, /^WU_E_/);
    assert.equal(wuRangeOf(d.value)?.range, range);
  }
  assert.equal(
    decodeHresult('0x8024A00F')!.description,
    '0x8024A00F: Windows Update, Automatic Updates component (0x8024Axxx, WU_E_AU_*), code 0xA00F',
  );
  assert.equal(decodeHresult('0x8024D009')!.componentSymbols, 'WU_E_SETUP_*, WU_E_SELFUPDATE_*');
});

test('input spellings: lower case, no 0x, spaces, unsigned and signed decimal', () => {
  for (const input of ['0x8024a00f', '8024A00F', '8024a00f', ' 0X8024A00F ', '2149883919', '-2145083377']) {
    assert.equal(decodeHresult(input)?.code, '0x8024A00F', input);
  }
  assert.equal(decodeHresult(2278557330)?.code, '0x87D00692');
  assert.equal(decodeHresult(-2145107934)?.code, '0x80244022');
});

test('success, NTSTATUS-shaped, customer and unknown-facility values', () => {
  const ok = decodeHresult('0x00000000')!;
  assert.deepEqual([ok.failure, ok.symbol, ok.meaning], [false, 'S_OK', 'success']);
  const wuSuccess = decodeHresult('00240001')!;
  assert.deepEqual([wuSuccess.failure, wuSuccess.facility, wuSuccess.component], [false, 36, undefined]);
  const nt = decodeHresult('0xC0000005')!;
  assert.deepEqual([nt.failure, nt.facilityName, nt.source], [true, undefined, 'unknown']);
  assert.match(nt.meaning, /NTSTATUS/);
  const customer = decodeHresult('0xA0070005')!;
  assert.deepEqual([customer.customer, customer.facilityName, customer.win32, customer.source], [true, undefined, undefined, 'unknown']);
  const mapped = decodeHresult('0x90070005')!;
  assert.equal(mapped.ntstatus, true);
  const unknown = decodeHresult('0x8DDD0018')!;
  assert.deepEqual([unknown.facility, unknown.facilityName, unknown.facilityLabel, unknown.source], [0xddd, undefined, 'unknown facility 0xDDD', 'unknown']);
  assert.equal(unknown.description, '0x8DDD0018: unknown facility 0xDDD, code 0x0018');
});

test('junk and non-codes give undefined', () => {
  for (const input of ['', 'junk', '0x', '0x8024', '8024A00', '0x8024A00FF', '0x8024A00G', '42', '-1', '12345678901', '4294967296', '-2147483649', '1.5', 'NaN']) {
    assert.equal(decodeHresult(input), undefined, JSON.stringify(input));
  }
  for (const input of [1.5, NaN, Infinity, -0.5, 2 ** 33]) assert.equal(decodeHresult(input), undefined, String(input));
  assert.equal(decodeHresult(undefined as unknown as string), undefined);
  assert.equal(decodeHresult(null as unknown as string), undefined);
  assert.equal(decodeHresult({} as unknown as string), undefined);
});

test('tables: facility and Win32 names are well formed', () => {
  for (const [n, [name, label]] of FACILITIES) {
    assert.ok(n >= 0 && n <= 0x1fff, String(n));
    assert.match(name, /^FACILITY_[A-Z0-9_]+( \/ FACILITY_[A-Z0-9_]+)*$/);
    assert.ok(label.length > 0);
  }
  for (const [n, [name, meaning]] of WIN32_ERRORS) {
    assert.ok(n > 0 && n <= 0xffff, String(n));
    assert.match(name, /^(ERROR|WSA|RPC_S|WAIT)_?[A-Z0-9_]+$/);
    assert.ok(meaning.length > 0);
  }
  assert.equal(FACILITIES.get(36)?.[0], 'FACILITY_WINDOWSUPDATE');
  assert.equal(FACILITIES.get(32)?.[0], 'FACILITY_BACKGROUNDCOPY');
  assert.equal(FACILITIES.get(25)?.[0], 'FACILITY_HTTP');
});

test('property: any failure value decodes, never throws, and has a non-empty description', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0x80000000, max: 0xffffffff }), (n) => {
      const hex = n.toString(16).padStart(8, '0');
      const d = decodeHresult('0x' + hex)!;
      assert.ok(d);
      assert.equal(d.value, n);
      assert.equal(d.failure, true);
      assert.ok(d.meaning.length > 0);
      assert.ok(d.description.length > d.code.length + 2);
      assert.ok(d.description.startsWith('0x' + hex.toUpperCase() + ': '));
      assert.deepEqual(decodeValue(n), d);
      assert.equal(decodeHresult(hex.toUpperCase())?.code, d.code);
      assert.equal(decodeHresult(String(n))?.code, d.code, 'unsigned decimal');
      const signed = String(n - 0x100000000);
      // Signed decimals are taken with 10 digits (ConfigMgr's spelling); -1 and the like are not codes.
      assert.equal(decodeHresult(signed)?.code, /^-\d{10}$/.test(signed) ? d.code : undefined, 'signed decimal');
      assert.equal(decodeHresult(n - 0x100000000)?.code, d.code, 'signed number');
    }),
    { numRuns: 2000 },
  );
});

test('property: arbitrary strings never throw', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
    const d = decodeHresult(text);
    if (d !== undefined) assert.match(d.code, /^0x[0-9A-F]{8}$/);
  }));
});

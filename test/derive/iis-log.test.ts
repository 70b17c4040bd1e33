// deriveIisLog: availability, counts, the browser-403 heuristic, 404 applications,
// unresolved 401s, client IPs, sample numbering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveIisLog, isNormalBrowser403, wsusApplicationOf } from '../../engine/derive/derive-iis-log.js';
import type { WsusApplication } from '../../engine/facts/fact-types.generated.js';
import { corpusLines } from '../parsers/corpus.js';
import { IIS_FIELDS, iisRow, makeDoc, okExcerpt } from './make-doc.js';

const BROWSER = 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0+Safari/537.36';
const SOAP = 'Mozilla/4.0+(compatible;+MSIE+6.0;+MS+Web+Services+Client+Protocol+4.0.30319.42000)';
const app = (name: string): WsusApplication => ({ name, kind: 'application' });

function derive(lines: string[], extra: Parameters<typeof makeDoc>[0] = {}) {
  return deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240501.log', lines }) }, ...extra }));
}

test('not collected, failed or absent: available false and everything empty', () => {
  for (const iisW3c of [undefined, { status: 'error' as const, message: 'access denied' }, { status: 'notCollected' as const }, { status: 'notApplicable' as const }]) {
    const d = deriveIisLog(makeDoc({ logs: iisW3c ? { iisW3c } : {} }));
    assert.equal(d.available, false);
    assert.equal(d.entries, 0);
    assert.deepEqual(d.statusCounts, {});
    assert.deepEqual(d.status503, { count: 0, samples: [] });
    assert.deepEqual(d.status404.missingApplications, []);
    assert.deepEqual(d.clientIps, []);
  }
});

test('counts, window, skipped lines and client IPs', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ time: '10:00:00', stem: '/ClientWebService/client.asmx', status: 200, ip: '10.0.1.2' }),
    'junk line',
    iisRow({ time: '10:00:05', stem: '/ClientWebService/client.asmx', status: 503, ip: '10.0.1.1' }),
    iisRow({ time: '09:59:00', stem: '/ClientWebService/client.asmx', status: 503, ip: '10.0.1.2' }),
  ]);
  assert.equal(d.available, true);
  assert.equal(d.entries, 3);
  assert.equal(d.skippedLines, 1);
  assert.deepEqual(d.window, { from: '2024-05-01T09:59:00.000Z', to: '2024-05-01T10:00:05.000Z' });
  assert.deepEqual(d.statusCounts, { '200': 1, '503': 2 });
  assert.equal(d.status503.count, 2);
  assert.deepEqual(d.clientIps, ['10.0.1.1', '10.0.1.2']);
});

test('the normal browser 403 is left out; SSL/cert substatus, programs and non-WSUS paths are kept', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ method: 'GET', stem: '/', ua: BROWSER, status: 403, sub: 14 }), // left out
    iisRow({ method: 'GET', stem: '/ClientWebService/', ua: BROWSER, status: 403, sub: 14 }), // left out
    iisRow({ method: 'GET', stem: '/selfupdate/', ua: BROWSER, status: 403, sub: 0 }), // left out
    iisRow({ method: 'GET', stem: '/SimpleAuthWebService/SimpleAuth.asmx', ua: BROWSER, status: 403, sub: 4 }), // kept: SSL required
    iisRow({ method: 'GET', stem: '/ClientWebService/client.asmx', ua: BROWSER, status: 403, sub: 7 }), // kept: client cert
    iisRow({ method: 'POST', stem: '/ClientWebService/client.asmx', status: 403, sub: 0 }), // kept: the agent
    iisRow({ method: 'POST', stem: '/ApiRemoting30/WebService.asmx', ua: SOAP, status: 403, sub: 0 }), // kept: SOAP client
    iisRow({ method: 'POST', stem: '/ClientWebService/', ua: BROWSER, status: 403, sub: 14 }), // kept: not a GET
    iisRow({ method: 'GET', stem: '/private/', ua: BROWSER, status: 403, sub: 14 }), // kept: not a WSUS path
  ]);
  assert.equal(d.statusCounts['403'], 9);
  assert.equal(d.status403.count, 6);
  assert.deepEqual(d.status403.samples.map((s) => s.line), [6, 7, 8, 9, 10]);
});

test('isNormalBrowser403 and wsusApplicationOf helpers', () => {
  assert.equal(isNormalBrowser403({ method: 'GET', userAgent: BROWSER, uriStem: '/', substatus: undefined }), true);
  assert.equal(isNormalBrowser403({ method: 'GET', userAgent: undefined, uriStem: '/', substatus: 0 }), false);
  assert.equal(wsusApplicationOf('/clientwebservice/client.asmx'), 'ClientWebService');
  assert.equal(wsusApplicationOf('/SELFUPDATE'), 'Selfupdate');
  assert.equal(wsusApplicationOf('Content/AE/x.cab'), 'Content');
  assert.equal(wsusApplicationOf('/ClientWebServiceX/'), undefined);
  assert.equal(wsusApplicationOf('/'), undefined);
});

test('404s: WSUS applications missing from iis.wsusApplications, case-insensitive', () => {
  const lines = [
    IIS_FIELDS,
    iisRow({ stem: '/clientwebservice/client.asmx', status: 404, win32: 2 }),
    iisRow({ method: 'HEAD', stem: '/Content/AE/x.cab', status: 404, win32: 2 }),
    iisRow({ stem: '/SimpleAuthWebService/SimpleAuth.asmx', status: 404 }),
    iisRow({ method: 'GET', stem: '/favicon.ico', status: 404 }),
  ];
  const known = derive(lines, { iis: { status: 'ok', wsusApplications: [app('Content'), app('simpleauthwebservice'), app('/ApiRemoting30')] } });
  assert.equal(known.status404.count, 4);
  assert.deepEqual(known.status404.missingApplications, ['ClientWebService']);

  // List not collected (section not ok, or no wsusApplications): every WSUS segment hit.
  for (const iis of [undefined, { status: 'error' as const }, { status: 'ok' as const }]) {
    const d = derive(lines, iis ? { iis } : {});
    assert.deepEqual(d.status404.missingApplications, ['ClientWebService', 'Content', 'SimpleAuthWebService']);
  }
});

test('unresolved 401s: no later 2xx from the same client IP for the same URI stem', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ time: '10:00:00', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.1', status: 401, sub: 2 }),
    iisRow({ time: '10:00:01', stem: '/apiremoting30/webservice.asmx', ip: '10.0.0.1', status: 200 }), // resolves the first
    iisRow({ time: '10:00:02', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.2', status: 401, sub: 2 }),
    iisRow({ time: '10:00:03', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.3', status: 200 }), // other IP: no effect
    iisRow({ time: '10:00:04', method: 'HEAD', stem: '/Content/AE/x.cab', ip: '10.0.0.4', status: 401, sub: 3, win32: 5 }),
    iisRow({ time: '10:00:05', stem: '/ApiRemoting30/WebService.asmx', ip: '10.0.0.1', status: 401, sub: 2 }), // after its 200
    iisRow({ time: '10:00:06', method: 'GET', stem: '/Content/AE/y.cab', ip: '10.0.0.5', status: 401 }),
    iisRow({ time: '10:00:07', method: 'GET', stem: '/Content/AE/y.cab', ip: '10.0.0.5', status: 206 }), // BITS range resolves
  ]);
  assert.equal(d.unresolved401.count, 3);
  assert.deepEqual(d.unresolved401.samples.map((s) => s.timestamp), [
    '2024-05-01T10:00:02.000Z',
    '2024-05-01T10:00:04.000Z',
    '2024-05-01T10:00:05.000Z',
  ]);
});

test('samples: at most five, newest last, with file, line number, timestamp and the raw line', () => {
  const rows = Array.from({ length: 8 }, (_, i) => iisRow({ time: `10:00:0${i}`, stem: '/ClientWebService/client.asmx', status: 500, sub: 24, win32: 50 }));
  const withStart = deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\a.log', startLine: 1001, lines: [IIS_FIELDS, ...rows] }) } }));
  assert.equal(withStart.status500.count, 8);
  // lines[0] (the header) is line 1001, so the eighth row (lines[8]) is line 1009.
  assert.deepEqual(withStart.status500.samples.map((s) => s.line), [1005, 1006, 1007, 1008, 1009]);
  assert.deepEqual(withStart.status500.samples[4], {
    file: 'C:\\a.log',
    line: 1009,
    timestamp: '2024-05-01T10:00:07.000Z',
    text: rows[7],
  });
  // Without startLine (a tail read) the number is the 1-based position in the excerpt.
  const tail = deriveIisLog(makeDoc({ logs: { iisW3c: okExcerpt({ path: 'C:\\a.log', lines: [IIS_FIELDS, ...rows] }) } }));
  assert.deepEqual(tail.status500.samples.map((s) => s.line), [5, 6, 7, 8, 9]);
});

test('several files: each parsed with its own header state, counted together', () => {
  const d = deriveIisLog(
    makeDoc({
      logs: {
        iisW3c: okExcerpt(
          { path: 'C:\\u_ex1.log', lines: ['#Fields: date time c-ip sc-status', '2024-05-01 10:00:00 10.0.0.1 503'] },
          { path: 'C:\\u_ex2.log', lines: [iisRow({ stem: '/ClientWebService/client.asmx', status: 503 })] },
        ),
      },
    }),
  );
  assert.equal(d.status503.count, 2);
  assert.deepEqual(d.status503.samples.map((s) => [s.file, s.line]), [['C:\\u_ex1.log', 2], ['C:\\u_ex2.log', 1]]);
});

test('Microsoft shared-content excerpt: 404 on Content and an unresolved 401.3', () => {
  const header = '#Fields: s-ip cs-method cs-uri-stem s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
  const d = derive([header, ...corpusLines('ms-supportarticles/wsus-configure-shared-database.iis-excerpt.log')], {
    iis: { status: 'ok', wsusApplications: [app('ClientWebService'), app('SimpleAuthWebService')] },
  });
  assert.equal(d.status404.count, 1);
  assert.deepEqual(d.status404.missingApplications, ['Content']);
  assert.equal(d.unresolved401.count, 1);
  assert.deepEqual(d.clientIps, ['10.10.10.221']);
  assert.deepEqual(d.window, {});
});

test('Microsoft impersonation excerpt: every WSUS application answers 500.24', () => {
  const header = '#Fields: x-datetime s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken';
  const d = derive([header, ...corpusLines('ms-supportarticles/cannot-connect-to-wsus-administration-website.iis-excerpt.log')]);
  assert.equal(d.status500.count, 9);
  assert.equal(d.status500.samples.length, 5);
  assert.deepEqual(d.clientIps, ['fe80::e3a4:2b81:92b4:c6e7%11']);
});

test('sub-status counts by status then substatus; 500.24, 403.4 and 403.7 kept with samples', () => {
  const d = derive([
    IIS_FIELDS,
    iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 24, win32: 50 }),
    iisRow({ stem: '/selfupdate/iuident.cab', method: 'GET', status: 500, sub: 24, win32: 50 }),
    iisRow({ stem: '/ClientWebService/client.asmx', status: 500, sub: 0 }),
    iisRow({ stem: '/SimpleAuthWebService/SimpleAuth.asmx', status: 403, sub: 4 }),
    iisRow({ stem: '/ClientWebService/client.asmx', method: 'GET', ua: BROWSER, status: 403, sub: 7 }),
    iisRow({ stem: '/ClientWebService/client.asmx', status: 200 }),
    `2024-05-01 10:00:00 10.0.0.5 POST /x - 8530 - 10.0.1.1 - - 404 - 0 15`,
  ]);
  assert.deepEqual(d.subStatusCounts, { '200': { '0': 1 }, '403': { '4': 1, '7': 1 }, '500': { '0': 1, '24': 2 } });
  assert.equal(d.statusCounts['404'], 1, 'a row without substatus is counted by status only');
  assert.equal(d.status500.count, 3);
  assert.equal(d.status500_24.count, 2);
  assert.deepEqual(d.status500_24.samples.map((s) => s.line), [2, 3]);
  assert.equal(d.status403_4.count, 1);
  assert.equal(d.status403_7.count, 1);
  assert.equal(d.status403.count, 2, 'SSL and certificate 403s are never the normal browser 403');
});

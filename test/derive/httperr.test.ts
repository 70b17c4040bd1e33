// deriveHttpErr: reason counts, notable reasons, WsusPool overload, availability.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveHttpErr } from '../../engine/derive/derive-httperr.js';
import { corpusLines } from '../parsers/corpus.js';
import { makeDoc, okExcerpt } from './make-doc.js';

const FIELDS = '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename';
const row = (time: string, reason: string, status = '503', queue = 'WsusPool') =>
  `2024-05-01 ${time} 10.0.1.9 50000 10.0.0.5 8530 HTTP/1.1 POST /ClientWebService/client.asmx - ${status} 1 ${reason} ${queue}`;

test('not collected: available false, empty', () => {
  const d = deriveHttpErr(makeDoc({ logs: { httpErr: { status: 'notCollected', message: 'needs admin' } } }));
  assert.deepEqual(d, {
    available: false, entries: 0, skippedLines: 0, window: {}, reasonCounts: {}, notable: [], serviceUnavailable: { count: 0, samples: [] },
    wsus: { ports: [], poolName: 'WsusPool', entries: 0, reasonCounts: {}, notable: [], serviceUnavailable: { count: 0, samples: [] } },
  });
});

test('reason counts, notable reasons most frequent first, overload entries, benign left out', () => {
  const d = deriveHttpErr(
    makeDoc({
      logs: {
        httpErr: okExcerpt({
          path: 'C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr1.log',
          lines: [
            FIELDS,
            row('10:00:00', 'QueueFull'),
            row('10:00:01', 'AppOffline'),
            row('10:00:02', 'Timer_ConnectionIdle', '-', '-'),
            row('10:00:03', 'AppOffline'),
            row('10:00:04', 'Connection_Dropped', '-'),
            row('10:00:05', 'Some_New_Reason', '418'),
            'not a row',
          ],
        }),
      },
    }),
  );
  assert.equal(d.available, true);
  assert.equal(d.entries, 6);
  assert.equal(d.skippedLines, 1);
  assert.deepEqual(d.window, { from: '2024-05-01T10:00:00.000Z', to: '2024-05-01T10:00:05.000Z' });
  assert.deepEqual(d.reasonCounts, { AppOffline: 2, Connection_Dropped: 1, QueueFull: 1, Some_New_Reason: 1, Timer_ConnectionIdle: 1 });
  assert.deepEqual(
    d.notable.map((n) => [n.reason, n.count, n.status]),
    [['AppOffline', 2, 503], ['Connection_Dropped', 1, undefined], ['QueueFull', 1, 503], ['Some_New_Reason', 1, 418]],
  );
  assert.match(d.notable[0]!.meaning, /rapid-fail/);
  assert.match(d.notable[3]!.meaning, /not in the HTTP\.sys reason table/);
  assert.equal(d.notable[0]!.samples[1]!.line, 5);
  assert.equal(d.serviceUnavailable.count, 3);
  assert.deepEqual(d.serviceUnavailable.samples.map((s) => s.timestamp), [
    '2024-05-01T10:00:00.000Z',
    '2024-05-01T10:00:01.000Z',
    '2024-05-01T10:00:03.000Z',
  ]);
});

test('corpus files: plaso restart (QueueFull over QUIC) and logjoint (benign idle timers)', () => {
  const d = deriveHttpErr(
    makeDoc({
      logs: {
        httpErr: okExcerpt(
          { path: 'httperr_restart.log', lines: corpusLines('plaso/httperr/httperr_restart.log') },
          { path: 'httperr_logjoint.log', lines: corpusLines('logjoint/ReadersIntegrationTests.HTTPERR_SmokeTest.httperr.log') },
        ),
      },
    }),
  );
  assert.equal(d.entries, 16);
  assert.equal(d.reasonCounts['Timer_ConnectionIdle'], 7);
  assert.ok(!d.notable.some((n) => n.reason === 'Timer_ConnectionIdle'));
  assert.deepEqual(d.serviceUnavailable.samples.map((s) => /\b(AppOffline|QueueFull)\b/.exec(s.text)?.[1]), ['AppOffline', 'QueueFull']);
  assert.equal(d.serviceUnavailable.count, 2);
  assert.equal(d.notable.find((n) => n.reason === 'NotFound')?.status, 404);
});

test('wsus: entries of the WSUS pool, site or port only (queue name, then site id, then port decide)', () => {
  const line = (port: string, reason: string, site: string, queue: string) =>
    `2024-05-01 10:00:00 10.0.1.9 50000 10.0.0.5 ${port} HTTP/1.1 POST /x - 503 ${site} ${reason} ${queue}`;
  const doc = makeDoc({
    wsusServer: { status: 'ok', portNumber: 8530, iisTargetWebSiteIndex: 7 },
    iis: {
      status: 'ok',
      sites: [
        { id: 1, name: 'Default Web Site', bindings: [{ protocol: 'http', port: 80 }] },
        { id: 7, name: 'WSUS Administration', bindings: [{ protocol: 'http', port: 8530 }, { protocol: 'HTTPS', port: 8531 }, { protocol: 'net.tcp', port: 808 }] },
      ],
      appPools: { WsusPool: { name: 'WsusPool' }, DefaultAppPool: { name: 'DefaultAppPool' } },
      wsusApplications: [{ name: 'ClientWebService', kind: 'application', applicationPool: 'WsusPool' }],
    },
    logs: {
      httpErr: okExcerpt({
        lines: [
          FIELDS,
          line('8530', 'AppOffline', '7', 'wsuspool'), // queue: WSUS pool (letter case ignored)
          line('8530', 'QueueFull', '7', 'OtherPool'), // queue: another pool wins over the port
          line('80', 'AppOffline', '1', 'DefaultAppPool'), // another pool
          line('443', 'Connection_Abandoned_By_AppPool', '7', '-'), // no queue: the WSUS site id
          line('8531', 'Connection_Dropped', '1', '-'), // no queue: site 1 is not WSUS
          line('8531', 'Timer_ConnectionIdle', '-', '-'), // no queue, no site: a WSUS port
          line('5985', 'Connection_Abandoned_By_ReqQueue', '-', '-'), // WinRM
        ],
      }),
    },
  });
  const d = deriveHttpErr(doc);
  assert.equal(d.entries, 7);
  assert.equal(d.serviceUnavailable.count, 3, 'unfiltered counts are kept');
  assert.deepEqual(d.wsus.ports, [8530, 8531]);
  assert.equal(d.wsus.poolName, 'WsusPool');
  assert.equal(d.wsus.entries, 3);
  assert.deepEqual(d.wsus.reasonCounts, { AppOffline: 1, Connection_Abandoned_By_AppPool: 1, Timer_ConnectionIdle: 1 });
  assert.deepEqual(d.wsus.notable.map((n) => [n.reason, n.count]), [['AppOffline', 1], ['Connection_Abandoned_By_AppPool', 1]]);
  assert.equal(d.wsus.serviceUnavailable.count, 1);
  assert.equal(d.wsus.serviceUnavailable.samples[0]!.line, 2);
});

test('wsus: the port pair of WSUS 3 (80/443), and nothing but the pool name when no port is known', () => {
  const line = (port: string, queue: string) => `2024-05-01 10:00:00 10.0.1.9 50000 10.0.0.5 ${port} HTTP/1.1 POST /x - 503 - AppOffline ${queue}`;
  const lines = [FIELDS, line('443', '-'), line('80', '-'), line('8530', '-'), line('8530', 'WsusPool')];
  const wsus3 = deriveHttpErr(makeDoc({ wsusServer: { status: 'ok', portNumber: 80 }, logs: { httpErr: okExcerpt({ lines }) } }));
  assert.deepEqual(wsus3.wsus.ports, [80, 443]);
  assert.equal(wsus3.wsus.serviceUnavailable.count, 3);
  const unknown = deriveHttpErr(makeDoc({ wsusServer: { status: 'notCollected' }, logs: { httpErr: okExcerpt({ lines }) } }));
  assert.deepEqual(unknown.wsus.ports, []);
  assert.equal(unknown.wsus.serviceUnavailable.count, 1);
});

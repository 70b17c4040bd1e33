// deriveWindowsUpdateLog + deriveClientErrors: one pass over WindowsUpdate.log feeds both
// blocks; WindowsUpdateClient event codes are merged in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveClientErrors, ErrorCodeTally, isTimeout2ee2 } from '../../engine/derive/derive-client-errors.js';
import { deriveWindowsUpdateLog } from '../../engine/derive/derive-windows-update-log.js';
import type { EventEntry, FactDocument } from '../../engine/facts/fact-types.generated.js';
import { corpusLines } from '../parsers/corpus.js';
import { makeDoc, okExcerpt } from './make-doc.js';

const WUC = 'Microsoft-Windows-WindowsUpdateClient';
const event = (id: number, message: string, providerName = WUC, timeCreated = '2024-05-01T10:00:00Z'): EventEntry => ({
  logName: 'System', providerName, id, timeCreated, message,
});

function derive(doc: FactDocument) {
  const tally = new ErrorCodeTally();
  const windowsUpdateLog = deriveWindowsUpdateLog(doc, tally);
  return { windowsUpdateLog, clientErrors: deriveClientErrors(doc, tally) };
}

test('nothing collected: both blocks unavailable and empty', () => {
  const { windowsUpdateLog, clientErrors } = derive(makeDoc({ logs: { windowsUpdate: { status: 'error', message: 'x' } }, events: { status: 'notCollected' } }));
  assert.deepEqual(windowsUpdateLog, { available: false, entries: 0, skippedLines: 0, window: {}, wsusServerUrls: [] });
  const { byFamily, ...rest } = clientErrors;
  const none = { count: 0, samples: [], codes: [] };
  assert.deepEqual(rest, {
    available: false, codes: [], timeouts2ee2: { count: 0, samples: [] }, knownCodes: [],
    unexplained: none, recovered: none, otherEndpoints: { ...none, endpoints: [] }, unattributed: none, wsusScan: { successes: 0, failures: 0 },
  });
  for (const family of Object.values(byFamily)) assert.deepEqual(family, { count: 0, samples: [], codes: [] });
  assert.equal(Object.keys(byFamily).length, 14);
});

test('WindowsUpdate.log: format, window, WSUS server URLs (distinct, NULL left out)', () => {
  const { windowsUpdateLog } = derive(
    makeDoc({
      logs: {
        windowsUpdate: okExcerpt(
          { path: 'C:\\Windows\\WindowsUpdate.log', lines: corpusLines('ms-supportarticles/track-compliance-assessment.WindowsUpdate-excerpt.log') },
          {
            path: 'C:\\Users\\admin\\Desktop\\WindowsUpdate.log',
            lines: [
              '2014-01-21 08:00:00:000 968 9d0 Agent * WSUS server: <NULL>',
              '2014-01-21 08:00:00:001 968 9d0 Agent * WSUS server: (null)',
              '2017/02/25 13:28:34.6234536 1056 5308 Agent WSUS server: http://wsus.ad.contoso.com:8530',
              '2014-01-21 08:00:02:000 968 9d0 Agent * WSUS server: http://PS1SITE.CONTOSO.COM:8530 (Changed)',
              'garbage',
            ],
          },
        ),
      },
    }),
  );
  assert.equal(windowsUpdateLog.available, true);
  assert.equal(windowsUpdateLog.format, 'legacy');
  assert.equal(windowsUpdateLog.entries, 24);
  assert.equal(windowsUpdateLog.skippedLines, 1);
  assert.deepEqual(windowsUpdateLog.window, { from: '2014-01-20T12:18:11.520', to: '2017-02-25T13:28:34.623' });
  assert.deepEqual(windowsUpdateLog.wsusServerUrls, ['http://PS1SITE.CONTOSO.COM:8530', 'http://wsus.ad.contoso.com:8530']);
});

test('codes from the log and from WindowsUpdateClient events are merged, most frequent first', () => {
  const { clientErrors } = derive(
    makeDoc({
      logs: {
        windowsUpdate: okExcerpt({
          path: 'C:\\Windows\\WindowsUpdate.log',
          startLine: 499,
          lines: [
            "2017/06/13 10:08:31.2836183 676 10488 WebServices WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'.",
            '2017/06/13 10:08:31.2836379 676 10488 WebServices Web service call failed with hr = 8024401c.',
            '2017/06/13 10:08:32.0000000 676 10488 Agent Exit code = 0x80072EE2',
            '2017/06/13 10:09:32.0000000 676 10488 Agent Exit code = 0x80072EE2',
          ],
        }),
      },
      events: {
        status: 'ok',
        items: [
          event(25, 'Windows Update failed to check for updates with error 0x80072EE2.'),
          event(20, 'Installation Failure: Windows failed to install the following update with error 2149859362: KB1.'),
          event(31, ''), // no message: nothing to read
          event(7053, 'error 0x80244022', 'Windows Server Update Services'), // another provider
        ],
      },
    }),
  );
  assert.equal(clientErrors.available, true);
  assert.deepEqual(clientErrors.codes.map((c) => [c.code, c.count]), [['0x80072EE2', 3], ['0x8024401C', 1], ['0x80244022', 1]]);
  const timeout = clientErrors.codes[0]!;
  assert.equal(timeout.symbol, 'ERROR_WINHTTP_TIMEOUT');
  assert.equal(timeout.family, 'timeout');
  assert.ok(timeout.meaning && timeout.cause && timeout.fix);
  // Samples in source order: log lines (with file and line), then the event.
  assert.deepEqual(timeout.samples.map((s) => [s.file, s.line]), [
    ['C:\\Windows\\WindowsUpdate.log', 501],
    ['C:\\Windows\\WindowsUpdate.log', 502],
    [undefined, undefined],
  ]);
  assert.equal(timeout.samples[2]!.timestamp, '2024-05-01T10:00:00Z');
  assert.deepEqual(clientErrors.timeouts2ee2.count, 3);
  assert.deepEqual(clientErrors.knownCodes, ['0x80072EE2', '0x8024401C', '0x80244022']);
});

test('events alone make the block available; an unknown code is decoded (range meaning) but is not "known"', () => {
  const { clientErrors } = derive(makeDoc({ events: { status: 'ok', items: [event(25, 'failed with error 0x8024ABCD'), event(25, 'error 0x80072F94')] } }, 'client'));
  assert.equal(clientErrors.available, true);
  const unknown = clientErrors.codes.find((c) => c.code === '0x8024ABCD')!;
  assert.equal(unknown.meaning, 'Windows Update Automatic Updates error (WU_E_AU_*, range 0x8024Axxx)');
  assert.match(unknown.fix!, /reset the Windows Update components/);
  assert.equal(unknown.family, 'other');
  assert.deepEqual(clientErrors.knownCodes, ['0x80072F94']);
  assert.equal(clientErrors.timeouts2ee2.count, 0);
});

test('the Microsoft 0x8024402C excerpt gives one proxy-family code, ten times', () => {
  const { clientErrors } = derive(makeDoc({ logs: { windowsUpdate: okExcerpt({ lines: corpusLines('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log') }) } }, 'client'));
  assert.deepEqual(clientErrors.codes.map((c) => [c.code, c.count, c.family]), [['0x8024402C', 10, 'proxy']]);
  assert.equal(clientErrors.codes[0]!.samples.length, 5);
  assert.equal(clientErrors.codes[0]!.samples.at(-1)!.line, 10);
});

test('isTimeout2ee2 matches any code with low word 2EE2', () => {
  assert.equal(isTimeout2ee2('0x80072EE2'), true);
  assert.equal(isTimeout2ee2('0x80242EE2'), true);
  assert.equal(isTimeout2ee2('0x80072EE7'), false);
});

test('byFamily: one entry per rule family, with its own codes and samples only', () => {
  const doc = makeDoc(
    {
      events: {
        status: 'ok',
        items: [
          event(25, 'Windows Update failed to check for updates with error 0x80244022.'),
          event(25, 'Windows Update failed to check for updates with error 0x80244019.'),
          event(25, 'Windows Update failed to check for updates with error 0x80244022.'),
          event(25, 'Windows Update failed to check for updates with error 0x80072EE7.'),
          event(25, 'Windows Update failed to check for updates with error 0x80244023.'),
          event(31, 'Windows Update failed with error 0x80244010 and 0x8024401C.'),
          event(25, 'Windows Update failed to check for updates with error 0x8024ABCD.'),
        ],
      },
    },
    'client',
  );
  const { clientErrors } = derive(doc);
  const f = clientErrors.byFamily;
  assert.deepEqual(Object.keys(f), ['timeout', 'requestTimeout', 'serviceUnavailable', 'http', 'connect', 'tls', 'proxy', 'soap', 'roundTrips', 'protocol', 'policy', 'content', 'selfUpdate', 'other']);
  assert.equal(f.serviceUnavailable.count, 2);
  assert.deepEqual(f.serviceUnavailable.codes.map((c) => c.code), ['0x80244022']);
  assert.ok(f.serviceUnavailable.samples.every((s) => s.text.includes('0x80244022')));
  assert.deepEqual(f.http.codes.map((c) => [c.code, c.count]), [['0x80244019', 1]], '503 is not among the other HTTP statuses');
  assert.deepEqual(f.proxy.codes.map((c) => c.code), ['0x80072EE7', '0x80244023'], 'name resolution and gateway time-out go with the proxy family');
  assert.equal(f.proxy.count, 2);
  assert.deepEqual([f.roundTrips.count, f.requestTimeout.count], [1, 1]);
  assert.equal(f.requestTimeout.samples[0]!.text, 'Windows Update failed with error 0x80244010 and 0x8024401C.');
  assert.deepEqual(f.other.codes.map((c) => c.code), ['0x8024ABCD'], 'unknown codes are "other"');
  assert.deepEqual([f.timeout.count, f.tls.count, f.soap.count, f.connect.count], [0, 0, 0, 0]);
  // The family entries describe the codes as `codes` does.
  assert.deepEqual(f.http.codes[0], clientErrors.codes.find((c) => c.code === '0x80244019'));
});

// --- Attribution and recovery (issue "Trust on real machines", principles 1, 2, 7) ---
const policy = (url: string) => ({ clientPolicy: { status: 'ok' as const, windowsUpdate: { WUServer: url, WUStatusServer: url }, au: { UseWUServer: 1 } } });
const etl = (time: string, tid: string, component: string, message: string) => `2026/11/24 ${time} 1228 ${tid} ${component} ${message}`;
const wsusCall = (time: string, tid: string, server = 'http://wsus01.contoso.com:8530') =>
  etl(time, tid, 'ProtocolTalker', `ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${server}/ClientWebService/client.asmx`);
const found = (time: string, tid: string) => etl(time, tid, 'Agent', '* Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities');

test('isolated network: codes on Microsoft endpoints are other-endpoint failures, not WSUS ones', () => {
  const { clientErrors } = derive(
    makeDoc({
      ...policy('http://wsus01.contoso.com:8530'),
      logs: {
        windowsUpdate: okExcerpt({
          lines: [
            etl('09:10:02.1234567', '6640', 'SLS', 'Get response for service 855E8A7C-ECB4-4CA3-B045-1DFA50104289 - forceExpire[False] asyncRefreshOnExpiry[True]'),
            etl('09:10:02.1240000', '6640', 'Misc', 'Send request: GET https://slscr.update.microsoft.com/SLS/{855E8A7C-ECB4-4CA3-B045-1DFA50104289}/x64/10.0.22631.4602/0'),
            etl('09:10:23.1490000', '6640', 'Misc', '*FAILED* [80072EE2] Send request'),
            etl('09:10:44.2010000', '6640', 'SLS', '*FAILED* [80072EFD] GetResponse'),
            etl('09:10:46.0000000', '6652', 'Misc', 'Send request: GET https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx'),
            etl('09:10:46.4000000', '6652', 'Misc', '*FAILED* [80072F8F] Send request'),
            wsusCall('09:12:01.0000000', '7012'),
            found('09:12:03.0000000', '7012'),
          ],
        }),
      },
    }, 'client'),
  );
  assert.equal(clientErrors.byFamily.timeout.count + clientErrors.byFamily.connect.count + clientErrors.byFamily.tls.count, 0);
  assert.equal(clientErrors.timeouts2ee2.count, 0);
  assert.equal(clientErrors.otherEndpoints.count, 3);
  assert.deepEqual(clientErrors.otherEndpoints.endpoints, ['Windows Update service locator (SLS)', 'fe3cr.delivery.mp.microsoft.com', 'slscr.update.microsoft.com']);
  assert.deepEqual(clientErrors.wsusScan, { successes: 1, failures: 0, lastSuccess: '2026-11-24T09:12:03.000' });
  assert.deepEqual(clientErrors.codes.map((c) => c.code).sort(), ['0x80072EE2', '0x80072EFD', '0x80072F8F'], 'codes still lists every code');
});

test('recovery: a WSUS time-out followed by a successful WSUS scan is recovered; one after the last success persists', () => {
  const lines = [
    wsusCall('08:40:01.0000000', '7020'),
    etl('08:40:31.0000300', '7020', 'WebServices', 'Web service call failed with hr = 80072ee2.'),
    wsusCall('09:12:01.0000000', '7012'),
    found('09:12:03.0000000', '7012'),
  ];
  const recovered = derive(makeDoc({ ...policy('http://wsus01.contoso.com:8530'), logs: { windowsUpdate: okExcerpt({ lines }) } }, 'client')).clientErrors;
  assert.equal(recovered.byFamily.timeout.count, 0);
  assert.equal(recovered.recovered.count, 1);
  assert.equal(recovered.recovered.lastFailure, '2026-11-24T08:40:31.000');
  assert.equal(recovered.recovered.recoveredAt, '2026-11-24T09:12:03.000');
  const later = [...lines, wsusCall('10:12:01.0000000', '7030'), etl('10:12:31.0000300', '7030', 'WebServices', 'Web service call failed with hr = 80072ee2.')];
  const persistent = derive(makeDoc({ ...policy('http://wsus01.contoso.com:8530'), logs: { windowsUpdate: okExcerpt({ lines: later }) } }, 'client')).clientErrors;
  assert.equal(persistent.byFamily.timeout.count, 1);
  assert.equal(persistent.timeouts2ee2.count, 1);
  assert.equal(persistent.recovered.count, 1);
  assert.equal(persistent.wsusScan.lastFailure, '2026-11-24T10:12:31.000');
});

test('events: 25 after 26 persists, 25 before 26 is recovered; installation failures (20) are unattributed', () => {
  const items = [
    event(25, 'Windows Update failed to check for updates with error 0x80244022.', WUC, '2026-11-24T08:00:00Z'),
    event(26, 'Windows Update successfully found 2 updates.', WUC, '2026-11-24T09:00:00Z'),
    event(25, 'Windows Update failed to check for updates with error 0x80072EFD.', WUC, '2026-11-24T10:00:00Z'),
    event(20, 'Installation Failure: Windows failed to install the following update with error 0x80070643: KB5034441.', WUC, '2026-11-24T10:05:00Z'),
  ];
  const { clientErrors } = derive(makeDoc({ ...policy('http://wsus01.contoso.com:8530'), events: { status: 'ok', items } }, 'client'));
  assert.deepEqual(clientErrors.recovered.codes.map((c) => c.code), ['0x80244022']);
  assert.deepEqual(clientErrors.byFamily.connect.codes.map((c) => c.code), ['0x80072EFD']);
  assert.deepEqual(clientErrors.unattributed.codes.map((c) => c.code), ['0x80070643']);
  assert.equal(clientErrors.wsusScan.lastSuccess, '2026-11-24T09:00:00Z');
});

test('TLS codes against an http:// WSUS are not WSUS failures; against https they are', () => {
  const lines = [wsusCall('08:40:01.0000000', '7020', 'http://wsus01.contoso.com:8530'), etl('08:40:02.0000000', '7020', 'WebServices', 'Web service call failed with hr = 80072f8f.')];
  const http = derive(makeDoc({ ...policy('http://wsus01.contoso.com:8530'), logs: { windowsUpdate: okExcerpt({ lines }) } }, 'client')).clientErrors;
  assert.equal(http.byFamily.tls.count, 0);
  assert.equal(http.unattributed.count, 1);
  const httpsLines = [wsusCall('08:40:01.0000000', '7020', 'https://wsus01.contoso.com:8531'), lines[1]!];
  const https = derive(makeDoc({ ...policy('https://wsus01.contoso.com:8531'), logs: { windowsUpdate: okExcerpt({ lines: httpsLines }) } }, 'client')).clientErrors;
  assert.equal(https.byFamily.tls.count, 1);
});

test('unknown WSUS codes are unexplained (decoded elsewhere), short names match FQDNs, contexts expire', () => {
  const lines = [
    wsusCall('08:40:01.0000000', '7020', 'http://wsus01:8530'),
    etl('08:40:02.0000000', '7020', 'Agent', '*FAILED* [8024A00F] Method failed'),
    etl('08:55:02.0000000', '7020', 'Agent', '*FAILED* [80072EE2] too late for the context'),
  ];
  const { clientErrors } = derive(makeDoc({ ...policy('http://WSUS01.contoso.com:8530'), logs: { windowsUpdate: okExcerpt({ lines }) } }, 'client'));
  assert.deepEqual(clientErrors.unexplained.codes.map((c) => c.code), ['0x8024A00F']);
  assert.deepEqual(clientErrors.unattributed.codes.map((c) => c.code), ['0x80072EE2']);
});

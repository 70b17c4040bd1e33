// deriveConfigMgrClient: WSUS locations from LocationServices.log, policy overwrites and
// scan failures from WUAHandler.log. Messages are Microsoft's (verbatim); the CMTrace
// records around them are synthetic because the docs do not print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveConfigMgrClient } from '../../engine/derive/derive-configmgr-client.js';
import { corpusLines } from '../parsers/corpus.js';
import { cmRecord, makeDoc, okExcerpt } from './make-doc.js';

const tsv = corpusLines('ms-supportarticles/track-compliance-assessment.cm-messages.tsv').map((l) => l.split('\t') as [string, string]);
const logOf = (component: string) => tsv.filter(([c]) => c === component).map(([c, m]) => cmRecord(m, c));

test('nothing collected: flags false, nothing found', () => {
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: { status: 'notApplicable' } } } }, 'client'));
  assert.deepEqual(d, {
    locationServicesAvailable: false,
    wsusLocations: [],
    latestReplyWsusPaths: [],
    wuaHandlerAvailable: false,
    policyOverwritten: { count: 0, samples: [] },
    policyOverwrittenHarmless: 0,
    scanFailures: { count: 0, samples: [] },
    scanFailuresRecovered: { count: 0, samples: [] },
    succeededWithErrors: { count: 0, samples: [] },
    scanAgentAvailable: false,
    errorCodes: [],
    gpoConflict: { count: 0, samples: [] },
    locationRequestScans: 0,
    locationRequestsWithoutReply: { count: 0, samples: [] },
    supSwitches: { count: 0, samples: [] },
    supsUsed: [],
  });
});

test('LocationServices.log window: from the collector\'s coveredFrom to collectedAt when the collector stated its coverage', () => {
  const excerpt = { ...okExcerpt({ lines: [cmRecord('Current AD site of machine is Default-First-Site-Name', 'LocationServices', '08:00:00.000+000', '04-28-2024')] }), coveredFrom: '2024-04-23T12:00:00.000Z' };
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: excerpt } } }, 'client'));
  assert.deepEqual(d.locationServicesWindow, { from: '2024-04-23T12:00:00.000Z', to: '2024-05-01T12:00:00.000Z' });
  assert.equal(d.locationServicesWindowDays, 8);
});

test('LocationServices.log window: from the oldest to the newest entry without coveredFrom (UTC with the CMTrace bias)', () => {
  const lines = [
    cmRecord('Current AD site of machine is Default-First-Site-Name', 'LocationServices', '09:00:00.000-060', '04-29-2024'),
    cmRecord('Refreshing the Management Point List', 'LocationServices', '21:00:00.000-060', '04-30-2024'),
  ];
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines }) } } }, 'client'));
  assert.deepEqual(d.locationServicesWindow, { from: '2024-04-29T08:00:00.000Z', to: '2024-04-30T20:00:00.000Z' });
  assert.equal(d.locationServicesWindowDays, 1.5);
});

test('location requests: grouped into scans; unanswered when no location follows; the last minutes are pending', () => {
  const ls = [
    cmRecord("Attempting to send WSUS Location Request for ContentID='{A}'", 'LocationServices', '10:00:00.000+000', '04-29-2024'),
    cmRecord("WSUS Path='http://sup:8530', Server='SUP', Version='38'", 'LocationServices', '10:00:04.000+000', '04-29-2024'),
    cmRecord("Attempting to send WSUS Location Request for ContentID='{A}'", 'LocationServices', '10:00:00.000+000', '04-30-2024'),
    cmRecord("Attempting to send WSUS Location Request for ContentID='{A}'", 'LocationServices', '11:55:00.000+000', '05-01-2024'),
  ];
  const scan = [
    cmRecord('- - - - - -Requesting WSUS Server Locations from LS for {A} version 38', 'ScanAgent', '09:59:59.000+000', '04-30-2024'),
    cmRecord('- - - - - -Requesting WSUS Server Locations from LS for {A} version 38', 'ScanAgent', '10:30:00.000+000', '04-30-2024'),
    cmRecord('CScanJob::OnLocationUpdate- Received Location=http://sup:8530, Version=38', 'ScanAgent', '10:30:05.000+000', '04-30-2024'),
  ];
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: ls }), scanAgent: okExcerpt({ lines: scan }) } } }, 'client'));
  // Scans: 04-29 10:00 (answered), 04-30 09:59:59 (+ the LS request a second later; answered by the ScanAgent reply at 10:30:05), 04-30 10:30, 05-01 11:55 (pending).
  assert.equal(d.locationRequestScans, 4);
  assert.equal(d.locationRequestsWithoutReply.count, 0);
  const late = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: ls.slice(0, 3) }) } } }, 'client'));
  assert.equal(late.locationRequestScans, 2);
  assert.equal(late.locationRequestsWithoutReply.count, 1);
  assert.equal(late.locationRequestsWithoutReply.samples[0]!.timestamp, '2024-04-30T10:00:00.000Z');
});

test('LocationServices.log: every WSUS Path entry, oldest first, and the newest path', () => {
  const d = deriveConfigMgrClient(
    makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ path: 'C:\\Windows\\CCM\\Logs\\LocationServices.log', lines: logOf('LocationServices') }) } } }, 'client'),
  );
  assert.equal(d.locationServicesAvailable, true);
  assert.deepEqual(d.wsusLocations.map((l) => [l.url, l.server, l.version]), [
    ['http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM', '38'],
    ['https://PS1SYS.CONTOSO.COM:8531', 'PS1SYS.CONTOSO.COM', '38'],
  ]);
  assert.equal(d.latestWsusPath, 'https://PS1SYS.CONTOSO.COM:8531');
  const evidence = d.wsusLocations[0]!.evidence;
  assert.equal(evidence.file, 'C:\\Windows\\CCM\\Logs\\LocationServices.log');
  assert.equal(evidence.line, 10);
  assert.equal(evidence.timestamp, '2014-01-20T12:18:00.000Z');
  assert.match(evidence.text, /^WSUS Path='http:/);
});

test('WUAHandler.log: overwritten policy and scan failures', () => {
  const lines = [
    ...logOf('WUAHandler'),
    ...corpusLines('ms-supportarticles/troubleshoot-scan-failures.WUAHandler-messages.txt').map((m) => cmRecord(m, 'WUAHandler', '08:00:00.000-60', '5-2-2024')),
    cmRecord('OnSearchComplete - Failed to end search job. Error = 0x80244022.', 'WUAHandler'),
    cmRecord('Scan failed with error = 0x80244022.', 'WUAHandler'),
    ...corpusLines('ms-supportarticles/wsus-configure-shared-database.WUAHandler-messages.txt').map((m) => cmRecord(m, 'WUAHandler')),
  ];
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { wuaHandler: okExcerpt({ lines }) } } }, 'client'));
  assert.equal(d.wuaHandlerAvailable, true);
  assert.equal(d.locationServicesAvailable, false);
  assert.equal(d.policyOverwritten.count, 1);
  assert.match(d.policyOverwritten.samples[0]!.text, /higher authority \(Domain Controller\) to: Server http:\/\/server and Policy ENABLED/);
  assert.equal(d.policyOverwritten.samples[0]!.timestamp, '2024-05-02T07:00:00.000Z');
  assert.equal(d.scanFailures.count, 2);
  // "SucceededWithErrors" is not a failure of the scan itself.
  assert.ok(d.scanFailures.samples.every((s) => !s.text.includes('SucceededWithErrors')));
});

test('records without a bias carry their local time as the evidence timestamp', () => {
  const d = deriveConfigMgrClient(
    makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: [cmRecord("WSUS Path='http://sup:8530'", 'LocationServices', '09:00:00.1234567')] }) } } }, 'client'),
  );
  assert.equal(d.wsusLocations[0]!.evidence.timestamp, '2014-01-20T09:00:00.123');
  assert.equal(d.wsusLocations[0]!.server, undefined);
});

const policyOk = (WUServer?: string) => ({ status: 'ok' as const, windowsUpdate: WUServer === undefined ? {} : { WUServer } });
const locations = (...lines: string[]) => ({ locationServices: okExcerpt({ path: 'C:\\Windows\\CCM\\Logs\\LocationServices.log', lines }) });

test("the newest location reply: Microsoft's sample lists two SUPs, WUServer may be any of them", () => {
  const lines = logOf('LocationServices');
  const derive = (WUServer?: string) => deriveConfigMgrClient(makeDoc({ clientPolicy: policyOk(WUServer), logs: { configMgrClient: locations(...lines) } }, 'client'));
  const d = derive('http://ps1site.contoso.com:8530/');
  assert.deepEqual(d.latestReplyWsusPaths, ['http://PS1SITE.CONTOSO.COM:8530', 'https://PS1SYS.CONTOSO.COM:8531']);
  assert.equal(d.latestLocationMatchesPolicy, true, 'letter case and a trailing slash are ignored');
  assert.equal(derive('https://PS1SYS.CONTOSO.COM:8531').latestLocationMatchesPolicy, true);
  assert.equal(derive('http://PS1SYS.CONTOSO.COM:8530').latestLocationMatchesPolicy, false, 'another port is another server');
  assert.equal(derive(undefined).latestLocationMatchesPolicy, false, 'no WUServer');
  const noPolicy = deriveConfigMgrClient(makeDoc({ clientPolicy: { status: 'error', message: 'x' }, logs: { configMgrClient: locations(...lines) } }, 'client'));
  assert.equal('latestLocationMatchesPolicy' in noPolicy, false);
  const noLocation = deriveConfigMgrClient(makeDoc({ clientPolicy: policyOk('http://a:8530'), logs: { configMgrClient: locations(cmRecord('Processing Location reply message')) } }, 'client'));
  assert.deepEqual(noLocation.latestReplyWsusPaths, []);
  assert.equal('latestLocationMatchesPolicy' in noLocation, false);
});

test('replies: a header starts one, any other record ends a run; an empty reply keeps the previous one', () => {
  const path = (url: string) => cmRecord(`WSUS Path='${url}', Server='x', Version='38'`);
  const header = cmRecord('Calling back with the following WSUS locations');
  const other = cmRecord('Calling back with locations for WSUS request {C2BB9710-C548-49D0-9DF8-5F9CFC5F3862}');
  const derive = (...lines: string[]) => deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: locations(...lines) } }, 'client'));
  assert.deepEqual(derive(header, path('http://a:8530'), path('http://b:8530'), other, header, path('http://c:8530')).latestReplyWsusPaths, ['http://c:8530']);
  assert.deepEqual(derive(header, path('http://a:8530'), header, path('http://b:8530'), path('http://c:8530')).latestReplyWsusPaths, ['http://b:8530', 'http://c:8530']);
  assert.deepEqual(derive(path('http://a:8530'), other, path('http://b:8530'), path('http://c:8530')).latestReplyWsusPaths, ['http://b:8530', 'http://c:8530'], 'runs without a header');
  assert.deepEqual(derive(header, path('http://a:8530'), path('http://b:8530'), other, header, other).latestReplyWsusPaths, ['http://a:8530', 'http://b:8530']);
});

test('error codes of WUAHandler.log and ScanAgent.log: hex, unsigned and signed decimal, explained; 0x87D00692 counted', () => {
  const d = deriveConfigMgrClient(
    makeDoc(
      {
        logs: {
          configMgrClient: {
            wuaHandler: okExcerpt({
              lines: [
                cmRecord('Scan failed with error = 0x80244022.', 'WUAHandler'),
                cmRecord('Scan failed with error = 2149859362.', 'WUAHandler'),
                cmRecord('OnSearchComplete - Failed to end search job. Error = -2145107934.', 'WUAHandler'),
                cmRecord('Successfully completed scan.', 'WUAHandler'),
              ],
            }),
            scanAgent: okExcerpt({
              path: 'C:\\Windows\\CCM\\Logs\\ScanAgent.log',
              lines: [
                ...logOf('ScanAgent'),
                cmRecord('CScanJob::Execute- Failed at AddUpdateSource, Error = 0x87d00692', 'ScanAgent'),
                cmRecord('ScanJob({4CD06388-D509-46E4-8C00-75909EDD9EE8}): CScanJob::Execute- Failed at AddUpdateSource, Error = 2278557330', 'ScanAgent'),
              ],
            }),
          },
        },
      },
      'client',
    ),
  );
  assert.equal(d.scanAgentAvailable, true);
  assert.deepEqual(d.errorCodes.map((c) => [c.code, c.count, c.family]), [['0x80244022', 3, 'serviceUnavailable'], ['0x87D00692', 2, 'policy']]);
  assert.match(d.errorCodes[1]!.meaning!, /AddUpdateSource/);
  assert.match(d.errorCodes[1]!.cause!, /Group Policy/);
  assert.equal(d.gpoConflict.count, 2);
  assert.equal(d.gpoConflict.samples[0]!.file, 'C:\\Windows\\CCM\\Logs\\ScanAgent.log');
  assert.equal(d.scanFailures.count, 3);
});

test('WUAHandler: failures and overwrites before a successful scan are recovered; an overwrite naming the SUP itself is no conflict', () => {
  const wua = (message: string, time: string) => cmRecord(message, 'WUAHandler', time, '11-24-2026');
  const doc = makeDoc(
    {
      clientPolicy: { status: 'ok', windowsUpdate: { WUServer: 'http://sup01.contoso.com:8530', WUStatusServer: 'http://sup01.contoso.com:8530' }, au: { UseWUServer: 1 } },
      logs: {
        configMgrClient: {
          locationServices: okExcerpt({ lines: [cmRecord("WSUS Path='http://SUP01.contoso.com:8530', Server='SUP01.contoso.com', Version='38'", 'LocationServices', '08:00:00.000+000', '11-24-2026')] }),
          wuaHandler: okExcerpt({
            lines: [
              wua('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://sup01.contoso.com:8530 and Policy ENABLED', '08:10:00.000+000'),
              wua('OnSearchComplete - Failed to end search job. Error = 0x80244022.', '08:20:00.000+000'),
              wua('Scan failed with error = 0x80244022.', '08:20:00.100+000'),
              wua('Successfully completed scan.', '08:51:00.000+000'),
              wua('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://oldwsus.contoso.com:8530 and Policy ENABLED', '09:10:00.000+000'),
              wua('Scan failed with error = 0x80072EE2.', '09:20:00.000+000'),
            ],
          }),
        },
      },
    },
    'client',
  );
  const d = deriveConfigMgrClient(doc);
  assert.equal(d.scanFailuresRecovered.count, 2);
  assert.equal(d.scanFailures.count, 1);
  assert.match(d.scanFailures.samples[0]!.text, /0x80072EE2/);
  assert.equal(d.policyOverwritten.count, 1, 'only the later overwrite naming another server');
  assert.equal(d.policyOverwrittenHarmless, 1);
  assert.equal(d.lastSuccessfulScan, '2026-11-24T08:51:00.000Z');
});

const GUID = '{8B8F8D5A-2C1E-4A9B-9E63-0F1D2C3B4A59}';
const reply = (url: string, version: string, time: string) => [
  cmRecord('Calling back with the following WSUS locations', 'LocationServices', time, '04-30-2024'),
  cmRecord(`WSUS Path='${url}', Server='${url.replace(/^https?:\/\/|:\d+$/g, '')}', Version='${version}'`, 'LocationServices', time, '04-30-2024'),
];

test('content version: the newest request and the newest location version, mismatch when no location of that version follows', () => {
  const ls = [...reply('http://sup01.contoso.com:8530', '37', '09:00:00.000+000')];
  const sa = [cmRecord(`- - - - - -Requesting WSUS Server Locations from LS for ${GUID} version 38`, 'ScanAgent', '10:00:00.000+000', '04-30-2024')];
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: ls }), scanAgent: okExcerpt({ lines: sa }) } } }, 'client'));
  assert.equal(d.requestedContentVersion, '38');
  assert.equal(d.latestLocationVersion, '37');
  assert.equal(d.contentVersionMismatch, true);
  const answered = [...ls, ...reply('http://sup01.contoso.com:8530', '38', '10:00:05.000+000')];
  const ok = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: answered }), scanAgent: okExcerpt({ lines: sa }) } } }, 'client'));
  assert.equal(ok.contentVersionMismatch, false);
});

test('content version: a WSUSLocationRequest names the version too; no request leaves the comparison out', () => {
  const ls = [
    ...reply('http://sup01.contoso.com:8530', '38', '09:00:00.000+000'),
    cmRecord(`WSUSLocationRequest : <WSUSLocationRequest SchemaVersion="1.00"><Content ID="${GUID}" Version="39"/></WSUSLocationRequest>`, 'LocationServices', '10:00:00.000+000', '04-30-2024'),
  ];
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: ls }) } } }, 'client'));
  assert.equal(d.requestedContentVersion, '39');
  assert.equal(d.contentVersionMismatch, true);
  const none = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines: reply('http://sup01.contoso.com:8530', '38', '09:00:00.000+000') }) } } }, 'client'));
  assert.equal(none.requestedContentVersion, undefined);
  assert.equal(none.contentVersionMismatch, undefined);
});

test('SUP switches: a reply whose first SUP differs from the previous reply; a failover list in one reply is no switch', () => {
  const lines = [
    ...reply('http://sup01.contoso.com:8530', '38', '08:00:00.000+000'),
    // One reply listing two SUPs (the failover list): not a switch.
    cmRecord("WSUS Path='http://sup02.contoso.com:8530', Server='sup02.contoso.com', Version='38'", 'LocationServices', '08:00:00.000+000', '04-30-2024'),
    ...reply('http://sup01.contoso.com:8530', '38', '09:00:00.000+000'),
    ...reply('http://SUP02.contoso.com:8530/', '38', '10:00:00.000+000'),
  ];
  const d = deriveConfigMgrClient(makeDoc({ logs: { configMgrClient: { locationServices: okExcerpt({ lines }) } } }, 'client'));
  assert.equal(d.supSwitches!.count, 1);
  assert.match(d.supSwitches!.samples[0]!.text, /SUP02/);
  assert.deepEqual(d.supsUsed, ['http://sup01.contoso.com:8530', 'http://SUP02.contoso.com:8530/']);
});

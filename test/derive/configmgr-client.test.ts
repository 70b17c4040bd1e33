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
    wuaHandlerAvailable: false,
    policyOverwritten: { count: 0, samples: [] },
    scanFailures: { count: 0, samples: [] },
  });
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

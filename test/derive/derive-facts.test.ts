// deriveFacts: a minimal document yields every block with nothing invented; a fuller one
// fills them; the output always matches schemas/derived-facts.schema.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import type { DerivedFacts } from '../../engine/derive/derived-types.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import { corpusLines } from '../parsers/corpus.js';
import { cmRecord, IIS_FIELDS, iisRow, makeDoc, okExcerpt } from './make-doc.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'derived-facts.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function assertMatchesSchema(derived: DerivedFacts): void {
  assert.ok(validate(derived), JSON.stringify(validate.errors));
  // JSON round trip: no undefined values or other non-JSON leftovers.
  assert.deepEqual(JSON.parse(JSON.stringify(derived)), derived);
}

test('a document with no sections: every block present, unavailable, empty', () => {
  const d = deriveFacts(makeDoc());
  assertMatchesSchema(d);
  assert.deepEqual(d.wsusSite, { found: false });
  assert.deepEqual(d.wsusPool, { found: false, name: 'WsusPool' });
  assert.equal(d.iisLog.available, false);
  assert.equal(d.httpErr.available, false);
  assert.equal(d.windowsUpdateLog.available, false);
  assert.equal(d.clientErrors.available, false);
  assert.equal(d.policy.available, false);
  assert.equal(d.configMgrClient.locationServicesAvailable, false);
  assert.equal(d.configMgrClient.wuaHandlerAvailable, false);
  assert.equal(d.events.available, false);
  assert.deepEqual(d.installedKbs, []);
  assert.equal(d.osFamily, 'unknown');
  assert.equal('rebootPending' in d, false);
  assert.equal('latestUpdateInstalledOn' in d, false);
  assert.equal('updatesWithoutDate' in d, false);
  assert.equal(d.wsusApplications.available, false);
  assert.deepEqual(d.proxy, { available: false, bypassEntries: [] });
  assert.equal('matchesAgentUrl' in d.policy, false);
  assert.equal(d.events.wsusPoolDisabled.count, 0);
  assert.equal(d.clientErrors.byFamily.http.count, 0);
});

test('sections present but not ok are treated like absent ones', () => {
  const err = { status: 'error' as const, message: 'Access is denied' };
  const doc = makeDoc({
    os: { ...err, version: '10.0.17763', productType: 'server', pendingReboot: { windowsUpdate: true } },
    updates: { ...err, items: [{ id: 'KB1', installedOn: '2024-01-01' }] },
    iis: { ...err, sites: [{ id: 1, name: 'WSUS Administration' }] },
    clientPolicy: { ...err, windowsUpdate: { WUServer: 'http://wsus:8530' } },
    events: { ...err, items: [{ logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5002, timeCreated: '2024-01-01T00:00:00Z' }] },
    logs: {
      iisW3c: { ...err, files: [{ path: 'x', lines: [iisRow({ stem: '/', status: 503 })] }] },
      httpErr: { ...err, files: [{ path: 'x', lines: ['2024-01-01 00:00:00 1.1.1.1 1 2.2.2.2 80 HTTP/1.1 GET / 503 1 QueueFull WsusPool'] }] },
      windowsUpdate: { ...err, files: [{ path: 'x', lines: ['2010-01-05 18:52:06:747 808 aac Agent error 0x80072ee2'] }] },
      configMgrClient: { locationServices: { ...err, files: [{ path: 'x', lines: [cmRecord("WSUS Path='http://a:8530'")] }] } },
    },
  });
  assert.deepEqual(deriveFacts(doc), deriveFacts(makeDoc()));
});

test('a fuller server document fills the blocks and matches the schema', () => {
  const doc: FactDocument = makeDoc({
    os: { status: 'ok', version: '10.0.14393', build: 14393, ubr: 1670, productType: 'server', pendingReboot: { componentBasedServicing: true } },
    updates: { status: 'ok', items: [{ id: 'kb4039396', installedOn: '2017-09-01' }] },
    wsusServer: { status: 'ok', iisTargetWebSiteIndex: 1572271583, portNumber: 8530 },
    iis: {
      status: 'ok',
      sites: [{ id: 1572271583, name: 'WSUS Administration', state: 'Started' }],
      appPools: { WsusPool: { name: 'WsusPool', state: 'Started', privateMemoryKB: 1843200, queueLength: 1000 } },
      wsusApplications: [{ name: 'ClientWebService', kind: 'application', applicationPool: 'WsusPool' }],
    },
    events: {
      status: 'ok',
      items: [{ logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5117, timeCreated: '2024-05-01T10:00:00Z', message: 'recycle' }],
    },
    logs: {
      iisW3c: okExcerpt({ lines: [IIS_FIELDS, iisRow({ stem: '/ClientWebService/client.asmx', status: 503 }), iisRow({ method: 'HEAD', stem: '/Content/AE/x.cab', status: 404 })] }),
      httpErr: okExcerpt({ lines: corpusLines('plaso/httperr/httperr_restart.log') }),
    },
  });
  const d = deriveFacts(doc);
  assertMatchesSchema(d);
  assert.equal(d.osFamily, '2016');
  assert.deepEqual(d.installedKbs, ['KB4039396']);
  assert.equal(d.latestUpdateInstalledOn, '2017-09-01');
  assert.equal(d.rebootPending, true);
  assert.deepEqual([d.wsusSite.found, d.wsusSite.matchedBy], [true, 'siteIndex']);
  assert.deepEqual([d.wsusPool.found, d.wsusPool.privateMemoryKB], [true, 1843200]);
  assert.equal(d.iisLog.status503.count, 1);
  assert.deepEqual(d.iisLog.status404.missingApplications, ['Content']);
  assert.equal(d.httpErr.serviceUnavailable.count, 2);
  assert.deepEqual(d.httpErr.wsus.ports, [8530, 8531]);
  assert.equal(d.events.byKey['Microsoft-Windows-WAS/5117']?.count, 1);
  assert.equal(d.events.wsusPoolMemoryRecycles.count, 0, "the message does not name WsusPool");
  assert.equal(d.clientErrors.available, true, 'events were collected');
  assert.deepEqual(d.clientErrors.codes, []);
  assert.equal(d.updatesWithoutDate, 0);
  assert.deepEqual(d.wsusApplications.impersonationNotRead, ['ClientWebService']);
  assert.deepEqual(d.iisLog.subStatusCounts, { '404': { '0': 1 }, '503': { '0': 1 } });
});

test('a fuller client document fills the client blocks and matches the schema', () => {
  const doc: FactDocument = makeDoc(
    {
      os: { status: 'ok', version: '10.0.19045', productType: 'workstation', pendingReboot: {} },
      clientPolicy: { status: 'ok', windowsUpdate: { WUServer: 'http://servername:8530', WUStatusServer: 'http://servername:8530' }, au: { UseWUServer: 1 } },
      proxy: { status: 'ok', direct: false, proxyServer: 'proxy:8080', bypassList: '<local>' },
      events: { status: 'ok', items: [{ logName: 'System', providerName: 'Microsoft-Windows-WindowsUpdateClient', id: 25, timeCreated: '2024-05-01T10:00:00Z', message: 'error 0x80072EE2' }] },
      logs: {
        windowsUpdate: okExcerpt({ lines: corpusLines('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log') }),
        configMgrClient: {
          locationServices: okExcerpt({ lines: [cmRecord("WSUS Path='http://sup01.contoso.com:8530', Server='sup01.contoso.com', Version='38'")] }),
          wuaHandler: okExcerpt({ lines: corpusLines('ms-supportarticles/troubleshoot-scan-failures.WUAHandler-messages.txt').map((m) => cmRecord(m, 'WUAHandler')) }),
        },
      },
    },
    'client',
  );
  const d = deriveFacts(doc);
  assertMatchesSchema(d);
  assert.equal(d.osFamily, 'client');
  assert.equal(d.rebootPending, false);
  assert.deepEqual([d.policy.source, d.policy.wuServer.port, d.policy.wuServer.isFqdn, d.policy.statusServerMatches], ['native', 8530, false, true]);
  assert.deepEqual(d.clientErrors.codes.map((c) => [c.code, c.count]), [['0x8024402C', 10], ['0x80072EE2', 1]]);
  assert.equal(d.clientErrors.timeouts2ee2.count, 1);
  assert.equal(d.windowsUpdateLog.format, 'legacy');
  assert.equal(d.configMgrClient.latestWsusPath, 'http://sup01.contoso.com:8530');
  assert.equal(d.configMgrClient.policyOverwritten.count, 1);
  assert.equal(d.configMgrClient.latestLocationMatchesPolicy, false, 'the policy names servername, the reply sup01');
  assert.equal('matchesAgentUrl' in d.policy, false, 'the excerpt has no "WSUS server:" line');
  assert.equal(d.proxy.bypassesWsusHost, true, '<local> covers the short host servername');
  assert.deepEqual(d.clientErrors.byFamily.proxy.codes.map((c) => c.code), ['0x8024402C']);
  assert.deepEqual(d.clientErrors.byFamily.timeout.codes.map((c) => c.code), ['0x80072EE2']);
});

test('deriveFacts does not modify the document', () => {
  const doc = makeDoc({ logs: { iisW3c: okExcerpt({ lines: [IIS_FIELDS, iisRow({ stem: '/', status: 500 })] }) } });
  const before = JSON.stringify(doc);
  deriveFacts(doc);
  assert.equal(JSON.stringify(doc), before);
});

test('whatever two documents\' derived facts share is frozen, so that neither can change the other (blocks built once for documents without a source)', () => {
  const examples = readdirSync(join(import.meta.dirname, '..', '..', 'examples')).filter((name) => name.endsWith('.json')).map(
    (name) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', name), 'utf8')) as FactDocument,
  );
  const docs = [makeDoc(), makeDoc(), makeDoc({ events: { status: 'ok', items: [] }, clientPolicy: { status: 'notCollected' } }), ...examples];
  const objectsOf = (value: unknown, into = new Set<object>()): Set<object> => {
    if (value !== null && typeof value === 'object' && !into.has(value)) {
      into.add(value);
      for (const inner of Object.values(value)) objectsOf(inner, into);
    }
    return into;
  };
  const seen = docs.map((doc) => objectsOf(deriveFacts(doc)));
  let shared = 0;
  for (let a = 0; a < seen.length; a++) {
    for (let b = a + 1; b < seen.length; b++) {
      for (const object of seen[a]!) {
        if (!seen[b]!.has(object)) continue;
        shared++;
        assert.ok(Object.isFrozen(object), `shared and not frozen: ${JSON.stringify(object).slice(0, 200)}`);
      }
    }
  }
  // The two empty documents share their unavailable blocks (IIS log, events, policy, ...): the check is not vacuous.
  assert.ok(shared >= 20, `only ${shared} shared objects`);
  // A frozen block refuses a change loudly (ES modules run in strict mode).
  const first = deriveFacts(makeDoc());
  assert.throws(() => {
    (first.iisLog as { entries: number }).entries = 1;
  }, TypeError);
  assert.equal(deriveFacts(makeDoc()).iisLog.entries, 0);
});

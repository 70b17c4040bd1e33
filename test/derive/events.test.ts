// deriveEvents: counts and samples per "<provider>/<id>".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveEvents, eventKey, namesPool } from '../../engine/derive/derive-events.js';
import type { EventEntry } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const ev = (providerName: string, id: number, timeCreated: string, message?: string): EventEntry => ({
  logName: 'System', providerName, id, timeCreated, ...(message !== undefined && { message }),
});

test('not collected: available false, byKey empty', () => {
  const none = { available: false, byKey: {}, wsusPoolDisabled: { count: 0, samples: [] }, wsusPoolMemoryRecycles: { count: 0, samples: [] }, wsusPoolWorkerFailures: { count: 0, samples: [] }, wsusPoolWorkerFailureIds: {}, poolNotNamed: {} };
  assert.deepEqual(deriveEvents(makeDoc({ events: { status: 'error', message: 'x' } })), none);
  assert.deepEqual(deriveEvents(makeDoc()), none);
});

test('counts per provider/id, newest samples last, message or a placeholder as text', () => {
  const items = [
    ...Array.from({ length: 7 }, (_, i) => ev('Microsoft-Windows-WAS', 5117, `2024-05-01T0${i}:00:00Z`, `recycle ${i}`)),
    ev('Microsoft-Windows-WAS', 5002, '2024-05-01T08:00:00Z', "Application pool 'WsusPool' is being automatically disabled"),
    ev('Windows Server Update Services', 12072, '2024-05-01T09:00:00Z'),
  ];
  const d = deriveEvents(makeDoc({ events: { status: 'ok', items } }));
  assert.equal(d.available, true);
  assert.deepEqual(Object.keys(d.byKey), ['Microsoft-Windows-WAS/5117', 'Microsoft-Windows-WAS/5002', 'Windows Server Update Services/12072']);
  const recycles = d.byKey[eventKey('Microsoft-Windows-WAS', 5117)]!;
  assert.equal(recycles.count, 7);
  assert.deepEqual(recycles.samples.map((s) => s.text), ['recycle 2', 'recycle 3', 'recycle 4', 'recycle 5', 'recycle 6']);
  assert.deepEqual(recycles.samples[4], { timestamp: '2024-05-01T06:00:00Z', text: 'recycle 6' });
  assert.equal(d.byKey['Windows Server Update Services/12072']!.samples[0]!.text, 'Windows Server Update Services event 12072');
});

test('ok with no items: available, empty', () => {
  assert.deepEqual(deriveEvents(makeDoc({ events: { status: 'ok' } })), {
    available: true, byKey: {}, wsusPoolDisabled: { count: 0, samples: [] }, wsusPoolMemoryRecycles: { count: 0, samples: [] }, wsusPoolWorkerFailures: { count: 0, samples: [] }, wsusPoolWorkerFailureIds: {}, poolNotNamed: {},
  });
});

test('WAS 5002/5117 naming the WSUS pool are counted apart; empty messages cannot be attributed', () => {
  const was = (id: number, message?: string) => ev('Microsoft-Windows-WAS', id, '2024-05-01T08:00:00Z', message);
  const items = [
    was(5002, "Application pool 'WsusPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool."),
    was(5002, "Application pool 'DefaultAppPool' is being automatically disabled due to a series of failures."),
    was(5002, "Application pool 'WsusPool2' is being automatically disabled."),
    was(5117, "A worker process with process id of '5120' serving application pool 'WSUSPOOL' has requested a recycle because it reached its private bytes memory limit."),
    was(5117, "A worker process with process id of '5121' serving application pool 'SharePoint - 80' has requested a recycle because it reached its private bytes memory limit."),
    was(5117, ''),
    was(5002),
    was(5186, "A worker process serving application pool 'WsusPool' was shutdown due to inactivity."),
    ev('Other-Provider', 5002, '2024-05-01T08:00:00Z', "pool 'WsusPool'"),
  ];
  const d = deriveEvents(makeDoc({ events: { status: 'ok', items } }));
  assert.equal(d.byKey['Microsoft-Windows-WAS/5002']?.count, 4);
  assert.equal(d.wsusPoolDisabled.count, 1);
  assert.match(d.wsusPoolDisabled.samples[0]!.text, /'WsusPool' is being/);
  assert.equal(d.wsusPoolMemoryRecycles.count, 1);
  assert.deepEqual(Object.keys(d.poolNotNamed), ['Microsoft-Windows-WAS/5117', 'Microsoft-Windows-WAS/5002']);
  assert.equal(d.poolNotNamed['Microsoft-Windows-WAS/5002']!.samples[0]!.text, 'Microsoft-Windows-WAS event 5002');
});

test('the WSUS pool is the one ClientWebService runs in', () => {
  const items = [ev('Microsoft-Windows-WAS', 5002, '2024-05-01T08:00:00Z', "Application pool 'WSUS Pool' is being automatically disabled.")];
  const iis = { status: 'ok' as const, wsusApplications: [{ name: 'ClientWebService', kind: 'application' as const, applicationPool: 'WSUS Pool' }] };
  assert.equal(deriveEvents(makeDoc({ iis, events: { status: 'ok', items } })).wsusPoolDisabled.count, 1);
  assert.equal(deriveEvents(makeDoc({ events: { status: 'ok', items } })).wsusPoolDisabled.count, 0);
});

test('namesPool: whole words only', () => {
  assert.equal(namesPool("pool 'WsusPool'", 'wsuspool'), true);
  assert.equal(namesPool('WsusPool', 'wsuspool'), true);
  assert.equal(namesPool("pool 'MyWsusPool' and 'WsusPool_2'", 'wsuspool'), false);
  assert.equal(namesPool("pool 'MyWsusPool' then 'WsusPool'.", 'wsuspool'), true);
  assert.equal(namesPool('anything', ''), false);
});

test('WAS 5009-5013 naming the WSUS pool are counted apart, per id; other pools and unnamed events are not', () => {
  const was = (id: number, message: string) => ev('Microsoft-Windows-WAS', id, '2024-05-01T08:00:00Z', message);
  const items = [
    was(5010, "A process serving application pool 'WsusPool' failed to respond to a ping. The process id was '6120'."),
    was(5010, "A process serving application pool 'WsusPool' failed to respond to a ping. The process id was '6121'."),
    was(5011, "A process serving application pool 'WsusPool' suffered a fatal communication error with the Windows Process Activation Service."),
    was(5009, "A process serving application pool 'DefaultAppPool' terminated unexpectedly."),
    was(5013, ''),
  ];
  const d = deriveEvents(makeDoc({ events: { status: 'ok', items } }));
  assert.equal(d.wsusPoolWorkerFailures.count, 3);
  assert.deepEqual(d.wsusPoolWorkerFailureIds, { '5010': 2, '5011': 1 });
  assert.equal(d.poolNotNamed['Microsoft-Windows-WAS/5013']?.count, 1);
  assert.equal(d.byKey['Microsoft-Windows-WAS/5009']?.count, 1);
});

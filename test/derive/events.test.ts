// deriveEvents: counts and samples per "<provider>/<id>".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveEvents, eventKey } from '../../engine/derive/derive-events.js';
import type { EventEntry } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const ev = (providerName: string, id: number, timeCreated: string, message?: string): EventEntry => ({
  logName: 'System', providerName, id, timeCreated, ...(message !== undefined && { message }),
});

test('not collected: available false, byKey empty', () => {
  assert.deepEqual(deriveEvents(makeDoc({ events: { status: 'error', message: 'x' } })), { available: false, byKey: {} });
  assert.deepEqual(deriveEvents(makeDoc()), { available: false, byKey: {} });
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
  assert.deepEqual(deriveEvents(makeDoc({ events: { status: 'ok' } })), { available: true, byKey: {} });
});

// deriveWsusHealth: failure events are failing unless the component's "working" event follows
// the newest one; other components' working events and other sources do not count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveWsusHealth } from '../../engine/derive/derive-wsus-health.js';
import type { EventEntry } from '../../engine/facts/fact-types.generated.js';
import { makeDoc } from './make-doc.js';

const ev = (id: number, time: string, providerName = 'Windows Server Update Services'): EventEntry => ({ logName: 'Application', providerName, id, timeCreated: time, message: `event ${id}` });
const derive = (items: EventEntry[]) => deriveWsusHealth(makeDoc({ events: { status: 'ok', items } }));

test('not collected: available false and nothing counted', () => {
  const d = deriveWsusHealth(makeDoc({ events: { status: 'error', message: 'x' } }));
  assert.equal(d.available, false);
  assert.deepEqual([d.failingIds, d.recoveredIds, d.failing.count, d.consoleErrors.count], [[], [], 0, 0]);
});

test('a failure with no working event after it is failing; one followed by its working event recovered', () => {
  const d = derive([ev(12022, '2024-05-01T00:00:00Z'), ev(12002, '2024-05-01T01:00:00Z'), ev(12001, '2024-05-01T06:00:00Z'), ev(12021, '2024-04-30T18:00:00Z')]);
  assert.deepEqual(d.failingIds, [12022]);
  assert.deepEqual(d.recoveredIds, [12002]);
  assert.match(d.failingText, /^12022 Client Web Service not working \(1 event\(s\), newest 2024-05-01T00:00:00Z\): .* Fix: /);
  assert.match(d.recoveredText, /working again at 2024-05-01T06:00:00Z \(event 12001\)/);
  assert.equal(d.failing.count, 1);
  assert.equal(d.recovered.count, 1);
});

test('the same time: list order decides; other sources and 7053 are apart', () => {
  const d = derive([ev(12072, '2024-05-01T06:00:00Z'), ev(12071, '2024-05-01T06:00:00Z'), ev(12042, '2024-05-01T06:00:00Z', 'Other'), ev(7053, '2024-05-01T07:00:00Z')]);
  assert.deepEqual(d.recoveredIds, [12072]);
  assert.deepEqual(d.failingIds, []);
  assert.equal(d.consoleErrors.count, 1);
});

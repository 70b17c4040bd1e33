// Reference time and reporting evidence of the fleet facts: a median that one wrong clock cannot
// move, outliers left out of the reporting share, clients without dated scan evidence unknown,
// and a client summary that stays small whatever its log holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correlateFleet } from '../../engine/fleet/correlate.js';
import { DEFAULT_FLEET_OPTIONS } from '../../engine/fleet/fleet-types.js';
import { testCaseSummaries } from '../../engine/fleet/run-fleet-rule-test.js';
import staleReporting from '../../rules/fleet/fleet-stale-reporting.js';
import { client, server, wsusScanLines } from '../../rules/fleet/shared/test-fleet.js';
import type { FleetRuleTestMachine } from '../../engine/fleet/fleet-rule.js';

const summaries = (machines: FleetRuleTestMachine[]) => testCaseSummaries(staleReporting, { name: 't', machines, expect: 'pass' });

test('one file collected in 2031 does not move the reference time and is left out of the share', () => {
  const machines = [server(), ...['PC1', 'PC2', 'PC3'].map((n) => client(n, { lastDetect: null, scans: { log: ['2026-11-24T09:12:03'] } })), client('FUTURE', { collectedAt: '2031-01-02T08:00:00Z' })];
  const { fleet } = correlateFleet(summaries(machines), DEFAULT_FLEET_OPTIONS).fleet;
  assert.equal(fleet.referenceTime, '2026-11-24T12:00:00Z');
  assert.deepEqual(fleet.collection.outliers, ['future.contoso.com']);
  assert.deepEqual(fleet.reporting.outlierClients, ['future.contoso.com']);
  assert.equal(fleet.reporting.considered, 3);
  assert.equal(fleet.reporting.share, 1);
});

test('a machine collected 90 days before the others is an outlier; the reference is the median of the others', () => {
  const machines = [server(), client('PC1', { collectedAt: '2026-11-23T12:00:00Z' }), client('PC2'), client('OLD', { collectedAt: '2026-08-26T12:00:00Z' })];
  const { fleet } = correlateFleet(summaries(machines), DEFAULT_FLEET_OPTIONS).fleet;
  assert.deepEqual(fleet.collection.outliers, ['old.contoso.com']);
  assert.equal(fleet.referenceTime, '2026-11-24T12:00:00Z');
  assert.equal(fleet.collection.inTimeRange, '2026-11-23T12:00:00Z – 2026-11-24T12:00:00Z');
});

test('clients without dated scan evidence are listed as unknown, not stale', () => {
  const machines = [client('PC1', { lastDetect: null, scans: { events: ['2026-11-24T08:00:00Z'] } }), client('PC2', { lastDetect: null }), client('PC3', { lastDetect: null, logCollected: false })];
  const { fleet } = correlateFleet(summaries(machines), DEFAULT_FLEET_OPTIONS).fleet;
  assert.equal(fleet.reporting.considered, 1);
  assert.deepEqual(fleet.reporting.staleClients, []);
  assert.deepEqual(fleet.reporting.noEvidenceClients, ['pc2.contoso.com', 'pc3.contoso.com']);
});

test('a client summary stays small with a long WindowsUpdate.log (no log lines kept)', () => {
  const log = Array.from({ length: 500 }, (_, i) => `2026-11-2${i % 4}T0${i % 10}:${String(i % 60).padStart(2, '0')}:03`);
  const machine = client('PC1', { lastDetect: null, scans: { log } });
  const [summary] = summaries([machine]);
  assert.equal(summary!.role === 'client' && summary!.lastScanSuccess?.source, 'log');
  assert.ok(JSON.stringify(summary).length < 800, `${JSON.stringify(summary).length} bytes`);
  assert.ok(!JSON.stringify(summary).includes(wsusScanLines('2026-11-23T09:00:03', 'http://wsus01.contoso.com:8530', 1)[1]!.slice(40)));
});

// Batch over generated fleets with planted fleet failures (worker threads running the
// TypeScript sources through tsx): exactly the planted fleet findings, bad files reported while
// the others go on, older duplicates superseded, every input file in every report, the JSON
// report valid against the schema, NDJSON one line per file.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFleet, type FleetManifest } from '../../scripts/generate-fleet.js';
import { runBatch, type BatchResult } from '../../engine/batch/run-batch.js';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import type { Report } from '../../engine/model/report-model.js';

const root = join(import.meta.dirname, '..', '..');
const sink = { stdout: (_: string) => undefined };

function findingsOf(result: Pick<BatchResult, 'fleet'>, only?: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of result.fleet.results) {
    if (r.outcome !== 'fail') continue;
    const machines = (r.machines ?? []).filter((m) => !only || only.has(m));
    if (only && machines.length === 0) continue;
    out.set(`${r.ruleId} | ${r.subject}`, [...machines].sort());
  }
  return out;
}

function expectedOf(manifest: FleetManifest): Map<string, string[]> {
  return new Map(manifest.expected.findings.map((f) => [`${f.ruleId} | ${f.subject}`, [...f.machines].sort()]));
}

describe('batch over a generated fleet of 60 machines', () => {
  let dir: string;
  let out: string;
  let manifest: FleetManifest;
  let result: BatchResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-fleet-'));
    out = mkdtempSync(join(tmpdir(), 'wsus-doctor-out-'));
    manifest = writeFleet(dir, { machines: 60, seed: 7 });
    result = await runBatch(
      {
        inputs: [dir],
        rules: [...builtInRules],
        fleetRules,
        outputs: ['json', 'ndjson', 'csv', 'junit', 'sarif'].map((format) => ({ format: format as 'json', target: join(out, `report.${format}`) })),
        failOn: 'error',
        workers: 2,
      },
      sink,
    );
  });

  test('finds exactly the planted fleet findings, naming exactly the planted machines', () => {
    assert.deepEqual(Object.fromEntries(findingsOf(result)), Object.fromEntries(expectedOf(manifest)));
  });

  test('bad files are reported with their reason and the others are diagnosed; exit code 2', () => {
    assert.deepEqual(result.failed.map((f) => f.file).sort(), [...manifest.expected.failedFiles].sort());
    assert.deepEqual(result.failed.map((f) => f.code).sort(), ['E_EMPTY', 'E_JSON_SYNTAX', 'E_SCHEMA']);
    assert.equal(result.summary.machines, manifest.files.length);
    assert.equal(result.summary.diagnosed, manifest.files.length - manifest.expected.failedFiles.length - manifest.expected.superseded.length);
    assert.equal(result.exitCode, 2);
  });

  test('older duplicates of a machine are superseded by the newest file', () => {
    assert.deepEqual(result.superseded, manifest.expected.superseded);
  });

  test('the JSON report is valid, in input order, and lists every file once with its status', () => {
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    const validate = getValidator('report.schema.json');
    assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(report.machines.length, manifest.files.length);
    assert.deepEqual(new Set(report.machines.map((m) => m.file)), new Set(manifest.files));
    const byFile = new Map(report.machines.map((m) => [m.file, m]));
    for (const f of manifest.expected.failedFiles) assert.equal(byFile.get(f)!.status, 'failed');
    for (const s of manifest.expected.superseded) {
      assert.equal(byFile.get(s.file)!.status, 'superseded');
      assert.equal(byFile.get(s.file)!.supersededBy, s.supersededBy);
    }
    assert.deepEqual(report.summary, result.summary);
    assert.equal(report.fleet!.servers!.length, manifest.servers);
    const wsus02 = report.fleet!.servers!.find((s) => s.server.startsWith('wsus02'))!;
    assert.ok(wsus02.clients > 0 && wsus02.clientsWithDiagnoses <= wsus02.clients);
  });

  test('NDJSON: one machine line per input file, superseded marked, fleet records and summary last', () => {
    const records = readFileSync(join(out, 'report.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const machines = records.filter((r) => r.record === 'machine');
    assert.equal(machines.length, manifest.files.length);
    assert.deepEqual(new Set(machines.map((m) => m.file)), new Set(manifest.files));
    const supersededFiles = new Set([...records.filter((r) => r.record === 'superseded').map((r) => r.file), ...machines.filter((m) => m.status === 'superseded').map((m) => m.file)]);
    assert.deepEqual([...supersededFiles].sort(), manifest.expected.superseded.map((s) => s.file).sort());
    assert.equal(records.at(-1)!.record, 'summary');
    assert.equal(records.filter((r) => r.record === 'fleet').length, result.fleet.results.length);
  });

  test('CSV, JUnit and SARIF reports were written', () => {
    assert.ok(readFileSync(join(out, 'report.csv'), 'utf8').startsWith('\uFEFF"machine"'));
    assert.ok(readFileSync(join(out, 'report.junit'), 'utf8').startsWith('<?xml'));
    assert.equal((JSON.parse(readFileSync(join(out, 'report.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
  });
});

test('batch over examples/ plus a generated fleet: the planted findings, and no other finding names a generated machine', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-mixed-'));
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
  const manifest = writeFleet(join(dir, 'fleet'), { machines: 40, seed: 3 });
  const result = await runBatch({ inputs: [dir], rules: [...builtInRules], fleetRules, outputs: [], failOn: 'error', workers: 0 }, sink);
  const generated = new Set(manifest.machineNames);
  assert.deepEqual(Object.fromEntries(findingsOf(result, generated)), Object.fromEntries(expectedOf(manifest)));
  assert.equal(result.summary.machines, manifest.files.length + readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).length);
});

test('a fleet without plants has no fleet finding and no failed file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-clean-'));
  const manifest = writeFleet(dir, { machines: 30, seed: 5, plants: false });
  const result = await runBatch({ inputs: [dir], rules: [], fleetRules, outputs: [], failOn: 'error', workers: 0 }, sink);
  assert.deepEqual([...findingsOf(result).keys()], []);
  assert.equal(result.summary.diagnosed, manifest.files.length);
  assert.equal(result.exitCode, 0);
});

test('the fleet stage run in a worker thread gives the same fleet section and byte-identical reports', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-fleet-stage-'));
  const manifest = writeFleet(join(dir, 'fleet'), { machines: 60, seed: 11 });
  const run = (fleetInWorker: boolean) =>
    runBatch(
      {
        inputs: [join(dir, 'fleet')],
        rules: [...builtInRules],
        fleetRules,
        outputs: ['json', 'ndjson', 'csv', 'sarif'].map((format) => ({ format: format as 'json', target: join(dir, `${fleetInWorker}.${format}`) })),
        failOn: 'error',
        workers: 0,
        fleetInWorker,
        now: () => new Date('2026-11-24T12:00:00Z'),
      },
      sink,
    );
  const inline = await run(false);
  const inWorker = await run(true);
  assert.deepStrictEqual(inWorker.fleet, inline.fleet);
  assert.deepEqual(Object.fromEntries(findingsOf(inWorker)), Object.fromEntries(expectedOf(manifest)));
  const noDurations = (text: string) => text.replace(/"durationMs":\s*[0-9.]+/g, '"durationMs":0');
  let compared = 0;
  for (const format of ['json', 'ndjson', 'csv', 'sarif']) {
    assert.equal(noDurations(readFileSync(join(dir, `true.${format}`), 'utf8')), noDurations(readFileSync(join(dir, `false.${format}`), 'utf8')), format);
    compared++;
  }
  assert.equal(compared, 4);
});

// `wsus-doctor fleet` over sharded batch outputs: a generated fleet diagnosed in one batch and
// the same fleet in 4 shards (`batch --shard i/4 --format ndjson=...`) merged with `fleet` give
// the same fleet findings, the same per-machine results and the same summary.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { writeFleet } from '../../scripts/generate-fleet.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import type { Report } from '../../engine/model/report-model.js';
import { recordingIo } from '../cli/cli-helpers.js';

let fleetDir: string;
let out: string;
let single: Report;
let merged: Report;
let mergedExit: number;
let singleExit: number;

const findings = (report: Report) =>
  report.fleet!.results.filter((r) => r.outcome === 'fail').map((r) => `${r.ruleId} | ${r.subject} | ${[...(r.machines ?? [])].sort().join(',')}`).sort();
const byFile = (report: Report) => new Map(report.machines.map((m) => [m.file, m]));

before(async () => {
  fleetDir = mkdtempSync(join(tmpdir(), 'wsus-doctor-shards-'));
  out = mkdtempSync(join(tmpdir(), 'wsus-doctor-shards-out-'));
  writeFleet(fleetDir, { machines: 80, seed: 11 });
  const io = recordingIo();
  singleExit = await main(['batch', fleetDir, '--quiet', '--workers', '0', '--fail-on', 'warning', '-f', `json=${join(out, 'single.json')}`], io);
  single = JSON.parse(readFileSync(join(out, 'single.json'), 'utf8')) as Report;
  const shards = [];
  for (let i = 1; i <= 4; i++) {
    const file = join(out, `part${i}.ndjson`);
    await main(['batch', fleetDir, '--quiet', '--workers', '0', '--shard', `${i}/4`, '--fail-on', 'none', '-f', `ndjson=${file}`], recordingIo());
    shards.push(file);
  }
  const fleetIo = recordingIo();
  mergedExit = await main(['fleet', ...shards, '--fail-on', 'warning', '-f', `json=${join(out, 'merged.json')}`, '-f', 'text'], fleetIo);
  merged = JSON.parse(readFileSync(join(out, 'merged.json'), 'utf8')) as Report;
  assert.match(fleetIo.out, /^wsus-doctor fleet: \d+ files/);
});

test('the shards together hold every file once', () => {
  assert.deepEqual([...byFile(merged).keys()].sort(), [...byFile(single).keys()].sort());
});

test('the merged shards give the same fleet findings as one batch', () => {
  assert.ok(findings(single).length > 0, 'the generated fleet has planted findings');
  assert.deepEqual(findings(merged), findings(single));
  // The server table follows input order, which sharding changes: compare it by server.
  const servers = (r: Report) => [...r.fleet!.servers!].sort((a, b) => a.server.localeCompare(b.server));
  assert.deepEqual(servers(merged), servers(single));
});

test('same machine reports (fleet findings attached), summary and exit code; the merged report is valid', () => {
  const one = byFile(single);
  for (const [file, machine] of byFile(merged)) assert.deepEqual(machine, one.get(file), file);
  assert.deepEqual(merged.summary, single.summary);
  assert.equal(mergedExit, singleExit);
  assert.ok(getValidator('report.schema.json')(merged));
});

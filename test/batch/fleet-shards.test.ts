// `wsus-doctor fleet` over sharded batch outputs: a generated fleet diagnosed in one batch and
// the same fleet in 4 shards (`batch --shard i/4 --format ndjson=...`) merged with `fleet` give
// the same fleet findings, the same per-machine results and the same summary.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { writeFleet } from '../../scripts/generate-fleet.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import { CatalogueIndex, expandMachine, expandResult, type Catalogue, type CompactMachineReport, type CompactResult } from '../../engine/model/compact-report.js';
import type { Report as MemoryReport } from '../../engine/model/report-model.js';
import { recordingIo } from '../cli/cli-helpers.js';

/** The json format read back, results expanded with its catalogue. */
type Report = MemoryReport & { catalogue: Catalogue };

let fleetDir: string;
let out: string;
let single: Report;
let merged: Report;
let mergedExit: number;
let singleExit: number;

function readReport(path: string): Report {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Report & { machines: CompactMachineReport[]; fleet: { results: CompactResult[] } };
  const index = new CatalogueIndex(json.catalogue);
  return {
    ...json,
    machines: json.machines.map((m) => expandMachine(m, index)),
    fleet: { ...json.fleet, results: json.fleet.results.map((r) => expandResult(r, index.fleetRule(r.ruleId))) },
  };
}

const findings = (report: Report) =>
  report.fleet!.results.filter((r) => r.outcome === 'fail').map((r) => `${r.ruleId} | ${r.subject} | ${[...(r.machines ?? [])].sort().join(',')}`).sort();
const byFile = (report: Report) => new Map(report.machines.map((m) => [m.file, m]));

before(async () => {
  fleetDir = mkdtempSync(join(tmpdir(), 'wsus-doctor-shards-'));
  out = mkdtempSync(join(tmpdir(), 'wsus-doctor-shards-out-'));
  writeFleet(fleetDir, { machines: 80, seed: 11 });
  const io = recordingIo();
  singleExit = await main(['batch', fleetDir, '--quiet', '--workers', '0', '--fail-on', 'warning', '-f', `json=${join(out, 'single.json')}`], io);
  single = readReport(join(out, 'single.json'));
  const shards = [];
  for (let i = 1; i <= 4; i++) {
    const file = join(out, `part${i}.ndjson`);
    await main(['batch', fleetDir, '--quiet', '--workers', '0', '--shard', `${i}/4`, '--fail-on', 'none', '-f', `ndjson=${file}`], recordingIo());
    shards.push(file);
  }
  const fleetIo = recordingIo();
  mergedExit = await main(['fleet', ...shards, '--fail-on', 'warning', '-f', `json=${join(out, 'merged.json')}`, '-f', 'text'], fleetIo);
  merged = readReport(join(out, 'merged.json'));
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
  assert.ok(getValidator('report.schema.json')(JSON.parse(readFileSync(join(out, 'merged.json'), 'utf8'))));
});

test('the merged report carries the shards\' catalogue; a shard without one, or with other rules, is refused with exit 2', async () => {
  assert.deepEqual(merged.catalogue.rules, single.catalogue.rules);
  assert.deepEqual(merged.catalogue.fleetRules, single.catalogue.fleetRules);
  const lines = readFileSync(join(out, 'part1.ndjson'), 'utf8').split('\n');
  assert.match(lines[0]!, /^\{"record":"catalogue","reportVersion":"2.0",/);
  const bare = join(out, 'no-catalogue.ndjson');
  writeFileSync(bare, lines.slice(1).join('\n'));
  const io = recordingIo();
  assert.equal(await main(['fleet', bare, '--fail-on', 'none'], io), 2);
  assert.match(io.err, /no-catalogue\.ndjson.*no catalogue record/);
  const catalogue = JSON.parse(lines[0]!) as { rules: Array<{ id: string; title: string }> };
  catalogue.rules[0]!.title = 'Another title';
  const other = join(out, 'other-rules.ndjson');
  writeFileSync(other, [JSON.stringify(catalogue), ...lines.slice(1)].join('\n'));
  const io2 = recordingIo();
  assert.equal(await main(['fleet', join(out, 'part2.ndjson'), other, '--fail-on', 'none'], io2), 2);
  assert.match(io2.err, new RegExp(`other-rules\\.ndjson.*rule ${catalogue.rules[0]!.id} differs`));
});

// The batch command end to end: in-process through the CLI (sources, workers via tsx) and as
// the shipped program (`node bin/wsus-doctor.js batch`, bundled CLI and dist/batch-worker.js).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import type { CliIo } from '../../engine/cli/io.js';
import { writeFleet, type FleetManifest } from '../../scripts/generate-fleet.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import type { Report } from '../../engine/model/report-model.js';

const root = join(import.meta.dirname, '..', '..');

function fakeIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: root } as CliIo & { out: string; err: string };
  io.stdout = (t: string) => void (io.out += t);
  io.stderr = (t: string) => void (io.err += t);
  return io;
}

let dir: string;
let manifest: FleetManifest;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-cli-'));
  manifest = writeFleet(dir, { machines: 30, seed: 21 });
});

function findings(report: Report): string[] {
  return report.fleet!.results.filter((r) => r.outcome === 'fail').map((r) => `${r.ruleId} | ${r.subject} | ${[...(r.machines ?? [])].sort().join(',')}`).sort();
}
function expected(): string[] {
  return manifest.expected.findings.map((f) => `${f.ruleId} | ${f.subject} | ${[...f.machines].sort().join(',')}`).sort();
}

test('batch --help documents the formats, sharding and the exit-code precedence', async () => {
  const io = fakeIo();
  assert.equal(await main(['batch', '--help'], io), 0);
  for (const text of ['--format', '--output', '--shard', '--quiet', 'ndjson', 'sarif', 'Exit codes (first that applies): 2', 'superseded']) assert.ok(io.out.includes(text), text);
});

test('batch in-process: text summary on stdout, JSON report to stdout with --format json, failures on stderr, exit 2', async () => {
  const io = fakeIo();
  const code = await main(['batch', dir, '--workers', '2'], io);
  assert.equal(code, 2);
  assert.match(io.out, /wsus-doctor batch: \d+ files: \d+ diagnosed, 3 failed, \d+ superseded/);
  assert.match(io.out, /Fleet findings: 8/);
  assert.match(io.err, /broken-truncated\.json/);

  const json = fakeIo();
  assert.equal(await main(['batch', dir, '--format', 'json', '--quiet', '--workers', '0'], json), 2);
  assert.equal(json.err, '');
  const report = JSON.parse(json.out) as Report;
  assert.deepEqual(findings(report), expected());
});

test('every report to a file: the summary and the files written go to stderr, stdout stays empty; --quiet silences it', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-to-files-'));
  const io = fakeIo();
  assert.equal(await main(['batch', dir, '--workers', '0', '--fail-on', 'none', '-f', `json=${join(out, 'r.json')}`, '-f', `csv=${join(out, 'r.csv')}`], io), 2);
  assert.equal(io.out, '');
  assert.match(io.err, /^wsus-doctor batch: \d+ files: \d+ diagnosed, 3 failed, \d+ superseded/);
  assert.match(io.err, /Files that could not be diagnosed: 3\n(  .*\n)*  \S*broken-truncated\.json/);
  assert.match(io.err, new RegExp(`Reports:\\n {2}json {3}\\S*r\\.json\\n {2}csv {4}\\S*r\\.csv`));
  assert.equal(io.err.match(/broken-truncated\.json/g)!.length, 1, 'each failed file named once');
  const quiet = fakeIo();
  await main(['batch', dir, '--workers', '0', '--quiet', '--fail-on', 'none', '-f', `json=${join(out, 'q.json')}`], quiet);
  assert.equal(quiet.err + quiet.out, '');
});

test('a folder without fact files is bad input (exit 2), an empty shard is not', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'wsus-doctor-empty-'));
  const io = fakeIo();
  assert.equal(await main(['batch', empty, '--quiet'], io), 2);
  assert.match(io.err, /no fact files found/);
  assert.equal(await main(['batch', empty, '--quiet', '--shard', '1/2'], fakeIo()), 0);
});

test('the html format is registered and writes the self-contained report', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-html-'));
  const io = fakeIo();
  assert.equal(await main(['batch', dir, '-f', `html=${join(out, 'fleet.html')}`, '--quiet', '--workers', '0'], io), 2);
  const html = readFileSync(join(out, 'fleet.html'), 'utf8');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(html.includes('wsus01.corp.fabrikam.test'));
});

test('--fail-on none still exits 2 for a failed file; without bad files it decides 1 or 0', async () => {
  const io = fakeIo();
  assert.equal(await main(['batch', dir, '--fail-on', 'none', '--quiet', '--workers', '0'], io), 2);
  const good = manifest.files.filter((f) => !manifest.expected.failedFiles.includes(f));
  assert.equal(await main(['batch', ...good, '--fail-on', 'none', '--quiet', '--workers', '0'], fakeIo()), 0);
  assert.equal(await main(['batch', ...good, '--fail-on', 'error', '--quiet', '--workers', '0'], fakeIo()), 1);
  assert.equal(await main(['batch', ...good, '--only', 'fleet-stale-reporting', '--fail-on', 'warning', '--quiet', '--workers', '0'], fakeIo()), 1);
  assert.equal(await main(['batch', ...good, '--only', 'fleet-stale-reporting', '--fail-on', 'error', '--quiet', '--workers', '0'], fakeIo()), 0);
});

test('the shipped program (bundle + dist/batch-worker.js) writes several reports in one run', () => {
  // npm test builds dist/ first; a missing or stale bundle is a failure, never a skip.
  assert.ok(existsSync(join(root, 'dist', 'batch-worker.js')) && existsSync(join(root, 'dist', 'cli.js')), 'dist/ is not built: run npm run build');
  const newest = Math.max(...['engine/batch/worker.ts', 'engine/batch/file-processor.ts', 'engine/batch/run-batch.ts'].map((f) => statSync(join(root, f)).mtimeMs));
  assert.ok(statSync(join(root, 'dist', 'batch-worker.js')).mtimeMs >= newest - 1000, 'dist/ is older than the batch sources: run npm run build');
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-bin-'));
  const run = spawnSync(process.execPath, [join(root, 'bin', 'wsus-doctor.js'), 'batch', dir, '--workers', '2', '--quiet', '-f', `json=${join(out, 'r.json')}`, '-f', 'csv', '-o', join(out, 'r.csv'), '-f', 'text'], {
    encoding: 'utf8',
    cwd: root,
  });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stdout, /Fleet findings: 8/);
  const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as Report;
  const validate = getValidator('report.schema.json');
  assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.deepEqual(findings(report), expected());
  assert.ok(readFileSync(join(out, 'r.csv'), 'utf8').startsWith('\uFEFF'));
});

test('batch --waivers waives as diagnose --waivers does: same machine reports, same summary, same exit code', async () => {
  const waivers = join(root, 'examples', 'waivers', 'lab-servers.yaml');
  const args = ['--format', 'json', '--fail-on', 'warning', '--waivers', waivers];
  const diagnose = fakeIo();
  const examples = ['broken-wsus-server.json', 'healthy-wsus-server.json', 'wsus3-2008r2-server.json'].map((f) => join(root, 'examples', f));
  const diagnoseExit = await main(['diagnose', ...examples, ...args], diagnose);
  const batch = fakeIo();
  const batchExit = await main(['batch', ...examples, '--quiet', '--workers', '0', '--only', ...machineRuleIds(diagnose.out), ...args], batch);
  assert.equal(batchExit, diagnoseExit, batch.err);
  const one = JSON.parse(diagnose.out) as Report;
  const many = JSON.parse(batch.out) as Report;
  assert.ok(one.machines.some((m) => m.results.some((r) => r.waived)), 'the example waivers waive something');
  assert.deepEqual(many.machines, one.machines);
  const { fleetFailures: _f, ...summary } = many.summary;
  assert.deepEqual(summary, one.summary);
  assert.equal(diagnose.err.replace(/^wsus-doctor: .*\.json.*\n/gm, ''), batch.err);
});

function machineRuleIds(reportJson: string): string[] {
  return [...new Set((JSON.parse(reportJson) as Report).machines.flatMap((m) => m.results.map((r) => r.ruleId)))];
}

test('fleet findings are attached to the machines they name (json, ndjson, text, junit)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-attached-'));
  const io = fakeIo();
  await main(['batch', dir, '--quiet', '--workers', '0', '--fail-on', 'none', '-f', `json=${join(out, 'r.json')}`, '-f', `ndjson=${join(out, 'r.ndjson')}`, '-f', `junit=${join(out, 'r.xml')}`], io);
  const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as Report;
  const named = new Map<string, string[]>();
  for (const r of report.fleet!.results) if (r.outcome === 'fail') for (const m of r.machines ?? []) named.set(m, [...(named.get(m) ?? []), r.ruleId]);
  assert.ok(named.size > 0);
  for (const m of report.machines) {
    const name = m.fqdn ?? m.computerName;
    const expected = m.status === 'diagnosed' && name ? named.get(name) : undefined;
    assert.deepEqual(m.fleetFindings?.map((f) => f.ruleId), expected, `${m.file}`);
  }
  const lines = readFileSync(join(out, 'r.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const machineLines = lines.filter((l) => l.record === 'machine');
  assert.deepEqual(machineLines.map((l) => l.fleetFindings), report.machines.map((m) => m.fleetFindings));
  assert.ok(machineLines.filter((l) => l.status === 'diagnosed').every((l) => typeof (l.fleetFacts as { key?: string }).key === 'string'), 'diagnosed lines carry their fleet facts');
  const xml = readFileSync(join(out, 'r.xml'), 'utf8');
  assert.equal((xml.match(/<property name="fleetFinding"/g) ?? []).length, [...named.values()].flat().length - [...named.keys()].filter((n) => !report.machines.some((m) => m.status === 'diagnosed' && (m.fqdn ?? m.computerName) === n)).length);
});

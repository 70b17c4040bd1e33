// Interrupted runs (engine/cli/process-guards.ts, engine/cleanup.ts): the shipped program runs a
// batch over a generated fleet with worker threads, is stopped mid-run by SIGTERM or SIGINT, and
// must exit 143 / 130 with one line on stderr, leave the previous reports exactly as they were
// (NDJSON and JSON: reports are written to a temporary and renamed), and leave no spool folder
// in the temp folder and no temporary next to the reports. Also: the spool is removed when a
// run fails in-process, and `| head` (EPIPE) ends quietly.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFleet } from '../../scripts/generate-fleet.js';
import { runBatch } from '../../engine/batch/run-batch.js';
import { removeStaleSpools } from '../../engine/batch/spool.js';
import { builtInRules } from '../../rules/index.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'wsus-doctor.js');

let fleet: string;
before(() => {
  fleet = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-fleet-'));
  writeFleet(fleet, { machines: 400, seed: 5 });
});

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
  test(`${signal} mid-run: exit ${code}, one line, previous reports intact, no spool and no temporary left`, async () => {
    const spoolHome = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-tmp-'));
    const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-out-'));
    const previous = { 'fleet.ndjson': '{"record":"previous ndjson"}\n', 'fleet.json': '{"previous":"json report"}\n' };
    for (const [name, text] of Object.entries(previous)) writeFileSync(join(out, name), text);

    const child = spawn(process.execPath, [bin, 'batch', fleet, '--workers', '1', '--format', `ndjson=${join(out, 'fleet.ndjson')}`, '--format', `json=${join(out, 'fleet.json')}`, '--format', 'text'], {
      cwd: root,
      env: { ...process.env, TMPDIR: spoolHome, TMP: spoolHome, TEMP: spoolHome },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));

    // Mid-run: the spool exists and the reports' temporaries are open.
    await until(() => readdirSync(spoolHome).some((f) => f.startsWith('wsus-doctor-batch-')), 'the spool folder');
    await until(() => readdirSync(out).some((f) => f.endsWith('.tmp')), 'the report temporaries');
    child.kill(signal);
    const status = await exited;

    assert.equal(status, code, stderr);
    assert.equal(stdout, '', 'no summary of an unfinished run');
    assert.match(stderr, new RegExp(`^\\n?wsus-doctor: stopped by ${signal}; unfinished reports were dropped and earlier reports are unchanged\\n$`));
    for (const [name, text] of Object.entries(previous)) assert.equal(readFileSync(join(out, name), 'utf8'), text, `${name} kept as it was`);
    assert.deepEqual(readdirSync(out).sort(), ['fleet.json', 'fleet.ndjson'], 'no temporary left next to the reports');
    assert.deepEqual(readdirSync(spoolHome), [], 'no spool left in the temp folder');
  });
}

test('a batch that fails in-process removes its spool and its temporaries and keeps the previous report', async () => {
  const spoolHome = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-tmp-'));
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-out-'));
  writeFileSync(join(out, 'fleet.ndjson'), 'previous\n');
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = spoolHome;
  try {
    await assert.rejects(
      runBatch(
        {
          inputs: [fleet],
          rules: [...builtInRules],
          fleetRules: [],
          outputs: [{ format: 'ndjson', target: join(out, 'fleet.ndjson') }],
          failOn: 'error',
          workers: 0,
          onProgress: (done) => {
            assert.ok(readdirSync(spoolHome).length === 1, 'the spool exists while the batch runs');
            if (done === 5) throw new Error('boom');
          },
        },
        { stdout: () => undefined },
      ),
      /boom/,
    );
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  assert.deepEqual(readdirSync(spoolHome), []);
  assert.deepEqual(readdirSync(out), ['fleet.ndjson']);
  assert.equal(readFileSync(join(out, 'fleet.ndjson'), 'utf8'), 'previous\n');
});

test('| head: EPIPE on stdout ends quietly (no stack trace), exit 141, no spool left', () => {
  const spoolHome = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-tmp-'));
  mkdirSync(join(spoolHome, 'x'));
  // pipefail: the status of the pipe is the program's (head exits 0).
  const bash = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" batch "${fleet}" --quiet --format json | head -c 100 >/dev/null`], { encoding: 'utf8', cwd: root, env: { ...process.env, TMPDIR: spoolHome } });
  assert.equal(bash.status, 141, bash.stderr);
  assert.equal(bash.stderr, '');
  assert.deepEqual(readdirSync(spoolHome), ['x'], 'the spool is removed');
});

test('an uncaught exception during a batch: the process exits and its spool is removed (the exit hook)', () => {
  const spoolHome = mkdtempSync(join(tmpdir(), 'wsus-doctor-interrupt-tmp-'));
  const script = [
    `import { runBatch } from ${JSON.stringify(join(root, 'engine', 'batch', 'run-batch.ts'))};`,
    `import { builtInRules } from ${JSON.stringify(join(root, 'rules', 'index.ts'))};`,
    `import { readdirSync } from 'node:fs';`,
    `await runBatch({ inputs: [${JSON.stringify(fleet)}], rules: [...builtInRules], fleetRules: [], outputs: [{ format: 'json', target: '-' }], failOn: 'error', workers: 0,`,
    `  onProgress: (done) => { if (done === 3) { process.stderr.write('spool: ' + readdirSync(process.env.TMPDIR).join(',') + '\\n'); setImmediate(() => { throw new Error('uncaught boom'); }); } } }, { stdout: () => undefined });`,
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: root, env: { ...process.env, TMPDIR: spoolHome } });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /spool: .*wsus-doctor-batch-\d+-/, 'the spool existed');
  assert.match(run.stderr, /uncaught boom/);
  assert.deepEqual(readdirSync(spoolHome).filter((f) => f.startsWith('wsus-doctor-')), [], 'no spool left (tsx keeps its cache there too)');
});

test('spools of batches that died without cleaning up (SIGKILL, out of memory) are removed by the next batch; live or recent ones are kept', () => {
  const home = mkdtempSync(join(tmpdir(), 'wsus-doctor-stale-'));
  const old = new Date(Date.now() - 2 * 3600_000);
  const make = (name: string, when?: Date) => {
    mkdirSync(join(home, name));
    writeFileSync(join(home, name, 'machines.jsonl'), '{"host":"pc01"}\n');
    if (when) {
      utimesSync(join(home, name, 'machines.jsonl'), when, when);
      utimesSync(join(home, name), when, when);
    }
  };
  const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: no such process
  make(`wsus-doctor-batch-${deadPid}-aaaaaa`, old);
  make(`wsus-doctor-batch-${deadPid}-recent`);
  make(`wsus-doctor-batch-${process.pid}-mine`, old);
  make('unrelated-folder', old);
  assert.deepEqual(removeStaleSpools(home), [join(home, `wsus-doctor-batch-${deadPid}-aaaaaa`)]);
  assert.deepEqual(readdirSync(home).sort(), [`wsus-doctor-batch-${deadPid}-recent`, `wsus-doctor-batch-${process.pid}-mine`, 'unrelated-folder'].sort());
});

/**
 * `npm run bench`: measures the batch against the floor on the same files and cores, in one run.
 *
 * 1. Builds the bundle (dist/) unless --no-build, generates N synthetic fact files of realistic
 *    size (scripts/generate-fleet.ts: clients 20-40 KB with WindowsUpdate.log and event
 *    excerpts, servers with one IIS log line per client) into a temporary folder.
 * 2. Floor: read + JSON.parse of the same files, one thread, in this process (after a warm-up
 *    pass, best of 3).
 * 3. Batch: `node bin/wsus-doctor.js batch <dir> --quiet` (the shipped program: bundled CLI and
 *    dist/batch-worker.js, one worker per core), with the compiled engine and with
 *    json-rules-engine, plus an NDJSON-writing run. Wall time from spawn to exit (Node start-up
 *    included) and peak RSS of the process (VmHWM, worker threads included).
 * 4. Spawn loop: one `node bin/wsus-doctor.js diagnose <file>` per file, timed on a sample of
 *    100 files and extrapolated to N.
 * 5. Single diagnose: wall time of one `diagnose` of one file (median of 5), start-up included.
 * 6. PowerShell front end (scripts/bench/powershell.ts): Invoke-WsusDiagnosis over the same files, beside batch.
 * 7. With --rss-sizes 2000,20000: peak RSS of the batch at each size (same worker count), to
 *    compare how it grows with N.
 *
 * Options: --files N (default 2000) --rss-sizes a,b --workers n --no-build --keep --spawn-sample n
 * The machine is shared: the load average is printed with the figures.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFleet } from './generate-fleet.js';
import { benchPowerShell } from './bench/powershell.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'wsus-doctor.js');
const args = process.argv.slice(2);
const opt = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const files = Number(opt('--files', '2000'));
const spawnSample = Number(opt('--spawn-sample', '100'));
const workers = opt('--workers');
const rssSizes = opt('--rss-sizes')?.split(',').map(Number);

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const log = (line: string) => process.stdout.write(`${line}\n`);

function generate(n: number): { dir: string; paths: string[]; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), `wsus-doctor-bench-${n}-`));
  const manifest = writeFleet(dir, { machines: n, seed: 42 });
  const paths = manifest.files;
  const bytes = paths.reduce((sum, p) => sum + statSync(p).size, 0);
  return { dir, paths, bytes };
}

/** read + JSON.parse of every file, one thread; best of 3 after a warm-up pass (ms). */
function floor(paths: string[]): { best: number; runs: number[]; cpu: number } {
  let cpu = Infinity;
  const once = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const p of paths) {
      try {
        JSON.parse(readFileSync(p, 'utf8'));
      } catch {
        // the planted bad files cost their read
      }
    }
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
    return ms;
  };
  once();
  cpu = Infinity;
  const runs = [once(), once(), once()];
  return { best: Math.min(...runs), runs, cpu };
}

/** The same with `await readFile` (libuv thread pool) instead of readFileSync: best of 2 (ms). */
async function asyncFloor(paths: string[]): Promise<number> {
  const once = async () => {
    const t0 = performance.now();
    for (const p of paths) {
      try {
        JSON.parse(await readFile(p, 'utf8'));
      } catch {
        // bad files
      }
    }
    return performance.now() - t0;
  };
  return Math.min(await once(), await once());
}

/** Runs a command, returns wall ms, exit code, peak RSS (VmHWM, KiB) and CPU ms (utime + stime, all threads) polled from /proc. */
function timed(argv: string[]): Promise<{ ms: number; code: number | null; peakKiB: number; cpuMs: number; stderr: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    let cpuMs = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
        // /proc/<pid>/stat fields 14 and 15: utime and stime in clock ticks (100 per second).
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuMs = Math.max(cpuMs, (Number(fields[11]) + Number(fields[12])) * 10);
      } catch {
        // exited
      }
    };
    const timer = setInterval(poll, 20);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      clearInterval(timer);
      resolve({ ms, code, peakKiB: peak, cpuMs, stderr });
    });
  });
}

async function batch(dir: string, extra: string[] = []) {
  return timed([bin, 'batch', dir, '--quiet', '--fail-on', 'none', ...(workers ? ['--workers', workers] : []), ...extra]);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  log(`wsus-doctor bench: Node ${process.version}, ${availableParallelism()} cores, load average at start ${load()}`);
  const rules = spawnSync(process.execPath, [bin, 'rules', 'list', '--format', 'json'], { encoding: 'utf8' });
  const ruleCount = (JSON.parse(rules.stdout) as Array<{ role: string }>).filter((r) => r.role !== 'fleet').length;
  const { dir, paths, bytes } = generate(files);
  log(`Files: ${paths.length} (${fmt(bytes / 1048576)} MB, average ${fmt(bytes / paths.length / 1024)} KB), ${ruleCount} per-machine rules + 6 fleet rules`);

  const f = floor(paths);
  log(`Floor (readFileSync + JSON.parse, one thread): ${fmt(f.best, 0)} ms = ${fmt((paths.length / f.best) * 1000, 0)} files/s, CPU ${fmt(f.cpu, 0)} ms (runs ${f.runs.map((r) => fmt(r, 0)).join(', ')} ms)`);
  const af = await asyncFloor(paths);
  log(`  (for reference, with await readFile: ${fmt(af, 0)} ms = ${fmt((paths.length / af) * 1000, 0)} files/s; ratios below use the readFileSync floor)`);

  const runs: Array<[string, string[]]> = [
    ['batch, compiled engine, text summary', []],
    ['batch, compiled engine, text summary, 1 worker', ['--workers', '1']],
    ['batch, json-rules-engine, text summary', ['--engine', 'json-rules-engine']],
    ['batch, compiled engine, NDJSON report', ['-f', `ndjson=${join(dir, '..', `${'bench'}-${process.pid}.ndjson`)}`]],
  ];
  const results: Record<string, Awaited<ReturnType<typeof batch>>> = {};
  for (const [name, extra] of runs) {
    const r = await (extra.includes('--workers') ? timed([bin, 'batch', dir, '--quiet', '--fail-on', 'none', ...extra]) : batch(dir, extra));
    if (r.code !== 2 && r.code !== 0 && r.code !== 1) throw new Error(`${name} failed (${r.code}): ${r.stderr}`);
    results[name] = r;
    log(
      `${name}: ${fmt(r.ms, 0)} ms = ${fmt((paths.length / r.ms) * 1000, 0)} files/s, ${fmt(bytes / 1048576 / (r.ms / 1000))} MB/s, ` +
        `${fmt(r.ms / f.best, 2)}x the floor, peak RSS ${fmt(r.peakKiB / 1024, 0)} MB; CPU ${fmt(r.cpuMs / 1000, 2)} s = ${fmt(r.cpuMs / f.cpu, 1)}x the floor's CPU (polled, +-20 ms)`,
    );
  }
  rmSync(join(dir, '..', `bench-${process.pid}.ndjson`), { force: true });

  // Spawn loop: one process per file, sampled.
  const sample = paths.filter((p) => !p.includes('broken')).slice(0, spawnSample);
  const t0 = performance.now();
  for (const p of sample) spawnSync(process.execPath, [bin, 'diagnose', p, '--format', 'json', '--fail-on', 'none'], { stdio: 'ignore' });
  const perFile = (performance.now() - t0) / sample.length;
  const loopEstimate = perFile * paths.length;
  const headline = results['batch, compiled engine, text summary']!;
  const jre = results['batch, json-rules-engine, text summary']!;
  log(
    `Spawn loop (diagnose per file, ${sample.length} sampled): ${fmt(perFile, 0)} ms/file, estimated ${fmt(loopEstimate / 1000)} s for ${paths.length} files = ` +
      `${fmt(loopEstimate / f.best, 0)}x the floor; batch is ${fmt(loopEstimate / headline.ms, 0)}x faster (json-rules-engine: ${fmt(loopEstimate / jre.ms, 0)}x)`,
  );

  const single = sample[0]!;
  const singles: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    spawnSync(process.execPath, [bin, 'diagnose', single, '--fail-on', 'none'], { stdio: 'ignore' });
    singles.push(performance.now() - s);
  }
  log(`Single diagnose of one file (wall, start-up included): median ${fmt(median(singles), 0)} ms (runs ${singles.map((s) => fmt(s, 0)).join(', ')} ms)`);

  await benchPowerShell({ root, dir, files: paths.length, log });

  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else log(`Files kept in ${dir}`);

  if (rssSizes?.length) {
    for (const n of rssSizes) {
      const g = generate(n);
      // Same worker count at every size, so that only N changes.
      const r = await timed([bin, 'batch', g.dir, '--quiet', '--fail-on', 'none', '--workers', workers ?? '2', '-f', `ndjson=${join(g.dir, '..', `rss-${n}-${process.pid}.ndjson`)}`, '-f', 'text']);
      log(`RSS check N=${g.paths.length}: peak RSS ${fmt(r.peakKiB / 1024, 0)} MB (batch with ${workers ?? '2'} workers and an NDJSON report, ${fmt(r.ms / 1000)} s)`);
      rmSync(join(g.dir, '..', `rss-${n}-${process.pid}.ndjson`), { force: true });
      rmSync(g.dir, { recursive: true, force: true });
    }
  }
  log(`Load average at end ${load()}`);
}

await main();

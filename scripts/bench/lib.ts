/**
 * Shared helpers of `npm run bench` (scripts/bench.ts): options, formatting, generated fleets
 * (cached per size for the run), and `measure`, which runs one whole Node process and returns
 * its wall time, its own CPU time (all threads) and its peak RSS, taken by the process itself
 * at exit (rusage-hook.mjs), so nothing is polled.
 *
 * A section is a module exporting a {@link BenchSection}; scripts/bench.ts lists them. Sections
 * record the figures they measure in `ctx.figures` so that later sections (and the summary
 * table) can use them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFleet } from '../generate-fleet.js';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'wsus-doctor.js');
const hook = join(import.meta.dirname, 'rusage-hook.mjs');
export const floorScript = join(import.meta.dirname, 'floor.mjs');

export interface BenchContext {
  args: string[];
  opt(name: string, fallback?: string): string | undefined;
  flag(name: string): boolean;
  log(line: string): void;
  /** A generated fleet of n files (seed 42), generated once per run; removed at the end unless --keep. */
  fleet(n: number): Fleet;
  /** Named figures measured so far (ms, MB, ratios), for later sections and the summary. */
  figures: Map<string, number>;
  scratch: string;
}

export interface BenchSection {
  name: string;
  /** One line: what the section measures (printed by --list). */
  about: string;
  run(ctx: BenchContext): Promise<void>;
}

export interface Fleet {
  dir: string;
  paths: string[];
  bytes: number;
  /** A file listing the paths, one a line (for the floor process). */
  list: string;
}

export const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function createContext(args: string[]): BenchContext & { cleanup(): void } {
  const scratch = mkdtempSync(join(tmpdir(), 'wsus-doctor-bench-'));
  const fleets = new Map<number, Fleet>();
  const opt = (name: string, fallback?: string) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args[i + 1];
  };
  const ctx = {
    args,
    opt,
    flag: (name: string) => args.includes(name),
    log: (line: string) => process.stdout.write(`${line}\n`),
    figures: new Map<string, number>(),
    scratch,
    fleet(n: number): Fleet {
      let f = fleets.get(n);
      if (f) return f;
      const dir = join(scratch, `fleet-${n}`);
      mkdirSync(dir);
      const t0 = performance.now();
      const manifest = writeFleet(dir, { machines: n, seed: 42 });
      const paths = manifest.files;
      const bytes = paths.reduce((sum, p) => sum + statSync(p).size, 0);
      const list = join(scratch, `fleet-${n}.list`);
      writeFileSync(list, paths.join('\n'));
      f = { dir, paths, bytes, list };
      fleets.set(n, f);
      ctx.log(`  (generated ${paths.length} files, ${fmt(bytes / 1048576)} MB, average ${fmt(bytes / paths.length / 1024)} KB, in ${fmt((performance.now() - t0) / 1000)} s)`);
      return f;
    },
    cleanup() {
      if (args.includes('--keep')) ctx.log(`Files kept in ${scratch}`);
      else rmSync(scratch, { recursive: true, force: true });
    },
  };
  return ctx;
}

export interface Measured {
  ms: number;
  cpuMs: number;
  peakMiB: number;
  code: number | null;
  stderr: string;
}

let measureCount = 0;
/** Runs `node <argv>` (with the rusage hook) to its end: wall ms from spawn to exit, CPU ms and peak RSS of the process. */
export function measure(argv: string[], scratch: string): Promise<Measured> {
  const out = join(scratch, `rusage-${process.pid}-${measureCount++}.json`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', hook, ...argv], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, WSUS_DOCTOR_BENCH_RUSAGE: out },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      let r = { cpuMs: NaN, maxRssKiB: NaN };
      if (existsSync(out)) {
        r = JSON.parse(readFileSync(out, 'utf8'));
        rmSync(out);
      }
      resolve({ ms, cpuMs: r.cpuMs, peakMiB: r.maxRssKiB / 1024, code, stderr });
    });
  });
}

/** `batch` of a folder as the shipped program runs it (text summary only, no report files unless in extra). */
export function batchArgs(dir: string, extra: string[] = []): string[] {
  return [bin, 'batch', dir, '--quiet', '--fail-on', 'none', ...extra];
}

/** Batch exit codes: 0/1 by findings, 2 for the planted bad files; anything else is a failure of the bench. */
export function checkBatch(name: string, r: Measured): Measured {
  if (r.code !== 0 && r.code !== 1 && r.code !== 2) throw new Error(`${name} failed (exit ${r.code}): ${r.stderr}`);
  return r;
}


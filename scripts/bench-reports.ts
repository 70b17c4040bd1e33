/**
 * Report size and HTML build figures for `npm run bench` (also runnable alone):
 *
 * 1. NDJSON bytes per machine: `batch --format ndjson` over examples/ and over a generated fleet
 *    (scripts/generate-fleet.ts, 200 machines): median and mean bytes of a diagnosed machine's
 *    line, and the once-per-report catalogue line.
 * 2. HTML at N machines (default 20,000): the generated fleet's machine lines replicated under
 *    other domain names into one shard of N machines, then `fleet <shard> --format html=...`:
 *    wall time and peak RSS (VmHWM), beside the same `fleet` run with only its text summary, so
 *    the HTML's own share shows. Whatever format the program under test writes (the lines are
 *    copied as they are), so `--bin` can point at an older build for a before/after figure.
 *
 * CLI: node --import tsx scripts/bench-reports.ts [--bin bin/wsus-doctor.js] [--html-machines 20000] [--no-html]
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFleet } from './generate-fleet.js';

const root = join(import.meta.dirname, '..');

export interface ReportBenchOptions {
  /** The CLI to measure (default: this tree's bin/wsus-doctor.js). */
  bin?: string;
  /** Machines of the HTML build (0: skip it). */
  htmlMachines?: number;
  log?: (line: string) => void;
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs the CLI; returns wall ms, exit code and peak RSS (VmHWM, KiB) polled from /proc. */
function timed(argv: string[]): Promise<{ ms: number; code: number | null; peakKiB: number; stderr: string }> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch {
        // exited
      }
    };
    const timer = setInterval(poll, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - t0, code, peakKiB: peak, stderr });
    });
  });
}

/** Byte sizes of the diagnosed machine lines and of the catalogue line of an NDJSON report. */
function lineSizes(ndjson: string): { machines: number[]; catalogue: number } {
  const machines: number[] = [];
  let catalogue = 0;
  for (const line of ndjson.split('\n')) {
    if (line.startsWith('{"record":"catalogue"')) catalogue = Buffer.byteLength(line) + 1;
    else if (line.startsWith('{"record":"machine"') && line.includes('"status":"diagnosed"')) machines.push(Buffer.byteLength(line) + 1);
  }
  return { machines: machines.sort((a, b) => a - b), catalogue };
}

function describeSizes(what: string, sizes: { machines: number[]; catalogue: number }): string {
  const m = sizes.machines;
  const mean = m.reduce((a, b) => a + b, 0) / m.length;
  return `${what}: ${m.length} diagnosed machines, median ${fmt(m[m.length >> 1]! / 1024)} KB, mean ${fmt(mean / 1024)} KB, largest ${fmt(m[m.length - 1]! / 1024)} KB per machine line${sizes.catalogue ? `; catalogue line ${fmt(sizes.catalogue / 1024)} KB once` : ' (no catalogue line)'}`;
}

function ndjsonOf(bin: string, inputs: string, target: string): string {
  const run = spawnSync(process.execPath, [bin, 'batch', inputs, '--quiet', '--fail-on', 'none', '--format', `ndjson=${target}`], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1 && run.status !== 2) throw new Error(`batch failed (${run.status}): ${run.stderr}`);
  return readFileSync(target, 'utf8');
}

/** One shard of `count` machine lines: the base lines again and again, each round under its own domain and folder. */
async function replicate(base: string, baseDir: string, count: number, target: string): Promise<void> {
  const lines = base.split('\n').filter(Boolean);
  const catalogue = lines.filter((l) => l.startsWith('{"record":"catalogue"'));
  const machines = lines.filter((l) => l.startsWith('{"record":"machine"'));
  const out = createWriteStream(target);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  for (const c of catalogue) await write(`${c}\n`);
  let written = 0;
  for (let round = 0; written < count; round++) {
    for (const line of machines) {
      if (written >= count) break;
      await write(`${line.replaceAll('corp.fabrikam.test', `r${round}.corp.fabrikam.test`).replaceAll(`${baseDir}/`, `${baseDir}/r${round}/`)}\n`);
      written++;
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
}

export async function benchReports(options: ReportBenchOptions = {}): Promise<void> {
  const bin = resolve(options.bin ?? join(root, 'bin', 'wsus-doctor.js'));
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const work = mkdtempSync(join(tmpdir(), 'wsus-doctor-bench-reports-'));
  try {
    const examples = join(root, 'examples');
    log(describeSizes('NDJSON, examples/', lineSizes(ndjsonOf(bin, examples, join(work, 'examples.ndjson')))));
    const fleetDir = join(work, 'fleet');
    writeFleet(fleetDir, { machines: 200, seed: 42 });
    const base = ndjsonOf(bin, fleetDir, join(work, 'fleet.ndjson'));
    log(describeSizes('NDJSON, generated fleet', lineSizes(base)));

    const n = options.htmlMachines ?? 20000;
    if (n > 0) {
      const shard = join(work, `fleet-${n}.ndjson`);
      await replicate(base, fleetDir, n, shard);
      const text = await timed([bin, 'fleet', shard, '--fail-on', 'none']);
      const html = join(work, 'fleet.html');
      const page = await timed([bin, 'fleet', shard, '--fail-on', 'none', '--format', `html=${html}`]);
      if (page.code === null || page.code > 2) throw new Error(`fleet --format html failed (${page.code}): ${page.stderr}`);
      log(
        `HTML report of ${n.toLocaleString('en-US')} machines (fleet over one ${fmt(statSync(shard).size / 1048576)} MB shard): ${fmt(page.ms / 1000)} s, peak RSS ${fmt(page.peakKiB / 1024, 0)} MB, ` +
          `page ${fmt(statSync(html).size / 1048576)} MB; the same fleet run with only its text summary: ${fmt(text.ms / 1000)} s, peak RSS ${fmt(text.peakKiB / 1024, 0)} MB`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  await benchReports({ bin: opt('--bin'), htmlMachines: args.includes('--no-html') ? 0 : Number(opt('--html-machines') ?? 20000) });
}

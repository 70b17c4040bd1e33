/**
 * `npm run bench`: how fast and how big the shipped program is, on a generated fleet
 * (scripts/generate-fleet.ts, seed 42), with ratios that hold on a noisy shared machine:
 * every comparison is between whole processes measured in the same run, interleaved, and the
 * CPU time of each process (its own, all threads, taken at exit) is printed beside its wall time.
 *
 * Sections (scripts/bench/*.ts, run in this order; --only a,b runs some; --list lists them):
 *   throughput  compiled batch vs the 1- and 2-thread floors (read + JSON.parse processes),
 *               json-rules-engine as information (--files N, default 2000; --rounds R, default 3; --no-jre)
 *   derive      in-process µs per file of load, derive and evaluate
 *   single      one-file diagnose beside node -e 0 (--single-runs, default 21)
 *   scaling     peak RSS at 2k and 20k files (--rss-sizes a,b; --100k adds 100,000), retained
 *               memory per file, spawn-loop speed-up at 2k and 10k (--spawn-sample, default 20)
 *   reports     NDJSON bytes per machine, HTML report of --html-machines N (default 20000; 0 skips it):
 *               time and peak RSS
 *   powershell  Invoke-WsusDiagnosis -Path over the fleet's files beside batch: time and peak memory
 * A new section is a module exporting a BenchSection (scripts/bench/lib.ts), listed below.
 *
 * Other options: --no-build (use dist/ as it is), --keep (keep the generated files).
 * The load average is printed at start and end: figures from a loaded machine are noisier.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createContext, fmt, load, root, type BenchSection } from './bench/lib.js';
import { throughput } from './bench/throughput.js';
import { derive } from './bench/derive.js';
import { single } from './bench/single.js';
import { scaling } from './bench/scaling.js';
import { reports } from './bench/reports.js';
import { powershell } from './bench/powershell-section.js';

const sections: BenchSection[] = [throughput, derive, single, scaling, reports, powershell];

async function main() {
  const ctx = createContext(process.argv.slice(2));
  if (ctx.flag('--list')) {
    for (const s of sections) ctx.log(`${s.name.padEnd(12)} ${s.about}`);
    return;
  }
  const only = ctx.opt('--only')?.split(',');
  const unknown = only?.filter((name) => !sections.some((s) => s.name === name));
  if (unknown?.length) throw new Error(`unknown section(s): ${unknown.join(', ')} (see --list)`);
  if (!ctx.flag('--no-build')) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  ctx.log(`wsus-doctor bench: Node ${process.version}, ${availableParallelism()} cores, load average at start ${load()}`);
  try {
    for (const s of sections) {
      if (only && !only.includes(s.name)) continue;
      const t0 = performance.now();
      await s.run(ctx);
      ctx.log(`  [${s.name}: ${fmt((performance.now() - t0) / 1000)} s, load ${load()}]`);
    }
  } finally {
    ctx.cleanup();
  }
  summary(ctx.figures, ctx.log);
}

/** The figures of issue 14's table, with their goals, in one block. */
function summary(f: Map<string, number>, log: (line: string) => void) {
  const v = (key: string, digits: number, unit = '') => (f.has(key) ? `${fmt(f.get(key)!, digits)}${unit}` : 'not run');
  log('Summary (goals in brackets):');
  log(`  compiled batch / floor       ${v('compiled/floor1.wall', 2, 'x')} wall vs 1 thread, ${v('compiled/floor2.wall', 2, 'x')} vs 2 threads (CPU ${v('compiled/floor2.cpu', 2, 'x')})  [<= 2x the 2-thread floor]`);
  log(`  json-rules-engine / floor    ${v('jre/floor1.wall', 2, 'x')} wall vs 1 thread (CPU ${v('jre/floor1.cpu', 2, 'x')})  [information]`);
  log(`  one-file diagnose            ${v('single.ms', 0, ' ms')}, node -e 0 ${v('node.ms', 0, ' ms')}, difference ${v('single.over', 0, ' ms')} (CPU ${v('single.cpuOver', 0, ' ms')})  [<= 120 ms]`);
  log(`  derive per file              ${v('derive.us', 0, ' µs')}  [<= 80 µs]`);
  log(`  peak RSS 2k -> 20k (-> 100k) ${v('rss.2000', 0, ' MB')} -> ${v('rss.20000', 0, ' MB')} -> ${v('rss.100000', 0, ' MB')}, ${v('rss.perFileKiB', 2, ' KB')} per file  [<= 0.5 KB; 100k < 300 MB]`);
  log(`  speed-up over spawn loop     ${v('speedup.2000', 0, 'x')} at 2k, ${v('speedup.10000', 0, 'x')} at 10k  [>= 500x from 2k]`);
}

await main();

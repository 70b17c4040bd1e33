/**
 * How the batch grows with the fleet: peak RSS and wall time of `batch` (2 workers, text summary
 * and an NDJSON report) at --rss-sizes (default 2000,20000; --100k adds 100000, which generates
 * ~3 GB of files and takes minutes), the memory retained per file (slope between the smallest
 * and the largest size), and the speed-up over a loop of one `diagnose` process per file at 2,000
 * and 10,000 files. The loop is not run in full: --spawn-sample files (default 20) are diagnosed
 * one process each and the mean is extrapolated to N.
 */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { batchArgs, bin, checkBatch, fmt, measure, type BenchSection } from './lib.js';

export const scaling: BenchSection = {
  name: 'scaling',
  about: 'peak RSS at 2k/20k (100k with --100k) files, memory retained per file, spawn-loop speed-up at 2k and 10k',
  async run(ctx) {
    const sizes = (ctx.opt('--rss-sizes') ?? '2000,20000').split(',').map(Number);
    if (ctx.flag('--100k') && !sizes.includes(100000)) sizes.push(100000);
    const speedSizes = (ctx.opt('--speed-sizes') ?? '2000,10000').split(',').map(Number);
    const all = [...new Set([...sizes, ...speedSizes])].sort((a, b) => a - b);
    const rss = new Map<number, number>();
    const wall = new Map<number, number>();
    for (const n of all) {
      const fleet = ctx.fleet(n);
      const ndjson = join(ctx.scratch, `rss-${n}.ndjson`);
      const r = checkBatch(`batch of ${n}`, await measure(batchArgs(fleet.dir, ['--workers', '2', '-f', `ndjson=${ndjson}`, '-f', 'text']), ctx.scratch));
      rmSync(ndjson, { force: true });
      rss.set(n, r.peakMiB);
      wall.set(n, r.ms);
      ctx.log(`  batch of ${fleet.paths.length} files (2 workers, NDJSON + text): ${fmt(r.ms / 1000, 2)} s, peak RSS ${fmt(r.peakMiB, 0)} MB, CPU ${fmt(r.cpuMs / 1000, 2)} s`);
      ctx.figures.set(`rss.${n}`, r.peakMiB);
      if (!ctx.flag('--keep') && n > Math.min(...all)) rmSync(fleet.dir, { recursive: true, force: true });
    }
    const lo = Math.min(...sizes);
    const hi = Math.max(...sizes);
    const perFileKiB = ((rss.get(hi)! - rss.get(lo)!) * 1024) / (hi - lo);
    ctx.figures.set('rss.perFileKiB', perFileKiB);
    ctx.log(
      `Peak RSS ${sizes.map((n) => `${n}: ${fmt(rss.get(n)!, 0)} MB`).join(' -> ')}; retained ~${fmt(perFileKiB, 2)} KB per file  [goal <= 0.5 KB; 100,000 files < 300 MB]` +
        (sizes.includes(100000) ? '' : '  (100,000 files: npm run bench -- --only scaling --100k)'),
    );

    const sample = ctx.fleet(Math.min(...speedSizes)).paths.filter((p) => !p.includes('broken')).slice(0, Number(ctx.opt('--spawn-sample', '20')));
    let total = 0;
    for (const p of sample) total += (await measure([bin, 'diagnose', p, '--format', 'json', '--fail-on', 'none'], ctx.scratch)).ms;
    const perFile = total / sample.length;
    const parts = speedSizes.map((n) => {
      const up = (perFile * n) / wall.get(n)!;
      ctx.figures.set(`speedup.${n}`, up);
      return `${n}: loop ~${fmt((perFile * n) / 1000, 0)} s vs batch ${fmt(wall.get(n)! / 1000, 2)} s = ${fmt(up, 0)}x`;
    });
    ctx.log(`Spawn loop (one diagnose per file; ${fmt(perFile, 0)} ms/file over ${sample.length} sampled files, extrapolated): ${parts.join('; ')}  [goal >= 500x from 2,000]`);
  },
};

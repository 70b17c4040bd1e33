/**
 * Batch against the floor, whole processes on both sides (Node start-up included in each):
 * the floor is scripts/bench/floor.mjs (read + JSON.parse of the same files) with 1 and with 2
 * worker threads; the batch is `wsus-doctor batch <dir> --quiet` with the compiled engine and,
 * as information, with json-rules-engine. The four run in turn, round after round
 * (--rounds, default 3), so that a burst of load on the shared machine hits one round of all
 * of them rather than one of them; each ratio is taken within a round and the median of the
 * rounds' ratios is printed with their range. CPU is the process's own (all threads).
 */
import { batchArgs, checkBatch, floorScript, fmt, measure, median, type BenchSection, type Measured } from './lib.js';

export const throughput: BenchSection = {
  name: 'throughput',
  about: 'compiled batch vs the 1- and 2-thread floors (wall and CPU), json-rules-engine as information',
  async run(ctx) {
    const n = Number(ctx.opt('--files', '2000'));
    const rounds = Number(ctx.opt('--rounds', '3'));
    const fleet = ctx.fleet(n);
    const contenders: Array<[string, string[]]> = [
      ['floor, 1 thread', [floorScript, fleet.list, '1']],
      ['floor, 2 threads', [floorScript, fleet.list, '2']],
      ['batch, compiled', batchArgs(fleet.dir)],
    ];
    if (!ctx.flag('--no-jre')) contenders.push(['batch, json-rules-engine', batchArgs(fleet.dir, ['--engine', 'json-rules-engine'])]);
    const runs = new Map<string, Measured[]>(contenders.map(([name]) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, argv] of contenders) {
        const r = await measure(argv, ctx.scratch);
        if (name.startsWith('batch')) checkBatch(name, r);
        else if (r.code !== 0) throw new Error(`${name} failed: ${r.stderr}`);
        runs.get(name)!.push(r);
      }
    }
    ctx.log(`Throughput, ${fleet.paths.length} files, ${rounds} interleaved rounds (min / median wall; median CPU):`);
    for (const [name] of contenders) {
      const rs = runs.get(name)!;
      const walls = rs.map((r) => r.ms);
      ctx.log(
        `  ${name.padEnd(26)} ${fmt(Math.min(...walls), 0)} / ${fmt(median(walls), 0)} ms wall = ${fmt((fleet.paths.length / median(walls)) * 1000, 0)} files/s; ` +
          `CPU ${fmt(median(rs.map((r) => r.cpuMs)), 0)} ms; peak RSS ${fmt(median(rs.map((r) => r.peakMiB)), 0)} MB`,
      );
    }
    const ratio = (a: string, b: string, of: (r: Measured) => number) => {
      const per = runs.get(a)!.map((r, i) => of(r) / of(runs.get(b)![i]!));
      return { median: median(per), min: Math.min(...per), max: Math.max(...per) };
    };
    const show = (label: string, a: string, b: string, key: string) => {
      const wall = ratio(a, b, (r) => r.ms);
      const cpu = ratio(a, b, (r) => r.cpuMs);
      ctx.figures.set(`${key}.wall`, wall.median);
      ctx.figures.set(`${key}.cpu`, cpu.median);
      ctx.log(`  ${label.padEnd(44)} wall ${fmt(wall.median, 2)}x (rounds ${fmt(wall.min, 2)}-${fmt(wall.max, 2)}), CPU ${fmt(cpu.median, 2)}x (${fmt(cpu.min, 2)}-${fmt(cpu.max, 2)})`);
    };
    show('compiled batch / 1-thread floor', 'batch, compiled', 'floor, 1 thread', 'compiled/floor1');
    show('compiled batch / 2-thread floor  [goal <= 2x]', 'batch, compiled', 'floor, 2 threads', 'compiled/floor2');
    if (runs.has('batch, json-rules-engine')) {
      show('json-rules-engine batch / 1-thread floor', 'batch, json-rules-engine', 'floor, 1 thread', 'jre/floor1');
      show('json-rules-engine batch / 2-thread floor', 'batch, json-rules-engine', 'floor, 2 threads', 'jre/floor2');
    }
    ctx.figures.set(`batch.ms.${n}`, median(runs.get('batch, compiled')!.map((r) => r.ms)));
  },
};

/**
 * One-file `diagnose` (start-up included) against `node -e 0`, interleaved, median of --single-runs
 * (default 21) each, wall and CPU time (CPU is steadier on a loaded machine). The goal is the difference: at most 120 ms over Node's own start.
 */
import { bin, fmt, measure, median, type BenchSection } from './lib.js';

export const single: BenchSection = {
  name: 'single',
  about: 'one-file diagnose (median of >= 20 runs) beside node -e 0',
  async run(ctx) {
    const runsWanted = Math.max(Number(ctx.opt('--single-runs', '21')), 1);
    const fleet = ctx.fleet(Number(ctx.opt('--files', '2000')));
    const file = fleet.paths.find((p) => /client/i.test(p)) ?? fleet.paths[0]!;
    const nodeRuns: number[] = [];
    const diagRuns: number[] = [];
    const nodeCpu: number[] = [];
    const diagCpu: number[] = [];
    for (let i = 0; i < runsWanted; i++) {
      const n = await measure(['-e', '0'], ctx.scratch);
      const d = await measure([bin, 'diagnose', file, '--fail-on', 'none'], ctx.scratch);
      nodeRuns.push(n.ms);
      diagRuns.push(d.ms);
      nodeCpu.push(n.cpuMs);
      diagCpu.push(d.cpuMs);
    }
    const diff = diagRuns.map((d, i) => d - nodeRuns[i]!);
    ctx.figures.set('single.ms', median(diagRuns));
    ctx.figures.set('node.ms', median(nodeRuns));
    ctx.figures.set('single.over', median(diff));
    ctx.figures.set('single.cpuOver', median(diagCpu) - median(nodeCpu));
    ctx.log(
      `One-file diagnose (${runsWanted} interleaved runs each): median ${fmt(median(diagRuns), 0)} ms (min ${fmt(Math.min(...diagRuns), 0)}), ` +
        `node -e 0 median ${fmt(median(nodeRuns), 0)} ms (min ${fmt(Math.min(...nodeRuns), 0)}); diagnose - node = ${fmt(median(diff), 0)} ms median  [goal <= 120 ms]; ` +
        `CPU (all threads) ${fmt(median(diagCpu), 0)} ms vs ${fmt(median(nodeCpu), 0)} ms = ${fmt(median(diagCpu) - median(nodeCpu), 0)} ms more`,
    );
  },
};

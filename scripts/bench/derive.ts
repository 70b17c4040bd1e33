/**
 * In-process cost per file of the pipeline's stages on the generated fleet (one thread, no
 * start-up): load (decode, JSON.parse, validate), derive, evaluate (compiled engine), each the
 * median of 5 passes after a warm-up pass. Timed in CPU time of this process (user + system),
 * not wall time, so that other processes on a shared machine do not count. The derive goal is
 * <= 80 µs per file.
 */
import { readFileSync } from 'node:fs';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { parseFactBytes } from '../../engine/load/load-fact-file.js';
import { prepareValidator } from '../../engine/validate/schema-store.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import { fmt, median, type BenchSection } from './lib.js';

export const derive: BenchSection = {
  name: 'derive',
  about: 'in-process µs per file of load, derive (goal <= 80 µs) and evaluate',
  async run(ctx) {
    const fleet = ctx.fleet(Number(ctx.opt('--files', '2000')));
    await prepareValidator('facts.schema.json');
    const bytes = fleet.paths.map((p) => readFileSync(p));
    const docs: FactDocument[] = [];
    const time = (pass: () => void) => {
      pass();
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const c0 = process.cpuUsage();
        pass();
        runs.push(cpuMs(c0));
      }
      return median(runs);
    };
    const loadMs = time(() => {
      docs.length = 0;
      for (let i = 0; i < bytes.length; i++) {
        try {
          docs.push(parseFactBytes(bytes[i]!, fleet.paths[i]!));
        } catch {
          // planted bad files
        }
      }
    });
    const deriveMs = time(() => {
      for (const d of docs) deriveFacts(d);
    });
    const us = (ms: number) => (ms * 1000) / docs.length;
    ctx.figures.set('derive.us', us(deriveMs));
    let line = `In-process per file (${docs.length} valid documents, median of 5 passes, CPU time): load ${fmt(us(loadMs), 0)} µs, derive ${fmt(us(deriveMs), 0)} µs  [goal <= 80 µs]`;
    const evaluate = await evaluateCost(docs, false);
    const lazy = await evaluateCost(docs, true);
    ctx.figures.set('evaluate.us', us(evaluate));
    ctx.figures.set('evaluate.lazy.us', us(lazy));
    line += `, evaluate + shape (compiled) ${fmt(us(evaluate), 0)} µs, with passes shaped lazily (batch without machine reports) ${fmt(us(lazy), 0)} µs`;
    ctx.log(line);
  },
};

/** Evaluate + result shaping with the compiled engine over already derived documents (ms per pass), passes shaped in full or lazily. */
async function evaluateCost(docs: FactDocument[], lazyPasses: boolean): Promise<number> {
  const { builtInRules: rules } = await import('../../rules/index.js');
  const derived = docs.map((d) => deriveFacts(d));
  const { CompiledRuleEvaluator } = await import('../../engine/evaluate/compiled-evaluator.js');
  const evaluator = new CompiledRuleEvaluator(rules, { lazyPasses });
  const pass = async () => {
    for (let i = 0; i < docs.length; i++) await evaluator.evaluate(docs[i]!, derived[i]!);
  };
  await pass();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    await pass();
    runs.push(cpuMs(c0));
  }
  return median(runs);
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
}

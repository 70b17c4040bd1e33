/**
 * Evaluates a rule set on fact documents with json-rules-engine.
 *
 * One Engine per evaluator, built once (rules compiled and added at construction). Runs are
 * serialised through a promise chain because overlapping `run()` calls on one Engine can drop
 * rules; parallelism comes from one evaluator per worker thread, never from sharing one.
 */
import jsonRulesEngine from 'json-rules-engine';
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts } from '../derive/derived-types.js';
import type { RuleDefinition } from '../dsl/rule-types.js';
import { resolvePath } from '../dsl/fact-paths.js';
import { OPERATORS } from '../operators/operators.js';
import { compileRule } from './compile-rule.js';
import type { RuleResult } from '../model/report-model.js';
import { toRuleResult, type EngineRuleResult } from './rule-outcome.js';

export { toRuleResult, missingEvidence, type EngineRuleResult, type EvaluatedCondition } from './rule-outcome.js';

const { Engine } = jsonRulesEngine as unknown as { Engine: typeof import('json-rules-engine').Engine };

export class JsonRulesEngineEvaluator {
  private readonly engine: InstanceType<typeof Engine>;
  private readonly rules = new Map<string, RuleDefinition<string>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(rules: readonly RuleDefinition<string>[]) {
    this.engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (value: unknown, path: string) => resolvePath(value, path) });
    // The operator table's semantics replace json-rules-engine's own operators of the same names.
    for (const [name, test] of Object.entries(OPERATORS)) this.engine.addOperator(name, test);
    for (const rule of rules) {
      if (this.rules.has(rule.id)) throw new Error(`duplicate rule id "${rule.id}"`);
      this.rules.set(rule.id, rule);
      this.engine.addRule(compileRule(rule) as never);
    }
  }

  get ruleIds(): string[] {
    return [...this.rules.keys()];
  }

  /** Evaluates every rule on a fact document; results in rule order. Safe to call concurrently (runs are queued). */
  evaluate(doc: FactDocument, derived: DerivedFacts): Promise<RuleResult[]> {
    return this.evaluateRoot({ ...doc, derived });
  }

  /**
   * Evaluates every rule against any fact root (top-level keys are the facts): fleet rules use
   * this with their own fact shape. Runs are queued, never overlapping on the one Engine.
   */
  evaluateRoot(root: Record<string, unknown>): Promise<RuleResult[]> {
    const run = this.queue.then(() => this.runOnce(root));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runOnce(root: Record<string, unknown>): Promise<RuleResult[]> {
    const { results, failureResults } = (await this.engine.run(root)) as unknown as {
      results: EngineRuleResult[];
      failureResults: EngineRuleResult[];
    };
    const byName = new Map<string, EngineRuleResult>();
    for (const r of results) byName.set(r.name, r);
    for (const r of failureResults) byName.set(r.name, r);
    const out: RuleResult[] = [];
    for (const rule of this.rules.values()) {
      const engineResult = byName.get(rule.id);
      if (!engineResult) throw new Error(`json-rules-engine returned no result for rule ${rule.id}`);
      out.push(toRuleResult(rule, engineResult, root));
    }
    return out;
  }
}

/** Shapes a RuleResult from an engine result (exported so the batch's compiled fast path shapes results identically). */

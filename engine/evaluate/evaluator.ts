/**
 * The two interchangeable rule evaluators: json-rules-engine itself (JsonRulesEngineEvaluator, the
 * reference) and the compiled fast path (CompiledRuleEvaluator), which evaluates the same
 * compiled rule JSON with json-rules-engine's semantics and is proven to give identical results
 * by test/engine/compiled-evaluator.test.ts. Each is imported only when chosen, so a run that
 * uses the compiled path never loads json-rules-engine.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts } from '../derive/derived-types.js';
import type { RuleDefinition } from '../dsl/rule-types.js';
import type { RuleResult } from '../model/report-model.js';

export type EngineName = 'compiled' | 'json-rules-engine';

export interface Evaluator {
  evaluate(doc: FactDocument, derived: DerivedFacts): Promise<RuleResult[]>;
}

export async function createEvaluator(rules: readonly RuleDefinition<string>[], engine: EngineName): Promise<Evaluator> {
  if (engine === 'json-rules-engine') {
    const { JsonRulesEngineEvaluator } = await import('./json-rules-engine-evaluator.js');
    return new JsonRulesEngineEvaluator(rules);
  }
  const { CompiledRuleEvaluator } = await import('./compiled-evaluator.js');
  return new CompiledRuleEvaluator(rules);
}

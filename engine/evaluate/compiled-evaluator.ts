/**
 * The batch's compiled fast path: the same compiled rule JSON that RuleEvaluator hands to
 * json-rules-engine (compileRule), evaluated synchronously by closures that follow
 * json-rules-engine 7's semantics exactly, and shaped into RuleResults by the evaluator's own
 * toRuleResult. It exists because json-rules-engine spends most of a batch's time on
 * promises (several per condition) and on deep-cloning every rule's conditions per run.
 *
 * Semantics reproduced (json-rules-engine dist/rule.js, condition.js, almanac.js):
 * - facts are the root's top-level keys; an unknown fact is undefined (allowUndefinedFacts);
 * - with a path, an object fact goes through the path resolver and a non-object fact is
 *   returned as it is; a value that is an object with an own `fact` property is a fact
 *   reference resolved the same way;
 * - a leaf's result is operator(factValue, value) (no fact-value validator is registered);
 *   it records factResult, valueResult and result;
 * - all / any evaluate every child (all conditions share one priority, so there is no
 *   short-circuit) and are true when every / some child result === true; an empty all or
 *   any is true; not is the negation of its one child; every node records its result.
 * - one difference that cannot show: of a rule's four blocks (gate, requirements, problem,
 *   inconclusive) only those toRuleResult reads for the outcome are evaluated (see
 *   evaluateBlocks); json-rules-engine evaluates all four and the extra results are unused.
 *
 * test/engine/compiled-evaluator.test.ts proves identical results to RuleEvaluator on every
 * built-in rule's test cases, the examples and a generated fleet (differential test). The
 * batch uses json-rules-engine instead with `--engine json-rules-engine`.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts } from '../derive/derived-types.js';
import { compileRule, type EngineCondition } from './compile-rule.js';
import { OPERATORS, type OperatorFn } from './operators.js';
import { toRuleResult, type EvaluatedCondition } from './rule-outcome.js';
import type { RuleResult } from './result-types.js';

type Root = Record<string, unknown>;
type CompiledNode = (root: Root) => EvaluatedCondition;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * almanac.factValue(fact, params, path) with allowUndefinedFacts and the dotted-path resolver,
 * the path split once at compile time (resolvePath's walk: undefined as soon as a step is not
 * an object).
 */
function compileFactValue(fact: string, path: string | undefined): (root: Root) => unknown {
  if (!path) return (root) => root[fact];
  const keys = path.split('.');
  return (root) => {
    let value: unknown = root[fact];
    if (value == null || typeof value !== 'object') return value;
    for (let i = 0; i < keys.length; i++) {
      if (value === null || value === undefined || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[keys[i]!];
    }
    return value;
  };
}

function compileLeaf(condition: EngineCondition): CompiledNode {
  const { fact, path, operator, value } = condition;
  const op: OperatorFn | undefined = OPERATORS[operator as keyof typeof OPERATORS];
  if (!op) throw new Error(`Unknown operator: ${operator}`);
  const reference = value != null && typeof value === 'object' && hasOwn.call(value, 'fact') ? (value as { fact: string; path?: string }) : undefined;
  const leftOf = compileFactValue(fact!, path);
  const rightOf = reference ? compileFactValue(reference.fact, reference.path) : undefined;
  return (root) => {
    const left = leftOf(root);
    const right = rightOf ? rightOf(root) : value;
    const result = op(left, right);
    return { fact, path, operator, value, factResult: left, valueResult: right, result } as EvaluatedCondition;
  };
}

function compileNode(condition: EngineCondition): CompiledNode {
  if (condition.all || condition.any) {
    const isAll = !!condition.all;
    const children = (condition.all ?? condition.any)!.map(compileNode);
    return (root) => {
      const evaluated = new Array<EvaluatedCondition>(children.length);
      let every = true;
      let some = false;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!(root);
        evaluated[i] = child;
        if (child.result === true) some = true;
        else every = false;
      }
      const result = children.length === 0 ? true : isAll ? every : some;
      return isAll ? { all: evaluated, result } : { any: evaluated, result };
    };
  }
  if (condition.not) {
    const inner = compileNode(condition.not);
    return (root) => {
      const evaluated = inner(root);
      return { not: evaluated, result: !(evaluated.result === true) };
    };
  }
  return compileLeaf(condition);
}

/** Drop-in for RuleEvaluator in the batch: same constructor input, same results, synchronous. */
export class CompiledRuleEvaluator {
  private readonly compiled: Array<{ rule: RuleDefinition<string>; blocks: CompiledNode[] }> = [];

  constructor(rules: readonly RuleDefinition<string>[]) {
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id "${rule.id}"`);
      ids.add(rule.id);
      this.compiled.push({ rule, blocks: compileRule(rule).conditions.all.map(compileNode) });
    }
  }

  get ruleIds(): string[] {
    return this.compiled.map((c) => c.rule.id);
  }

  evaluate(doc: FactDocument, derived: DerivedFacts): Promise<RuleResult[]> {
    return Promise.resolve(this.evaluateRootSync({ ...doc, derived }));
  }

  evaluateRoot(root: Root): Promise<RuleResult[]> {
    return Promise.resolve(this.evaluateRootSync(root));
  }

  evaluateRootSync(root: Root): RuleResult[] {
    const out: RuleResult[] = new Array(this.compiled.length);
    for (let i = 0; i < this.compiled.length; i++) {
      const { rule, blocks } = this.compiled[i]!;
      out[i] = toRuleResult(rule, { name: rule.id, result: false, conditions: { all: evaluateBlocks(blocks, root) } }, root);
    }
    return out;
  }
}

/** Stands for a block toRuleResult does not read for the outcome at hand. */
const NOT_READ: EvaluatedCondition = Object.freeze({});

/**
 * The four blocks (gate, requirements, problem, inconclusive), each evaluated only when
 * toRuleResult reads it for the outcome: a false gate decides notApplicable from the gate
 * alone; false requirements decide insufficientEvidence from the root (missingEvidence); a
 * true problem decides fail from the problem block. The shaped RuleResult is therefore the
 * same as with every block evaluated (the differential test checks it).
 */
function evaluateBlocks(blocks: CompiledNode[], root: Root): EvaluatedCondition[] {
  const gate = blocks[0]!(root);
  if (gate.result === false) return [gate, NOT_READ, NOT_READ, NOT_READ];
  const requirements = blocks[1]!(root);
  if (requirements.result === false) return [gate, requirements, NOT_READ, NOT_READ];
  const problem = blocks[2]!(root);
  if (problem.result === true || blocks.length < 4) return blocks.length < 4 ? [gate, requirements, problem] : [gate, requirements, problem, NOT_READ];
  return [gate, requirements, problem, blocks[3]!(root)];
}


/**
 * The batch's compiled fast path: the same compiled rule JSON that JsonRulesEngineEvaluator hands to
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
 * test/engine/compiled-evaluator.test.ts proves identical results to JsonRulesEngineEvaluator on every
 * built-in rule's test cases, the examples and a generated fleet (differential test). The
 * batch uses json-rules-engine instead with `--engine json-rules-engine`.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts } from '../derive/derived-types.js';
import { compileRule, type EngineCondition } from './compile-rule.js';
import { operatorDefinition, type OperatorFn } from '../operators/operators.js';
import { toRuleResult, type EvaluatedCondition } from './rule-outcome.js';
import type { RuleResult } from '../model/report-model.js';
import { ruleResultOf } from '../model/build-model.js';

type Root = Record<string, unknown>;
type CompiledNode = (root: Root) => EvaluatedCondition;

const hasOwn = Object.prototype.hasOwnProperty;

/** The operator table's semantics (the same functions JsonRulesEngineEvaluator registers in json-rules-engine). */
function operatorTest(operator: string | undefined): OperatorFn {
  const definition = operator === undefined ? undefined : operatorDefinition(operator);
  if (!definition) throw new Error(`Unknown operator: ${operator}`);
  return definition.test;
}

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
  const op = operatorTest(operator);
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

/**
 * The result alone of a node, for blocks whose evaluated tree toRuleResult never reads (gate,
 * requirements; inconclusive unless true): same value as compileNode's `result`, with
 * all/any short-circuited and nothing allocated (operators and fact lookups are pure).
 */
type CompiledTest = (root: Root) => boolean;

function compileTest(condition: EngineCondition): CompiledTest {
  if (condition.all || condition.any) {
    const children = (condition.all ?? condition.any)!.map(compileTest);
    if (children.length === 0) return () => true;
    if (condition.all) {
      return (root) => {
        for (let i = 0; i < children.length; i++) if (children[i]!(root) !== true) return false;
        return true;
      };
    }
    return (root) => {
      for (let i = 0; i < children.length; i++) if (children[i]!(root) === true) return true;
      return false;
    };
  }
  if (condition.not) {
    const inner = compileTest(condition.not);
    return (root) => !(inner(root) === true);
  }
  const { fact, path, operator, value } = condition;
  const op = operatorTest(operator);
  const reference = value != null && typeof value === 'object' && hasOwn.call(value, 'fact') ? (value as { fact: string; path?: string }) : undefined;
  const leftOf = compileFactValue(fact!, path);
  if (reference) {
    const rightOf = compileFactValue(reference.fact, reference.path);
    return (root) => op(leftOf(root), rightOf(root));
  }
  return (root) => op(leftOf(root), value);
}

interface CompiledRule {
  rule: RuleDefinition<string>;
  blocks: CompiledNode[];
  tests: CompiledTest[];
  /** toRuleResult's notApplicable message, computed once. */
  notApplicableMessage: string;
  /** toRuleResult's pass message, computed once (for lazily shaped passes). */
  passMessage: string;
}

export interface CompiledEvaluatorOptions {
  /**
   * Shape passes lazily: a passing rule's result keeps its outcome and message but not its
   * evidence (no condition tree is built for it), like a not-applicable one. For runs whose
   * outputs read only the outcomes of passes (a batch's text summary and exit code); failed
   * and undecided rules are shaped in full either way.
   */
  lazyPasses?: boolean;
}

/** Drop-in for JsonRulesEngineEvaluator in the batch: same constructor input, same results, synchronous. */
export class CompiledRuleEvaluator {
  private readonly compiled: CompiledRule[] = [];
  private readonly lazyPasses: boolean;

  constructor(rules: readonly RuleDefinition<string>[], options: CompiledEvaluatorOptions = {}) {
    this.lazyPasses = options.lazyPasses === true;
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id "${rule.id}"`);
      ids.add(rule.id);
      const blocks = compileRule(rule).conditions.all;
      const notApplicableMessage = toRuleResult(rule, { name: rule.id, result: false, conditions: { all: [FALSE_NODE] } }, {}).message;
      this.compiled.push({ rule, blocks: blocks.map(compileNode), tests: blocks.map(compileTest), notApplicableMessage, passMessage: `No problem found: ${rule.summary}` });
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
      const compiled = this.compiled[i]!;
      const rule = compiled.rule;
      if (this.lazyPasses && passes(compiled, root)) {
        out[i] = ruleResultOf(rule, 'pass', compiled.passMessage);
        continue;
      }
      const blocks = evaluateBlocks(compiled, root);
      out[i] = blocks === undefined ? notApplicable(compiled) : toRuleResult(rule, { name: rule.id, result: false, conditions: { all: blocks } }, root);
    }
    return out;
  }
}

/** Stands for a block toRuleResult does not read for the outcome at hand. */
const NOT_READ: EvaluatedCondition = Object.freeze({});
/** A block of which toRuleResult reads only the result. */
const TRUE_NODE: EvaluatedCondition = Object.freeze({ result: true });
const FALSE_NODE: EvaluatedCondition = Object.freeze({ result: false });

/** toRuleResult's notApplicable result (same keys in the same order), message cached per rule. */
function notApplicable({ rule, notApplicableMessage }: CompiledRule): RuleResult {
  return ruleResultOf(rule, 'notApplicable', notApplicableMessage);
}

/**
 * The four blocks (gate, requirements, problem, inconclusive), each evaluated only when
 * toRuleResult reads it for the outcome, and as a full tree only when it reads more than the
 * result: a false gate decides notApplicable (undefined: the caller shapes it); false
 * requirements decide insufficientEvidence from the root (missingEvidence); the problem tree
 * gives the evidence of pass and fail; the inconclusive tree is read only when true. The
 * shaped RuleResult is therefore the same as with every block evaluated (the differential
 * test checks it).
 */
function evaluateBlocks({ blocks, tests }: CompiledRule, root: Root): EvaluatedCondition[] | undefined {
  if (tests[0]!(root) === false) return undefined;
  if (tests[1]!(root) === false) return [TRUE_NODE, FALSE_NODE, NOT_READ, NOT_READ];
  const problem = blocks[2]!(root);
  if (blocks.length < 4) return [TRUE_NODE, TRUE_NODE, problem];
  if (problem.result === true) return [TRUE_NODE, TRUE_NODE, problem, NOT_READ];
  return [TRUE_NODE, TRUE_NODE, problem, tests[3]!(root) === true ? blocks[3]!(root) : FALSE_NODE];
}

/** Whether toRuleResult would decide pass (gate and requirements true, problem false, not inconclusive), with tests only. */
function passes({ tests }: CompiledRule, root: Root): boolean {
  if (tests[0]!(root) !== true || tests[1]!(root) !== true || tests[2]!(root) === true) return false;
  return tests.length < 4 || tests[3]!(root) !== true;
}

// The operator table (engine/operators/operators.ts), operator by operator: a valid case (true),
// an invalid case (false), a missing fact (absent under its object, absent altogether, null),
// a wrongly typed fact or value, and the valid case with its value taken from another fact,
// each run through the table's function, json-rules-engine (JsonRulesEngineEvaluator) and the compiled
// evaluator with the same expected outcome. Then the consumers of the table: the schema enum, the
// README table, the rule-file checker (each example accepted, a wrongly typed value refused).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATOR_NAMES, OPERATOR_TABLE, OPERATORS, operatorDefinition, type OperatorName } from '../../engine/operators/operators.js';
import { OPERATOR_NAMES as DSL_OPERATOR_NAMES } from '../../engine/dsl/rule-types.js';
import { operatorSchema, renderReadmeOperators, renderSchemaOperators } from '../../engine/operators/operator-docs.js';
import { JsonRulesEngineEvaluator } from '../../engine/evaluate/json-rules-engine-evaluator.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { checkRuleText } from '../../engine/rule-files/check-rule-file.js';
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import type { RuleResult } from '../../engine/model/report-model.js';

const root = join(import.meta.dirname, '..', '..');

/** A fact given as absent (the key is not there). */
const MISSING = Symbol('missing');
/** A condition given without a value (only `exists` allows it). */
const NO_VALUE = Symbol('no value');

interface Case {
  fact: unknown;
  value: unknown;
  expect: boolean;
}
interface OperatorCases {
  valid: Case;
  invalid: Case;
  /** Run with the fact absent under its object, absent altogether, and null. */
  missing: { value: unknown; expect: boolean };
  wrongType: Case;
  /** More cases worth pinning (boundaries, semantics users could get wrong). */
  more?: Case[];
}

const c = (fact: unknown, value: unknown, expect: boolean): Case => ({ fact, value, expect });

const CASES: Record<OperatorName, OperatorCases> = {
  equal: {
    valid: c('Running', 'Running', true),
    invalid: c('Stopped', 'Running', false),
    missing: { value: 'Running', expect: false },
    wrongType: c(1, '1', false),
    more: [c(false, false, true), c(['Running'], 'Running', false)],
  },
  notEqual: {
    valid: c('Stopped', 'Running', true),
    invalid: c('Running', 'Running', false),
    // json-rules-engine's own notEqual is true here; the table's is not.
    missing: { value: 'Running', expect: false },
    // Strict inequality: a present fact of another type is "not equal".
    wrongType: c(1, '1', true),
  },
  in: {
    valid: c('Stopped', ['Stopped', 'Stopping'], true),
    invalid: c('Started', ['Stopped', 'Stopping'], false),
    missing: { value: ['Stopped', 'Stopping'], expect: false },
    wrongType: c('Stopped', 'Stopped', false),
    more: [c(8530, ['8530'], false)],
  },
  notIn: {
    valid: c('Started', ['Stopped', 'Stopping'], true),
    invalid: c('Stopped', ['Stopped', 'Stopping'], false),
    missing: { value: ['Stopped', 'Stopping'], expect: false },
    wrongType: c('Started', 'Stopped', false),
  },
  lessThan: {
    valid: c(1000, 2000, true),
    invalid: c(2000, 2000, false),
    missing: { value: 2000, expect: false },
    wrongType: c('1000', 2000, false),
    more: [c(1000, '2000', false)],
  },
  lessThanInclusive: {
    valid: c(2000, 2000, true),
    invalid: c(2001, 2000, false),
    missing: { value: 2000, expect: false },
    wrongType: c('2000', 2000, false),
    more: [c(-1, 0, true), c(true, 1, false)],
  },
  greaterThan: {
    valid: c(5, 0, true),
    invalid: c(0, 0, false),
    missing: { value: 0, expect: false },
    wrongType: c('5', 0, false),
  },
  greaterThanInclusive: {
    valid: c(10, 10, true),
    invalid: c(9, 10, false),
    missing: { value: 10, expect: false },
    wrongType: c(true, 0, false),
    more: [c(10.5, 10, true), c(10, '10', false)],
  },
  contains: {
    valid: c(['KB1', 'KB2'], 'KB2', true),
    invalid: c(['KB1'], 'KB2', false),
    missing: { value: 'KB2', expect: false },
    wrongType: c('KB1 KB2', 'KB2', false),
  },
  doesNotContain: {
    valid: c(['KB1'], 'KB2', true),
    invalid: c(['KB1', 'KB2'], 'KB2', false),
    // json-rules-engine's own doesNotContain is true here; the table's is not.
    missing: { value: 'KB2', expect: false },
    wrongType: c('KB1', 'KB2', false),
    more: [c([], 'KB2', true)],
  },
  containsAny: {
    valid: c(['a', 'b'], ['x', 'b'], true),
    invalid: c(['a'], ['x', 'y'], false),
    missing: { value: ['x'], expect: false },
    wrongType: c(['a'], 'a', false),
    more: [c('ab', ['a'], false), c(['a'], [], false)],
  },
  exists: {
    valid: c('x', true, true),
    invalid: c('x', false, false),
    missing: { value: true, expect: false },
    // Any value but false means "present".
    wrongType: c('x', 'no', true),
    more: [c(MISSING, false, true), c(null, false, true), c(0, true, true), c('', true, true), c('x', NO_VALUE, true), c(MISSING, NO_VALUE, false)],
  },
  versionLessThan: {
    valid: c('3.2.7600.256', '3.2.7600.283', true),
    invalid: c('10.0.14393.1670', '10.0', false),
    missing: { value: '10.0', expect: false },
    wrongType: c(10, '10.1', false),
    more: [c('10.0', '10.0.0.0', false), c('6.3.9600.18228', '10.0', true), c('10.0', 10.1, false), c('v10', '11', false)],
  },
  versionGreaterThanInclusive: {
    valid: c('10.0', '10.0.0.0', true),
    invalid: c('3.2.7600.283', '4.0', false),
    missing: { value: '4.0', expect: false },
    wrongType: c('not a version', '4.0', false),
    more: [c('10.0.17763.1', '4.0', true), c(10, '4.0', false)],
  },
  matches: {
    valid: c('c:\\WSUS', '^C:\\\\', true),
    invalid: c('D:\\WSUS', '^C:\\\\', false),
    missing: { value: '^C:\\\\', expect: false },
    wrongType: c(['C:\\WSUS'], '^C:', false),
    more: [c(12345, '^\\d+$', false)],
  },
  notMatches: {
    valid: c('D:\\WSUS', '^C:\\\\', true),
    invalid: c('c:\\WSUS', '^C:\\\\', false),
    missing: { value: '^C:\\\\', expect: false },
    wrongType: c(42, '^C:', false),
  },
  startsWith: {
    valid: c('HTTP://wsus01:8530', 'http://', true),
    invalid: c('https://wsus01:8531', 'http://', false),
    missing: { value: 'http://', expect: false },
    wrongType: c(8530, '85', false),
    more: [c('http://x', ['http://'], false), c('anything', '', true)],
  },
  lengthGreaterThan: {
    valid: c(['a'], 0, true),
    invalid: c([], 0, false),
    missing: { value: 0, expect: false },
    wrongType: c(5, 0, false),
    more: [c('abc', 2, true), c('ab', 2, false), c(['a'], '0', false)],
  },
  dateBefore: {
    valid: c('2026-11-24T12:00:00Z', '2026-11-25', true),
    invalid: c('2026-11-25T00:00:00Z', '2026-11-25', false),
    missing: { value: '2026-11-25', expect: false },
    wrongType: c(20261124, '2026-11-25', false),
    more: [c('yesterday', '2026-11-25', false), c('2026-11-24', 'tomorrow', false)],
  },
  dateOnOrAfter: {
    valid: c('2026-11-25T00:00:00Z', '2026-11-25', true),
    invalid: c('2026-11-24T23:59:59Z', '2026-11-25', false),
    missing: { value: '2026-11-25', expect: false },
    wrongType: c(20261126, '2026-11-25', false),
    more: [c('2027-01-01', '2026-11-25T10:00:00+02:00', true), c('not a date', '2026-11-25', false)],
  },
};

interface NamedCase {
  operator: OperatorName;
  name: string;
  /** The fact object of the case (`{ v, w }`), or MISSING for no fact at all. */
  object: Record<string, unknown> | typeof MISSING;
  value: unknown;
  /** The value is `{ fact: <this case's w> }`. */
  byReference: boolean;
  expect: boolean;
}

/** Every case of every operator, expanded: the missing case three ways, the valid one also by reference. */
function expand(): NamedCase[] {
  const out: NamedCase[] = [];
  for (const operator of OPERATOR_NAMES) {
    const cases = CASES[operator];
    const add = (name: string, { fact, value, expect }: Case, byReference = false): void => {
      const object: Record<string, unknown> = fact === MISSING ? {} : { v: fact };
      if (byReference) object.w = value;
      out.push({ operator, name, object, value, byReference, expect });
    };
    add('valid', cases.valid);
    add('invalid', cases.invalid);
    add('missing (absent under its object)', { fact: MISSING, value: cases.missing.value, expect: cases.missing.expect });
    out.push({ operator, name: 'missing (no fact at all)', object: MISSING, value: cases.missing.value, byReference: false, expect: cases.missing.expect });
    add('missing (null)', { fact: null, value: cases.missing.value, expect: cases.missing.expect });
    add('wrong type', cases.wrongType);
    if (cases.valid.value !== NO_VALUE) add('valid, value from another fact', cases.valid, true);
    (cases.more ?? []).forEach((more, i) => add(`more #${i + 1}`, more));
  }
  return out;
}

const ALL_CASES = expand();
const caseKey = (i: number) => `c${i}`;

function ruleOf(one: NamedCase, i: number): RuleDefinition<string> {
  const fact = `${caseKey(i)}.v`;
  const when = (one.byReference
    ? { fact, operator: one.operator, value: { fact: `${caseKey(i)}.w` } }
    : one.value === NO_VALUE
      ? { fact, operator: one.operator }
      : { fact, operator: one.operator, value: one.value }) as RuleDefinition<string>['when'];
  return {
    id: `case-${i}`,
    ref: 'WSUS-9999',
    title: `${one.operator} ${one.name}`,
    severity: 'info',
    category: 'fleet',
    appliesTo: {},
    requires: [],
    when,
    message: 'holds',
    summary: 'Operator case.',
    rationale: 'Operator case.',
    remediation: ['None.'],
    references: [],
    tests: [],
  };
}

test('the table is the closed operator set: 20 operators, each with every part, in the DSL names', () => {
  assert.deepEqual([...OPERATOR_NAMES], Object.keys(OPERATOR_TABLE));
  assert.equal(OPERATOR_NAMES.length, 20);
  assert.equal(DSL_OPERATOR_NAMES, OPERATOR_NAMES, 'rule-types re-exports the table names');
  assert.deepEqual(Object.keys(OPERATORS), [...OPERATOR_NAMES]);
  for (const name of OPERATOR_NAMES) {
    const def = operatorDefinition(name)!;
    assert.equal(OPERATORS[name], def.test);
    assert.ok(def.doc.length > 10 && !def.doc.includes(';'), `${name}: one-line doc without ';' (the schema joins docs with it)`);
    assert.ok(def.example.fact.includes('.') || def.example.fact === 'collectedAt', `${name}: example fact path`);
  }
  for (const notOne of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'Equal', '']) assert.equal(operatorDefinition(notOne), undefined, notOne);
  assert.deepEqual(Object.keys(CASES), [...OPERATOR_NAMES], 'a case table for every operator, in table order');
});

test('every case of every operator: the table function, json-rules-engine and the compiled evaluator agree with the expectation', async () => {
  const rules = ALL_CASES.map(ruleOf);
  const fact: Record<string, unknown> = {};
  ALL_CASES.forEach((one, i) => {
    if (one.object !== MISSING) fact[caseKey(i)] = one.object;
  });
  const viaEngine = await new JsonRulesEngineEvaluator(rules).evaluateRoot(fact);
  const viaCompiled = new CompiledRuleEvaluator(rules).evaluateRootSync(fact);
  assert.equal(viaEngine.length, ALL_CASES.length);
  assert.equal(viaCompiled.length, ALL_CASES.length);
  const perOperator = new Map<OperatorName, number>();
  let compared = 0;
  ALL_CASES.forEach((one, i) => {
    const where = `${one.operator} › ${one.name}: ${JSON.stringify(one.object === MISSING ? 'no fact' : one.object)} vs ${String(one.value === NO_VALUE ? 'no value' : JSON.stringify(one.value))}`;
    const factValue = one.object === MISSING ? undefined : one.object.v;
    const value = one.value === NO_VALUE ? undefined : one.value;
    assert.equal(OPERATOR_TABLE[one.operator].test(factValue, value), one.expect, `table function: ${where}`);
    const outcome = (r: RuleResult) => r.outcome;
    const expected = one.expect ? 'fail' : 'pass';
    assert.equal(viaEngine[i]!.ruleId, `case-${i}`);
    assert.equal(outcome(viaEngine[i]!), expected, `json-rules-engine: ${where}`);
    assert.equal(outcome(viaCompiled[i]!), expected, `compiled evaluator: ${where}`);
    assert.deepStrictEqual(viaCompiled[i], viaEngine[i], `identical results: ${where}`);
    perOperator.set(one.operator, (perOperator.get(one.operator) ?? 0) + 1);
    compared++;
  });
  assert.equal(compared, ALL_CASES.length);
  for (const name of OPERATOR_NAMES) {
    // valid, invalid, missing x3, wrong type (+ by reference unless valueless) at least.
    assert.ok((perOperator.get(name) ?? 0) >= 6, `${name}: ${perOperator.get(name)} cases`);
    const outcomes = ALL_CASES.filter((one) => one.operator === name).map((one) => one.expect);
    assert.ok(outcomes.includes(true) && outcomes.includes(false), `${name}: both outcomes exercised`);
  }
});

test('schemas/rule.schema.json: the operator enum and description are the table (generated, not stale)', () => {
  const path = join(root, 'schemas', 'rule.schema.json');
  const text = readFileSync(path, 'utf8');
  const schema = JSON.parse(text) as { $defs: { factCondition: { properties: { operator: { enum: string[]; description: string } } } } };
  const operator = schema.$defs.factCondition.properties.operator;
  assert.deepEqual(operator.enum, [...OPERATOR_NAMES]);
  assert.deepEqual(operator, operatorSchema());
  assert.equal(renderSchemaOperators(text), text, 'rule.schema.json is stale: run `node --import tsx scripts/generate-operator-docs.ts`');
});

test('README.md: the operator table is the table (generated, not stale)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.equal(renderReadmeOperators(readme), readme, 'README.md is stale: run `node --import tsx scripts/generate-operator-docs.ts`');
  for (const name of OPERATOR_NAMES) assert.ok(readme.includes(`| \`${name}\` |`), name);
});

function ruleFileWith(when: unknown): string {
  return JSON.stringify({
    id: 'operator-example',
    ref: 'LOCAL-0001',
    title: 'Operator example',
    severity: 'info',
    category: 'prerequisites',
    appliesTo: {},
    requires: ['os'],
    when,
    message: 'Example.',
    summary: 'Example.',
    rationale: 'Example.',
    remediation: ['None.'],
    references: [{ url: 'https://example.com/', title: 'Example' }],
    tests: [],
  });
}

test('the rule-file checker takes each operator kind from the table: every example is accepted, a wrongly typed value refused', () => {
  for (const name of OPERATOR_NAMES) {
    const { example } = OPERATOR_TABLE[name];
    const good = checkRuleText(ruleFileWith({ fact: example.fact, operator: name, value: example.value }), 'operator-example.json');
    assert.deepEqual(good.problems.filter((p) => p.code.startsWith('R2')), [], `${name}: example ${JSON.stringify(example)}`);
    const bad = checkRuleText(ruleFileWith({ fact: example.fact, operator: name, value: { nested: 1 } }), 'operator-example.json');
    assert.deepEqual(bad.problems.filter((p) => p.code.startsWith('R2')).map((p) => p.code), ['R206'], `${name}: object value`);
  }
  const unknown = checkRuleText(ruleFileWith({ fact: 'os.version', operator: 'greaterThanOrEqual', value: 1 }), 'operator-example.json');
  assert.deepEqual(unknown.problems.filter((p) => p.code.startsWith('R2')).map((p) => p.code), ['R204']);
});

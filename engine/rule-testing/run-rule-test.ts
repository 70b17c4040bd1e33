/**
 * Runs a rule's own test cases (RuleTester style): each case's patch over the base document of
 * its role, derived and evaluated with only that rule; the outcome must be the expected one.
 */
import type { RuleDefinition, RuleTestCase } from '../dsl/rule-types.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import { deriveFacts } from '../derive/derive-facts.js';
import { validateFactDocument } from '../validate/validate-facts.js';
import { JsonRulesEngineEvaluator } from '../evaluate/json-rules-engine-evaluator.js';
import type { RuleResult } from '../model/report-model.js';
import { baseDocument } from './base-documents.js';
import { mergePatch } from './merge-patch.js';

export interface RuleTestOutcome {
  rule: string;
  name: string;
  ok: boolean;
  expected: string;
  actual?: string;
  /** Why it failed, in one line. */
  problem?: string;
  result?: RuleResult;
}

/** The document a test case describes: role base + patch, validated against the fact schema. */
export function testCaseDocument(rule: RuleDefinition<string>, testCase: RuleTestCase): FactDocument {
  const role = testCase.role ?? rule.appliesTo.role ?? 'server';
  const doc = mergePatch(baseDocument(role), testCase.facts);
  return validateFactDocument(doc, `${rule.id} › ${testCase.name}`);
}

export async function runRuleTest(rule: RuleDefinition<string>, testCase: RuleTestCase, evaluator = new JsonRulesEngineEvaluator([rule])): Promise<RuleTestOutcome> {
  const outcome: RuleTestOutcome = { rule: rule.id, name: testCase.name, ok: false, expected: testCase.expect };
  let doc: FactDocument;
  try {
    doc = testCaseDocument(rule, testCase);
  } catch (error) {
    const e = error as { toLine?: () => string; message: string };
    outcome.problem = `the test's facts are not a valid fact document: ${e.toLine ? e.toLine() : e.message}`;
    return outcome;
  }
  const [result] = (await evaluator.evaluate(doc, deriveFacts(doc))).filter((r) => r.ruleId === rule.id);
  outcome.result = result;
  outcome.actual = result.outcome;
  if (result.outcome !== testCase.expect) {
    outcome.problem = `expected ${testCase.expect}, got ${result.outcome}: ${result.message}`;
  } else if (testCase.message && !result.message.includes(testCase.message)) {
    outcome.problem = `message "${result.message}" does not contain "${testCase.message}"`;
  } else {
    outcome.ok = true;
  }
  // A known gap documents a false result: it "passes" only while the gap is still there.
  if (testCase.knownGap) {
    outcome.ok = !outcome.ok;
    if (!outcome.ok) outcome.problem = 'known gap is fixed: remove knownGap from this test case';
    else outcome.problem = undefined;
  }
  return outcome;
}

/** Every case of a rule; also reports a rule without both a fail and a pass case as untested. */
export async function runRuleTests(rule: RuleDefinition<string>): Promise<{ outcomes: RuleTestOutcome[]; untested?: string }> {
  const evaluator = new JsonRulesEngineEvaluator([rule]);
  const outcomes: RuleTestOutcome[] = [];
  for (const testCase of rule.tests) outcomes.push(await runRuleTest(rule, testCase, evaluator));
  const kinds = new Set(rule.tests.filter((t) => !t.knownGap).map((t) => t.expect));
  const untested = kinds.has('fail') && kinds.has('pass') ? undefined : `rule ${rule.id} needs at least one fail case and one pass case`;
  return { outcomes, untested };
}

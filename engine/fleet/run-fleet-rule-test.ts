/**
 * Runs a fleet rule's own test cases: each case's machines (patches over the base server and
 * client documents) are validated, derived and summarised exactly as a batch does, then the
 * rule is evaluated over that small fleet. The outcome (and the machines named) must be the
 * expected ones.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { deriveFacts } from '../derive/derive-facts.js';
import { validateFactDocument } from '../validate/validate-facts.js';
import { baseDocument } from '../rule-testing/base-documents.js';
import { mergePatch } from '../rule-testing/merge-patch.js';
import type { Outcome } from '../dsl/rule-types.js';
import type { FleetRuleDefinition, FleetRuleTestCase } from './fleet-rule.js';
import { DEFAULT_FLEET_OPTIONS, type MachineSummary } from './fleet-types.js';
import { summarizeMachine } from './summarize-machine.js';
import { FleetEvaluator, type FleetResult } from './evaluate-fleet.js';

export interface FleetRuleTestOutcome {
  rule: string;
  name: string;
  ok: boolean;
  expected: Outcome;
  actual?: Outcome;
  problem?: string;
  results?: FleetResult[];
}

/** The rule's overall outcome over the fleet: fail > insufficientEvidence > pass > notApplicable. */
export function overallOutcome(results: readonly FleetResult[]): Outcome {
  for (const outcome of ['fail', 'insufficientEvidence', 'pass'] as const) if (results.some((r) => r.outcome === outcome)) return outcome;
  return 'notApplicable';
}

/** Summaries of a test case's machines (throws when a patch does not give a valid fact document). */
export function testCaseSummaries(rule: FleetRuleDefinition, testCase: FleetRuleTestCase): MachineSummary[] {
  return testCase.machines.map((machine, i) => {
    const doc: FactDocument = validateFactDocument(mergePatch(baseDocument(machine.role), machine.facts), `${rule.id} › ${testCase.name} › machine ${i + 1}`);
    return summarizeMachine(doc, deriveFacts(doc), machine.file ?? `${doc.host.computerName}.json`, false);
  });
}

export async function runFleetRuleTest(rule: FleetRuleDefinition, testCase: FleetRuleTestCase, evaluator = new FleetEvaluator([rule])): Promise<FleetRuleTestOutcome> {
  const outcome: FleetRuleTestOutcome = { rule: rule.id, name: testCase.name, ok: false, expected: testCase.expect };
  let summaries: MachineSummary[];
  try {
    summaries = testCaseSummaries(rule, testCase);
  } catch (error) {
    const e = error as { toLine?: () => string; message: string };
    outcome.problem = `the test's facts are not a valid fact document: ${e.toLine ? e.toLine() : e.message}`;
    return outcome;
  }
  const section = await evaluator.evaluate(summaries, { ...DEFAULT_FLEET_OPTIONS, ...testCase.options });
  const results = section.results.filter((r) => r.ruleId === rule.id);
  outcome.results = results;
  outcome.actual = overallOutcome(results);
  const ofOutcome = results.filter((r) => r.outcome === outcome.actual);
  const named = [...new Set(ofOutcome.flatMap((r) => r.machines ?? []))].sort();
  if (outcome.actual !== testCase.expect) {
    outcome.problem = `expected ${testCase.expect}, got ${outcome.actual}: ${ofOutcome.map((r) => r.message).join(' | ')}`;
  } else if (testCase.expectMachines && JSON.stringify(named) !== JSON.stringify([...testCase.expectMachines].sort())) {
    outcome.problem = `expected machines ${JSON.stringify([...testCase.expectMachines].sort())}, got ${JSON.stringify(named)}`;
  } else if (testCase.message && !ofOutcome.some((r) => r.message.includes(testCase.message!))) {
    outcome.problem = `message "${ofOutcome.map((r) => r.message).join(' | ')}" does not contain "${testCase.message}"`;
  } else {
    outcome.ok = true;
  }
  if (testCase.knownGap) {
    outcome.ok = !outcome.ok;
    outcome.problem = outcome.ok ? undefined : 'known gap is fixed: remove knownGap from this test case';
  }
  return outcome;
}

/**
 * Every test case of a fleet rule, with the same convention as runRuleTests: `untested` says why
 * the rule counts as untested (it needs a fail and a pass case that are not known gaps).
 */
export async function runFleetRuleTests(rule: FleetRuleDefinition): Promise<{ outcomes: FleetRuleTestOutcome[]; untested?: string }> {
  const evaluator = new FleetEvaluator([rule]);
  const outcomes: FleetRuleTestOutcome[] = [];
  for (const testCase of rule.tests) outcomes.push(await runFleetRuleTest(rule, testCase, evaluator));
  const kinds = new Set(rule.tests.filter((t) => !t.knownGap).map((t) => t.expect));
  const untested = kinds.has('fail') && kinds.has('pass') ? undefined : `rule ${rule.id} needs at least one fail case and one pass case`;
  return { outcomes, untested };
}

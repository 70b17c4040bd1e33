/**
 * Fleet rules: the same rule model as the per-machine rules (metadata as data, requires,
 * when / inconclusiveWhen, message templates, evidence, tests inside the rule), over the
 * fleet fact roots of fleet-types.ts instead of one fact document. Two additions:
 *
 * - `subject`: what one evaluation is about: each WSUS server of the batch (`server`), each
 *   configured WSUS URL (`target`), or the whole batch once (`fleet`);
 * - `machines`: the fact path listing the machines a finding names (and
 *   `undecidedMachines` for an insufficient-evidence outcome).
 *
 * `appliesTo.role` is not used (fleet roots have no role); `appliesTo.when` gates as usual.
 * Test cases describe a small fleet: fact-document patches over the base server and client
 * documents, run through the real pipeline (validate, derive, summarize, correlate, evaluate).
 */
import type { Condition, FactCondition, FactPatch, FactReference, OperatorName, OperatorValue, Outcome, RuleDefinition } from '../dsl/rule-types.js';
import type { FleetOptions, FleetPath, FleetSubjectKind } from './fleet-types.js';

export interface FleetRuleTestMachine {
  role: 'server' | 'client';
  /** Patch over the base document of the role (objects merge, lists replace, null deletes). */
  facts: FactPatch;
  /** File name used in the test (default: <computerName>.json). */
  file?: string;
}

export interface FleetRuleTestCase {
  name: string;
  machines: FleetRuleTestMachine[];
  /** Thresholds other than the defaults. */
  options?: Partial<FleetOptions>;
  /** The rule's outcome over the fleet: fail if any subject fails, else insufficientEvidence if any, else pass if any, else notApplicable. */
  expect: Outcome;
  /** Machines named by the findings (fail) or undecided results, in any order. */
  expectMachines?: string[];
  /** Substring of the (first) message of that outcome. */
  message?: string;
  knownGap?: boolean;
}

export interface FleetRuleDefinition extends Omit<RuleDefinition<FleetPath>, 'tests'> {
  subject: FleetSubjectKind;
  /** Path of the list of machine names a finding is about. */
  machines: FleetPath;
  /** Path of the list of machine names an insufficient-evidence result is about. */
  undecidedMachines?: FleetPath;
  /** Shown when the batch has no subject of this kind (e.g. no WSUS server fact file). */
  noSubjects?: string;
  tests: FleetRuleTestCase[];
}

/** Checks and freezes a fleet rule (the typed entry point, like defineRule). */
export function defineFleetRule(rule: FleetRuleDefinition): FleetRuleDefinition {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`fleet rule id "${rule.id}" must be kebab-case`);
  if (rule.category !== 'fleet') throw new Error(`fleet rule ${rule.id} must have category "fleet"`);
  if (rule.appliesTo.role) throw new Error(`fleet rule ${rule.id}: appliesTo.role is not used by fleet rules`);
  return Object.freeze(rule);
}

/** The part of a fleet rule the evaluator runs (a plain RuleDefinition over string paths). */
export function asEvaluatorRule(rule: FleetRuleDefinition): RuleDefinition<string> {
  const { subject: _subject, machines: _machines, undecidedMachines: _undecided, noSubjects: _none, tests: _tests, ...base } = rule;
  return { ...(base as unknown as Omit<RuleDefinition<string>, 'tests'>), tests: [] };
}

/** Leaf condition over a fleet fact path (the fleet counterpart of `fact`). */
export function fleetFact<O extends OperatorName>(path: FleetPath, operator: O, value?: OperatorValue<O> | FactReference<FleetPath>): Condition<FleetPath> {
  return (value === undefined ? { fact: path, operator } : { fact: path, operator, value }) as FactCondition<FleetPath>;
}

export function allOf(...conditions: Condition<FleetPath>[]): Condition<FleetPath> {
  return { all: conditions };
}

export function anyOf(...conditions: Condition<FleetPath>[]): Condition<FleetPath> {
  return { any: conditions };
}

/**
 * Compiles a rule definition to a json-rules-engine rule whose top-level `all` has three or
 * four blocks, all at one priority so json-rules-engine evaluates each of them:
 *   [0] applicability gate, [1] required evidence, [2] the problem condition,
 *   [3] (optional) the inconclusive condition.
 * The outcome is read from the blocks' results: gate false -> notApplicable, evidence false ->
 * insufficientEvidence, problem true -> fail, inconclusive true -> insufficientEvidence, else pass.
 * Every fact condition gets an explicit `path` (never a whole-fact comparison) resolved by a
 * plain dotted-path resolver instead of JSONPath.
 */
import type { Condition, RuleDefinition } from '../dsl/rule-types.js';
import { sectionOf } from '../dsl/fact-paths.js';

export interface EngineCondition {
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  all?: EngineCondition[];
  any?: EngineCondition[];
  not?: EngineCondition;
}

export interface EngineRuleProperties {
  name: string;
  priority: number;
  conditions: { all: EngineCondition[] };
  event: { type: string };
}

export function compileRule(rule: RuleDefinition<string>): EngineRuleProperties {
  return {
    name: rule.id,
    priority: 1,
    conditions: {
      all: [
        compileGate(rule),
        compileRequirements(rule.requires),
        { all: [compileCondition(rule.when)] },
        ...(rule.inconclusiveWhen ? [{ all: [compileCondition(rule.inconclusiveWhen)] }] : []),
      ],
    },
    event: { type: rule.id },
  };
}

/** `a.b.c` -> fact `a`, path `b.c`: facts are the document's top-level keys plus `derived`. */
export function splitFactPath(path: string): { fact: string; path?: string } {
  const dot = path.indexOf('.');
  return dot === -1 ? { fact: path } : { fact: path.slice(0, dot), path: path.slice(dot + 1) };
}

function leaf(path: string, operator: string, value: unknown): EngineCondition {
  const { fact, path: rest } = splitFactPath(path);
  // An empty path makes json-rules-engine use the fact itself (only for scalar top-level facts).
  const compiledValue = isFactReference(value) ? toReference(value.fact) : value;
  return { fact, path: rest ?? '', operator, value: compiledValue };
}

function toReference(path: string): { fact: string; path: string } {
  const { fact, path: rest } = splitFactPath(path);
  return { fact, path: rest ?? '' };
}

function isFactReference(value: unknown): value is { fact: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string' && Object.keys(value).length === 1;
}

export function compileCondition(condition: Condition<string>): EngineCondition {
  if ('all' in condition) return { all: condition.all.map(compileCondition) };
  if ('any' in condition) return { any: condition.any.map(compileCondition) };
  if ('not' in condition) return { not: compileCondition(condition.not) };
  return leaf(condition.fact, condition.operator, condition.value);
}

function compileGate(rule: RuleDefinition<string>): EngineCondition {
  const gate: EngineCondition[] = [];
  if (rule.appliesTo.role) gate.push(leaf('role', 'equal', rule.appliesTo.role));
  if (rule.appliesTo.osFamily?.length) gate.push(leaf('derived.osFamily', 'in', rule.appliesTo.osFamily));
  // WSUS role absent (wsusServer notApplicable) -> notApplicable; unread or absent section keeps the rule applicable.
  if (rule.appliesTo.wsusRole) gate.push({ not: leaf('wsusServer.status', 'equal', 'notApplicable') });
  if (rule.appliesTo.when) gate.push(compileCondition(rule.appliesTo.when));
  return { all: gate };
}

/** Conditions that hold when one required path is known: its section collected, its value present. */
export function requirementConditions(path: string): EngineCondition[] {
  const section = sectionOf(path);
  const conditions: EngineCondition[] = [];
  if (section) conditions.push(leaf(`${section}.status`, 'equal', 'ok'));
  if (path !== section) conditions.push(leaf(path, 'exists', true));
  return conditions;
}

function compileRequirements(requires: Array<string | string[]>): EngineCondition {
  return {
    all: requires.map((entry) =>
      Array.isArray(entry) ? { any: entry.map((path) => ({ all: requirementConditions(path) })) } : { all: requirementConditions(entry) },
    ),
  };
}

/**
 * `defineRule`: the typed entry point for built-in rules. It only checks and freezes: the
 * metadata is data, so the same object is what rule files (JSON/YAML) produce.
 */
import type { FactPath } from './fact-paths.js';
import type { Condition, FactCondition, FactReference, OperatorName, OperatorValue, RuleDefinition } from './rule-types.js';

export function defineRule(rule: RuleDefinition<FactPath>): RuleDefinition<string> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id "${rule.id}" must be kebab-case`);
  return Object.freeze(rule) as RuleDefinition<string>;
}

/** Shorthand for a leaf condition, for rules that read better that way; the value has the operator's type. */
export function fact<O extends OperatorName>(path: FactPath, operator: O, value?: OperatorValue<O> | FactReference): Condition<FactPath> {
  return (value === undefined ? { fact: path, operator } : { fact: path, operator, value }) as FactCondition<FactPath>;
}

export function all(...conditions: Condition<FactPath>[]): Condition<FactPath> {
  return { all: conditions };
}

export function any(...conditions: Condition<FactPath>[]): Condition<FactPath> {
  return { any: conditions };
}

export function not(condition: Condition<FactPath>): Condition<FactPath> {
  return { not: condition };
}

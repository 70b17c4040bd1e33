/**
 * Checks the conditions of a rule file (when, inconclusiveWhen, appliesTo.when): their shape,
 * every fact path against the catalogue, every operator against the closed set and the fact's
 * type, every value against the fact's type and allowed values, and every regex for syntax and
 * for what the linear-time matcher the evaluator runs it with cannot do (checkRulePattern). The kinds
 * of fact and value each operator takes are those of the operator table (OPERATOR_TABLE in
 * engine/operators/operators.ts).
 */
import { OPERATOR_NAMES, operatorDefinition, type OperatorFactKind } from '../operators/operators.js';
import { checkRulePattern } from '../operators/safe-regex.js';
import { parseVersion } from '../operators/version.js';
import { didYouMean } from './edit-distance.js';
import type { JsonType, PathCatalogue, PathInfo } from './path-catalogue.js';
import { ruleProblem, type RuleProblem } from './rule-problems.js';
import type { DataPath, RuleSource } from './read-rule-source.js';

const FACT_KIND_WORDS: Record<OperatorFactKind, string> = {
  scalar: 'text, number or true/false facts',
  number: 'number facts',
  string: 'text facts',
  array: 'list facts',
  arrayOrString: 'list or text facts',
  any: 'any fact',
};

const CONDITION_KEYS = ['fact', 'operator', 'value', 'all', 'any', 'not'];

export interface ConditionContext {
  source: RuleSource;
  catalogue: PathCatalogue;
  problems: RuleProblem[];
}

/** Walks one condition tree at `path` (e.g. ['when']) and records every problem found. */
export function checkCondition(ctx: ConditionContext, condition: unknown, path: DataPath): void {
  const { source, problems } = ctx;
  const file = source.file;
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    problems.push(ruleProblem('R201', file, source.valueAt(path), `a condition must be an object, found ${describe(condition)}`));
    return;
  }
  const record = condition as Record<string, unknown>;
  const keys = Object.keys(record);
  for (const key of keys) {
    if (!CONDITION_KEYS.includes(key)) {
      problems.push(ruleProblem('R102', file, source.keyAt([...path, key]), `unknown field "${key}" in a condition${didYouMean(key, CONDITION_KEYS)}`));
    }
  }
  const groups = (['all', 'any', 'not'] as const).filter((k) => k in record);
  const isLeaf = 'fact' in record || 'operator' in record || 'value' in record;
  if (groups.length > 1 || (groups.length === 1 && isLeaf)) {
    const found = [...groups, ...(['fact', 'operator', 'value'] as const).filter((k) => k in record)];
    problems.push(ruleProblem('R201', file, source.keyAt([...path, groups[groups.length - 1]]), `a condition is one of {fact, operator, value}, {all}, {any} or {not}; this one mixes ${found.join(', ')}`));
    return;
  }
  if (groups.length === 1) {
    const group = groups[0];
    const inner = record[group];
    if (group === 'not') {
      checkCondition(ctx, inner, [...path, 'not']);
      return;
    }
    if (!Array.isArray(inner)) {
      problems.push(ruleProblem('R201', file, source.valueAt([...path, group]), `${group} takes a list of conditions, found ${describe(inner)}`));
      return;
    }
    if (inner.length === 0) {
      problems.push(ruleProblem('R202', file, source.valueAt([...path, group]), `${group} has no conditions`));
      return;
    }
    inner.forEach((child, i) => checkCondition(ctx, child, [...path, group, i]));
    return;
  }
  if (!('fact' in record) || !('operator' in record)) {
    if (keys.length === 0 || !isLeaf) {
      problems.push(ruleProblem('R201', file, source.valueAt(path), 'empty condition: write {fact, operator, value} or all/any/not'));
    } else {
      const missing = !('fact' in record) ? 'fact' : 'operator';
      problems.push(ruleProblem('R101', file, source.valueAt(path), `the condition has no "${missing}"`));
    }
    return;
  }
  checkLeaf(ctx, record, path);
}

function checkLeaf(ctx: ConditionContext, leaf: Record<string, unknown>, path: DataPath): void {
  const { source, catalogue, problems } = ctx;
  const file = source.file;
  const { fact, operator } = leaf;
  if (typeof fact !== 'string') {
    problems.push(ruleProblem('R103', file, source.valueAt([...path, 'fact']), `"fact" must be a dotted fact path in text, found ${describe(fact)}`));
    return;
  }
  if (typeof operator !== 'string') {
    problems.push(ruleProblem('R103', file, source.valueAt([...path, 'operator']), `"operator" must be an operator name, found ${describe(operator)}`));
    return;
  }
  const info = lookupFactPath(ctx, fact, [...path, 'fact'], 'R203');
  // What the operator needs (the kinds of fact it applies to, the kind of value) comes from the operator table.
  const spec = operatorDefinition(operator);
  if (!spec) {
    problems.push(
      ruleProblem('R204', file, source.valueAt([...path, 'operator']), `unknown operator "${operator}"${didYouMean(operator, OPERATOR_NAMES)}; operators: ${OPERATOR_NAMES.join(', ')}`),
    );
    return;
  }
  if (!info) return;
  if (!factFits(spec.facts, info.types)) {
    problems.push(
      ruleProblem('R205', file, source.valueAt([...path, 'operator']), `${operator} works on ${FACT_KIND_WORDS[spec.facts]}, but ${fact} is ${typeWords(info.types)}`),
    );
    return;
  }
  const valuePath = [...path, 'value'];
  if (!('value' in leaf)) {
    if (spec.value !== 'optionalBoolean') problems.push(ruleProblem('R208', file, source.keyAt([...path, 'operator']), `${operator} needs a value to compare ${fact} with`));
    return;
  }
  const value = leaf.value;
  // A value may be taken from another fact: { fact: other.path }.
  if (isFactReference(value)) {
    const other = lookupFactPath(ctx, value.fact, [...valuePath, 'fact'], 'R203');
    if (other && ['sameAsFact', 'number', 'string', 'version', 'date'].includes(spec.value)) {
      const wanted = spec.value === 'sameAsFact' ? info.types : spec.value === 'number' ? ['number', 'integer'] : ['string'];
      if (!other.types.some((t) => wanted.includes(t) || (t === 'integer' && wanted.includes('number')) || (t === 'number' && wanted.includes('integer')))) {
        problems.push(ruleProblem('R206', file, source.valueAt([...valuePath, 'fact']), `${fact} is ${typeWords(info.types)} but ${value.fact} is ${typeWords(other.types)}`));
      }
    }
    return;
  }
  const at = source.valueAt(valuePath);
  const wrongType = (expected: string): void => void problems.push(ruleProblem('R206', file, at, `${operator} on ${fact} needs ${expected}, found ${describe(value)}`));
  switch (spec.value) {
    case 'optionalBoolean':
      if (typeof value !== 'boolean') wrongType('true (the fact is present) or false (it is absent)');
      return;
    case 'number':
      if (typeof value !== 'number') wrongType('a number');
      return;
    case 'string':
      if (typeof value !== 'string') wrongType('text');
      return;
    case 'version':
      // A version must be text: YAML reads `10.0` as the number 10, which never compares.
      if (typeof value !== 'string') wrongType('a version in quotes, e.g. "10.0.14393.1670"');
      else if (!parseVersion(value)) problems.push(ruleProblem('R211', file, at, `"${value}" is not a version (write it as 3.2.7600.283)`));
      return;
    case 'date':
      if (typeof value !== 'string') wrongType('a date in text, e.g. "2026-11-25"');
      else if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
        problems.push(ruleProblem('R211', file, at, `"${value}" is not an ISO 8601 date`));
      }
      return;
    case 'regex': {
      if (typeof value !== 'string') return wrongType('a regular expression in text');
      const check = checkRulePattern(value);
      if (!check.ok) {
        problems.push(ruleProblem(check.kind === 'unsupported' ? 'R210' : 'R209', file, at, `${check.reason}, in /${value}/`));
      }
      return;
    }
    case 'sameAsFact':
      checkScalar(ctx, fact, info.types, info.values, value, valuePath, operator);
      return;
    case 'listOfFact':
      if (!Array.isArray(value) || value.length === 0) return wrongType('a non-empty list of values');
      value.forEach((v, i) => checkScalar(ctx, fact, info.types, info.values, v, [...valuePath, i], operator));
      return;
    case 'item':
      checkScalar(ctx, `an element of ${fact}`, info.items?.types ?? [], info.items?.values, value, valuePath, operator);
      return;
    case 'listOfItems':
      if (!Array.isArray(value) || value.length === 0) return wrongType('a non-empty list of values');
      value.forEach((v, i) => checkScalar(ctx, `an element of ${fact}`, info.items?.types ?? [], info.items?.values, v, [...valuePath, i], operator));
      return;
  }
}

function checkScalar(ctx: ConditionContext, what: string, types: JsonType[], values: unknown[] | undefined, value: unknown, path: DataPath, operator: string): void {
  const { source, problems } = ctx;
  const at = source.valueAt(path);
  if (value === null || typeof value === 'object') {
    const hint = value === null ? ' (to test that a fact is absent, use operator exists with value false)' : '';
    problems.push(ruleProblem('R206', source.file, at, `${operator} compares ${what} with a single value, found ${describe(value)}${hint}`));
    return;
  }
  if (types.length && !types.includes(jsonTypeOf(value)) && !(jsonTypeOf(value) === 'integer' && types.includes('number'))) {
    problems.push(ruleProblem('R206', source.file, at, `${what} is ${typeWords(types)}, but the value is ${describe(value)}`));
    return;
  }
  if (values && !values.includes(value)) {
    const shown = values.map((v) => JSON.stringify(v));
    problems.push(
      ruleProblem('R207', source.file, at, `${what} is never ${JSON.stringify(value)}${didYouMean(String(value), values.map(String))}; it is one of ${shown.join(', ')}`),
    );
  }
}

/** Looks a path up in the catalogue; records `code` with a suggestion when unknown. */
export function lookupFactPath(ctx: ConditionContext, fact: string, at: DataPath, code: 'R203' | 'R212' | 'R214' | 'R215'): PathInfo | undefined {
  const info = ctx.catalogue.lookup(fact);
  if (info) return info;
  const why = ctx.catalogue.explainUnknown(fact);
  const suggestion = didYouMean(fact, ctx.catalogue.suggest(fact));
  ctx.problems.push(ruleProblem(code, ctx.source.file, ctx.source.valueAt(at), `unknown fact path "${fact}"${suggestion}${why ? `: ${why}` : ''}`));
  return undefined;
}

function factFits(kind: OperatorFactKind, types: JsonType[]): boolean {
  if (kind === 'any' || types.length === 0) return true;
  const wanted: Record<Exclude<OperatorFactKind, 'any'>, JsonType[]> = {
    scalar: ['string', 'number', 'integer', 'boolean'],
    number: ['number', 'integer'],
    string: ['string'],
    array: ['array'],
    arrayOrString: ['array', 'string'],
  };
  return types.some((t) => wanted[kind].includes(t));
}

function isFactReference(value: unknown): value is { fact: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { fact?: unknown }).fact === 'string';
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function typeWords(types: JsonType[]): string {
  const words: Record<JsonType, string> = { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true/false', object: 'an object', array: 'a list', null: 'null' };
  return types.map((t) => words[t]).join(' or ') || 'of unknown type';
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  // JSON.stringify writes NaN and Infinity (YAML .nan, .inf) as "null": show them as they are.
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
  return `${typeof value === 'string' ? 'text' : typeof value === 'number' ? 'the number' : 'the boolean'} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

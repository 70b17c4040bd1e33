/**
 * The closed operator set, defined ONCE: each operator's name, the kinds of fact it applies to,
 * the kind of value it takes, its null-safe semantics, a one-line doc, its wording in rule docs
 * and an example. Everything else is derived from OPERATOR_TABLE:
 *
 * - OPERATOR_NAMES / OperatorName and the DSL's value types (OperatorValue): engine/dsl/rule-types.ts;
 * - the operators registered in json-rules-engine: engine/evaluate/json-rules-engine-evaluator.ts;
 * - the compiled evaluator's operators: engine/evaluate/compiled-evaluator.ts (OPERATORS);
 * - the rule-file checker's fact-kind and value-kind checks: engine/rule-files/check-conditions.ts;
 * - the conditions in words of generated rule docs: engine/rule-files/render-rule-docs.ts;
 * - the README operator table and schemas/rule.schema.json's operator enum and description:
 *   engine/operators/operator-docs.ts (written by scripts/generate-operator-docs.ts, checked up to
 *   date by test/engine/operators.test.ts).
 *
 * Every operator is null-safe: a missing or wrongly typed fact (or value) makes it false, never an
 * exception and never a match (only `exists` with value false is true for a missing fact). This
 * replaces json-rules-engine's own `notEqual`/`notIn`/`doesNotContain`, which are true for a
 * missing fact.
 */
import { compareVersions, parseVersion } from './version.js';
import { ruleRegexTest } from './safe-regex.js';

export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

/** The kinds of fact an operator applies to (checked against the fact contract's JSON types). */
export type OperatorFactKind = 'scalar' | 'number' | 'string' | 'array' | 'arrayOrString' | 'any';

/** The kind of value an operator compares with, and its TypeScript type in the DSL. */
export interface OperatorValueKinds {
  /** A scalar of the fact's own type (and allowed values). */
  sameAsFact: string | number | boolean;
  /** A non-empty list of scalars of the fact's type. */
  listOfFact: readonly (string | number | boolean)[];
  number: number;
  string: string;
  /** A regular expression in text (case-insensitive, run in linear time: no lookaround or backreferences). */
  regex: string;
  /** A dotted version in text, e.g. "10.0.14393.1670". */
  version: string;
  /** An ISO 8601 date or date-time in text. */
  date: string;
  /** A scalar of the type of the list's elements. */
  item: string | number | boolean;
  /** A non-empty list of scalars of the type of the list's elements. */
  listOfItems: readonly (string | number | boolean)[];
  /** true: the fact is present; false: it is absent; left out: present. */
  optionalBoolean: boolean;
}
export type OperatorValueKind = keyof OperatorValueKinds;

export interface OperatorDefinition {
  facts: OperatorFactKind;
  value: OperatorValueKind;
  /** The semantics: null-safe (false for a missing or wrongly typed fact or value). */
  test: OperatorFn;
  /** One line for the README table and the rule schema. */
  doc: string;
  /**
   * Rule docs: the words between the fact and the value ("`fact` is at most `5`"), or, for an
   * operator whose value is not shown, the whole predicate from the value.
   */
  phrase: string | ((value: unknown) => string);
  /** An example condition (a real fact path; the rule-file checker accepts it). */
  example: { fact: string; value?: unknown };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const defined = (v: unknown) => v !== undefined && v !== null;

function toTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

const versionCompare = (a: unknown, b: unknown, holds: (order: number) => boolean): boolean => {
  const left = parseVersion(a);
  const right = parseVersion(b);
  return !!left && !!right && holds(compareVersions(left, right));
};

const dateCompare = (a: unknown, b: unknown, holds: (left: number, right: number) => boolean): boolean => {
  const left = toTime(a);
  const right = toTime(b);
  return left !== undefined && right !== undefined && holds(left, right);
};

export const OPERATOR_TABLE = {
  equal: {
    facts: 'scalar',
    value: 'sameAsFact',
    test: (a, b) => defined(a) && a === b,
    doc: 'the fact is present and equal to the value',
    phrase: 'is',
    example: { fact: 'services.items.WsusService.status', value: 'Running' },
  },
  notEqual: {
    facts: 'scalar',
    value: 'sameAsFact',
    test: (a, b) => defined(a) && a !== b,
    doc: 'the fact is present and not equal to the value',
    phrase: 'is present and not',
    example: { fact: 'services.items.WsusService.status', value: 'Running' },
  },
  in: {
    facts: 'scalar',
    value: 'listOfFact',
    test: (a, b) => defined(a) && Array.isArray(b) && b.includes(a),
    doc: 'the fact is present and one of the listed values',
    phrase: 'is one of',
    example: { fact: 'derived.wsusPool.state', value: ['Stopped', 'Stopping'] },
  },
  notIn: {
    facts: 'scalar',
    value: 'listOfFact',
    test: (a, b) => defined(a) && Array.isArray(b) && !b.includes(a),
    doc: 'the fact is present and none of the listed values',
    phrase: 'is present and none of',
    example: { fact: 'derived.wsusPool.state', value: ['Started', 'Starting'] },
  },
  lessThan: {
    facts: 'number',
    value: 'number',
    test: (a, b) => isNumber(a) && isNumber(b) && a < b,
    doc: 'the fact is a number below the value',
    phrase: 'is less than',
    example: { fact: 'iis.appPools.WsusPool.queueLength', value: 2000 },
  },
  lessThanInclusive: {
    facts: 'number',
    value: 'number',
    test: (a, b) => isNumber(a) && isNumber(b) && a <= b,
    doc: 'the fact is a number at most the value',
    phrase: 'is at most',
    example: { fact: 'iis.appPools.WsusPool.queueLength', value: 1000 },
  },
  greaterThan: {
    facts: 'number',
    value: 'number',
    test: (a, b) => isNumber(a) && isNumber(b) && a > b,
    doc: 'the fact is a number above the value',
    phrase: 'is greater than',
    example: { fact: 'derived.iisLog.status503.count', value: 0 },
  },
  greaterThanInclusive: {
    facts: 'number',
    value: 'number',
    test: (a, b) => isNumber(a) && isNumber(b) && a >= b,
    doc: 'the fact is a number at least the value',
    phrase: 'is at least',
    example: { fact: 'derived.iisLog.status503.count', value: 10 },
  },
  contains: {
    facts: 'array',
    value: 'item',
    test: (a, b) => Array.isArray(a) && a.includes(b),
    doc: 'the fact is a list that contains the value',
    phrase: 'contains',
    example: { fact: 'derived.installedKbs', value: 'KB4039929' },
  },
  doesNotContain: {
    facts: 'array',
    value: 'item',
    test: (a, b) => Array.isArray(a) && !a.includes(b),
    doc: 'the fact is a list that does not contain the value',
    phrase: 'is a list without',
    example: { fact: 'derived.installedKbs', value: 'KB4039929' },
  },
  containsAny: {
    facts: 'array',
    value: 'listOfItems',
    test: (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((x) => a.includes(x)),
    doc: 'the fact is a list that contains at least one of the listed values',
    phrase: 'contains any of',
    example: { fact: 'derived.installedKbs', value: ['KB4039929', 'KB4039871'] },
  },
  exists: {
    facts: 'any',
    value: 'optionalBoolean',
    test: (a, b) => (b === false ? !defined(a) : defined(a)),
    doc: 'the fact is present (not missing or null) with value true or none, absent with value false',
    phrase: (value) => (value === false ? 'is absent (not known)' : 'is present'),
    example: { fact: 'derived.wsusPool.state', value: false },
  },
  versionLessThan: {
    facts: 'string',
    value: 'version',
    test: (a, b) => versionCompare(a, b, (order) => order < 0),
    doc: 'the fact is a dotted version below the value (10.0 equals 10.0.0.0)',
    phrase: 'is a version below',
    example: { fact: 'wsusServer.version', value: '3.2.7600.283' },
  },
  versionGreaterThanInclusive: {
    facts: 'string',
    value: 'version',
    test: (a, b) => versionCompare(a, b, (order) => order >= 0),
    doc: 'the fact is a dotted version at or above the value',
    phrase: 'is a version at or above',
    example: { fact: 'wsusServer.version', value: '4.0' },
  },
  matches: {
    facts: 'string',
    value: 'regex',
    test: (a, b) => typeof a === 'string' && typeof b === 'string' && ruleRegexTest(b, a),
    doc: 'the fact is text that matches the regular expression (case-insensitive, run in linear time)',
    phrase: 'matches (case-insensitive)',
    example: { fact: 'wsusServer.contentDir', value: '^C:\\\\' },
  },
  notMatches: {
    facts: 'string',
    value: 'regex',
    test: (a, b) => typeof a === 'string' && typeof b === 'string' && !ruleRegexTest(b, a),
    doc: 'the fact is text that does not match the regular expression (case-insensitive)',
    phrase: 'is text that does not match',
    example: { fact: 'wsusServer.contentDir', value: '^[D-Z]:\\\\' },
  },
  startsWith: {
    facts: 'string',
    value: 'string',
    test: (a, b) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase().startsWith(b.toLowerCase()),
    doc: 'the fact is text that starts with the value (case-insensitive)',
    phrase: 'starts with (case-insensitive)',
    example: { fact: 'clientPolicy.windowsUpdate.WUServer', value: 'http://' },
  },
  lengthGreaterThan: {
    facts: 'arrayOrString',
    value: 'number',
    test: (a, b) => isNumber(b) && (Array.isArray(a) || typeof a === 'string') && a.length > b,
    doc: 'the fact is a list or text longer than the value',
    phrase: 'has a length greater than',
    example: { fact: 'derived.installedKbs', value: 0 },
  },
  dateBefore: {
    facts: 'string',
    value: 'date',
    test: (a, b) => dateCompare(a, b, (left, right) => left < right),
    doc: 'the fact is an ISO 8601 date before the value (a date without time is midnight UTC)',
    phrase: 'is a date before',
    example: { fact: 'derived.latestUpdateInstalledOn', value: '2026-01-01' },
  },
  dateOnOrAfter: {
    facts: 'string',
    value: 'date',
    test: (a, b) => dateCompare(a, b, (left, right) => left >= right),
    doc: 'the fact is an ISO 8601 date on or after the value',
    phrase: 'is a date on or after',
    example: { fact: 'collectedAt', value: '2026-11-25' },
  },
} as const satisfies Record<string, OperatorDefinition>;

export type OperatorName = keyof typeof OPERATOR_TABLE;

/** Operator names in table order (the order of the docs and the schema enum). */
export const OPERATOR_NAMES = Object.freeze(Object.keys(OPERATOR_TABLE)) as readonly OperatorName[];

/** The DSL's type of an operator's value (a literal; a fact reference is allowed besides). */
export type OperatorValue<O extends OperatorName> = OperatorValueKinds[(typeof OPERATOR_TABLE)[O]['value']];

/** The definition of a known operator, undefined for any other name. */
export function operatorDefinition(name: string): OperatorDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(OPERATOR_TABLE, name) ? OPERATOR_TABLE[name as OperatorName] : undefined;
}

/** Name -> semantics: what json-rules-engine registers and the compiled evaluator calls. */
export const OPERATORS: Readonly<Record<OperatorName, OperatorFn>> = Object.freeze(
  Object.fromEntries(OPERATOR_NAMES.map((name) => [name, OPERATOR_TABLE[name].test as OperatorFn])) as Record<OperatorName, OperatorFn>,
);

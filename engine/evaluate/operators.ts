/**
 * The closed operator set. Each operator is a small function with a type guard: a missing or
 * wrongly typed fact makes it false, never an exception and never a match. This replaces
 * json-rules-engine's own `notEqual`/`notIn`/`doesNotContain`, which are true for a missing fact.
 */
import type { OperatorName } from '../dsl/rule-types.js';
import { compareVersions, parseVersion } from './version.js';
import { MAX_REGEX_INPUT, ruleRegex } from './safe-regex.js';

export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const defined = (v: unknown) => v !== undefined && v !== null;

export const OPERATORS: Record<OperatorName, OperatorFn> = {
  equal: (a, b) => defined(a) && a === b,
  notEqual: (a, b) => defined(a) && a !== b,
  in: (a, b) => defined(a) && Array.isArray(b) && b.includes(a),
  notIn: (a, b) => defined(a) && Array.isArray(b) && !b.includes(a),
  lessThan: (a, b) => isNumber(a) && isNumber(b) && a < b,
  lessThanInclusive: (a, b) => isNumber(a) && isNumber(b) && a <= b,
  greaterThan: (a, b) => isNumber(a) && isNumber(b) && a > b,
  greaterThanInclusive: (a, b) => isNumber(a) && isNumber(b) && a >= b,
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  containsAny: (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((x) => a.includes(x)),
  /** value true: the fact is present (not undefined/null); value false: it is absent. */
  exists: (a, b) => (b === false ? !defined(a) : defined(a)),
  versionLessThan: (a, b) => {
    const left = parseVersion(a);
    const right = parseVersion(b);
    return !!left && !!right && compareVersions(left, right) < 0;
  },
  versionGreaterThanInclusive: (a, b) => {
    const left = parseVersion(a);
    const right = parseVersion(b);
    return !!left && !!right && compareVersions(left, right) >= 0;
  },
  matches: (a, b) => typeof a === 'string' && typeof b === 'string' && ruleRegex(b).test(a.slice(0, MAX_REGEX_INPUT)),
  notMatches: (a, b) => typeof a === 'string' && typeof b === 'string' && !ruleRegex(b).test(a.slice(0, MAX_REGEX_INPUT)),
  startsWith: (a, b) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase().startsWith(b.toLowerCase()),
  lengthGreaterThan: (a, b) => isNumber(b) && (Array.isArray(a) || typeof a === 'string') && a.length > b,
  /** ISO 8601 dates/date-times; a date without time is midnight UTC. */
  dateBefore: (a, b) => {
    const left = toTime(a);
    const right = toTime(b);
    return left !== undefined && right !== undefined && left < right;
  },
  dateOnOrAfter: (a, b) => {
    const left = toTime(a);
    const right = toTime(b);
    return left !== undefined && right !== undefined && left >= right;
  },
};

function toTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Regexes in rules come from data files: each is checked for catastrophic backtracking with
 * redos-detector before use, and compiled once. Matching is also bounded by input length
 * (MAX_REGEX_INPUT), so even a polynomial pattern stays cheap.
 */
import { isSafePattern } from 'redos-detector';

/** Longest text a rule regex is run against; longer facts are cut (log lines are capped anyway). */
export const MAX_REGEX_INPUT = 16384;

const cache = new Map<string, RegExp>();

export interface RegexCheck {
  ok: boolean;
  reason?: string;
}

/** Syntax and backtracking check for a rule regex (JavaScript syntax, no flags in the pattern). */
export function checkRulePattern(pattern: string): RegexCheck {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { ok: false, reason: `invalid regular expression: ${(error as Error).message}` };
  }
  // Checked anchored: the search over start positions is linear in the (capped) input, so what
  // must be bounded is the backtracking within one attempt; redos-detector scores exactly that.
  const result = isSafePattern(`^(?:${pattern})`, { caseInsensitive: true, timeout: 1000 });
  if (!result.safe) {
    const why = result.error === 'timedOut' || result.error === 'hitMaxSteps' || result.error === 'hitMaxScore'
      ? 'too complex to prove safe'
      : 'can backtrack catastrophically (nested or overlapping quantifiers)';
    return { ok: false, reason: `unsafe regular expression: ${why}` };
  }
  return { ok: true };
}

/** Compiled rule regex; throws when the pattern fails checkRulePattern. Case-insensitive. */
export function ruleRegex(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (!regex) {
    const check = checkRulePattern(pattern);
    if (!check.ok) throw new Error(`${check.reason}: /${pattern}/`);
    regex = new RegExp(pattern, 'iu');
    cache.set(pattern, regex);
  }
  return regex;
}

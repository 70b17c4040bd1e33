/**
 * Safety check for regexes in rules (rule files are data written by users): syntax, then
 * catastrophic backtracking with redos-detector. Rules are checked when they are loaded or
 * validated (rule-files, the catalogue test), not on every match: redos-detector is large and
 * stays out of the diagnose path.
 */
import { isSafePattern } from 'redos-detector';

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

/**
 * Regexes used by the `matches`/`notMatches` operators: compiled once, case-insensitive, and
 * run on at most MAX_REGEX_INPUT characters, so even a polynomial pattern stays cheap. Every
 * rule regex has passed checkRulePattern (regex-safety.ts) before a rule can load: rule files
 * when they are read, built-in rules in the catalogue test.
 */

/** Longest text a rule regex is run against; longer facts are cut (log lines are capped anyway). */
export const MAX_REGEX_INPUT = 16384;

const cache = new Map<string, RegExp>();

/** Compiled rule regex (cached). */
export function ruleRegex(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'iu');
    cache.set(pattern, regex);
  }
  return regex;
}

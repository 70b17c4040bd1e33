/**
 * Regexes of rules (`matches`/`notMatches`): written in JavaScript syntax, run by re2js, a
 * pure-JavaScript port of RE2 whose matching time is linear in the input whatever the pattern.
 * Rule files are data written by users, and a backtracking engine (RegExp) can take seconds on
 * one 16 KB log line with patterns as plain as `\s*timeout` or `.*x` (the search tries every start
 * position); RE2 never backtracks, so no pattern needs to be scored or refused for its cost.
 *
 * What RE2 cannot do in linear time is refused when a rule is checked (checkRulePattern, used by
 * `rules validate`, `--rules` loading and the catalogue test of the built-in rules): lookahead,
 * lookbehind and backreferences. Named groups are accepted. Built-in and user rules share this one
 * code path. Smaller differences from RegExp: `\s` is ASCII white space, `.` also matches `\r`.
 */
import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

let re2: typeof RE2JS | undefined;
/**
 * re2js (~260 KB of code), loaded on the first regex only: no built-in rule uses `matches` or
 * `notMatches` and most runs have no waiver machine patterns, so they never parse it (~10 ms of
 * every start-up). The require() is synchronous, so operators and waivers stay synchronous. The
 * CLI bundle carries its own copy (dist/vendor/re2js.cjs, written by scripts/build.mjs beside
 * dist/chunks/), so dist/ needs no node_modules; the sources load the package.
 */
export function re2js(): typeof RE2JS {
  return (re2 ??= (requireRe2js() as { RE2JS: typeof RE2JS }).RE2JS);
}

function requireRe2js(): unknown {
  const load = createRequire(import.meta.url);
  try {
    return load('../vendor/re2js.cjs');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    return load('re2js');
  }
}

/** Longest text a rule regex is run against; longer facts are cut (log lines are capped anyway). */
export const MAX_REGEX_INPUT = 16384;

/** What a rule regex runs as: a linear-time matcher. */
export interface RuleMatcher {
  /** True when the pattern matches anywhere in the input (case-insensitive). */
  test(input: string): boolean;
}

const cache = new Map<string, RE2JS>();

/** The compiled matcher of a pattern that passed checkRulePattern (cached). Throws on an invalid pattern. */
export function ruleRegex(pattern: string): RE2JS {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = compileRe2(pattern);
    cache.set(pattern, regex);
  }
  return regex;
}

/** True when `pattern` matches anywhere in the first MAX_REGEX_INPUT characters of `text`. */
export function ruleRegexTest(pattern: string, text: string): boolean {
  return ruleRegex(pattern).test(text.length > MAX_REGEX_INPUT ? text.slice(0, MAX_REGEX_INPUT) : text);
}

function compileRe2(pattern: string): RE2JS {
  const RE2 = re2js();
  return RE2.compile(RE2.translateRegExp(pattern), RE2.CASE_INSENSITIVE);
}

export interface RegexCheck {
  ok: boolean;
  /** invalid: not a JavaScript regex; unsupported: a feature the linear-time matcher lacks. */
  kind?: 'invalid' | 'unsupported';
  reason?: string;
}

/**
 * Checks a rule regex: JavaScript syntax (the `u` flag's strict form, no flags in the pattern),
 * then the features RE2 lacks, named in the reason, then RE2's own compilation. Never throws.
 */
export function checkRulePattern(pattern: string): RegexCheck {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { ok: false, kind: 'invalid', reason: `invalid regular expression: ${(error as Error).message}` };
  }
  const feature = backtrackingFeature(pattern);
  if (feature) {
    return { ok: false, kind: 'unsupported', reason: `${feature} is not supported: rule regexes run in linear time (RE2), which rules out lookahead, lookbehind and backreferences` };
  }
  try {
    compileRe2(pattern);
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, '');
    return { ok: false, kind: 'unsupported', reason: `not supported by the linear-time matcher (RE2): ${message}` };
  }
  return { ok: true };
}

/**
 * The first construct of a valid (`u`-mode) JavaScript pattern that needs backtracking: a
 * lookahead, a lookbehind or a backreference, described for the message; undefined when none.
 */
export function backtrackingFeature(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `the backreference \\${/^\d+/.exec(pattern.slice(i + 1))![0]}`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return `the backreference ${pattern.slice(i, pattern.indexOf('>', i) + 1)}`;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(' && pattern[i + 1] === '?') {
      const head = pattern.slice(i, i + 4);
      if (head.startsWith('(?=')) return 'the lookahead (?=...)';
      if (head.startsWith('(?!')) return 'the negative lookahead (?!...)';
      if (head.startsWith('(?<=')) return 'the lookbehind (?<=...)';
      if (head.startsWith('(?<!')) return 'the negative lookbehind (?<!...)';
    }
  }
  return undefined;
}

/**
 * Machine name patterns of waivers: `*` any run of characters, `?` one character, case-insensitive,
 * whole name. Matched with re2js (linear time): a pattern such as `*a*a*a*a*a*b` would make a
 * backtracking RegExp take hours on a long host name from a hostile fact file.
 */
import type { RE2JS } from 're2js';
import { re2js } from '../operators/safe-regex.js';

export function machinePattern(pattern: string): RE2JS {
  const body = [...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))).join('');
  const RE2 = re2js();
  return RE2.compile(`^${body}$`, RE2.CASE_INSENSITIVE | RE2.DOTALL);
}

/** True when any pattern matches any of the machine's names (computer name, FQDN). */
export function matchesMachine(patterns: readonly string[], names: ReadonlyArray<string | undefined>): boolean {
  const known = names.filter((n): n is string => !!n);
  return patterns.some((p) => {
    const regex = machinePattern(p);
    return known.some((name) => regex.test(name));
  });
}

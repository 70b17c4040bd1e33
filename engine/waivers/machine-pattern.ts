/** Machine name patterns of waivers: `*` any run of characters, `?` one character, case-insensitive, whole name. */

export function machinePattern(pattern: string): RegExp {
  const body = [...pattern].map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 'i');
}

/** True when any pattern matches any of the machine's names (computer name, FQDN). */
export function matchesMachine(patterns: readonly string[], names: ReadonlyArray<string | undefined>): boolean {
  const known = names.filter((n): n is string => !!n);
  return patterns.some((p) => {
    const regex = machinePattern(p);
    return known.some((name) => regex.test(name));
  });
}

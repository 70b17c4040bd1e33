/** Windows dotted version numbers (3.2.7600.283, 10.0.14393.1670): parse and compare numerically. */

export function parseVersion(value: unknown): number[] | undefined {
  if (typeof value !== 'string' || !/^\d+(\.\d+){0,3}$/.test(value)) return undefined;
  return value.split('.').map(Number);
}

/** -1, 0 or 1; missing trailing parts count as 0 (10.0 == 10.0.0.0). */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * "Did you mean" suggestions: optimal-string-alignment edit distance (Levenshtein plus swapped
 * neighbours), case-insensitive, with a cut-off relative to the length of what was typed.
 */

/** Edit distance between a and b (insert, delete, substitute, swap two neighbours: 1 each). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, prevPrev[j - 2] + 1);
      current[j] = best;
    }
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[n];
}

/** Candidates close enough to `typed`, closest first (ties keep the candidates' order). */
export function closest(typed: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = typed.toLowerCase();
  const max = Math.max(2, Math.floor(typed.length * 0.34));
  const ranked = candidates
    .map((candidate, index) => ({ candidate, index, distance: candidate === typed ? Infinity : editDistance(wanted, candidate.toLowerCase()) }))
    .filter((c) => c.distance <= max)
    .sort((x, y) => x.distance - y.distance || x.index - y.index);
  // Only those about as close as the best one: a near miss should not come with far-fetched ones.
  const best = ranked[0]?.distance ?? 0;
  return ranked.filter((c) => c.distance <= best + 2).slice(0, limit).map((c) => c.candidate);
}

/** " (did you mean "x"?)" or "" when nothing is close. */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const found = closest(typed, candidates, 3);
  if (!found.length) return '';
  return ` (did you mean ${found.map((f) => `"${f}"`).join(' or ')}?)`;
}

/**
 * Time helpers of the fleet rules. Fact files carry two kinds of times: instants (ISO 8601
 * with Z or an offset: IIS and HTTPERR logs, events, registry times, collectedAt) and local
 * clock times without a zone (WindowsUpdate.log). The zone of a client is not collected, so a
 * local time can be anywhere within {@link LOCAL_SLACK_MS} (the widest UTC offsets, -12 h to
 * +14 h) of the same clock reading in UTC.
 *
 * - `surelyInside` (rule 1: was the client active while the server's log was recording?) is
 *   conservative: a local time counts only if every possible instant lies inside the window.
 * - `possiblyNear` (rule 4: did a timeout fall in an overload interval?) accepts a local
 *   time when some possible instant lies within the tolerance of the interval.
 */

/** Widest distance between a local clock reading and UTC: 14 hours. */
export const LOCAL_SLACK_MS = 14 * 3600_000;

const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** True when the ISO string carries a zone (Z or an offset). */
export function hasZone(iso: string): boolean {
  return ZONE.test(iso);
}

/** Milliseconds of an ISO string read as UTC when it has no zone; undefined when it does not parse. */
export function toMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(hasZone(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The range of instants a time may stand for: itself, or ±14 h for a local time. */
export function possibleRange(iso: string): [number, number] | undefined {
  const ms = toMs(iso);
  if (ms === undefined) return undefined;
  return hasZone(iso) ? [ms, ms] : [ms - LOCAL_SLACK_MS, ms + LOCAL_SLACK_MS];
}

/** The latest instant a time may stand for (+14 h for a local time): a comparison in the machine's favour. */
export function latestInstant(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : possibleRange(iso)?.[1];
}

/** Median of numbers (mean of the two middle values for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every instant the time may stand for lies in [from, to]. */
export function surelyInside(iso: string, from: number, to: number): boolean {
  const range = possibleRange(iso);
  return range !== undefined && range[0] >= from && range[1] <= to;
}

/** Some instant the time may stand for lies within `toleranceMs` of [from, to]. */
export function possiblyNear(iso: string, from: number, to: number, toleranceMs: number): boolean {
  const range = possibleRange(iso);
  return range !== undefined && range[1] >= from - toleranceMs && range[0] <= to + toleranceMs;
}

/** ISO 8601 UTC without milliseconds, for messages: 2026-11-24T10:02:11Z. */
export function shortIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Groups instants (ms, any order) into intervals: a gap longer than `gapMs` starts a new one.
 * Returns at most `max` intervals (the newest), each with its entry count.
 */
export function toIntervals(times: number[], gapMs: number, max = 200): Array<{ from: number; to: number; count: number }> {
  if (times.length === 0) return [];
  const sorted = Float64Array.from(times).sort();
  const out: Array<{ from: number; to: number; count: number }> = [];
  let current = { from: sorted[0]!, to: sorted[0]!, count: 1 };
  for (let i = 1; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t - current.to > gapMs) {
      out.push(current);
      current = { from: t, to: t, count: 1 };
    } else {
      current.to = t;
      current.count++;
    }
  }
  out.push(current);
  return out.length > max ? out.slice(out.length - max) : out;
}

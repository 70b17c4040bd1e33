/**
 * Derives `httpErr` from `logs.httpErr`: counts per HTTP.sys reason phrase, the reasons
 * that point at a problem (benign ones such as Timer_ConnectionIdle left out, most frequent
 * first, ties by name), and the entries whose reason means WsusPool is overloaded or
 * offline (AppOffline, QueueFull, AppPoolTimer, AppShutdown, Disabled, ConnLimit).
 * A reason missing from the table is reported as notable with a generic meaning.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { describeHttpErrReason } from '../knowledge/httperr-reasons.js';
import { parseHttpErrLog } from '../parsers/httperr.js';
import type { DerivedHttpErr } from './derived-types.js';
import { isOk, lineNumber, noEvidence, SampleCollector, WindowTracker } from './evidence.js';

interface ReasonTally {
  samples: SampleCollector;
  /** First HTTP status seen with the reason (used when the table has none). */
  status: number | undefined;
}

function empty(): DerivedHttpErr {
  return { available: false, entries: 0, skippedLines: 0, window: {}, reasonCounts: {}, notable: [], serviceUnavailable: noEvidence() };
}

/**
 * Derive the HTTPERR block. `available` is false (and everything empty) unless
 * `logs.httpErr` has status ok.
 */
export function deriveHttpErr(doc: FactDocument): DerivedHttpErr {
  const excerpt = doc.logs?.httpErr;
  if (!isOk(excerpt)) return empty();

  const counts = new Map<string, number>();
  const notable = new Map<string, ReasonTally>();
  const overload = new SampleCollector();
  const window = new WindowTracker();
  let entries = 0;
  let skippedLines = 0;
  const onSkip = (): void => {
    skippedLines++;
  };

  for (const file of excerpt!.files ?? []) {
    for (const e of parseHttpErrLog(file.lines, { onSkip })) {
      entries++;
      window.add(e.timestamp);
      const reason = e.reason;
      if (reason === undefined) continue;
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
      const info = describeHttpErrReason(reason);
      if (info?.benign) continue;
      const line = lineNumber(file, e.index);
      let tally = notable.get(reason);
      if (tally === undefined) notable.set(reason, (tally = { samples: new SampleCollector(), status: e.status }));
      tally.samples.add(file.path, line, e.timestamp, e.raw);
      if (info?.overload) overload.add(file.path, line, e.timestamp, e.raw);
    }
  }

  return {
    available: true,
    entries,
    skippedLines,
    window: window.result(),
    reasonCounts: Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    notable: [...notable]
      .sort((a, b) => b[1].samples.count - a[1].samples.count || (a[0] < b[0] ? -1 : 1))
      .map(([reason, tally]) => {
        const info = describeHttpErrReason(reason);
        const status = info?.httpStatus ?? tally.status;
        return {
          reason,
          meaning: info?.meaning ?? 'Reason phrase not in the HTTP.sys reason table',
          ...(status !== undefined ? { status } : {}),
          ...tally.samples.result(),
        };
      }),
    serviceUnavailable: overload.result(),
  };
}

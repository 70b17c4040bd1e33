/**
 * Derives `httpErr` from `logs.httpErr`: counts per HTTP.sys reason phrase, the reasons
 * that point at a problem (benign ones such as Timer_ConnectionIdle left out, most frequent
 * first, ties by name), and the entries whose reason means WsusPool is overloaded or
 * offline (AppOffline, QueueFull, AppPoolTimer, AppShutdown, Disabled, ConnLimit).
 * A reason missing from the table is reported as notable with a generic meaning.
 *
 * HTTP.sys writes one HTTPERR log for every user of the kernel listener (every IIS pool,
 * WinRM on 5985, UPnP, ...), so the same counts are also kept for the WSUS entries alone
 * (`wsus`). Which identifier decides, most specific first:
 *   1. s-queuename (the application pool) when written: WSUS's when it is the WSUS pool
 *      (derived.wsusPool.name, letter case ignored);
 *   2. else s-siteid when written and the WSUS site is known: WSUS's when it is that site;
 *   3. else s-port: WSUS's when it is a WSUS port (wsusServer.portNumber, its SSL pair
 *      8530/8531 or 80/443, and the binding ports of the WSUS site).
 * An entry that names another pool on a shared port (WSUS on the Default Web Site, port 80)
 * is therefore not counted for WSUS.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { describeHttpErrReason, type HttpErrReasonInfo } from '../knowledge/httperr-reasons.js';
import { parseHttpErrLog, type HttpErrEntry } from '../parsers/httperr.js';
import type { DerivedHttpErr, DerivedHttpErrWsus, DerivedWsusPool, DerivedWsusSite, EvidenceCount } from './derived-types.js';
import { deepFreeze, isOk, lineNumber, noEvidence, SampleCollector, WindowTracker } from './evidence.js';
import { deriveWsusPool, deriveWsusSite } from './derive-wsus-site.js';

type Notable = DerivedHttpErr['notable'];

interface ReasonSamples {
  samples: SampleCollector;
  /** First HTTP status seen with the reason (used when the table has none). */
  status: number | undefined;
}

/** Reason counts, notable reasons and overload entries of a set of HTTPERR entries. */
class ReasonTally {
  entries = 0;
  private readonly counts = new Map<string, number>();
  private readonly notable = new Map<string, ReasonSamples>();
  private readonly overload = new SampleCollector();

  /** Count one entry; `info` is describeHttpErrReason(e.reason), looked up once by the caller. */
  add(e: HttpErrEntry, path: string, line: number, info: HttpErrReasonInfo | undefined): void {
    this.entries++;
    const reason = e.reason;
    if (reason === undefined) return;
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    if (info?.benign) return;
    let tally = this.notable.get(reason);
    if (tally === undefined) this.notable.set(reason, (tally = { samples: new SampleCollector(), status: e.status }));
    tally.samples.add(path, line, e.timestamp, e.raw);
    if (info?.overload) this.overload.add(path, line, e.timestamp, e.raw);
  }

  reasonCounts(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }

  notableReasons(): Notable {
    return [...this.notable]
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
      });
  }

  serviceUnavailable(): EvidenceCount {
    return this.overload.result();
  }
}

/** The SSL/plain port WSUS pairs with a port (8530/8531 since WSUS 4, 80/443 for WSUS 3). */
const PORT_PAIR: ReadonlyMap<number, number> = new Map([[8530, 8531], [8531, 8530], [80, 443], [443, 80]]);

/** Ports that identify the WSUS site (see the file header), sorted. */
export function wsusPorts(doc: FactDocument, site: DerivedWsusSite = deriveWsusSite(doc)): number[] {
  const ports = new Set<number>();
  const port = isOk(doc.wsusServer) ? doc.wsusServer!.portNumber : undefined;
  if (port !== undefined) {
    ports.add(port);
    const pair = PORT_PAIR.get(port);
    if (pair !== undefined) ports.add(pair);
  }
  if (site.found && isOk(doc.iis)) {
    const bindings = doc.iis!.sites?.find((s) => s.id === site.id)?.bindings ?? [];
    for (const b of bindings) {
      const protocol = b.protocol.toLowerCase();
      if (b.port !== undefined && (protocol === 'http' || protocol === 'https')) ports.add(b.port);
    }
  }
  return [...ports].sort((a, b) => a - b);
}

function emptyWsus(poolName: string, ports: number[] = []): DerivedHttpErrWsus {
  return { ports, poolName, entries: 0, reasonCounts: {}, notable: [], serviceUnavailable: noEvidence() };
}

function empty(poolName: string): DerivedHttpErr {
  return { available: false, entries: 0, skippedLines: 0, window: {}, reasonCounts: {}, notable: [], serviceUnavailable: noEvidence(), wsus: emptyWsus(poolName) };
}

/** The block of documents without an HTTPERR excerpt, for the pool name of the last one: shared, frozen. */
let notAvailable: DerivedHttpErr | undefined;

/**
 * Derive the HTTPERR block. `available` is false (and everything empty) unless
 * `logs.httpErr` has status ok. `site` and `pool` are the derived WSUS site and pool
 * (computed from the document when not given).
 */
export function deriveHttpErr(
  doc: FactDocument,
  site: DerivedWsusSite = deriveWsusSite(doc),
  pool: DerivedWsusPool = deriveWsusPool(doc),
): DerivedHttpErr {
  const excerpt = doc.logs?.httpErr;
  if (!isOk(excerpt)) {
    if (notAvailable?.wsus.poolName !== pool.name) notAvailable = deepFreeze(empty(pool.name));
    return notAvailable;
  }

  const ports = wsusPorts(doc, site);
  const portSet = new Set(ports);
  const poolLower = pool.name.toLowerCase();
  const siteId = site.found ? site.id : undefined;
  const isWsus = (e: HttpErrEntry): boolean => {
    const queue = e.queueName;
    if (queue !== undefined) return queue.length === poolLower.length && queue.toLowerCase() === poolLower;
    if (e.siteId !== undefined && siteId !== undefined) return e.siteId === siteId;
    return e.serverPort !== undefined && portSet.has(e.serverPort);
  };

  const all = new ReasonTally();
  const wsus = new ReasonTally();
  const window = new WindowTracker();
  let skippedLines = 0;
  const onSkip = (): void => {
    skippedLines++;
  };

  for (const file of excerpt!.files ?? []) {
    for (const e of parseHttpErrLog(file.lines, { onSkip })) {
      window.add(e.timestamp);
      const line = lineNumber(file, e.index);
      const info = e.reason === undefined ? undefined : describeHttpErrReason(e.reason);
      all.add(e, file.path, line, info);
      if (isWsus(e)) wsus.add(e, file.path, line, info);
    }
  }

  return {
    available: true,
    entries: all.entries,
    skippedLines,
    window: window.result(),
    reasonCounts: all.reasonCounts(),
    notable: all.notableReasons(),
    serviceUnavailable: all.serviceUnavailable(),
    wsus: {
      ports,
      poolName: pool.name,
      entries: wsus.entries,
      reasonCounts: wsus.reasonCounts(),
      notable: wsus.notableReasons(),
      serviceUnavailable: wsus.serviceUnavailable(),
    },
  };
}

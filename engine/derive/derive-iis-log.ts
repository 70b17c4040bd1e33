/**
 * Derives `iisLog` from `logs.iisW3c`: status counts, the 403/404/500/503 entries that
 * matter to WSUS, 401s that never succeeded, the client IPs seen.
 *
 * Heuristics:
 * - Normal browser 403 (left out of `status403`): KB 4025764 says opening most WSUS URLs
 *   in a browser gives 403 and that this is normal. A 403 is taken as that case when the
 *   request is a GET, the user agent is a browser (starts with `Mozilla/` and is neither
 *   the .NET SOAP client "MS Web Services Client Protocol" nor the Windows Update Agent),
 *   the URI stem is `/` or lies under a WSUS application/virtual directory, and the
 *   substatus does not point at SSL or certificates (403.4, .5, .7, .12, .13, .16, .17 are
 *   always kept).
 * - `unresolved401`: a 401 is resolved by any later 2xx (200, or 206 from BITS ranges)
 *   from the same c-ip for the same cs-uri-stem (case-insensitive, as IIS is), within the
 *   excerpt. Whatever is still pending at the end is unresolved.
 * - `status404.missingApplications`: the WSUS application/virtual directory named by the
 *   first path segment of each 404 (case-insensitive), minus those present in
 *   `iis.wsusApplications` when that list was collected. Sorted by name.
 * - `subStatusCounts` counts every entry with a status and a substatus under status, then
 *   substatus; `status500_24`, `status403_4`, `status403_7` keep the samples of the three
 *   substatus codes the rules explain (500.24 impersonation, 403.4 SSL required, 403.7 client
 *   certificate required; 403.4/403.7 are never a normal browser 403, so they are also in
 *   `status403`).
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { parseW3cLog, type W3cEntry } from '../parsers/w3c.js';
import type { DerivedIisLog, LogEvidence } from './derived-types.js';
import { canonicalWsusApplication } from '../knowledge/wsus-applications.js';
import { isOk, lineNumber, makeEvidence, MAX_SAMPLES, noEvidence, SampleCollector, WindowTracker } from './evidence.js';

/** WSUS applications and virtual directories (knowledge 2.3), canonical spelling. */
export { WSUS_APPLICATION_NAMES } from '../knowledge/wsus-applications.js';

/** 403 substatus codes about SSL or client certificates (IIS, KB 943891). */
const SSL_CERT_SUBSTATUS: ReadonlySet<number> = new Set([4, 5, 7, 12, 13, 16, 17]);

/** User agents that start with Mozilla/ but are programs, not browsers. */
const NON_BROWSER_AGENT = /MS[+ ]Web[+ ]Services[+ ]Client[+ ]Protocol|Windows-Update-Agent/i;

/** The WSUS application a URI stem points into (canonical name), or undefined. */
export function wsusApplicationOf(uriStem: string): string | undefined {
  const start = uriStem.charCodeAt(0) === 47 /* / */ ? 1 : 0;
  const end = uriStem.indexOf('/', start);
  return canonicalWsusApplication(uriStem.slice(start, end < 0 ? undefined : end));
}

/** The 403 a browser gets when someone opens a WSUS URL by hand (see the file header). */
export function isNormalBrowser403(entry: Pick<W3cEntry, 'method' | 'userAgent' | 'uriStem' | 'substatus'>): boolean {
  const ua = entry.userAgent;
  const stem = entry.uriStem;
  if (entry.method !== 'GET' || ua === undefined || stem === undefined) return false;
  if (!ua.startsWith('Mozilla/') || NON_BROWSER_AGENT.test(ua)) return false;
  if (stem !== '/' && wsusApplicationOf(stem) === undefined) return false;
  return !SSL_CERT_SUBSTATUS.has(entry.substatus ?? 0);
}

/** A 401 waiting for a later success, with enough to report it. */
interface Pending401 {
  /** Position of the entry among all entries, to put samples back in log order. */
  seq: number;
  evidence: LogEvidence;
}

interface PendingKey {
  count: number;
  /** The last few 401s of this key (older ones only count). */
  items: Pending401[];
}

function empty(): DerivedIisLog {
  return {
    available: false,
    entries: 0,
    skippedLines: 0,
    window: {},
    statusCounts: {},
    subStatusCounts: {},
    status403: noEvidence(),
    status404: { ...noEvidence(), missingApplications: [] },
    status500: noEvidence(),
    status500_24: noEvidence(),
    status403_4: noEvidence(),
    status403_7: noEvidence(),
    status503: noEvidence(),
    unresolved401: noEvidence(),
    clientIps: [],
  };
}

/**
 * Derive the IIS access-log block. `available` is false (and everything empty) unless
 * `logs.iisW3c` has status ok.
 */
export function deriveIisLog(doc: FactDocument): DerivedIisLog {
  const excerpt = doc.logs?.iisW3c;
  if (!isOk(excerpt)) return empty();

  const statusCounts = new Map<number, number>();
  /** Per status, count per substatus. */
  const subStatusCounts = new Map<number, Map<number, number>>();
  const window = new WindowTracker();
  const s403 = new SampleCollector();
  const s404 = new SampleCollector();
  const s500 = new SampleCollector();
  const s503 = new SampleCollector();
  const s500_24 = new SampleCollector();
  const s403_4 = new SampleCollector();
  const s403_7 = new SampleCollector();
  const apps404 = new Set<string>();
  const clientIps = new Set<string>();
  /** Pending 401s by client IP, then by lower-cased URI stem. */
  const pending = new Map<string, Map<string, PendingKey>>();
  let entries = 0;
  let skippedLines = 0;
  const onSkip = (): void => {
    skippedLines++;
  };

  for (const file of excerpt!.files ?? []) {
    for (const e of parseW3cLog(file.lines, { onSkip })) {
      entries++;
      window.add(e.timestamp);
      if (e.clientIp !== undefined) clientIps.add(e.clientIp);
      const status = e.status;
      if (status === undefined) continue;
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
      const sub = e.substatus;
      if (sub !== undefined) {
        let subs = subStatusCounts.get(status);
        if (subs === undefined) subStatusCounts.set(status, (subs = new Map()));
        subs.set(sub, (subs.get(sub) ?? 0) + 1);
      }
      switch (status) {
        case 401: {
          const ip = e.clientIp ?? '';
          let byStem = pending.get(ip);
          if (byStem === undefined) pending.set(ip, (byStem = new Map()));
          const stem = (e.uriStem ?? '').toLowerCase();
          let p = byStem.get(stem);
          if (p === undefined) byStem.set(stem, (p = { count: 0, items: [] }));
          p.count++;
          p.items.push({ seq: entries, evidence: makeEvidence(file.path, lineNumber(file, e.index), e.timestamp, e.raw) });
          if (p.items.length > MAX_SAMPLES) p.items.shift();
          break;
        }
        case 403:
          if (!isNormalBrowser403(e)) s403.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          if (sub === 4) s403_4.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          else if (sub === 7) s403_7.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          break;
        case 404: {
          s404.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          const app = e.uriStem === undefined ? undefined : wsusApplicationOf(e.uriStem);
          if (app !== undefined) apps404.add(app);
          break;
        }
        case 500:
          s500.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          if (sub === 24) s500_24.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          break;
        case 503:
          s503.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
          break;
        default:
          // A success resolves the client's pending 401s for that stem; most clients have none,
          // so the stem is only lower-cased for those that do.
          if (status >= 200 && status < 300) {
            const byStem = pending.get(e.clientIp ?? '');
            if (byStem !== undefined) byStem.delete((e.uriStem ?? '').toLowerCase());
          }
      }
    }
  }

  let unresolvedCount = 0;
  const waiting: Pending401[] = [];
  for (const byStem of pending.values()) {
    for (const p of byStem.values()) {
      unresolvedCount += p.count;
      waiting.push(...p.items);
    }
  }
  waiting.sort((a, b) => a.seq - b.seq);

  return {
    available: true,
    entries,
    skippedLines,
    window: window.result(),
    statusCounts: Object.fromEntries([...statusCounts].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v])),
    subStatusCounts: Object.fromEntries(
      [...subStatusCounts]
        .sort((a, b) => a[0] - b[0])
        .map(([status, subs]) => [String(status), Object.fromEntries([...subs].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]))]),
    ),
    status403: s403.result(),
    status404: { ...s404.result(), missingApplications: missingApplications(doc, apps404) },
    status500: s500.result(),
    status500_24: s500_24.result(),
    status403_4: s403_4.result(),
    status403_7: s403_7.result(),
    status503: s503.result(),
    unresolved401: { count: unresolvedCount, samples: waiting.slice(-MAX_SAMPLES).map((w) => w.evidence) },
    clientIps: [...clientIps].sort(),
  };
}

/** WSUS applications hit by 404s that IIS does not have (see the file header). */
function missingApplications(doc: FactDocument, hit: ReadonlySet<string>): string[] {
  const known = isOk(doc.iis) ? doc.iis!.wsusApplications : undefined;
  const present = new Set((known ?? []).map((a) => a.name.replace(/^\//, '').toLowerCase()));
  return [...hit].filter((name) => known === undefined || !present.has(name.toLowerCase())).sort();
}

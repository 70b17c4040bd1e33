/**
 * Derives `iisLog` from `logs.iisW3c`: what WSUS clients got from the WSUS site (the 401, 403,
 * 404, 500 and 503 answers that matter), and a summary of the noise a real WSUS site logs.
 *
 * Relevance (knowledge 8a). A finding counts only requests that
 * - go to a WSUS application or virtual directory (ApiRemoting30, ClientWebService, ...,
 *   Content, Selfupdate: first path segment, letter case ignored), or have no cs-uri-stem field;
 * - and whose user agent is not noise: browsers, command-line clients, monitoring probes and
 *   load-balancer health checks, vulnerability scanners, crawlers
 *   (engine/knowledge/http-user-agents.ts). WSUS agents, entries without a user agent and
 *   unknown agents on WSUS paths count (a layout without cs(User-Agent) must still work).
 * Everything else is noise: counted per kind in `noise` (an agent-less request to `/` is a
 * probe; any other request outside the WSUS paths is `nonWsusPath`), never in a finding.
 *
 * Per status, among the counted requests:
 * - 401: resolved by any later 2xx (200, or 206 from BITS ranges) of the same c-ip for the same
 *   cs-uri-stem (letter case ignored). What is still pending at the end is unresolved, except
 *   401s in the last 2 seconds of the excerpt (`cutAtEnd`): a handshake cut by the excerpt.
 * - 403: all (403.4 and 403.7 also kept apart).
 * - 404: 404.3 (no MIME map for the extension) apart in `status404_3` with the extensions; the
 *   others in `status404`, whose `missingApplications` are the WSUS applications hit that
 *   `iis.wsusApplications` (when collected) does not list.
 * - 500: a configuration sub-status (19, 21-24, 50-53; KB 943891) in `status500Config`; the
 *   others (500.0: SOAP faults, web-service exceptions) in `status500Fault` with their share
 *   of the counted requests. SOAP 1.1 faults that clients recover from (cookie expiry) are
 *   logged as 500.0 among many 200s on a healthy server.
 * - 503: `status503Recovered` when a counted 2xx follows later in the excerpt (the pool came
 *   back), else `status503Persistent` (after the last success: still failing at the end).
 *
 * Files that are not access logs (the Windows Firewall log, the HTTPERR log; see
 * `w3cLogKind`) are not parsed: `notIis` names them and `unusableReason` explains.
 */
import type { FactDocument, LogFile } from '../facts/fact-types.generated.js';
import { parseW3cLog, w3cLogKind, type W3cEntry } from '../parsers/w3c.js';
import type { DerivedIisLog, IisLogNoiseByKind, LogEvidence } from './derived-types.js';
import { canonicalWsusApplication } from '../knowledge/wsus-applications.js';
import { classifyUserAgent, isNoiseAgent, type UserAgentKind } from '../knowledge/http-user-agents.js';
import { deepFreeze, isOk, lineNumber, makeEvidence, MAX_SAMPLES, noEvidence, SampleCollector, WindowTracker } from './evidence.js';

/** WSUS applications and virtual directories (knowledge 2.3), canonical spelling. */
export { WSUS_APPLICATION_NAMES } from '../knowledge/wsus-applications.js';

/** 500 sub-statuses that mean IIS rejected its configuration (KB 943891). */
export const CONFIG_500_SUBSTATUS: ReadonlySet<number> = new Set([19, 21, 22, 23, 24, 50, 51, 52, 53]);

/** A 401 in the last this many milliseconds of the excerpt may be a handshake the excerpt cut. */
export const HANDSHAKE_GRACE_MS = 2_000;

/** The WSUS application a URI stem points into (canonical name), or undefined. */
export function wsusApplicationOf(uriStem: string): string | undefined {
  const start = uriStem.charCodeAt(0) === 47 /* / */ ? 1 : 0;
  const end = uriStem.indexOf('/', start);
  return canonicalWsusApplication(uriStem.slice(start, end < 0 ? undefined : end));
}

/** The noise kind of a request (see the file header), or undefined when it counts for WSUS. */
export function noiseKind(entry: Pick<W3cEntry, 'userAgent' | 'uriStem'>, agent: UserAgentKind = classifyUserAgent(entry.userAgent)): keyof IisLogNoiseByKind | undefined {
  if (isNoiseAgent(agent)) return agent as keyof IisLogNoiseByKind;
  const stem = entry.uriStem;
  if (stem === undefined || wsusApplicationOf(stem) !== undefined) return undefined;
  return agent === 'none' && stem === '/' ? 'probe' : 'nonWsusPath';
}

/** Lower-case extension of the last path segment (".esd"), or undefined. */
function extensionOf(stem: string): string | undefined {
  const slash = stem.lastIndexOf('/');
  const dot = stem.lastIndexOf('.');
  return dot > slash && dot < stem.length - 1 ? stem.slice(dot).toLowerCase() : undefined;
}

/** 401s of one client and stem waiting for a later success. */
interface PendingKey {
  count: number;
  /** Timestamps (ms) of every pending 401 of this key, for the end-of-excerpt grace. */
  times: Array<number | undefined>;
  /** The last few 401s of this key with their position among all entries. */
  items: Array<{ seq: number; evidence: LogEvidence }>;
}

/** Counts moved as a whole from one bucket to another, keeping the newest samples. */
class MovableCount {
  count = 0;
  items: LogEvidence[] = [];
  add(evidence: LogEvidence, n = 1): void {
    this.count += n;
    this.items.push(evidence);
    if (this.items.length > MAX_SAMPLES) this.items.shift();
  }
  moveTo(other: MovableCount): void {
    other.count += this.count;
    other.items.push(...this.items);
    if (other.items.length > MAX_SAMPLES) other.items.splice(0, other.items.length - MAX_SAMPLES);
    this.count = 0;
    this.items = [];
  }
  result() {
    return { count: this.count, samples: this.items };
  }
}

function emptyNoise(): IisLogNoiseByKind {
  return { browser: 0, commandLine: 0, probe: 0, scanner: 0, crawler: 0, nonWsusPath: 0 };
}

function empty(): DerivedIisLog {
  return {
    available: false,
    entries: 0,
    skippedLines: 0,
    window: {},
    statusCounts: {},
    subStatusCounts: {},
    wsusRequests: { count: 0, statusCounts: {}, subStatusCounts: {} },
    noise: { count: 0, byKind: emptyNoise(), samples: [] },
    status403: noEvidence(),
    status404: { ...noEvidence(), missingApplications: [], byApplication: {} },
    status404_3: { ...noEvidence(), extensions: [] },
    status500: noEvidence(),
    status500Config: noEvidence(),
    status500Fault: { ...noEvidence(), ratePercent: 0 },
    status500_24: noEvidence(),
    status403_4: noEvidence(),
    status403_7: noEvidence(),
    status503: noEvidence(),
    status503Persistent: noEvidence(),
    status503Recovered: noEvidence(),
    unresolved401: { ...noEvidence(), cutAtEnd: 0 },
    clientIps: [],
  };
}

/** Status, then substatus, counters. */
class StatusCounter {
  readonly byStatus = new Map<number, number>();
  readonly bySub = new Map<number, Map<number, number>>();
  /** Most rows repeat the status and substatus of the row before: those are counted here and added to the maps in one step. */
  private runStatus = -1;
  private runSub: number | undefined;
  private run = 0;
  add(status: number, sub: number | undefined): void {
    if (status === this.runStatus && sub === this.runSub) {
      this.run++;
      return;
    }
    this.flush();
    this.runStatus = status;
    this.runSub = sub;
    this.run = 1;
  }
  /** Adds the pending run to the maps (before they are read). */
  flush(): void {
    const n = this.run;
    if (n === 0) return;
    this.run = 0;
    const status = this.runStatus;
    const sub = this.runSub;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + n);
    if (sub === undefined) return;
    let subs = this.bySub.get(status);
    if (subs === undefined) this.bySub.set(status, (subs = new Map()));
    subs.set(sub, (subs.get(sub) ?? 0) + n);
  }
  /** The count of every status. */
  total(): number {
    this.flush();
    let sum = 0;
    for (const n of this.byStatus.values()) sum += n;
    return sum;
  }
  statusCounts(): Record<string, number> {
    this.flush();
    return Object.fromEntries([...this.byStatus].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
  }
  subStatusCounts(): Record<string, Record<string, number>> {
    this.flush();
    return Object.fromEntries(
      [...this.bySub]
        .sort((a, b) => a[0] - b[0])
        .map(([status, subs]) => [String(status), Object.fromEntries([...subs].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]))]),
    );
  }
}

/** The block of every document without an IIS log excerpt: built once, shared, frozen. */
let notAvailable: DerivedIisLog | undefined;

const NOT_IIS_NAMES = { firewall: 'the Windows Firewall log', httpErr: 'the HTTP.sys error log (HTTPERR)' } as const;

/**
 * Derive the IIS access-log block. `available` is false (and everything empty) unless
 * `logs.iisW3c` has status ok.
 */
export function deriveIisLog(doc: FactDocument): DerivedIisLog {
  const excerpt = doc.logs?.iisW3c;
  if (!isOk(excerpt)) return (notAvailable ??= deepFreeze(empty()));

  const all = new StatusCounter();
  const wsus = new StatusCounter();
  const window = new WindowTracker();
  const noise = new SampleCollector();
  const noiseByKind = emptyNoise();
  const s403 = new SampleCollector();
  const s404 = new SampleCollector();
  const s404_3 = new SampleCollector();
  const s500 = new SampleCollector();
  const s500Config = new SampleCollector();
  const s500Fault = new SampleCollector();
  const s503 = new SampleCollector();
  const s500_24 = new SampleCollector();
  const s403_4 = new SampleCollector();
  const s403_7 = new SampleCollector();
  const pending503 = new MovableCount();
  const recovered503 = new MovableCount();
  const apps404 = new Map<string, number>();
  const extensions404_3 = new Set<string>();
  const clientIps = new Set<string>();
  /** Pending 401s by client IP, then by lower-cased URI stem. */
  const pending = new Map<string, Map<string, PendingKey>>();
  const notIis: string[] = [];
  // A site sees few distinct user agents: classify each once (bounded, for hostile logs).
  const agentKinds = new Map<string | undefined, UserAgentKind>();
  // Rows come in runs of one agent and one stem: the previous row's answers are kept.
  let lastAgent: string | undefined;
  let lastAgentKind: UserAgentKind | undefined;
  let lastStem: string | undefined;
  let lastStemNoise: keyof IisLogNoiseByKind | undefined;
  let lastStemAgent: UserAgentKind | undefined;
  const agentKind = (ua: string | undefined): UserAgentKind => {
    if (lastAgentKind !== undefined && ua === lastAgent) return lastAgentKind;
    let kind = agentKinds.get(ua);
    if (kind === undefined) {
      kind = classifyUserAgent(ua);
      if (agentKinds.size < 10_000) agentKinds.set(ua, kind);
    }
    lastAgent = ua;
    lastAgentKind = kind;
    return kind;
  };
  let entries = 0;
  let skippedLines = 0;
  const onSkip = (): void => {
    skippedLines++;
  };

  for (const file of excerpt!.files ?? []) {
    const kind = w3cLogKind(file.lines);
    if (kind.kind !== 'access') {
      notIis.push(`${NOT_IIS_NAMES[kind.kind]}${kind.software ? ` (#Software: ${kind.software})` : ''} in ${file.path}`);
      continue;
    }
    for (const e of parseW3cLog(file.lines, { onSkip })) {
      entries++;
      window.add(e.timestamp);
      if (e.clientIp !== undefined) clientIps.add(e.clientIp);
      const status = e.status;
      if (status === undefined) continue;
      const sub = e.substatus;
      all.add(status, sub);
      const agent = agentKind(e.userAgent);
      let noiseOf: keyof IisLogNoiseByKind | undefined;
      if (agent === lastStemAgent && e.uriStem === lastStem && lastStem !== undefined) noiseOf = lastStemNoise;
      else {
        noiseOf = noiseKind(e, agent);
        lastStem = e.uriStem;
        lastStemAgent = agent;
        lastStemNoise = noiseOf;
      }
      if (noiseOf !== undefined) {
        noiseByKind[noiseOf]++;
        noise.add(file.path, lineNumber(file, e.index), e.timestamp, e.raw);
        continue;
      }
      wsus.add(status, sub);
      if (status >= 200 && status < 300) {
        // A success resolves the client's pending 401s for that stem and shows the pool answering again.
        if (pending.size > 0) {
          const byStem = pending.get(e.clientIp ?? '');
          if (byStem !== undefined) byStem.delete((e.uriStem ?? '').toLowerCase());
        }
        if (pending503.count > 0) pending503.moveTo(recovered503);
        continue;
      }
      const path = file.path;
      const line = lineNumber(file, e.index);
      const timestamp = e.timestamp;
      const raw = e.raw;
      switch (status) {
        case 401:
          addPending401(pending, e, file, entries);
          break;
        case 403:
          s403.add(path, line, timestamp, raw);
          if (sub === 4) s403_4.add(path, line, timestamp, raw);
          else if (sub === 7) s403_7.add(path, line, timestamp, raw);
          break;
        case 404: {
          if (sub === 3) {
            s404_3.add(path, line, timestamp, raw);
            const ext = e.uriStem === undefined ? undefined : extensionOf(e.uriStem);
            if (ext !== undefined) extensions404_3.add(ext);
            break;
          }
          s404.add(path, line, timestamp, raw);
          const app = e.uriStem === undefined ? undefined : wsusApplicationOf(e.uriStem);
          if (app !== undefined) apps404.set(app, (apps404.get(app) ?? 0) + 1);
          break;
        }
        case 500:
          s500.add(path, line, timestamp, raw);
          if (sub !== undefined && CONFIG_500_SUBSTATUS.has(sub)) s500Config.add(path, line, timestamp, raw);
          else s500Fault.add(path, line, timestamp, raw);
          if (sub === 24) s500_24.add(path, line, timestamp, raw);
          break;
        case 503:
          s503.add(path, line, timestamp, raw);
          pending503.add(makeEvidence(path, line, timestamp, raw));
          break;
      }
    }
  }

  const windowResult = window.result();
  const unresolved = unresolved401(pending, windowResult.to);
  const wsusCount = wsus.total();
  const fault = s500Fault.result();
  const result: DerivedIisLog = {
    available: true,
    entries,
    skippedLines,
    window: windowResult,
    statusCounts: all.statusCounts(),
    subStatusCounts: all.subStatusCounts(),
    wsusRequests: { count: wsusCount, statusCounts: wsus.statusCounts(), subStatusCounts: wsus.subStatusCounts() },
    noise: { ...noise.result(), byKind: noiseByKind },
    status403: s403.result(),
    status404: {
      ...s404.result(),
      missingApplications: missingApplications(doc, new Set(apps404.keys())),
      byApplication: Object.fromEntries([...apps404].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    },
    status404_3: { ...s404_3.result(), extensions: [...extensions404_3].sort() },
    status500: s500.result(),
    status500Config: s500Config.result(),
    status500Fault: { ...fault, ratePercent: wsusCount === 0 ? 0 : Math.round((fault.count / wsusCount) * 1000) / 10 },
    status500_24: s500_24.result(),
    status403_4: s403_4.result(),
    status403_7: s403_7.result(),
    status503: s503.result(),
    status503Persistent: pending503.result(),
    status503Recovered: recovered503.result(),
    unresolved401: unresolved,
    clientIps: [...clientIps].sort(),
  };
  if (notIis.length > 0) result.notIis = notIis.join('; ');
  const reason = unusableReason(result);
  if (reason !== undefined) result.unusableReason = reason;
  return result;
}

function addPending401(pending: Map<string, Map<string, PendingKey>>, e: W3cEntry, file: LogFile, seq: number): void {
  const ip = e.clientIp ?? '';
  let byStem = pending.get(ip);
  if (byStem === undefined) pending.set(ip, (byStem = new Map()));
  const stem = (e.uriStem ?? '').toLowerCase();
  let p = byStem.get(stem);
  if (p === undefined) byStem.set(stem, (p = { count: 0, times: [], items: [] }));
  p.count++;
  p.times.push(e.timestamp === undefined ? undefined : Date.parse(e.timestamp));
  p.items.push({ seq, evidence: makeEvidence(file.path, lineNumber(file, e.index), e.timestamp, e.raw) });
  if (p.items.length > MAX_SAMPLES) p.items.shift();
}

/** The 401s still pending, minus those in the last HANDSHAKE_GRACE_MS of the excerpt. */
function unresolved401(pending: Map<string, Map<string, PendingKey>>, windowTo: string | undefined): DerivedIisLog['unresolved401'] {
  const end = windowTo === undefined ? undefined : Date.parse(windowTo);
  const cut = (t: number | undefined): boolean => end !== undefined && t !== undefined && end - t <= HANDSHAKE_GRACE_MS;
  let count = 0;
  let cutAtEnd = 0;
  const waiting: Array<{ seq: number; evidence: LogEvidence }> = [];
  for (const byStem of pending.values()) {
    for (const p of byStem.values()) {
      const late = p.times.filter(cut).length;
      cutAtEnd += late;
      count += p.count - late;
      for (const item of p.items) {
        const t = item.evidence.timestamp === undefined ? undefined : Date.parse(item.evidence.timestamp);
        if (!cut(t)) waiting.push(item);
      }
    }
  }
  waiting.sort((a, b) => a.seq - b.seq);
  return { count, samples: waiting.slice(-MAX_SAMPLES).map((w) => w.evidence), cutAtEnd };
}

/** Why the excerpt says nothing about WSUS clients, or undefined (see DerivedIisLog.unusableReason). */
function unusableReason(d: DerivedIisLog): string | undefined {
  if (d.entries === 0) {
    if (d.notIis !== undefined) {
      return `the file offered as the IIS log of the WSUS site is not an IIS access log: ${d.notIis}. Collect the access log of the WSUS site instead (u_exYYMMDD.log in %SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC<IISTargetWebSiteIndex>).`;
    }
    return `the IIS log excerpt has no parsable entries (${d.skippedLines} line(s) skipped).`;
  }
  if (d.wsusRequests.count === 0) {
    const kinds = Object.entries(d.noise.byKind).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ');
    return `none of the ${d.entries} entries of the IIS log excerpt is a request of a WSUS client to a WSUS application (${kinds || 'no status logged'}), so it says nothing about WSUS clients. Check that it is the log of the WSUS site (W3SVC<IISTargetWebSiteIndex>).`;
  }
  return undefined;
}

/** WSUS applications hit by 404s that IIS does not have (see the file header). */
function missingApplications(doc: FactDocument, hit: ReadonlySet<string>): string[] {
  const known = isOk(doc.iis) ? doc.iis!.wsusApplications : undefined;
  const present = new Set((known ?? []).map((a) => a.name.replace(/^\//, '').toLowerCase()));
  return [...hit].filter((name) => known === undefined || !present.has(name.toLowerCase())).sort();
}

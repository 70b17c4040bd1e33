/**
 * Derives `clientErrors`: every Windows Update error code found in WindowsUpdate.log (fed in
 * by derive-windows-update-log.ts while it reads the log, with the endpoint each line is about,
 * see client-endpoints.ts) and in the messages of `Microsoft-Windows-WindowsUpdateClient`
 * events, then sorted by what they say about the WSUS connection (issue "Trust on real
 * machines", principles 1, 2 and 7):
 *
 * - attributed to WSUS: the line (or its call) names a WSUS URL or the WSUS service, or the
 *   entry is the client's own update scan or download (events 25 and 31). A TLS/certificate
 *   code against an `http://` WSUS cannot be about that connection and is not attributed.
 *   - persistent (`byFamily`, `timeouts2ee2`, `unexplained`): no successful WSUS scan follows
 *     it in the same source (the log's local times and the events' UTC times are never
 *     compared with each other);
 *   - recovered (`recovered`): a successful WSUS scan (`Found N updates` in a WSUS call,
 *     event 26) follows it;
 * - other endpoints (`otherEndpoints`): Microsoft's service locator, Store, Microsoft Update,
 *   any non-WSUS host;
 * - unattributed (`unattributed`): the log does not say which server (e.g. an installation
 *   failure, event 20).
 *
 * `codes` and `knownCodes` still list every code, whatever its attribution. Samples are kept
 * in reading order (WindowsUpdate.log lines, then events), the last five per group.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { describeErrorCode, ERROR_FAMILIES, type ErrorFamily } from '../knowledge/wu-error-codes.js';
import { findErrorCodes } from '../parsers/error-codes.js';
import type { Endpoint } from './client-endpoints.js';
import { WsusHosts } from './client-endpoints.js';
import type { EvidenceCount, DerivedClientErrors, DerivedCodeGroup, DerivedErrorCode, DerivedErrorFamilies, DerivedWsusScans } from './derived-types.js';
import { isOk, SampleCollector } from './evidence.js';

/** Provider whose event messages are searched for codes. */
export const WINDOWS_UPDATE_CLIENT_PROVIDER = 'Microsoft-Windows-WindowsUpdateClient';

/** WindowsUpdateClient events: scan failed (25), scan succeeded (26), download failed (31). */
const EVENT_SCAN_FAILED = 25;
const EVENT_SCAN_SUCCEEDED = 26;
const EVENT_DOWNLOAD_FAILED = 31;

/** Families that have no client rule of their own: their WSUS codes go to `unexplained`. */
const UNCLAIMED_FAMILIES: ReadonlySet<ErrorFamily> = new Set<ErrorFamily>(['protocol', 'other']);

/** Codes whose low word is 0x2EE2 (WinHTTP 12002 timeout, KB 4025764's "xxxx2ee2"). */
export function isTimeout2ee2(code: string): boolean {
  return code.endsWith('2EE2');
}

/** Where a code occurrence or a scan result came from; times are only compared within one. */
export type EvidenceSource = 'log' | 'events';

/** What an occurrence is about: a line's endpoint, the client's own scan (events), or unknown. */
export type Attribution = Endpoint | { kind: 'scan' } | undefined;

interface Occurrence {
  code: string;
  family: ErrorFamily;
  source: EvidenceSource;
  attribution: Attribution;
  file: string | undefined;
  line: number | undefined;
  timestamp: string | undefined;
  text: string;
}

/** Accumulates error-code occurrences and scan results from the log and the events. */
export class ErrorCodeTally {
  private readonly items: Occurrence[] = [];
  /** Newest successful WSUS scan per source (ISO strings of that source), and counts. */
  private readonly lastSuccess = new Map<EvidenceSource, string>();
  private successes = 0;
  private readonly familyOf = new Map<string, ErrorFamily>();
  /** The client's WSUS hosts (policy and log), filled while reading. */
  readonly wsusHosts = new WsusHosts();

  /** Record one occurrence of a normalised code. */
  add(code: string, file: string | undefined, line: number | undefined, timestamp: string | undefined, text: string, source: EvidenceSource = 'log', attribution: Attribution = undefined): void {
    let family = this.familyOf.get(code);
    if (family === undefined) this.familyOf.set(code, (family = describeErrorCode(code)?.family ?? 'other'));
    this.items.push({ code, family, source, attribution, file, line, timestamp, text });
  }

  /** Every code seen, whatever its attribution, most frequent first, with its explanation. */
  codes(): DerivedErrorCode[] {
    const all = new GroupBuilder();
    for (const o of this.items) all.add(o);
    return all.codes();
  }

  /** Occurrences of one code, whatever their attribution (count 0 when it was not seen). */
  occurrences(code: string): EvidenceCount {
    const found = new SampleCollector();
    for (const o of this.items) if (o.code === code) found.add(o.file, o.line, o.timestamp, o.text);
    return found.result();
  }

  /** Record a successful scan whose endpoint is `attribution` (counted only when it is WSUS). */
  addScanSuccess(source: EvidenceSource, timestamp: string | undefined, attribution: Attribution): void {
    if (timestamp !== undefined && this.isWsus(attribution)) this.addWsusScanSuccesses(source, 1, timestamp);
  }

  /**
   * Whether a successful scan whose endpoint is `attribution` is a WSUS scan, by the WSUS hosts
   * known now (what {@link addScanSuccess} checks), for a reader that records its scans at once.
   */
  isWsusScan(attribution: Attribution): boolean {
    return this.isWsus(attribution);
  }

  /** Record `count` successful WSUS scans of one source, the newest at `newest` (an ISO string of that source). */
  addWsusScanSuccesses(source: EvidenceSource, count: number, newest: string): void {
    this.successes += count;
    const last = this.lastSuccess.get(source);
    if (last === undefined || newest > last) this.lastSuccess.set(source, newest);
  }

  private isWsus(a: Attribution): boolean {
    if (a === undefined) return false;
    if (a.kind === 'scan' || a.kind === 'wsusService') return true;
    if (a.kind === 'url') return this.wsusHosts.isWsus(a.host);
    return false;
  }

  /** 'wsus', 'other' or 'unattributed' for one occurrence (see the file header). */
  private classify(o: Occurrence): 'wsus' | 'other' | 'unattributed' {
    const a = o.attribution;
    if (a === undefined) return 'unattributed';
    if (a.kind === 'microsoft') return 'other';
    if (a.kind === 'url' && !this.wsusHosts.isWsus(a.host)) return 'other';
    if (o.family === 'tls') {
      // TLS needs https: on the line's URL, or else on some WSUS URL of this client.
      const https = a.kind === 'url' ? a.scheme === 'https' : this.wsusHosts.size === 0 || this.wsusHosts.schemes.has('https');
      if (!https) return 'unattributed';
    }
    return 'wsus';
  }

  private recoveredAt(o: Occurrence): string | undefined {
    const last = this.lastSuccess.get(o.source);
    if (last === undefined) return undefined;
    return o.timestamp !== undefined && o.timestamp < last ? last : undefined;
  }

  /** The merged result. `available`: a source of codes was collected. */
  result(available: boolean): DerivedClientErrors {
    if (this.items.length === 0) return this.emptyResult(available);
    const all = new GroupBuilder();
    const persistentByFamily = new Map<ErrorFamily, GroupBuilder>();
    const timeouts = new GroupBuilder();
    const unexplained = new GroupBuilder();
    const recovered = new GroupBuilder();
    const other = new GroupBuilder();
    const unattributed = new GroupBuilder();
    const endpoints = new Set<string>();
    const lastFailure = new Map<EvidenceSource, string>();
    const lastRecoveredFailure = new Map<EvidenceSource, string>();
    let failures = 0;

    for (const o of this.items) {
      all.add(o);
      const kind = this.classify(o);
      if (kind === 'other') {
        other.add(o);
        const a = o.attribution!;
        endpoints.add(a.kind === 'url' ? a.host : a.kind === 'microsoft' ? a.name : 'WSUS');
        continue;
      }
      if (kind === 'unattributed') {
        unattributed.add(o);
        continue;
      }
      failures++;
      newest(lastFailure, o.source, o.timestamp);
      if (this.recoveredAt(o) !== undefined) {
        recovered.add(o);
        newest(lastRecoveredFailure, o.source, o.timestamp);
        continue;
      }
      let family = persistentByFamily.get(o.family);
      if (family === undefined) persistentByFamily.set(o.family, (family = new GroupBuilder()));
      family.add(o);
      if (isTimeout2ee2(o.code)) timeouts.add(o);
      if (UNCLAIMED_FAMILIES.has(o.family)) unexplained.add(o);
    }

    const byFamily = {} as DerivedErrorFamilies;
    for (const family of ERROR_FAMILIES) byFamily[family] = persistentByFamily.get(family)?.result() ?? emptyGroup();
    const codes = all.codes();
    const recoveredGroup = recovered.result();
    const wsusScan: DerivedWsusScans = { successes: this.successes, failures };
    // One source's times for both (the log's when it has any): local and UTC times do not mix.
    const source: EvidenceSource = this.lastSuccess.has('log') ? 'log' : this.lastSuccess.has('events') ? 'events' : lastFailure.has('log') ? 'log' : 'events';
    const lastSuccess = this.lastSuccess.get(source);
    if (lastSuccess !== undefined) wsusScan.lastSuccess = lastSuccess;
    if (lastFailure.has(source)) wsusScan.lastFailure = lastFailure.get(source)!;
    const recoveredSource: EvidenceSource = lastRecoveredFailure.has('log') ? 'log' : 'events';
    return {
      available,
      codes,
      timeouts2ee2: timeouts.evidence(),
      knownCodes: codes.filter((c) => describeErrorCode(c.code)?.known === true).map((c) => c.code),
      byFamily,
      unexplained: unexplained.result(),
      recovered: {
        ...recoveredGroup,
        ...(lastRecoveredFailure.has(recoveredSource) && { lastFailure: lastRecoveredFailure.get(recoveredSource)!, recoveredAt: this.lastSuccess.get(recoveredSource)! }),
      },
      otherEndpoints: { ...other.result(), endpoints: [...endpoints].sort() },
      unattributed: unattributed.result(),
      wsusScan,
    };
  }

  /**
   * {@link result} when no code was seen (most clients): the same block, built without the
   * group builders. Only the scans can be known then (no failure: nothing was attributed).
   */
  private emptyResult(available: boolean): DerivedClientErrors {
    const byFamily = {} as DerivedErrorFamilies;
    for (const family of ERROR_FAMILIES) byFamily[family] = emptyGroup();
    const wsusScan: DerivedWsusScans = { successes: this.successes, failures: 0 };
    const lastSuccess = this.lastSuccess.get('log') ?? this.lastSuccess.get('events');
    if (lastSuccess !== undefined) wsusScan.lastSuccess = lastSuccess;
    return {
      available,
      codes: [],
      timeouts2ee2: { count: 0, samples: [] },
      knownCodes: [],
      byFamily,
      unexplained: emptyGroup(),
      recovered: emptyGroup(),
      otherEndpoints: { ...emptyGroup(), endpoints: [] },
      unattributed: emptyGroup(),
      wsusScan,
    };
  }
}

/** Counts, samples and per-code tallies of one group of occurrences. */
class GroupBuilder {
  private readonly samples = new SampleCollector();
  private readonly byCode = new Map<string, SampleCollector>();

  add(o: Occurrence): void {
    this.samples.add(o.file, o.line, o.timestamp, o.text);
    let c = this.byCode.get(o.code);
    if (c === undefined) this.byCode.set(o.code, (c = new SampleCollector()));
    c.add(o.file, o.line, o.timestamp, o.text);
  }

  evidence() {
    return this.samples.result();
  }

  /** The group's codes, most frequent first (ties: first seen first), with their explanation. */
  codes(): DerivedErrorCode[] {
    if (this.byCode.size === 0) return [];
    return [...this.byCode]
      .sort((a, b) => b[1].count - a[1].count)
      .map(([code, tally]) => {
        const d = describeErrorCode(code);
        return {
          code,
          ...(d?.symbol !== undefined && { symbol: d.symbol }),
          ...(d?.meaning !== undefined && { meaning: d.meaning }),
          ...(d?.cause !== undefined && { cause: d.cause }),
          ...(d?.fix !== undefined && { fix: d.fix }),
          ...(d !== undefined && { family: d.family }),
          count: tally.count,
          samples: tally.samples(),
        };
      });
  }

  result(): DerivedCodeGroup {
    return { count: this.samples.count, samples: this.samples.samples(), codes: this.codes() };
  }
}

/** The block of a group with no occurrence (most families of most clients). */
const emptyGroup = (): DerivedCodeGroup => ({ count: 0, samples: [], codes: [] });

/** Keep the newest timestamp per source. */
function newest(map: Map<EvidenceSource, string>, source: EvidenceSource, at: string | undefined): void {
  if (at === undefined) return;
  const current = map.get(source);
  if (current === undefined || at > current) map.set(source, at);
}

/**
 * Add the WindowsUpdateClient event codes and scan results to `tally` and build the block.
 * `available` is true when the WindowsUpdate.log excerpt or the event log was collected.
 */
export function deriveClientErrors(doc: FactDocument, tally: ErrorCodeTally): DerivedClientErrors {
  const eventsOk = isOk(doc.events);
  if (eventsOk) {
    const provider = WINDOWS_UPDATE_CLIENT_PROVIDER.toLowerCase();
    for (const ev of doc.events!.items ?? []) {
      const name = ev.providerName;
      if (name !== WINDOWS_UPDATE_CLIENT_PROVIDER && name.toLowerCase() !== provider) continue;
      if (ev.id === EVENT_SCAN_SUCCEEDED) {
        tally.addScanSuccess('events', ev.timeCreated, { kind: 'scan' });
        continue;
      }
      if (!ev.message) continue;
      const attribution: Attribution = ev.id === EVENT_SCAN_FAILED || ev.id === EVENT_DOWNLOAD_FAILED ? { kind: 'scan' } : undefined;
      for (const code of findErrorCodes(ev.message)) tally.add(code, undefined, undefined, ev.timeCreated, ev.message, 'events', attribution);
    }
  }
  return tally.result(eventsOk || isOk(doc.logs?.windowsUpdate));
}

/**
 * Derives `configMgrClient` from the ConfigMgr client logs (CMTrace format, knowledge
 * 4.5/4.6):
 * - LocationServices.log: every `WSUS Path='...', Server='...', Version='...'` entry (the
 *   "WSUS entry" KB 4025764 asks for), oldest first, and the newest path; the URLs of the
 *   newest location reply (a reply can list several software update points; the client uses
 *   the first and fails over to the next), and whether WUServer is one of them;
 * - WUAHandler.log: "Group policy settings were overwritten by a higher authority" lines
 *   and scan failures ("Scan failed with error = 0x...", "OnSearchComplete - Failed to end
 *   search job. Error = 0x...");
 * - WUAHandler.log and ScanAgent.log: every error code (hex, unsigned or signed decimal as
 *   ConfigMgr prints them), normalised and explained, and the lines with 0x87D00692 (ScanAgent
 *   "CScanJob::Execute- Failed at AddUpdateSource, Error = 0x87d00692": a Group Policy WSUS
 *   setting conflicts with the one ConfigMgr manages).
 *
 * A location reply: the "WSUS Path=" records after a "Calling back with the following WSUS
 * locations" record, or a run of consecutive "WSUS Path=" records; any other record ends it.
 *
 * The evidence window (principle 4: a scheduled event needs one whole cycle in view): the
 * LocationServices.log excerpt covers `locationServicesWindow`, from the collector's
 * `coveredFrom` (else the oldest entry) to the newest of `coveredTo`, the newest entry and, when
 * the collector stated its coverage, `collectedAt` (it read every file up to its end).
 * Location requests of software update scans (ScanAgent "Requesting WSUS Server Locations",
 * LocationServices "Attempting to send WSUS Location Request") are grouped into scans (requests
 * less than 10 minutes apart); a scan is unanswered when no location (LocationServices
 * "WSUS Path=", ScanAgent "Received Location=" / "WSUSLocationUpdate received") follows it.
 * Requests less than 10 minutes before collectedAt may still be waiting for their reply and are
 * not counted; records without a time stamp cannot be ordered and are left out.
 *
 * Evidence timestamps are UTC when the CMTrace record carries its time-zone bias, else the
 * local time as written.
 */
import type { FactDocument, LogExcerpt, LogFile } from '../facts/fact-types.generated.js';
import { findErrorCodes } from '../parsers/error-codes.js';
import { parseCmTraceLog, type CmTraceEntry } from '../parsers/cmtrace.js';
import { ErrorCodeTally } from './derive-client-errors.js';
import { derivePolicy, sameUrl } from './derive-policy.js';
import type { DerivedConfigMgrClient, DerivedPolicy, DerivedWsusLocation, LogEvidence } from './derived-types.js';
import { deepFreeze, isOk, lineNumber, makeEvidence, SampleCollector } from './evidence.js';

const WSUS_PATH = /WSUS Path='([^']*)'(?:, ?Server='([^']*)')?(?:, ?Version='([^']*)')?/;
const REPLY_START = 'Calling back with the following WSUS locations';
const OVERWRITTEN = /overwritten by a higher authority/i;
const LOCATION_REQUEST = /Requesting WSUS Server Locations|Attempting to send WSUS Location Request/i;
const LOCATION_RECEIVED = /WSUSLocationUpdate received|OnLocationUpdate- ?Received Location=/i;
/** Requests closer together than this belong to one scan; a request this close to collectedAt may still be waiting. */
const SCAN_GROUP_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
const SCAN_FAILED = /Scan failed with error|OnSearchComplete - Failed to end search job/i;
/** WUAHandler: the scan completed (recovery point for earlier failures and overwrites). */
const SCAN_SUCCEEDED = /Successfully completed scan/i;
/** WUAHandler: the search returned SucceededWithErrors (e.g. license terms not downloadable, 0x80240033). */
const SUCCEEDED_WITH_ERRORS = /Received 'SucceededWithErrors'/i;
/** The server a domain GPO wrote: "... overwritten by a higher authority (Domain Controller) to: Server http://x:8530 and Policy ENABLED". */
const OVERWRITTEN_SERVER = /to: ?Server (\S+)/i;
/**
 * The content version a scan asks for (knowledge 4.6): ScanAgent "Requesting WSUS Server Locations from LS for {GUID} version 38",
 * "Policy available for UpdateSourceID={GUID} ContentVersion=38", LocationServices WSUSLocationRequest `<Content ID="{GUID}" Version="38"/>`.
 */
const REQUESTED_VERSION = /(?:Requesting WSUS Server Locations from LS for \{?[0-9A-Fa-f-]+\}? version |Policy available for UpdateSourceID=\{?[0-9A-Fa-f-]+\}? ContentVersion=|<Content ID="\{?[0-9A-Fa-f-]+\}?" Version=")(\d+)/i;
/** ConfigMgr: scan job error at AddUpdateSource, a GPO conflicting with the ConfigMgr WSUS policy. */
export const GPO_CONFLICT_CODE = '0x87D00692';

/** Milliseconds of an entry's time (UTC when the bias is known, else the local time as written), or undefined. */
function entryTime(entry: CmTraceEntry): number | undefined {
  const text = entry.timestamp ?? (entry.localTime !== undefined ? `${entry.localTime}Z` : undefined);
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

function evidenceOf(file: LogFile, entry: CmTraceEntry): LogEvidence {
  return makeEvidence(file.path, lineNumber(file, entry.index), entry.timestamp ?? entry.localTime, entry.message);
}

/** Every record of an excerpt that was collected; nothing when it was not. */
function* records(excerpt: LogExcerpt | undefined): Generator<[LogFile, CmTraceEntry]> {
  if (!isOk(excerpt)) return;
  for (const file of excerpt!.files ?? []) {
    for (const entry of parseCmTraceLog(file.lines)) yield [file, entry];
  }
}

/**
 * Derive the ConfigMgr client block. Each log counts only when its excerpt has status ok.
 * `policy` is the derived client policy (computed from the document when not given).
 */
export function deriveConfigMgrClient(doc: FactDocument, policy: DerivedPolicy = derivePolicy(doc)): DerivedConfigMgrClient {
  const logs = doc.logs?.configMgrClient;
  // Without any of the three logs nothing depends on the document (no record, no location for
  // the policy to match): one block, built by the code below once, serves every such document.
  if (!isOk(logs?.locationServices) && !isOk(logs?.wuaHandler) && !isOk(logs?.scanAgent)) return (withoutLogs ??= deepFreeze(fromLogs(doc, policy)));
  return fromLogs(doc, policy);
}

/** The block of every document without a LocationServices, WUAHandler or ScanAgent excerpt. */
let withoutLogs: DerivedConfigMgrClient | undefined;

function fromLogs(doc: FactDocument, policy: DerivedPolicy): DerivedConfigMgrClient {
  const logs = doc.logs?.configMgrClient;

  const wsusLocations: DerivedWsusLocation[] = [];
  // Where the reply being read starts in wsusLocations, whether one is open, and where the
  // newest reply with at least one location starts (a header without paths does not move it).
  let currentStart = 0;
  let open = false;
  let newestStart = 0;
  let oldestMs: number | undefined;
  let newestMs: number | undefined;
  const requests: Array<{ ms: number; file: LogFile; entry: CmTraceEntry }> = [];
  const replies: number[] = [];
  /** The first (preferred) location of each reply, in log order. */
  const locationMs: Array<number | undefined> = [];
  const replyFirsts: Array<{ url: string; file: LogFile; entry: CmTraceEntry; ms: number | undefined }> = [];
  /** The newest requested content version, by time (records without time count in log order). */
  // A holder rather than a `let`: TypeScript does not follow assignments made inside the closure.
  const newestRequest: { value?: { version: string; ms: number | undefined } } = {};
  const noteRequested = (entry: CmTraceEntry, ms: number | undefined): void => {
    const v = REQUESTED_VERSION.exec(entry.message)?.[1];
    if (v === undefined) return;
    const prev = newestRequest.value;
    if (prev === undefined || ms === undefined || prev.ms === undefined || ms >= prev.ms) newestRequest.value = { version: v, ms };
  };
  for (const [file, entry] of records(logs?.locationServices)) {
    const message = entry.message;
    const ms = entryTime(entry);
    noteRequested(entry, ms);
    if (ms !== undefined) {
      if (oldestMs === undefined || ms < oldestMs) oldestMs = ms;
      if (newestMs === undefined || ms > newestMs) newestMs = ms;
      if (LOCATION_REQUEST.test(message)) requests.push({ ms, file, entry });
      else if (message.includes('WSUS Path=')) replies.push(ms);
    }
    const m = message.includes('WSUS Path=') ? WSUS_PATH.exec(message) : null;
    if (!m) {
      open = message.includes(REPLY_START);
      if (open) currentStart = wsusLocations.length;
      continue;
    }
    if (!open) {
      currentStart = wsusLocations.length;
      open = true;
    }
    const location: DerivedWsusLocation = { url: m[1]!, evidence: evidenceOf(file, entry) };
    if (m[2] !== undefined) location.server = m[2];
    if (m[3] !== undefined) location.version = m[3];
    if (wsusLocations.length === currentStart) replyFirsts.push({ url: location.url, file, entry, ms });
    wsusLocations.push(location);
    locationMs.push(ms);
    newestStart = currentStart;
  }

  const codes = new ErrorCodeTally();
  const scan = (file: LogFile, entry: CmTraceEntry): void => {
    for (const code of findErrorCodes(entry.message)) codes.add(code, file.path, lineNumber(file, entry.index), entry.timestamp ?? entry.localTime, entry.message);
  };
  // WUAHandler: failures and overwrites count only when no successful scan follows them (a
  // scan that completed afterwards shows the client recovered, principle 2); an overwrite whose
  // GPO names the software update point ConfigMgr assigned is no conflict at all.
  const newestLocation = wsusLocations.at(-1)?.url;
  const wua: Array<{ kind: 'overwrite' | 'failure'; file: LogFile; entry: CmTraceEntry; ms: number | undefined }> = [];
  let lastSuccessMs: number | undefined;
  let lastSuccess: CmTraceEntry | undefined;
  let overwritesSameServer = 0;
  const succeededWithErrors = new SampleCollector();
  for (const [file, entry] of records(logs?.wuaHandler)) {
    scan(file, entry);
    const ms = entryTime(entry);
    if (SUCCEEDED_WITH_ERRORS.test(entry.message)) succeededWithErrors.add(file.path, lineNumber(file, entry.index), entry.timestamp ?? entry.localTime, entry.message);
    if (SCAN_SUCCEEDED.test(entry.message)) {
      if (ms !== undefined && (lastSuccessMs === undefined || ms >= lastSuccessMs)) {
        lastSuccessMs = ms;
        lastSuccess = entry;
      }
    } else if (OVERWRITTEN.test(entry.message)) {
      const server = OVERWRITTEN_SERVER.exec(entry.message)?.[1];
      if (server !== undefined && newestLocation !== undefined && sameUrl(server, newestLocation)) overwritesSameServer++;
      else wua.push({ kind: 'overwrite', file, entry, ms });
    } else if (SCAN_FAILED.test(entry.message)) {
      wua.push({ kind: 'failure', file, entry, ms });
    }
  }
  const policyOverwritten = new SampleCollector();
  const scanFailures = new SampleCollector();
  const recoveredFailures = new SampleCollector();
  let overwritesRecovered = 0;
  for (const item of wua) {
    const recovered = lastSuccessMs !== undefined && item.ms !== undefined && item.ms < lastSuccessMs;
    const at = [item.file.path, lineNumber(item.file, item.entry.index), item.entry.timestamp ?? item.entry.localTime, item.entry.message] as const;
    if (item.kind === 'overwrite') {
      if (recovered) overwritesRecovered++;
      else policyOverwritten.add(...at);
    } else if (recovered) recoveredFailures.add(...at);
    else scanFailures.add(...at);
  }
  for (const [file, entry] of records(logs?.scanAgent)) {
    scan(file, entry);
    const ms = entryTime(entry);
    noteRequested(entry, ms);
    if (ms === undefined) continue;
    if (LOCATION_REQUEST.test(entry.message)) requests.push({ ms, file, entry });
    else if (LOCATION_RECEIVED.test(entry.message)) replies.push(ms);
  }

  // Scans: requests grouped by time; unanswered when no location follows the scan's first request.
  const collectedMs = Date.parse(doc.collectedAt);
  const newestReply = replies.length ? Math.max(...replies) : undefined;
  requests.sort((a, b) => a.ms - b.ms);
  const unanswered = new SampleCollector();
  let scans = 0;
  let groupStart: number | undefined;
  for (const request of requests) {
    if (groupStart !== undefined && request.ms - groupStart < SCAN_GROUP_MS) continue;
    groupStart = request.ms;
    scans++;
    const pending = !Number.isNaN(collectedMs) && request.entry.timestamp !== undefined && collectedMs - request.ms < SCAN_GROUP_MS;
    if (pending || (newestReply !== undefined && newestReply >= request.ms)) continue;
    unanswered.add(request.file.path, lineNumber(request.file, request.entry.index), request.entry.timestamp ?? request.entry.localTime, request.entry.message);
  }

  const latestReplyWsusPaths = wsusLocations.slice(newestStart).map((l) => l.url);
  const out: DerivedConfigMgrClient = {
    locationServicesAvailable: isOk(logs?.locationServices),
    wsusLocations,
    latestReplyWsusPaths,
    wuaHandlerAvailable: isOk(logs?.wuaHandler),
    policyOverwritten: policyOverwritten.result(),
    policyOverwrittenHarmless: overwritesSameServer + overwritesRecovered,
    scanFailures: scanFailures.result(),
    scanFailuresRecovered: recoveredFailures.result(),
    succeededWithErrors: succeededWithErrors.result(),
    scanAgentAvailable: isOk(logs?.scanAgent),
    errorCodes: codes.codes(),
    gpoConflict: codes.occurrences(GPO_CONFLICT_CODE),
    locationRequestScans: scans,
    locationRequestsWithoutReply: unanswered.result(),
  };
  if (lastSuccess !== undefined) out.lastSuccessfulScan = lastSuccess.timestamp ?? lastSuccess.localTime!;
  const window = locationServicesWindow(logs?.locationServices, oldestMs, newestMs, collectedMs);
  if (window !== undefined) {
    out.locationServicesWindow = { from: isoOf(window.from), to: isoOf(window.to) };
    out.locationServicesWindowDays = Math.round(((window.to - window.from) / DAY_MS) * 10) / 10;
  }
  // SUP switches: a reply whose preferred SUP is not the previous reply's.
  const supSwitches = new SampleCollector();
  const supsUsed: string[] = [];
  for (let i = 0; i < replyFirsts.length; i++) {
    const reply = replyFirsts[i]!;
    if (!supsUsed.some((u) => sameUrl(u, reply.url))) supsUsed.push(reply.url);
    if (i > 0 && !sameUrl(replyFirsts[i - 1]!.url, reply.url)) supSwitches.add(reply.file.path, lineNumber(reply.file, reply.entry.index), reply.entry.timestamp ?? reply.entry.localTime, reply.entry.message);
  }
  out.supSwitches = supSwitches.result();
  out.supsUsed = supsUsed;
  const latest = wsusLocations.at(-1);
  const requested = newestRequest.value;
  if (requested !== undefined) out.requestedContentVersion = requested.version;
  if (latest?.version !== undefined) out.latestLocationVersion = latest.version;
  // A request of the last minutes may still be waiting for its reply (as for locationRequestsWithoutReply).
  const waiting = requested?.ms !== undefined && !Number.isNaN(collectedMs) && collectedMs - requested.ms < SCAN_GROUP_MS;
  if (requested !== undefined && latest?.version !== undefined && !waiting) {
    // A location of the requested version after the newest request settles it; otherwise compare the newest values.
    const asked = requested;
    const answered = wsusLocations.some((l, i) => l.version === asked.version && (asked.ms === undefined || (locationMs[i] ?? -Infinity) >= asked.ms));
    out.contentVersionMismatch = !answered && latest.version !== asked.version;
  }
  if (latest !== undefined) {
    out.latestWsusPath = latest.url;
    if (policy.available) {
      const wuServer = policy.wuServer.present ? policy.wuServer.raw : undefined;
      out.latestLocationMatchesPolicy = wuServer !== undefined && latestReplyWsusPaths.some((url) => sameUrl(url, wuServer));
    }
  }
  return out;
}


/**
 * The time span the LocationServices.log excerpt covers, in ms: from the collector's coveredFrom
 * (else the oldest entry) to the newest of coveredTo, the newest entry and, when the collector
 * stated its coverage, collectedAt. Undefined when the excerpt was not collected or has no time.
 */
function locationServicesWindow(excerpt: LogExcerpt | undefined, oldestMs: number | undefined, newestMs: number | undefined, collectedMs: number): { from: number; to: number } | undefined {
  if (!isOk(excerpt)) return undefined;
  const coveredFrom = excerpt!.coveredFrom !== undefined ? Date.parse(excerpt!.coveredFrom) : Number.NaN;
  const coveredTo = excerpt!.coveredTo !== undefined ? Date.parse(excerpt!.coveredTo) : Number.NaN;
  const from = !Number.isNaN(coveredFrom) ? coveredFrom : oldestMs;
  if (from === undefined) return undefined;
  const ends = [newestMs, Number.isNaN(coveredTo) ? undefined : coveredTo, !Number.isNaN(coveredFrom) && !Number.isNaN(collectedMs) ? collectedMs : undefined].filter(
    (v): v is number => v !== undefined,
  );
  if (!ends.length) return undefined;
  const to = Math.max(...ends);
  return to >= from ? { from, to } : undefined;
}

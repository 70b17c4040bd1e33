/**
 * TEST ORACLE: engine/derive/derive-windows-update-log.ts (with endpointOfLine of
 * client-endpoints.ts) as it was before the on-demand derive (commit 67dfe3d): every line parsed
 * into a full entry; with the EndpointContext of that time (ISO strings compared with Date.parse).
 * Kept unchanged for test/derive/on-demand-derive.test.ts.
 */
/**
 * Derives `windowsUpdateLog` from `logs.windowsUpdate` (legacy or ETL-text lines, detected
 * per line) and, in the same pass, feeds every error code of the log into the client-error
 * tally. `format` is the format most lines were in; `wsusServerUrls` are the distinct URLs
 * of "WSUS server: <url>" lines in order of appearance (NULL/(null) values left out).
 *
 * Each code goes to the tally with the endpoint its line or call is about (client-endpoints.ts),
 * and each scan that found updates ("Found N updates" in a call) is a scan success for that
 * endpoint, so the tally can tell WSUS failures from other endpoints' and recovered ones from
 * those that persist. The WSUS hosts are the client policy's URLs and the agent's own.
 */
import type { FactDocument } from '../../../engine/facts/fact-types.generated.js';
import { parseWindowsUpdateLine } from './windows-update-log-parser.js';
import { CONTEXT_TTL_MS, normaliseHost, WSUS_SERVICE_ID, type Endpoint } from '../../../engine/derive/client-endpoints.js';
import type { ErrorCodeTally } from './derive-client-errors.js';
import type { DerivedWindowsUpdateLog } from '../../../engine/derive/derived-types.js';
import { isOk, lineNumber, WindowTracker } from '../../../engine/derive/evidence.js';

/** `WSUS server: <url>` (not `WSUS status server:`). */
const WSUS_SERVER = /\bWSUS server:\s*(\S+)/i;
const NULL_VALUE = /^(?:<?null>?|\(null\))$/i;
/** A search that completed: legacy and Windows 10+ both write "* Found N updates and M categories in search". */
const SCAN_FOUND = /\bFound \d+ updates?\b/;
/** `Server URL = <url>` of the WSUS service (legacy PT and Windows 10 ProtocolTalker). */
const WSUS_SERVICE_URL = /3DA21691-E39D-4DA6-8A4B-B43877BCB1B7\}?,\s*Server URL\s*=\s*(\S+)/i;

/** The policy URLs of the client (native key, else Wow6432Node), for the WSUS hosts. */
function policyUrls(doc: FactDocument): string[] {
  const p = doc.clientPolicy;
  if (!isOk(p)) return [];
  const urls: string[] = [];
  for (const key of [p!.windowsUpdate, p!.wow6432Node?.windowsUpdate]) {
    if (key?.WUServer) urls.push(key.WUServer);
    if (key?.WUStatusServer) urls.push(key.WUStatusServer);
  }
  return urls;
}

/**
 * Derive the WindowsUpdate.log block; error codes go into `tally`. `available` is false
 * (and everything empty) unless `logs.windowsUpdate` has status ok.
 */
export function deriveWindowsUpdateLog(doc: FactDocument, tally: ErrorCodeTally): DerivedWindowsUpdateLog {
  for (const url of policyUrls(doc)) tally.wsusHosts.addUrl(url);
  const excerpt = doc.logs?.windowsUpdate;
  if (!isOk(excerpt)) return { available: false, entries: 0, skippedLines: 0, window: {}, wsusServerUrls: [] };
  const context = new EndpointContext();

  const window = new WindowTracker();
  const urls: string[] = [];
  let legacy = 0;
  let etl = 0;
  let skippedLines = 0;

  for (const file of excerpt!.files ?? []) {
    // parseWindowsUpdateLog's loop, without the generator: skipped = non-blank non-matching.
    const lines = file.lines;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const e = parseWindowsUpdateLine(line, index);
      if (e === undefined) {
        if (line.trim().length > 0) skippedLines++;
        continue;
      }
      if (e.format === 'legacy') legacy++;
      else etl++;
      window.add(e.timestamp);
      const own = endpointOfLine(e.component, e.message);
      if (own !== undefined) context.set(e.pid, e.tid, e.timestamp, own);
      if (e.errorCodes.length > 0) {
        const endpoint = own ?? context.get(e.pid, e.tid, e.timestamp);
        for (const code of e.errorCodes) tally.add(code, file.path, lineNumber(file, e.index), e.timestamp, e.raw, 'log', endpoint);
      }
      // Cheap tests before the regexes: few lines mention the server or a search result.
      if (e.message.includes('erver:')) {
        const m = WSUS_SERVER.exec(e.message);
        if (m && !NULL_VALUE.test(m[1]!) && !urls.includes(m[1]!)) {
          urls.push(m[1]!);
          tally.wsusHosts.addUrl(m[1]!);
        }
      } else if (e.message.includes('Server URL')) {
        const m = WSUS_SERVICE_URL.exec(e.message);
        if (m) tally.wsusHosts.addUrl(m[1]!);
      } else if (e.message.includes('Found ') && SCAN_FOUND.test(e.message)) {
        tally.addScanSuccess('log', e.timestamp, own ?? context.get(e.pid, e.tid, e.timestamp));
      }
    }
  }

  const block: DerivedWindowsUpdateLog = {
    available: true,
    entries: legacy + etl,
    skippedLines,
    window: window.result(),
    wsusServerUrls: urls,
  };
  if (legacy + etl > 0) block.format = legacy >= etl ? 'legacy' : 'etl';
  return block;
}

// endpointOfLine of engine/derive/client-endpoints.ts before the on-demand derive.
const MICROSOFT_SERVICE_IDS: Readonly<Record<string, string>> = {
  '7971F918-A847-4430-9279-4A52D1EFE18D': 'Microsoft Update',
  '9482F4B4-E343-43B6-B170-9A65BC822C77': 'Windows Update',
  '855E8A7C-ECB4-4CA3-B045-1DFA50104289': 'Microsoft Store',
  '8B24B027-1DEE-BABB-9A95-3517DFB9C552': 'Windows Insider flighting (DCat)',
};
const URL = /\b(https?):\/\/(\[[0-9A-Fa-f:.%]+\]|[^/\s'"<>:\]]+)/i;
const GUID = /\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\}?/;

function endpointOfLine(component: string, message: string): Endpoint | undefined {
  if (message.includes('://')) {
    const m = URL.exec(message);
    if (m) return { kind: 'url', scheme: m[1]!.toLowerCase() as 'http' | 'https', host: normaliseHost(m[2]!) };
  }
  if (message.includes('ervice') || message.includes('ERVICE')) {
    const g = GUID.exec(message);
    if (g) {
      const id = g[1]!.toUpperCase();
      if (id === WSUS_SERVICE_ID) return { kind: 'wsusService' };
      const name = MICROSOFT_SERVICE_IDS[id];
      if (name !== undefined) return { kind: 'microsoft', name };
    }
  }
  if (component === 'SLS') return { kind: 'microsoft', name: 'Windows Update service locator (SLS)' };
  return undefined;
}

// EndpointContext of engine/derive/client-endpoints.ts before the numeric times (ISO strings, Date.parse).
// One change: the times are parsed as UTC ('Z' added), as the engine now counts wall-clock time
// whatever the zone of the machine that runs wsus-doctor (the log's local times are the client's,
// so the analysing machine's daylight-saving shifts never applied to them).
class EndpointContext {
  private readonly byProcess = new Map<number, Map<string, { endpoint: Endpoint; timestamp: string; ms?: number }>>();

  set(pid: number, tid: string, timestamp: string, endpoint: Endpoint): void {
    let threads = this.byProcess.get(pid);
    if (threads === undefined) this.byProcess.set(pid, (threads = new Map()));
    threads.set(tid, { endpoint, timestamp });
  }

  get(pid: number, tid: string, timestamp: string): Endpoint | undefined {
    const ctx = this.byProcess.get(pid)?.get(tid);
    if (ctx === undefined) return undefined;
    if (ctx.timestamp === timestamp) return ctx.endpoint;
    ctx.ms ??= Date.parse(ctx.timestamp + 'Z');
    return Date.parse(timestamp + 'Z') - ctx.ms <= CONTEXT_TTL_MS ? ctx.endpoint : undefined;
  }
}

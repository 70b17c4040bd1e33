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
import type { FactDocument } from '../facts/fact-types.generated.js';
import { findErrorCodes, NO_ERROR_CODES } from '../parsers/error-codes.js';
import { cleanLine } from '../parsers/w3c.js';
import { newLineShape, parseWithRegex, scanLineShape, shapeMessage, shapeTimestamp, type LineShape, type WindowsUpdateLogEntry } from '../parsers/windows-update-log.js';
import { EndpointContext, endpointOfMessage } from './client-endpoints.js';
import type { ErrorCodeTally } from './derive-client-errors.js';
import type { DerivedWindowsUpdateLog } from './derived-types.js';
import { isOk, lineNumber } from './evidence.js';

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

  const shape = newLineShape();
  let fromKey = Infinity;
  let toKey = -Infinity;
  const urls: string[] = [];
  let legacy = 0;
  let etl = 0;
  let skippedLines = 0;

  for (const file of excerpt!.files ?? []) {
    const lines = file.lines;
    for (let index = 0; index < lines.length; index++) {
      const input = lines[index]!;
      const line = cleanLine(input);
      let message: string;
      let key: number;
      let entry: WindowsUpdateLogEntry | undefined;
      if (scanLineShape(line, shape)) {
        if (shape.legacy) legacy++;
        else etl++;
        key = timeKey(line, shape);
        message = shapeMessage(line, shape);
      } else {
        // Not the common shape: the regexes decide (parseWindowsUpdateLine's slow path).
        const c0 = line.charCodeAt(0);
        entry = c0 >= 48 && c0 <= 57 ? parseWithRegex(line, index) : undefined;
        if (entry === undefined) {
          if (input.trim().length > 0) skippedLines++;
          continue;
        }
        if (entry.format === 'legacy') legacy++;
        else etl++;
        key = isoKey(entry.timestamp);
        message = entry.message;
      }
      if (key < fromKey) fromKey = key;
      if (key > toKey) toKey = key;

      // Most lines end here: they name no endpoint, carry no code and report no search.
      const own = endpointOfMessage(message, entry ? entry.component === 'SLS' : isComponent(line, shape, 'SLS'));
      const codes = mayHoldErrorCode(message) ? findErrorCodes(message) : NO_ERROR_CODES;
      const serverLine = message.includes('erver:');
      const serviceUrlLine = !serverLine && message.includes('Server URL');
      const foundLine = !serverLine && !serviceUrlLine && message.includes('Found ') && SCAN_FOUND.test(message);
      if (own === undefined && codes.length === 0 && !serverLine && !serviceUrlLine && !foundLine) continue;

      const timestamp = entry ? entry.timestamp : shapeTimestamp(line, shape);
      const pid = entry ? entry.pid : shape.pid;
      const tid = entry ? entry.tid : line.slice(shape.tidStart, shape.tidEnd);
      if (own !== undefined) context.set(pid, tid, timestamp, own);
      if (codes.length > 0) {
        const endpoint = own ?? context.get(pid, tid, timestamp);
        for (const code of codes) tally.add(code, file.path, lineNumber(file, index), timestamp, line, 'log', endpoint);
      }
      if (serverLine) {
        const m = WSUS_SERVER.exec(message);
        if (m && !NULL_VALUE.test(m[1]!) && !urls.includes(m[1]!)) {
          urls.push(m[1]!);
          tally.wsusHosts.addUrl(m[1]!);
        }
      } else if (serviceUrlLine) {
        const m = WSUS_SERVICE_URL.exec(message);
        if (m) tally.wsusHosts.addUrl(m[1]!);
      } else if (foundLine) {
        tally.addScanSuccess('log', timestamp, own ?? context.get(pid, tid, timestamp));
      }
    }
  }

  const block: DerivedWindowsUpdateLog = {
    available: true,
    entries: legacy + etl,
    skippedLines,
    window: legacy + etl > 0 ? { from: isoOfKey(fromKey), to: isoOfKey(toKey) } : {},
    wsusServerUrls: urls,
  };
  if (legacy + etl > 0) block.format = legacy >= etl ? 'legacy' : 'etl';
  return block;
}

/** Whether the component of a scanned line is exactly `name`. */
function isComponent(line: string, shape: LineShape, name: string): boolean {
  return shape.componentEnd - shape.componentStart === name.length && line.startsWith(name, shape.componentStart);
}

/*
 * Times as numbers that sort like the ISO strings they stand for (fixed-width digits, so string
 * order is the order of (date, time)): the window needs only the oldest and newest line, and
 * building a string per line to compare would cost more than the rest of most lines. Month and
 * day are kept as written (a "02-31" is not a date, but still sorts like its string).
 */
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

function key(year: number, month: number, day: number, h: number, m: number, sec: number, ms: number): number {
  return ((year * 13 + month) * 32 + day) * 1e8 + ((h * 60 + m) * 60 + sec) * 1000 + ms;
}

function timeKey(line: string, shape: LineShape): number {
  const t = shape.time;
  const f = shape.fraction;
  const d = shape.fractionDigits;
  const ms = digit(line, f) * 100 + (d > 1 ? digit(line, f + 1) * 10 : 0) + (d > 2 ? digit(line, f + 2) : 0);
  return key(two(line, 0) * 100 + two(line, 2), two(line, 5), two(line, 8), two(line, t), two(line, t + 3), two(line, t + 6), ms);
}

/** The key of an ISO time as the parser writes it (YYYY-MM-DDTHH:MM:SS.mmm). */
function isoKey(iso: string): number {
  return key(two(iso, 0) * 100 + two(iso, 2), two(iso, 5), two(iso, 8), two(iso, 11), two(iso, 14), two(iso, 17), two(iso, 20) * 10 + digit(iso, 22));
}

function isoOfKey(k: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let ms = k % 1e8;
  const date = (k - ms) / 1e8;
  const day = date % 32;
  const month = ((date - day) / 32) % 13;
  const year = (date - day - month * 32) / 32 / 13;
  const milli = ms % 1000;
  ms = (ms - milli) / 1000;
  const sec = ms % 60;
  const min = ((ms - sec) / 60) % 60;
  const hour = Math.floor(ms / 3600);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(min)}:${pad(sec)}.${pad(milli, 3)}`;
}

const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * False when `text` cannot hold an error code for findErrorCodes: every code it finds is 8 hex
 * digits (`8[0-9a-f]{7}`) or 10 decimal digits, so a run of at least 8 hex characters. Such a run
 * covers a position 7, 15, 23, ... (one in every 8), so only those are looked at, and the run
 * around a hex character there is measured. Exported for its property test.
 */
export function mayHoldErrorCode(text: string): boolean {
  const n = text.length;
  for (let i = 7; i < n; i += 8) {
    if (!isHexCode(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && isHexCode(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && isHexCode(text.charCodeAt(end))) end++;
    if (end - start >= 8) return true;
  }
  return false;
}

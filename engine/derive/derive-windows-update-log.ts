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
import { decimalCandidate, findErrorCodes, HEX_CANDIDATE, NO_ERROR_CODES } from '../parsers/error-codes.js';
import { cleanLine } from '../parsers/w3c.js';
import { matchEntryPrefix, type EntryPrefix } from '../parsers/windows-update-log.js';
import { EndpointContext, endpointOfMarkedMessage, SERVICE_LOCATOR, type Endpoint } from './client-endpoints.js';
import type { ErrorCodeTally } from './derive-client-errors.js';
import type { DerivedWindowsUpdateLog } from './derived-types.js';
import { isOk, lineNumber } from './evidence.js';

/** `WSUS server: <url>` (not `WSUS status server:`). */
const WSUS_SERVER = /\bWSUS server:\s*(\S+)/i;
const NULL_VALUE = /^(?:<?null>?|\(null\))$/i;
/** A search that completed: legacy and Windows 10+ both write "* Found N updates and M categories in search" (tried where `Found ` is). */
const SCAN_FOUND_AT = /\bFound \d+ updates?\b/y;
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
 * Texts that make a line worth a closer look (besides a decimal error code and the SLS component),
 * each told by its last character: `://`, `ervice`, `ERVICE`, `erver:`, `Server URL`, `Found `,
 * `8` + 7 hex digits not followed by another (what every hex error code needs, see
 * codeCandidates), and the line terminators, which end an entry. The search looks for the
 * markers from a letter that is rare in messages (`vice`, `VICE`, `ver:`, `URL`; not from the
 * `e` or `S` that start nearly every position's try) and checks the text before where one ends.
 */
const MARKER = /[\n\r\u2028\u2029]|:\/\/|vice|VICE|ver:|URL|Found |8[0-9A-Fa-f]{7}(?![0-9A-Fa-f])/g;
const URL_MARK = 1;
const SERVICE_MARK = 2;
const SERVER_MARK = 4;
const SERVER_URL_MARK = 8;
const FOUND_MARK = 16;
const TERMINATOR_MARK = 32;
const HEX_MARK = 64;

/** How many distinct messages naming a URL or service id a pass remembers the endpoint of. */
const ENDPOINT_MEMO_SIZE = 256;

/**
 * Derive the WindowsUpdate.log block; error codes go into `tally`. `available` is false
 * (and everything empty) unless `logs.windowsUpdate` has status ok.
 *
 * Most lines need no more than their format and time: each line is matched up to its component
 * by the format's regex without captures (matchEntryPrefix), its time read from the digits as a
 * number, and the rest searched once for the few texts the derived facts react to. Only lines
 * that hold one are taken apart (message, thread, time as a string for the evidence).
 */
export function deriveWindowsUpdateLog(doc: FactDocument, tally: ErrorCodeTally): DerivedWindowsUpdateLog {
  for (const url of policyUrls(doc)) tally.wsusHosts.addUrl(url);
  const excerpt = doc.logs?.windowsUpdate;
  if (!isOk(excerpt)) return { available: false, entries: 0, skippedLines: 0, window: {}, wsusServerUrls: [] };
  const context = new EndpointContext();
  // The endpoint each message with a URL or service-id mark names (null: none): the same few
  // messages (`ServiceID = {...}`, `Server URL = ...`) come back on every call.
  const endpointOf = new Map<string, Endpoint | null>();
  // Successful WSUS scans: how many, and the line of the newest (its time as a key; the
  // timestamp string is built once, at the end).
  let scans = 0;
  let newestScanKey = -Infinity;
  let newestScanLine = '';
  let newestScanTime = 0;
  let newestScanLegacy = false;

  const prefix: EntryPrefix = { legacy: false, end: 0 };
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
      if (!matchEntryPrefix(line, prefix)) {
        if (input.trim().length > 0) skippedLines++;
        continue;
      }
      const rest = prefix.end;
      // The time: the date is at 0, the time after the separators that follow it.
      let time = 11;
      while (isSep(line.charCodeAt(time))) time++;
      const key = timeKey(line, time, prefix.legacy);

      // Which markers the rest of the line holds (one search, each match told by its last
      // character). A marker can start only on the last character of another (as in `erver://`
      // or `8024a00ervice`), so the search goes on from there and every kind present is found.
      let marks = 0;
      MARKER.lastIndex = rest;
      while (MARKER.test(line)) {
        const end = MARKER.lastIndex;
        const last = line.charCodeAt(end - 1);
        if (last === 47) marks |= URL_MARK; // ://
        else if (last === 58) {
          if (line.startsWith('er', end - 6)) marks |= SERVER_MARK; // erver:
        } else if (last === 76) {
          if (line.startsWith('Server ', end - 10)) marks |= SERVER_URL_MARK; // Server URL
        } else if (last === 32) {
          // Found + space: a search result when `Found N update(s)` starts here
          SCAN_FOUND_AT.lastIndex = end - 6;
          if (SCAN_FOUND_AT.test(line)) marks |= FOUND_MARK;
        } else if (last === 10 || last === 13 || last === 0x2028 || last === 0x2029) {
          marks = TERMINATOR_MARK;
          break;
        } else if (last === 101 || last === 69) {
          // vice, VICE or a hex code (whose last digit can be e or E, but which has no v)
          const c = line.charCodeAt(end - 4);
          if (c !== 118 && c !== 86) marks |= HEX_MARK;
          else if (last === 101 ? line.startsWith('er', end - 6) : line.startsWith('ER', end - 6)) marks |= SERVICE_MARK;
        } else {
          marks |= HEX_MARK;
        }
        MARKER.lastIndex = end - 1;
      }
      if (marks === TERMINATOR_MARK) {
        skippedLines++; // not an entry (`.*$` stops at a line terminator); the line starts with digits, so it is not blank
        continue;
      }
      if (prefix.legacy) legacy++;
      else etl++;
      if (key < fromKey) fromKey = key;
      if (key > toKey) toKey = key;
      const candidates = ((marks & HEX_MARK) !== 0 ? HEX_CANDIDATE : 0) | decimalCandidate(line, rest);
      const serviceLocator = isServiceLocator(line, rest);
      // Most lines end here: they name no endpoint, carry no code and report no search.
      if (marks === 0 && candidates === 0 && !serviceLocator) continue;

      const urlMark = (marks & URL_MARK) !== 0;
      const serviceMark = (marks & SERVICE_MARK) !== 0 && line.includes('-', rest); // (a service id has dashes)
      // One of these per line, in this order (a search result on a `Server URL` line does not count).
      const serverLine = (marks & SERVER_MARK) !== 0;
      const serverUrlLine = !serverLine && (marks & SERVER_URL_MARK) !== 0;
      const foundLine = !serverLine && !serverUrlLine && (marks & FOUND_MARK) !== 0;
      // (WSUS_SERVICE_URL needs the WSUS service id, whose digits read the same in any case)
      const serviceUrlLine = serverUrlLine && line.includes('21691-', rest);
      // The message is cut out only for the regexes that need it.
      const message = urlMark || serviceMark || candidates !== 0 || serverLine || serviceUrlLine ? (rest < line.length ? line.slice(rest + 1).trimStart() : '') : '';
      let own: Endpoint | undefined;
      if (urlMark || serviceMark) {
        let named = endpointOf.get(message);
        if (named === undefined) {
          named = endpointOfMarkedMessage(message, false, urlMark, serviceMark) ?? null;
          if (endpointOf.size < ENDPOINT_MEMO_SIZE) endpointOf.set(message, named);
        }
        own = named ?? (serviceLocator ? SERVICE_LOCATOR : undefined);
      } else if (serviceLocator) {
        own = SERVICE_LOCATOR;
      }
      const codes = candidates !== 0 ? findErrorCodes(message, candidates) : NO_ERROR_CODES;
      if (own === undefined && codes.length === 0 && !serverLine && !serviceUrlLine && !foundLine) continue;

      // The thread and the time in milliseconds, for the endpoint context.
      let tid: string | number = '';
      let pid = 0;
      let ms = 0;
      if (own !== undefined || codes.length > 0 || foundLine) {
        tid = threadOf(line, rest);
        pid = threadPid;
        ms = msOfKey(key);
      }
      if (own !== undefined) context.set(pid, tid, ms, own);
      if (codes.length > 0) {
        const endpoint = own ?? context.get(pid, tid, ms);
        const timestamp = timestampOf(line, time, prefix.legacy);
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
        // (as tally.addScanSuccess with the line's timestamp: the keys sort like those strings)
        if (tally.isWsusScan(own ?? context.get(pid, tid, ms))) {
          scans++;
          if (key > newestScanKey) {
            newestScanKey = key;
            newestScanLine = line;
            newestScanTime = time;
            newestScanLegacy = prefix.legacy;
          }
        }
      }
    }
  }

  if (scans > 0) tally.addWsusScanSuccesses('log', scans, timestampOf(newestScanLine, newestScanTime, newestScanLegacy));

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

const isSep = (c: number): boolean => c === 9 || c === 32;

/** Whether the component of an entry line (ending at `end`) is exactly SLS, the service locator. */
function isServiceLocator(line: string, end: number): boolean {
  return line.charCodeAt(end - 1) === 83 && line.charCodeAt(end - 2) === 76 && line.charCodeAt(end - 3) === 83 && isSep(line.charCodeAt(end - 4));
}

/** The process id of the line {@link threadOf} read last. */
let threadPid = 0;

/**
 * Thread id of an entry line, read back from the end of its component; its process id goes to
 * {@link threadPid}. A thread id of at most 7 ASCII characters comes back as a number that stands
 * for it alone (its character codes, 7 bits each, none 0: so no string of another length or
 * other characters gives the same one), any other as written.
 */
function threadOf(line: string, componentEnd: number): string | number {
  let p = componentEnd - 1;
  while (!isSep(line.charCodeAt(p))) p--;
  while (isSep(line.charCodeAt(p))) p--;
  const tidEnd = p + 1;
  let code = 0;
  let ascii = true;
  for (let c = line.charCodeAt(p); !isSep(c); c = line.charCodeAt(--p)) {
    if (c >= 128) ascii = false;
    code = code * 128 + c; // (backwards: still one-to-one, and no slice needed)
  }
  const tid = ascii && tidEnd - p - 1 <= 7 ? code : line.slice(p + 1, tidEnd);
  while (isSep(line.charCodeAt(p))) p--;
  const pidEnd = p + 1;
  while (!isSep(line.charCodeAt(p))) p--;
  if (pidEnd - p - 1 > 15) {
    threadPid = Number(line.slice(p + 1, pidEnd)); // (rounded as the parser's Number() does)
  } else {
    let pid = 0;
    for (let i = p + 1; i < pidEnd; i++) pid = pid * 10 + (line.charCodeAt(i) - 48);
    threadPid = pid;
  }
  return tid;
}

/** The local time of an entry line, ISO 8601 without zone, cut (or padded) to milliseconds: the parser's timestamp. */
function timestampOf(line: string, time: number, legacy: boolean): string {
  const date = legacy ? line.slice(0, 10) : `${line.slice(0, 4)}-${line.slice(5, 7)}-${line.slice(8, 10)}`;
  const f = time + 9;
  let fraction = line.slice(f, f + 3);
  if (!legacy) {
    let d = 0;
    while (d < 3 && isDigitCode(line.charCodeAt(f + d))) d++;
    if (d < 3) fraction = (line.slice(f, f + d) + '00').slice(0, 3);
  }
  return `${date}T${line.slice(time, time + 8)}.${fraction}`;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

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

/** The key of an entry line whose time (HH:MM:SS) is at `time`; the fraction follows it after one mark, 3 digits in the legacy format, 1-7 in the ETL one. */
function timeKey(line: string, time: number, legacy: boolean): number {
  const f = time + 9;
  let ms = digit(line, f) * 100;
  if (legacy) {
    ms += two(line, f + 1);
  } else if (isDigitCode(line.charCodeAt(f + 1))) {
    ms += digit(line, f + 1) * 10;
    if (isDigitCode(line.charCodeAt(f + 2))) ms += digit(line, f + 2);
  }
  return key(two(line, 0) * 100 + two(line, 2), two(line, 5), two(line, 8), two(line, time), two(line, time + 3), two(line, time + 6), ms);
}

/**
 * Milliseconds of a key's wall-clock time, counted as if UTC (proleptic Gregorian calendar, a day
 * past the month's end running into the next month as Date.parse does): for the endpoint
 * context's time-to-live, so the zone of the machine running wsus-doctor plays no part.
 */
export function msOfKey(k: number): number {
  const inDay = k % 1e8;
  const date = (k - inDay) / 1e8;
  if (date === lastDate) return lastDateMs + inDay; // (a log's lines come day by day)
  const day = date % 32;
  const month = ((date - day) / 32) % 13;
  const year = (date - day - month * 32) / 32 / 13;
  // days from 1970-01-01 of year-month-01 (H. Hinnant's days_from_civil), then the day as written
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468 + day - 1;
  lastDate = date;
  lastDateMs = days * 86_400_000;
  return lastDateMs + inDay; // (the key's time of day is in milliseconds already)
}

/** The date part of the key {@link msOfKey} converted last, and its milliseconds. */
let lastDate = -1;
let lastDateMs = 0;

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

/**
 * ConfigMgr (CMTrace) log parser, knowledge 4.5: client logs such as LocationServices.log,
 * WUAHandler.log and ScanAgent.log, and the older "simple" format of site-server logs.
 *
 * Full format, one record per `<![LOG[`, a record may span lines:
 *   `<![LOG[message]LOG]!><time="HH:mm:ss.fff+ZZZ" date="MM-dd-yyyy" component="C" context="" type="1" thread="123" file="x.cpp:1">`
 * Simple format, one line per record:
 *   `message $$<Component><MM-dd-yyyy HH:mm:ss.fff+ZZZ><thread=N (0xHEX)>`
 *
 * Time zone: the signed suffix after the fraction is the Windows time-zone *bias* in
 * minutes (TIME_ZONE_INFORMATION.Bias, the value ConfigMgr writes), defined by
 * UTC = local time + bias. `+480` is US Pacific standard time (UTC-8): 10:00+480 is
 * 18:00Z. `-330` is India (UTC+5:30): 19:33-330 is 14:03Z. The India sample settles the
 * sign: no zone is 5:30 *behind* UTC, so -330 cannot be an ISO-style offset. (plaso and
 * cmtraceopen read the suffix as an ISO offset, i.e. the other way round; the tests pin
 * our reading against plaso's sample file.) Without a suffix the zone is unknown: the
 * entry then has `localTime` but no UTC `timestamp`.
 *
 * Dates may have 1-digit month/day; fractions may have up to 7 digits (cut to ms); `type`
 * is 0-3 (none, informational, warning, error). A BOM at the start of a line and a CR at
 * the end are ignored. Lines outside any record that are not simple-format records are
 * reported as skipped.
 *
 * Leaf module: imports only line cleaning and options from the sibling w3c.ts.
 */
import { cleanLine, type ParseOptions } from './w3c.js';

export type { ParseOptions, SkippedLine } from './w3c.js';

/** One CMTrace record. */
export interface CmTraceEntry {
  /** 0-based position, in the input, of the line where the record starts. */
  index: number;
  /** Number of physical lines the record spans (1 for single-line records). */
  lineCount: number;
  format: 'full' | 'simple';
  /** Message text; lines of a multi-line message are joined with \n. */
  message: string;
  component: string | undefined;
  context: string | undefined;
  /** 0 none, 1 informational, 2 warning, 3 error. */
  type: number | undefined;
  thread: number | undefined;
  /** Source file attribute, e.g. wuahandler.cpp:123. */
  file: string | undefined;
  /** Wall-clock time as written, ISO 8601 without zone, ms precision. */
  localTime: string | undefined;
  /** Time-zone bias in minutes as written (UTC = local + bias). */
  biasMinutes: number | undefined;
  /** UTC time, ISO 8601 ending in Z; only when the bias is known. */
  timestamp: string | undefined;
}

const RECORD_START = '<![LOG[';
const RECORD_END = ']LOG]!><';
/** A record that has not closed after this many lines is treated as broken. */
const MAX_RECORD_LINES = 10_000;

const TIME_ATTR = /\btime="(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?([+-]\d{1,4})?"/;
const DATE_ATTR = /\bdate="(\d{1,2})-(\d{1,2})-(\d{4})"/;
const COMPONENT_ATTR = /\bcomponent="([^"]*)"/;
const CONTEXT_ATTR = /\bcontext="([^"]*)"/;
const TYPE_ATTR = /\btype="(\d{1,2})"/;
const THREAD_ATTR = /\bthread="(\d{1,10})"/;
const FILE_ATTR = /\bfile="([^"]*)"/;
/** Tail of a simple-format line, after the last `$$<`. */
const SIMPLE_TAIL =
  /^([^>]*)><(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?([+-]\d{1,4})?><thread=(\d{1,10})/;

interface Times {
  localTime: string | undefined;
  biasMinutes: number | undefined;
  timestamp: string | undefined;
}

const NO_TIMES: Times = Object.freeze({ localTime: undefined, biasMinutes: undefined, timestamp: undefined });

/** Local wall-clock time and, with a bias, UTC. Invalid dates give no times. */
function resolveTimes(
  month: string, day: string, year: string, hour: string, minute: string, second: string,
  fraction: string | undefined, bias: string | undefined,
): Times {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second);
  const ms = fraction === undefined ? 0 : Number((fraction + '00').slice(0, 3));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return NO_TIMES;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const local = new Date(asUtc);
  if (local.getUTCDate() !== d || local.getUTCFullYear() !== y) return NO_TIMES; // e.g. 02-30
  const localTime = local.toISOString().slice(0, -1);
  if (bias === undefined) return { localTime, biasMinutes: undefined, timestamp: undefined };
  const biasMinutes = Number(bias);
  // UTC = local + bias (Windows TIME_ZONE_INFORMATION semantics, see the file header).
  return { localTime, biasMinutes, timestamp: new Date(asUtc + biasMinutes * 60_000).toISOString() };
}

function fullEntry(message: string, attrs: string, index: number, lineCount: number): CmTraceEntry {
  const t = TIME_ATTR.exec(attrs);
  const d = DATE_ATTR.exec(attrs);
  const times = t && d ? resolveTimes(d[1]!, d[2]!, d[3]!, t[1]!, t[2]!, t[3]!, t[4], t[5]) : NO_TIMES;
  const type = TYPE_ATTR.exec(attrs);
  const thread = THREAD_ATTR.exec(attrs);
  return {
    index,
    lineCount,
    format: 'full',
    message,
    component: COMPONENT_ATTR.exec(attrs)?.[1],
    context: CONTEXT_ATTR.exec(attrs)?.[1],
    type: type ? Number(type[1]) : undefined,
    thread: thread ? Number(thread[1]) : undefined,
    file: FILE_ATTR.exec(attrs)?.[1],
    localTime: times.localTime,
    biasMinutes: times.biasMinutes,
    timestamp: times.timestamp,
  };
}

/** A simple-format record, or undefined when the text is not one. */
function simpleEntry(text: string, index: number): CmTraceEntry | undefined {
  const at = text.lastIndexOf('$$<');
  if (at < 0) return undefined;
  const m = SIMPLE_TAIL.exec(text.slice(at + 3));
  if (!m) return undefined;
  const times = resolveTimes(m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, m[7]!, m[8], m[9]);
  return {
    index,
    lineCount: 1,
    format: 'simple',
    message: text.slice(0, at).trimEnd(),
    component: m[1]!.trim(),
    context: undefined,
    type: undefined,
    thread: Number(m[10]),
    file: undefined,
    localTime: times.localTime,
    biasMinutes: times.biasMinutes,
    timestamp: times.timestamp,
  };
}

/**
 * Parse CMTrace log lines (full and simple format, mixed) into records.
 *
 * Streams: lines are consumed one at a time and a record is yielded as soon as it closes.
 * Text outside records that is not a simple-format record goes to `options.onSkip`
 * (reason `junk`); a record that never closes (truncated file, or a new record starting
 * first) is reported as `unterminated`. Never throws on any input line.
 */
export function* parseCmTraceLog(lines: Iterable<string>, options: ParseOptions = {}): Generator<CmTraceEntry, void, undefined> {
  const onSkip = options.onSkip;
  const parts: string[] = [];
  let open = false;
  let start = 0;
  let index = -1;

  const outside = (text: string, at: number): CmTraceEntry | undefined => {
    if (text.trim().length === 0) return undefined;
    const entry = simpleEntry(text, at);
    if (!entry) onSkip?.({ index: at, reason: 'junk', text });
    return entry;
  };
  const abandon = (): void => {
    onSkip?.({ index: start, reason: 'unterminated', text: RECORD_START + parts.join('\n') });
    open = false;
    parts.length = 0;
  };

  for (const input of lines) {
    index++;
    const line = cleanLine(input);
    let pos = 0;
    while (pos <= line.length) {
      if (!open) {
        const s = line.indexOf(RECORD_START, pos);
        const before = s < 0 ? (pos === 0 ? line : line.slice(pos)) : line.slice(pos, s);
        const simple = outside(before, index);
        if (simple) yield simple;
        if (s < 0) break;
        open = true;
        start = index;
        parts.length = 0;
        pos = s + RECORD_START.length;
      }
      const end = line.indexOf(RECORD_END, pos);
      const next = line.indexOf(RECORD_START, pos);
      if (next >= 0 && (end < 0 || next < end)) {
        abandon(); // a new record starts before this one closed
        pos = next;
        continue;
      }
      if (end < 0) {
        parts.push(pos === 0 ? line : line.slice(pos));
        if (parts.length > MAX_RECORD_LINES) abandon();
        break;
      }
      parts.push(line.slice(pos, end));
      const message = parts.length === 1 ? parts[0]! : parts.join('\n');
      const attrs = line.slice(end + RECORD_END.length, next < 0 ? line.length : next);
      yield fullEntry(message, attrs, start, index - start + 1);
      open = false;
      parts.length = 0;
      if (next < 0) break;
      pos = next;
    }
  }
  if (open) abandon();
}

/**
 * WindowsUpdate.log parser (knowledge 4.3 and 4.4). Two formats, detected per line:
 *
 * - legacy (Windows 7 / 2008 R2 and older, `%windir%\WindowsUpdate.log`):
 *   `YYYY-MM-DD<TAB>HH:MM:SS:mmm<TAB>PID<TAB>TID(hex)<TAB>Component<TAB>Message`;
 *   real files and copies from documentation also use runs of spaces instead of tabs;
 * - etl (Windows 10 / Server 2016+, text written by `Get-WindowsUpdateLog`):
 *   `YYYY/MM/DD HH:MM:SS.fffffff PID TID Component Message`, the date separator being
 *   `/`, `.` or `-` depending on the locale.
 *
 * Timestamps are the machine's local time (the log carries no zone), so they come out as
 * ISO strings without `Z`, cut to milliseconds. Error codes in the message are extracted
 * with error-codes.ts. A BOM at the start of a line and a trailing CR are ignored; blank
 * lines are ignored; other lines that match neither format are reported as skipped.
 *
 * Leaf module: imports only sibling parsers (error codes; line cleaning and options from w3c.ts).
 */
import { findErrorCodes } from './error-codes.js';
import { cleanLine, type ParseOptions } from './w3c.js';

export type { ParseOptions, SkippedLine } from './w3c.js';

/** One WindowsUpdate.log line. */
export interface WindowsUpdateLogEntry {
  /** 0-based position of the line in the input. */
  index: number;
  /** The line as written (without BOM/CR). */
  raw: string;
  format: 'legacy' | 'etl';
  /** Local time, ISO 8601 without zone, e.g. 2013-01-27T10:55:33.204. */
  timestamp: string;
  pid: number;
  /** Thread id as written: hex in the legacy format, decimal in the ETL format. */
  tid: string;
  /** Agent, AU, PT, DnldMgr, WebServices, ... */
  component: string;
  message: string;
  /** Normalised error codes found in the message (0x + 8 upper-case hex), in order. */
  errorCodes: readonly string[];
}

const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
const HMS = '([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d)';
const SEP = '[\\t ]+';

/**
 * Legacy: colon before the milliseconds, hex thread id. The component cannot contain a
 * separator and the message starts after exactly one, so every line splits one way only
 * (written without nested or adjacent overlapping quantifiers, like every regex here).
 */
const LEGACY_LINE = new RegExp(
  `^(\\d{4})-${MONTH}-${DAY}${SEP}${HMS}:(\\d{3})${SEP}(\\d+)${SEP}([0-9A-Fa-f]+)${SEP}([^\\t ]+)(?:[\\t ](.*))?$`,
);
/** ETL text: dot before 1-7 fraction digits, decimal ids, locale date separator. */
const ETL_LINE = new RegExp(
  `^(\\d{4})([/.-])${MONTH}\\2${DAY}${SEP}${HMS}\\.(\\d{1,7})${SEP}(\\d+)${SEP}(\\d+)${SEP}([^\\t ]+)(?:[\\t ](.*))?$`,
);

/**
 * The two line regexes up to the end of the component, without captures (sticky, tried from 0).
 * Every line splits one way only, so a line is an entry exactly when one of these matches and no
 * line terminator follows the component (the rest is `(?:[\t ](.*))?$`).
 */
const nc = (pattern: string) => pattern.replaceAll('(', '(?:');
const LEGACY_PREFIX = new RegExp(`^\\d{4}-${nc(MONTH)}-${nc(DAY)}${SEP}${nc(HMS)}:\\d{3}${SEP}\\d+${SEP}[0-9A-Fa-f]+${SEP}[^\\t ]+`, 'y');
// (the date separator spelt out three times: cheaper than the ETL_LINE's back-reference)
const ETL_PREFIX = new RegExp(`^\\d{4}(?:/${nc(MONTH)}/|\\.${nc(MONTH)}\\.|-${nc(MONTH)}-)${nc(DAY)}${SEP}${nc(HMS)}\\.\\d{1,7}${SEP}\\d+${SEP}\\d+${SEP}[^\\t ]+`, 'y');

/** What {@link matchEntryPrefix} found: the format and the offset just after the component. */
export interface EntryPrefix {
  legacy: boolean;
  end: number;
}

/**
 * Whether a cleaned line starts like an entry of either format, up to its component (see
 * LEGACY_PREFIX); fills `prefix` when it does. The format of the previous line is tried first.
 * When this is false the line is no entry; when true it is one unless a line terminator
 * (\n, \r, U+2028, U+2029) follows `prefix.end`.
 */
export function matchEntryPrefix(line: string, prefix: EntryPrefix): boolean {
  // Legacy lines have a dash at 4; ETL lines may too (locale). The previous line's format first.
  const dash = line.charCodeAt(4) === 45;
  let legacy = dash && prefix.legacy;
  for (let attempt = 0; attempt < 2; attempt++, legacy = !legacy) {
    if (legacy && !dash) continue;
    const re = legacy ? LEGACY_PREFIX : ETL_PREFIX;
    re.lastIndex = 0;
    if (re.test(line)) {
      prefix.legacy = legacy;
      prefix.end = re.lastIndex;
      return true;
    }
  }
  return false;
}

/**
 * Parse one WindowsUpdate.log line (either format). Returns undefined when it is neither.
 * `index` is stored in the entry as the line's position.
 */
export function parseWindowsUpdateLine(input: string, index = 0): WindowsUpdateLogEntry | undefined {
  const line = cleanLine(input);
  // Both formats start with four digits: anything else is neither (no regex needed).
  const c0 = line.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57)) return undefined;
  const fast = scanLine(line, index);
  return fast ?? parseWithRegex(line, index);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSep = (c: number): boolean => c === 9 || c === 32;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isTwoDigits = (line: string, p: number, max0: number, max1: number): boolean => {
  // first digit 0..max0; second digit 0..9, or 0..max1 when the first is max0
  const a = line.charCodeAt(p) - 48;
  const b = line.charCodeAt(p + 1) - 48;
  if (!(a >= 0 && a <= max0 && b >= 0 && b <= 9)) return false;
  return a < max0 || b <= max1;
};

/**
 * Where the fields of a line are, as found by {@link scanLineShape} (offsets into the line; no
 * field is copied out). One object is reused for every line of a log.
 */
interface LineShape {
  legacy: boolean;
  /** Offset of HH:MM:SS. */
  time: number;
  /** Offset and number of the fraction digits (3 in the legacy format, 1-7 in the ETL one). */
  fraction: number;
  fractionDigits: number;
  pid: number;
  tidStart: number;
  tidEnd: number;
  componentStart: number;
  componentEnd: number;
  /** Offset of the separator before the message, or -1 when the line ends after the component. */
  messageSeparator: number;
}

function newLineShape(): LineShape {
  return { legacy: false, time: 0, fraction: 0, fractionDigits: 0, pid: 0, tidStart: 0, tidEnd: 0, componentStart: 0, componentEnd: 0, messageSeparator: -1 };
}

/**
 * Char-code scanner for the common shape of both formats, on a cleaned line: fills `shape` and
 * returns true when the line is an entry exactly as the regexes would read it, false when unsure
 * (the caller then runs the regexes, which decide). Allocates nothing.
 */
function scanLineShape(line: string, shape: LineShape): boolean {
  const n = line.length;
  if (n < 30) return false;
  // (the first digit is checked by parseWindowsUpdateLine already; checked again so the scanner stands alone)
  if (!(isDigit(line.charCodeAt(0)) && isDigit(line.charCodeAt(1)) && isDigit(line.charCodeAt(2)) && isDigit(line.charCodeAt(3)))) return false;
  const dateSep = line.charCodeAt(4);
  if (dateSep !== 45 && dateSep !== 47 && dateSep !== 46) return false; // - / .
  if (line.charCodeAt(7) !== dateSep) return false;
  // month (0[1-9]|1[0-2]), day (0[1-9]|[12]\d|3[01])
  if (!isTwoDigits(line, 5, 1, 2) || (line.charCodeAt(5) === 48 && line.charCodeAt(6) === 48)) return false;
  if (!isTwoDigits(line, 8, 3, 1) || (line.charCodeAt(8) === 48 && line.charCodeAt(9) === 48)) return false;
  let p = 10;
  if (!isSep(line.charCodeAt(p))) return false;
  while (isSep(line.charCodeAt(p))) p++;
  const time = p; // HH:MM:SS
  if (time + 9 > n) return false;
  if (!isTwoDigits(line, p, 2, 3) || line.charCodeAt(p + 2) !== 58 || !isTwoDigits(line, p + 3, 5, 9) || line.charCodeAt(p + 5) !== 58 || !isTwoDigits(line, p + 6, 5, 9)) return false;
  p += 8;
  const fracMark = line.charCodeAt(p);
  let legacy: boolean;
  let fraction: number;
  let fractionDigits: number;
  if (fracMark === 58 /* : */ && dateSep === 45) {
    legacy = true;
    if (!(isDigit(line.charCodeAt(p + 1)) && isDigit(line.charCodeAt(p + 2)) && isDigit(line.charCodeAt(p + 3)))) return false;
    fraction = p + 1;
    fractionDigits = 3;
    p += 4;
  } else if (fracMark === 46 /* . */) {
    legacy = false;
    fraction = p + 1;
    p = fraction;
    while (isDigit(line.charCodeAt(p))) p++;
    fractionDigits = p - fraction;
    if (fractionDigits < 1 || fractionDigits > 7) return false;
  } else {
    return false;
  }
  if (!isSep(line.charCodeAt(p))) return false;
  while (isSep(line.charCodeAt(p))) p++;
  // pid: \d+
  const pidStart = p;
  let pid = 0;
  for (let c = line.charCodeAt(p); isDigit(c); c = line.charCodeAt(++p)) pid = pid * 10 + (c - 48);
  if (p === pidStart || p - pidStart > 15 || !isSep(line.charCodeAt(p))) return false;
  while (isSep(line.charCodeAt(p))) p++;
  // tid: hex (legacy) or decimal (etl)
  const tidStart = p;
  if (legacy) while (isHex(line.charCodeAt(p))) p++;
  else while (isDigit(line.charCodeAt(p))) p++;
  if (p === tidStart || !isSep(line.charCodeAt(p))) return false;
  const tidEnd = p;
  while (isSep(line.charCodeAt(p))) p++;
  // component: [^\t ]+
  const componentStart = p;
  while (p < n && !isSep(line.charCodeAt(p))) p++;
  if (p === componentStart) return false;
  let messageSeparator = -1;
  if (p < n) {
    // one separator, then `.*$`: the rest must hold no line terminator
    if (line.indexOf('\n') !== -1 || line.indexOf('\r') !== -1 || line.indexOf('\u2028') !== -1 || line.indexOf('\u2029') !== -1) return false;
    messageSeparator = p;
  }
  shape.legacy = legacy;
  shape.time = time;
  shape.fraction = fraction;
  shape.fractionDigits = fractionDigits;
  shape.pid = pid;
  shape.tidStart = tidStart;
  shape.tidEnd = tidEnd;
  shape.componentStart = componentStart;
  shape.componentEnd = p;
  shape.messageSeparator = messageSeparator;
  return true;
}

/** The message of a scanned line (after the one separator, leading white space removed). */
function shapeMessage(line: string, shape: LineShape): string {
  return shape.messageSeparator < 0 ? '' : line.slice(shape.messageSeparator + 1).trimStart();
}

/** The local time of a scanned line, ISO 8601 without zone, cut (or padded) to milliseconds. */
function shapeTimestamp(line: string, shape: LineShape): string {
  const date = shape.legacy ? line.slice(0, 10) : `${line.slice(0, 4)}-${line.slice(5, 7)}-${line.slice(8, 10)}`;
  const f = shape.fraction;
  const fraction = shape.fractionDigits >= 3 ? line.slice(f, f + 3) : (line.slice(f, f + shape.fractionDigits) + '00').slice(0, 3);
  return `${date}T${line.slice(shape.time, shape.time + 8)}.${fraction}`;
}

const scratchShape = newLineShape();

/**
 * Char-code scanner for the common shape of both formats: returns the entry exactly as the
 * regexes would, or null when unsure (the caller then runs the regexes, which decide).
 * Exported for test/parsers/windows-update-log.test.ts, which checks it against parseWithRegex.
 */
export function scanLine(line: string, index: number): WindowsUpdateLogEntry | null {
  const shape = scratchShape;
  if (!scanLineShape(line, shape)) return null;
  const message = shapeMessage(line, shape);
  return {
    index,
    raw: line,
    format: shape.legacy ? 'legacy' : 'etl',
    timestamp: shapeTimestamp(line, shape),
    pid: shape.pid,
    tid: line.slice(shape.tidStart, shape.tidEnd),
    component: line.slice(shape.componentStart, shape.componentEnd),
    message,
    errorCodes: findErrorCodes(message),
  };
}

/** The reference path (the two regexes) for a cleaned line; exported for the differential test. */
export function parseWithRegex(line: string, index: number): WindowsUpdateLogEntry | undefined {
  let m = LEGACY_LINE.exec(line);
  if (m) {
    const message = (m[11] ?? '').trimStart();
    return {
      index,
      raw: line,
      format: 'legacy',
      timestamp: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}`,
      pid: Number(m[8]),
      tid: m[9]!,
      component: m[10]!,
      message,
      errorCodes: findErrorCodes(message),
    };
  }
  m = ETL_LINE.exec(line);
  if (m) {
    const message = (m[12] ?? '').trimStart();
    return {
      index,
      raw: line,
      format: 'etl',
      timestamp: `${m[1]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}.${(m[8]! + '00').slice(0, 3)}`,
      pid: Number(m[9]),
      tid: m[10]!,
      component: m[11]!,
      message,
      errorCodes: findErrorCodes(message),
    };
  }
  return undefined;
}

/**
 * Parse the lines of a WindowsUpdate.log (or an excerpt), legacy and ETL-text lines alike.
 *
 * Streams; lines that match neither format go to `options.onSkip` (reason `junk`).
 * Never throws on any input line.
 */
export function* parseWindowsUpdateLog(
  lines: Iterable<string>,
  options: ParseOptions = {},
): Generator<WindowsUpdateLogEntry, void, undefined> {
  const onSkip = options.onSkip;
  let index = -1;
  for (const line of lines) {
    index++;
    const entry = parseWindowsUpdateLine(line, index);
    if (entry) {
      yield entry;
    } else if (onSkip && line.trim().length > 0) {
      onSkip({ index, reason: 'junk', text: cleanLine(line) });
    }
  }
}

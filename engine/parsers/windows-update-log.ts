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
 * (checked free of catastrophic backtracking with redos-detector, like every regex here).
 */
const LEGACY_LINE = new RegExp(
  `^(\\d{4})-${MONTH}-${DAY}${SEP}${HMS}:(\\d{3})${SEP}(\\d+)${SEP}([0-9A-Fa-f]+)${SEP}([^\\t ]+)(?:[\\t ](.*))?$`,
);
/** ETL text: dot before 1-7 fraction digits, decimal ids, locale date separator. */
const ETL_LINE = new RegExp(
  `^(\\d{4})([/.-])${MONTH}\\2${DAY}${SEP}${HMS}\\.(\\d{1,7})${SEP}(\\d+)${SEP}(\\d+)${SEP}([^\\t ]+)(?:[\\t ](.*))?$`,
);

/**
 * Parse one WindowsUpdate.log line (either format). Returns undefined when it is neither.
 * `index` is stored in the entry as the line's position.
 */
export function parseWindowsUpdateLine(input: string, index = 0): WindowsUpdateLogEntry | undefined {
  const line = cleanLine(input);
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

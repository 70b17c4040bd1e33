/**
 * IIS W3C extended log parser (knowledge 4.1), plus the W3C machinery that the HTTP.sys
 * error-log parser (httperr.ts) shares: directive handling, field layouts, tokenising.
 *
 * - Rows are read per the latest `#Fields:` directive; the layout may change mid-file.
 *   Rows before any `#Fields:` use the IIS default field set.
 * - A row whose field count does not fit the current layout is retried with the default
 *   layout when its count fits that one (a tail excerpt or a concatenated file can carry
 *   default-layout rows under another header); otherwise it is skipped.
 * - A row whose date or time column is not a valid date/time is skipped as junk (this is
 *   what rejects the comma-separated IIS native format and firewall-style garbage).
 * - `-` means empty (undefined); `+` inside values is kept as written (see
 *   {@link decodeW3cValue} to turn it back into spaces).
 * - Timestamps are UTC (IIS always logs UTC) and come out as ISO strings ending in `Z`.
 *   Rows with a `time` but no `date` column take the date of the last `#Date:` directive.
 *   Layouts with only `date-local`/`time-local` (Advanced Logging) get no timestamp.
 * - Values may be double-quoted (Advanced Logging, Oracle, Incapsula); `""` inside quotes
 *   is a literal quote.
 * - A UTF-8 BOM at the start of a line and a trailing CR are removed; blank lines are ignored.
 *
 * Leaf module: imports nothing from the project.
 */

/** The IIS default field set, used for rows before any `#Fields:` directive. */
export const IIS_DEFAULT_FIELDS: readonly string[] = Object.freeze([
  'date', 'time', 's-ip', 'cs-method', 'cs-uri-stem', 'cs-uri-query', 's-port', 'cs-username',
  'c-ip', 'cs(User-Agent)', 'cs(Referer)', 'sc-status', 'sc-substatus', 'sc-win32-status', 'time-taken',
]);

/** A field layout from one `#Fields:` directive. Field lookups are by lower-case name. */
export interface W3cLayout {
  /** Field names as written in the directive. */
  readonly fields: readonly string[];
  /** Position of each field, keyed by lower-case name. */
  readonly positions: ReadonlyMap<string, number>;
  /** Positions of `date` and `time` (-1 when absent), looked up once per layout. */
  readonly datePosition: number;
  readonly timePosition: number;
}

/**
 * Why a line was not turned into an entry: W3C/HTTPERR rows whose value count fits no
 * layout (`fieldCount`) or whose date/time is not one (`badTimestamp`); WindowsUpdate.log
 * and CMTrace text in neither format (`junk`); CMTrace records that never close
 * (`unterminated`).
 */
export type SkipReason = 'fieldCount' | 'badTimestamp' | 'junk' | 'unterminated';

/** A line that was not turned into an entry (directives and blank lines are not reported). */
export interface SkippedLine {
  /** 0-based position of the line in the input. */
  index: number;
  reason: SkipReason;
  text: string;
}

/** Options shared by all the line parsers (W3C, HTTPERR, WindowsUpdate.log, CMTrace). */
export interface ParseOptions {
  /** Called for every line that could not be parsed. */
  onSkip?: (skipped: SkippedLine) => void;
}

/**
 * One W3C row, before it becomes an access-log or HTTPERR entry. The reader reuses one
 * instance for every row (no per-line allocation): copy what you keep before the next row.
 */
export interface W3cRow {
  /** 0-based position of the line in the input. */
  index: number;
  /** The line, without BOM and line ending. */
  raw: string;
  /** The values, one per field of `layout`, with quotes removed. */
  values: string[];
  layout: W3cLayout;
  /** ISO UTC timestamp (`...Z`) when the row (or the `#Date:` directive) gives one. */
  timestamp: string | undefined;
}

const FIELDS_DIRECTIVE = /^#fields:/i;
const DATE_DIRECTIVE = /^#date:\s*(\d{4}-\d{2}-\d{2})/i;
const DATE_VALUE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const TIME_VALUE = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,7})?$/;

/** Build a layout from field names (as written in a `#Fields:` directive). */
export function createW3cLayout(fields: readonly string[]): W3cLayout {
  const positions = new Map<string, number>();
  fields.forEach((name, i) => {
    const key = name.toLowerCase();
    if (!positions.has(key)) positions.set(key, i);
  });
  return { fields: Object.freeze([...fields]), positions, datePosition: positions.get('date') ?? -1, timePosition: positions.get('time') ?? -1 };
}

/** Position of a field in a layout, or -1. */
export function fieldPosition(layout: W3cLayout, name: string): number {
  return layout.positions.get(name.toLowerCase()) ?? -1;
}

/** Remove a UTF-8 BOM at the start and a CR at the end of a line. */
export function cleanLine(line: string): string {
  let start = 0;
  let end = line.length;
  if (end > 0 && line.charCodeAt(0) === 0xfeff) start = 1;
  if (end > start && line.charCodeAt(end - 1) === 13) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** Index of the quote that closes a quoted value opened before `from`, or -1 if the value is not a quoted one. */
function closingQuote(line: string, from: number): number {
  const n = line.length;
  for (let k = from; k < n; k++) {
    if (line.charCodeAt(k) !== 34) continue;
    const next = line.charCodeAt(k + 1);
    if (next === 34) {
      k++; // "" is an escaped quote
      continue;
    }
    // A closing quote must end the value; a quote inside a token means it was not quoted.
    return k + 1 === n || next === 32 || next === 9 ? k : -1;
  }
  return -1;
}

/**
 * Split a W3C row into values: separated by runs of spaces (or tabs); a value that starts
 * with `"` runs to the matching closing quote. Never throws.
 */
export function splitW3cValues(line: string): string[] {
  if (line.indexOf('"') < 0 && line.indexOf('\t') < 0) {
    const parts = line.split(' ');
    // Double or leading/trailing spaces leave empty parts (lnav/plaso samples have them).
    return parts.includes('') ? parts.filter((p) => p !== '') : parts;
  }
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    let c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (c === 34) {
      const end = closingQuote(line, i + 1);
      if (end >= 0) {
        out.push(line.slice(i + 1, end).replaceAll('""', '"'));
        i = end + 1;
        continue;
      }
    }
    let j = i + 1;
    while (j < n && (c = line.charCodeAt(j)) !== 32 && c !== 9) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
}

/** ISO UTC timestamp from W3C date and time values that were already validated. */
function isoUtc(date: string, time: string): string {
  if (time.length === 8) return `${date}T${time}.000Z`;
  // Fractions: keep milliseconds (pad or cut to 3 digits).
  const fraction = (time.slice(9) + '00').slice(0, 3);
  return `${date}T${time.slice(0, 8)}.${fraction}Z`;
}

/**
 * Read the rows of one W3C file, following `#Fields:` and `#Date:` directives.
 *
 * Yields the same {@link W3cRow} object for every row (see its doc). `defaultLayout` is
 * used before the first `#Fields:` directive and as the fallback for rows that do not
 * fit the current layout.
 */
export function* readW3cRows(
  lines: Iterable<string>,
  defaultLayout: W3cLayout,
  options: ParseOptions = {},
): Generator<W3cRow, void, undefined> {
  const onSkip = options.onSkip;
  let layout = defaultLayout;
  let fieldsLine = '';
  let headerDate: string | undefined;
  const row: W3cRow = { index: 0, raw: '', values: [], layout, timestamp: undefined };
  let index = -1;
  for (const input of lines) {
    index++;
    const line = cleanLine(input);
    if (line.length === 0) continue;
    if (line.charCodeAt(0) === 35 /* # */) {
      if (FIELDS_DIRECTIVE.test(line)) {
        // IIS repeats the same directive after every restart: keep the layout then.
        if (line !== fieldsLine) {
          const names = splitW3cValues(line.slice(8));
          layout = names.length > 0 ? createW3cLayout(names) : defaultLayout;
          fieldsLine = line;
        }
      } else {
        const date = DATE_DIRECTIVE.exec(line);
        if (date && DATE_VALUE.test(date[1]!)) headerDate = date[1];
      }
      continue;
    }
    const values = splitW3cValues(line);
    if (values.length === 0) continue; // only spaces
    let rowLayout = layout;
    if (values.length !== layout.fields.length) {
      if (values.length === defaultLayout.fields.length) {
        rowLayout = defaultLayout;
      } else {
        onSkip?.({ index, reason: 'fieldCount', text: line });
        continue;
      }
    }
    const datePos = rowLayout.datePosition;
    const timePos = rowLayout.timePosition;
    const date = datePos >= 0 ? values[datePos]! : headerDate; // #Date: values were validated when read
    const time = timePos >= 0 ? values[timePos] : undefined;
    if ((datePos >= 0 && !DATE_VALUE.test(date!)) || (time !== undefined && !TIME_VALUE.test(time))) {
      onSkip?.({ index, reason: 'badTimestamp', text: line });
      continue;
    }
    row.index = index;
    row.raw = line;
    row.values = values;
    row.layout = rowLayout;
    row.timestamp = date !== undefined && time !== undefined ? isoUtc(date, time) : undefined;
    yield row;
  }
}

/** A value with `-` (W3C for empty) and empty strings turned into undefined. */
export function w3cText(values: readonly string[], position: number): string | undefined {
  if (position < 0) return undefined;
  const v = values[position];
  return v === undefined || v === '-' || v === '' ? undefined : v;
}

/** An integer value (up to 16 digits, optional minus), or undefined when empty or not an integer. */
export function w3cInteger(values: readonly string[], position: number): number | undefined {
  const v = w3cText(values, position);
  if (v === undefined || v.length > 17) return undefined;
  // A digit loop rather than a regex: this runs for every numeric column of every row.
  for (let i = v.charCodeAt(0) === 45 /* - */ && v.length > 1 ? 1 : 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(v);
}

/** Turn W3C `+` back into spaces (IIS writes spaces inside values as `+`). */
export function decodeW3cValue(value: string): string {
  return value.replaceAll('+', ' ');
}

/** One row of an IIS access log. Absent fields are undefined. */
export interface W3cEntry {
  /** 0-based position of the line in the input. */
  index: number;
  /** The line as written (without BOM/CR). */
  raw: string;
  /** ISO 8601 UTC, e.g. 2018-01-01T08:09:10.000Z. */
  timestamp: string | undefined;
  siteName: string | undefined;
  computerName: string | undefined;
  serverIp: string | undefined;
  method: string | undefined;
  uriStem: string | undefined;
  uriQuery: string | undefined;
  serverPort: number | undefined;
  username: string | undefined;
  /** c-ip as written, IPv6 zone id included (e.g. fe80::1%11). */
  clientIp: string | undefined;
  protocolVersion: string | undefined;
  /** cs(User-Agent) as written (spaces appear as `+`). */
  userAgent: string | undefined;
  referer: string | undefined;
  host: string | undefined;
  status: number | undefined;
  substatus: number | undefined;
  win32Status: number | undefined;
  bytesSent: number | undefined;
  bytesReceived: number | undefined;
  /** Milliseconds. */
  timeTaken: number | undefined;
  /** The layout the row was read with and its values, for fields not mapped above. */
  layout: W3cLayout;
  values: readonly string[];
}

/** Positions of the mapped fields, computed once per layout. */
interface AccessPositions {
  siteName: number; computerName: number; serverIp: number; method: number; uriStem: number;
  uriQuery: number; serverPort: number; username: number; clientIp: number; protocolVersion: number;
  userAgent: number; referer: number; host: number; status: number; substatus: number;
  win32Status: number; bytesSent: number; bytesReceived: number; timeTaken: number;
}

function accessPositions(layout: W3cLayout): AccessPositions {
  const p = (name: string) => fieldPosition(layout, name);
  return {
    siteName: p('s-sitename'), computerName: p('s-computername'), serverIp: p('s-ip'),
    method: p('cs-method'), uriStem: p('cs-uri-stem'), uriQuery: p('cs-uri-query'),
    serverPort: p('s-port'), username: p('cs-username'), clientIp: p('c-ip'),
    protocolVersion: p('cs-version'), userAgent: p('cs(user-agent)'), referer: p('cs(referer)'),
    host: p('cs-host'), status: p('sc-status'), substatus: p('sc-substatus'),
    win32Status: p('sc-win32-status'), bytesSent: p('sc-bytes'), bytesReceived: p('cs-bytes'),
    timeTaken: p('time-taken'),
  };
}

const IIS_DEFAULT_LAYOUT = createW3cLayout(IIS_DEFAULT_FIELDS);

/**
 * Read W3C rows and turn each into an entry with `build`. `positionsOf` resolves the
 * field positions `build` needs; it runs once per layout, not once per row.
 */
export function* mapW3cRows<P, T>(
  lines: Iterable<string>,
  defaultLayout: W3cLayout,
  positionsOf: (layout: W3cLayout) => P,
  build: (row: W3cRow, positions: P) => T,
  options: ParseOptions = {},
): Generator<T, void, undefined> {
  let lastLayout: W3cLayout | undefined;
  let positions: P | undefined;
  for (const row of readW3cRows(lines, defaultLayout, options)) {
    if (row.layout !== lastLayout) {
      lastLayout = row.layout;
      positions = positionsOf(row.layout);
    }
    yield build(row, positions as P);
  }
}

function buildAccessEntry(row: W3cRow, p: AccessPositions): W3cEntry {
  const v = row.values;
  return {
    index: row.index,
    raw: row.raw,
    timestamp: row.timestamp,
    siteName: w3cText(v, p.siteName),
    computerName: w3cText(v, p.computerName),
    serverIp: w3cText(v, p.serverIp),
    method: w3cText(v, p.method),
    uriStem: w3cText(v, p.uriStem),
    uriQuery: w3cText(v, p.uriQuery),
    serverPort: w3cInteger(v, p.serverPort),
    username: w3cText(v, p.username),
    clientIp: w3cText(v, p.clientIp),
    protocolVersion: w3cText(v, p.protocolVersion),
    userAgent: w3cText(v, p.userAgent),
    referer: w3cText(v, p.referer),
    host: w3cText(v, p.host),
    status: w3cInteger(v, p.status),
    substatus: w3cInteger(v, p.substatus),
    win32Status: w3cInteger(v, p.win32Status),
    bytesSent: w3cInteger(v, p.bytesSent),
    bytesReceived: w3cInteger(v, p.bytesReceived),
    timeTaken: w3cInteger(v, p.timeTaken),
    layout: row.layout,
    values: v,
  };
}

/**
 * Parse the lines of one IIS W3C access log (or an excerpt of one) into entries.
 *
 * Streams: one entry per data row; skipped rows are reported through `options.onSkip`.
 * Never throws on any input line.
 */
export function parseW3cLog(lines: Iterable<string>, options: ParseOptions = {}): Generator<W3cEntry, void, undefined> {
  return mapW3cRows(lines, IIS_DEFAULT_LAYOUT, accessPositions, buildAccessEntry, options);
}

/** Any field of an entry by its W3C name (e.g. `cs(Cookie)`), `-` as undefined. */
export function w3cField(entry: { layout: W3cLayout; values: readonly string[] }, name: string): string | undefined {
  return w3cText(entry.values, fieldPosition(entry.layout, name));
}

/**
 * What kind of W3C-style log some lines are, from their `#Software:` and `#Fields:`
 * directives: `firewall` (Windows Firewall, pfirewall.log: `#Software: Microsoft Internet
 * Connection Firewall`, fields `action protocol src-ip dst-ip ...`), `httpErr` (HTTP.sys error
 * log: `#Software: Microsoft HTTP API 2.0`, fields with `s-reason`), otherwise `access` (an
 * IIS or other W3C access log, or lines without directives). `software` is the first
 * `#Software:` value seen.
 */
export interface W3cLogKind {
  kind: 'access' | 'firewall' | 'httpErr';
  software?: string;
}

const SOFTWARE_DIRECTIVE = /^#software:\s*(.*?)\s*$/i;

/** Tell an access log from a firewall or HTTPERR log offered in its place (see {@link W3cLogKind}). */
export function w3cLogKind(lines: Iterable<string>): W3cLogKind {
  let software: string | undefined;
  for (const input of lines) {
    if (input.charCodeAt(0) !== 35 /* # */ && input.charCodeAt(1) !== 35) continue;
    const line = cleanLine(input);
    if (line.charCodeAt(0) !== 35) continue;
    const sw = SOFTWARE_DIRECTIVE.exec(line);
    if (sw) {
      software ??= sw[1];
      if (/Internet Connection Firewall|Windows Firewall/i.test(sw[1]!)) return { kind: 'firewall', software: sw[1] };
      if (/^Microsoft HTTP API\b/i.test(sw[1]!)) return { kind: 'httpErr', software: sw[1] };
    } else if (FIELDS_DIRECTIVE.test(line)) {
      const names = splitW3cValues(line.slice(8)).map((n) => n.toLowerCase());
      const kind = names.includes('s-reason') ? 'httpErr' : names.includes('src-ip') && names.includes('action') ? 'firewall' : undefined;
      if (kind !== undefined) return software === undefined ? { kind } : { kind, software };
    }
  }
  return software === undefined ? { kind: 'access' } : { kind: 'access', software };
}

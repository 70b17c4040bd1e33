/**
 * Turns the log files of one kind found in a bundle into a `logExcerpt` section with the
 * metadata the collector gives (format, per-file path / size / last write time / truncated /
 * startLine, coveredFrom / coveredTo), so the derive layer and the rules see the same shape.
 *
 * Whole files are kept when they fit the fact schema's limits (200,000 lines of at most 16,384
 * characters per file); a longer file keeps its newest lines (truncated, no startLine), with
 * the W3C `#Software:` / `#Fields:` header that applies to them put back in front, as the
 * collector does. coveredFrom / coveredTo are the oldest and newest time stamps of the kept
 * lines (the files were read to their end; nothing older was cut unless truncated). Windows
 * Update and CMTrace lines without a time-zone are read as UTC (the bundle does not say which
 * zone the machine was in); the caller reports that.
 */
import type { LogExcerpt, LogFile } from '../facts/fact-types.generated.js';
import { parseCmTraceLog } from '../parsers/cmtrace.js';
import { parseHttpErrLog } from '../parsers/httperr.js';
import { parseW3cLog } from '../parsers/w3c.js';
import { parseWindowsUpdateLine } from '../parsers/windows-update-log.js';
import type { LogFormat } from './detect.js';

export const MAX_LINES_PER_FILE = 200_000;
export const MAX_LINE_LENGTH = 16_384;
export const MAX_FILES_PER_LOG = 1000;
/** Characters kept per kind of log, newest files first (the collector's cap is 4 MiB by default). */
export const MAX_CHARS_PER_LOG = 64 * 1024 * 1024;
const MAX_PATH = 1024;

const SOFTWARE_DISTRIBUTION_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,3})\d*)?\s+UTC\b/;

export interface LogInput {
  name: string;
  text: string;
  format: LogFormat;
  lastWriteTime?: string;
  sizeBytes: number;
}

export interface PreparedLog {
  file: LogFile;
  from?: string;
  to?: string;
  /** Lines whose time has no zone (read as UTC). */
  localTimes: boolean;
  /** Extra: the s-computername of IIS rows, when written. */
  computerName?: string;
}

/** Split, cap and time-stamp one log file. */
export function prepareLog(input: LogInput): PreparedLog {
  let lines = input.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 0 && lines.at(-1) === '') lines.pop();
  lines = lines.map((l) => (l.length > MAX_LINE_LENGTH ? l.slice(0, MAX_LINE_LENGTH) : l));
  let truncated = false;
  if (lines.length > MAX_LINES_PER_FILE) {
    truncated = true;
    const cut = lines.length - MAX_LINES_PER_FILE;
    const header = input.format === 'w3c' || input.format === 'httperr' ? w3cHeaderBefore(lines, cut) : [];
    lines = [...header, ...lines.slice(cut + header.length)];
  }
  const file: LogFile = { path: clipPath(input.name), sizeBytes: input.sizeBytes, truncated, lines };
  if (!truncated) file.startLine = 1;
  if (input.lastWriteTime !== undefined) file.lastWriteTime = input.lastWriteTime;
  const times = timesOf(lines, input.format);
  const out: PreparedLog = { file, localTimes: times.localTimes };
  if (times.from !== undefined) out.from = times.from;
  if (times.to !== undefined) out.to = times.to;
  if (times.computerName !== undefined) out.computerName = times.computerName;
  return out;
}

function clipPath(name: string): string {
  return name.length > MAX_PATH ? `...${name.slice(name.length - MAX_PATH + 3)}` : name;
}

/** The last #Software and #Fields directives before line `cut`. */
function w3cHeaderBefore(lines: readonly string[], cut: number): string[] {
  let software: string | undefined;
  let fields: string | undefined;
  for (let i = cut - 1; i >= 0 && (software === undefined || fields === undefined); i--) {
    const l = lines[i]!;
    if (fields === undefined && /^#fields:/i.test(l)) fields = l;
    else if (software === undefined && /^#software:/i.test(l)) software = l;
  }
  return [software, fields].filter((l): l is string => l !== undefined);
}

function timesOf(lines: readonly string[], format: LogFormat): { from?: string; to?: string; localTimes: boolean; computerName?: string } {
  let from: string | undefined;
  let to: string | undefined;
  let localTimes = false;
  let computerName: string | undefined;
  const add = (t: string | undefined) => {
    if (t === undefined || Number.isNaN(Date.parse(t))) return;
    const iso = new Date(Date.parse(t)).toISOString();
    if (from === undefined || iso < from) from = iso;
    if (to === undefined || iso > to) to = iso;
  };
  if (format === 'w3c') {
    for (const e of parseW3cLog(lines)) {
      add(e.timestamp);
      if (computerName === undefined && e.computerName) computerName = e.computerName;
    }
  } else if (format === 'httperr') {
    for (const e of parseHttpErrLog(lines)) add(e.timestamp);
  } else if (format === 'windowsUpdateLegacy' || format === 'windowsUpdateEtl') {
    lines.forEach((line, i) => {
      const e = parseWindowsUpdateLine(line, i);
      if (e) {
        localTimes = true;
        add(`${e.timestamp}Z`);
      }
    });
  } else if (format === 'cmtrace') {
    for (const e of parseCmTraceLog(lines)) {
      if (e.timestamp !== undefined) add(e.timestamp);
      else if (e.localTime !== undefined) {
        localTimes = true;
        add(`${e.localTime}Z`);
      }
    }
  } else {
    for (const line of lines) {
      const m = SOFTWARE_DISTRIBUTION_TIME.exec(line);
      if (m) add(`${m[1]}T${m[2]}.${(m[3] ?? '0').padEnd(3, '0')}Z`);
    }
  }
  const out: { from?: string; to?: string; localTimes: boolean; computerName?: string } = { localTimes };
  if (from !== undefined) out.from = from;
  if (to !== undefined) out.to = to;
  if (computerName !== undefined) out.computerName = computerName;
  return out;
}

/**
 * One logExcerpt from the prepared files of one kind: files oldest first, coverage over the kept
 * ones. The newest files are kept up to MAX_FILES_PER_LOG files and `maxChars` characters; the
 * paths of older files left out are returned in `dropped`.
 */
export function buildExcerpt(logs: readonly PreparedLog[], formats: readonly LogFormat[], maxChars = MAX_CHARS_PER_LOG): { excerpt: LogExcerpt; dropped: string[] } {
  const all = [...logs].sort((a, b) => (a.from ?? a.file.lastWriteTime ?? '').localeCompare(b.from ?? b.file.lastWriteTime ?? ''));
  const sorted: PreparedLog[] = [];
  const dropped: string[] = [];
  let chars = 0;
  for (let i = all.length - 1; i >= 0; i--) {
    const log = all[i]!;
    const size = log.file.lines.reduce((n, l) => n + l.length + 1, 0);
    if (sorted.length >= MAX_FILES_PER_LOG || (sorted.length > 0 && chars + size > maxChars)) dropped.push(log.file.path);
    else {
      sorted.unshift(log);
      chars += size;
    }
  }
  const counts = new Map<LogFormat, number>();
  for (const f of formats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const format = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const excerpt: LogExcerpt = { status: 'ok', format, files: sorted.map((l) => l.file) };
  const froms = sorted.map((l) => l.from).filter((t): t is string => t !== undefined).sort();
  const tos = sorted.map((l) => l.to).filter((t): t is string => t !== undefined).sort();
  if (froms.length > 0) excerpt.coveredFrom = froms[0]!;
  if (tos.length > 0) excerpt.coveredTo = tos.at(-1)!;
  return { excerpt, dropped };
}

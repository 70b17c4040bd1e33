/**
 * Derives `softwareDistributionLog` from the WSUS server's SoftwareDistribution.log
 * (logs.softwareDistribution, text format; knowledge 4.7). Each entry starts with
 * "<yyyy-mm-dd> <hh:mm:ss.fff> UTC <level> <process>.<thread> <class.method> <text>"; exception
 * text and stack traces follow on lines without a time stamp, which belong to the entry above.
 *
 * SQL errors: entries whose lines mention DBConnection.LogSqlException, SqlException or
 * "Timeout expired" (KB 909131, the WSUS messages doc). They persist when no Info entry follows
 * the newest one: the database errors are the last thing the excerpt shows; an Info entry after
 * them means the server went on with its normal work (a transient time-out).
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedSoftwareDistributionLog } from './derived-types.js';
import { isOk, lineNumber, noEvidence, SampleCollector, WindowTracker } from './evidence.js';

const ENTRY = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s+UTC\s+([A-Za-z]+)\b/;
const SQL_ERROR = /LogSqlException|SqlException|Timeout expired/i;
const MAX_TEXT = 600;

function clip(text: string): string {
  const t = text.trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 3)}...` : t;
}

export function deriveSoftwareDistributionLog(doc: FactDocument): DerivedSoftwareDistributionLog {
  const excerpt = doc.logs?.softwareDistribution;
  if (!isOk(excerpt)) {
    return { available: false, entries: 0, window: {}, sqlErrors: noEvidence(), sqlErrorsPersisting: false, infoEntriesAfterLastSqlError: 0 };
  }
  const sql = new SampleCollector();
  const window = new WindowTracker();
  let entries = 0;
  let lastSqlAt: string | undefined;
  let infoAfter = 0;
  // The entry being read: flushed when the next one starts or the file ends.
  let current: { file: string; line: number; at: string; level: string; first: string; match?: string } | undefined;
  const flush = () => {
    if (!current) return;
    const isSql = SQL_ERROR.test(current.first) || current.match !== undefined;
    if (isSql) {
      const text = SQL_ERROR.test(current.first) ? clip(current.first) : `${clip(current.first)} | ${clip(current.match!)}`;
      sql.add(current.file, current.line, current.at, text);
      lastSqlAt = current.at;
      infoAfter = 0;
    } else if (lastSqlAt !== undefined && current.level.toLowerCase() === 'info') infoAfter++;
    current = undefined;
  };
  for (const file of excerpt!.files ?? []) {
    file.lines.forEach((line, index) => {
      const m = ENTRY.exec(line);
      if (m) {
        flush();
        entries++;
        const at = `${m[1]}T${m[2]}Z`;
        window.add(at);
        current = { file: file.path, line: lineNumber(file, index), at, level: m[3]!, first: line };
      } else if (current && current.match === undefined && SQL_ERROR.test(line)) current.match = line;
    });
    flush();
  }
  const out: DerivedSoftwareDistributionLog = {
    available: true,
    entries,
    window: window.result(),
    sqlErrors: sql.result(),
    sqlErrorsPersisting: sql.count > 0 && infoAfter === 0,
    infoEntriesAfterLastSqlError: infoAfter,
  };
  if (lastSqlAt !== undefined) out.lastSqlErrorAt = lastSqlAt;
  return out;
}

/**
 * Derives `windowsUpdateLog` from `logs.windowsUpdate` (legacy or ETL-text lines, detected
 * per line) and, in the same pass, feeds every error code of the log into the client-error
 * tally. `format` is the format most lines were in; `wsusServerUrls` are the distinct URLs
 * of "WSUS server: <url>" lines in order of appearance (NULL/(null) values left out).
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { parseWindowsUpdateLine } from '../parsers/windows-update-log.js';
import type { ErrorCodeTally } from './derive-client-errors.js';
import type { DerivedWindowsUpdateLog } from './derived-types.js';
import { isOk, lineNumber, WindowTracker } from './evidence.js';

/** `WSUS server: <url>` (not `WSUS status server:`). */
const WSUS_SERVER = /\bWSUS server:\s*(\S+)/i;
const NULL_VALUE = /^(?:<?null>?|\(null\))$/i;

/**
 * Derive the WindowsUpdate.log block; error codes go into `tally`. `available` is false
 * (and everything empty) unless `logs.windowsUpdate` has status ok.
 */
export function deriveWindowsUpdateLog(doc: FactDocument, tally: ErrorCodeTally): DerivedWindowsUpdateLog {
  const excerpt = doc.logs?.windowsUpdate;
  if (!isOk(excerpt)) return { available: false, entries: 0, skippedLines: 0, window: {}, wsusServerUrls: [] };

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
      for (const code of e.errorCodes) tally.add(code, file.path, lineNumber(file, e.index), e.timestamp, e.raw);
      // Cheap test before the regex: few lines mention the server.
      if (e.message.includes('erver:')) {
        const m = WSUS_SERVER.exec(e.message);
        if (m && !NULL_VALUE.test(m[1]!) && !urls.includes(m[1]!)) urls.push(m[1]!);
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

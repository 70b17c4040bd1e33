// Reads the third-party samples copied into test/fixtures/corpus (see ATTRIBUTION.md there).
// Lines are split on \n only, so CRLF files keep their \r and the parsers must cope with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

/** The text of a corpus file. */
export function corpusText(relative: string): string {
  return readFileSync(join(CORPUS, relative), 'utf8');
}

/** The lines of a corpus file (split on \n; a final empty piece after the last newline is dropped). */
export function corpusLines(relative: string): string[] {
  const lines = corpusText(relative).split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A parsed JSON corpus file. */
export function corpusJson<T = unknown>(relative: string): T {
  return JSON.parse(corpusText(relative)) as T;
}

/** Byte offset of the start of each line of a corpus file (for expected `log.offset` values). */
export function lineOffsets(relative: string): number[] {
  const bytes = readFileSync(join(CORPUS, relative));
  const offsets = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) offsets.push(i + 1);
  return offsets;
}

/** Run a parser over lines and collect entries and skipped lines. */
export function collect<T, S>(
  parse: (lines: Iterable<string>, options: { onSkip: (s: S) => void }) => Iterable<T>,
  lines: Iterable<string>,
): { entries: T[]; skipped: S[] } {
  const skipped: S[] = [];
  const entries = [...parse(lines, { onSkip: (s) => skipped.push(s) })];
  return { entries, skipped };
}

/**
 * Applies the log limits to a parsed fact document before it is validated: a log line longer than
 * maxLineLength is cut to it (the fact schema would refuse the whole file for one such line), and
 * an excerpt holding more than maxLogLines lines (its files together) keeps only the newest
 * maxLogLines. Every cut is returned as a notice for the machine's report; a file that lost its
 * oldest lines is marked `truncated` (only its newest part was read) and the excerpt loses its
 * `coveredFrom`, so the time it covers comes from the lines that are left, never from a claim the
 * cut made false. Excerpts are found by shape (an object whose `files` hold `lines`), wherever
 * they sit, so new log kinds are covered without a list to keep up to date.
 */
import type { InputLimits } from './limits.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Cuts over-long lines and over-full excerpts in place; returns one notice per cut excerpt. */
export function cutLogExcerpts(data: unknown, limits: Pick<InputLimits, 'maxLineLength' | 'maxLogLines'>): string[] {
  const notices: string[] = [];
  const stack: Array<{ value: unknown; path: string }> = [{ value: data, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      // Lists of log files are handled with their excerpt; other lists hold no excerpts.
      continue;
    }
    if (!isObject(value)) continue;
    const files = value.files;
    if (Array.isArray(files) && files.some((f) => isObject(f) && Array.isArray(f.lines))) {
      cutExcerpt(value, files, path || '(root)', limits, notices);
      continue;
    }
    for (const key of Object.keys(value).reverse()) stack.push({ value: value[key], path: path ? `${path}.${key}` : key });
  }
  return notices;
}

function cutExcerpt(excerpt: Json, files: unknown[], path: string, limits: Pick<InputLimits, 'maxLineLength' | 'maxLogLines'>, notices: string[]): void {
  const logFiles = files.filter((f): f is Json & { lines: unknown[] } => isObject(f) && Array.isArray(f.lines));
  let longLines = 0;
  let longest = 0;
  let total = 0;
  for (const file of logFiles) {
    const lines = file.lines;
    total += lines.length;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (typeof line === 'string' && line.length > limits.maxLineLength) {
        longLines++;
        longest = Math.max(longest, line.length);
        lines[i] = line.slice(0, limits.maxLineLength);
      }
    }
  }
  if (longLines) {
    notices.push(
      `${path}: ${longLines} log line${longLines === 1 ? '' : 's'} longer than ${limits.maxLineLength} characters (the longest ${longest}) ${longLines === 1 ? 'was' : 'were'} cut to ${limits.maxLineLength} (--max-line-length); rules see only the start of ${longLines === 1 ? 'it' : 'them'}`,
    );
  }
  if (total > limits.maxLogLines) {
    let drop = total - limits.maxLogLines;
    const dropped = drop;
    for (const file of logFiles) {
      if (drop === 0) break;
      const n = Math.min(drop, file.lines.length);
      if (n === 0) continue;
      file.lines.splice(0, n);
      file.truncated = true;
      if (typeof file.startLine === 'number') file.startLine += n;
      drop -= n;
    }
    delete excerpt.coveredFrom;
    notices.push(
      `${path}: the ${dropped} oldest of ${total} log lines were dropped to keep the newest ${limits.maxLogLines} (--max-log-lines); the excerpt now covers less time than the collector recorded`,
    );
  }
}

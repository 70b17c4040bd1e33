/**
 * One linear pass over JSON text before it is parsed, for what JSON.parse does not say:
 * - nesting deeper than the limit (a 200,000-deep file parses, then overflows the stack of every
 *   recursive step after it: jsonc-parser's error location, ajv, JSON.stringify of evidence);
 * - a key that appears twice in one object (JSON.parse keeps the last silently, so a fact file
 *   could show one value to a reader and another to the rules).
 * Text values are skipped with indexOf, so the pass costs little next to JSON.parse. On text
 * that is not valid JSON the result is only as good as the text; JSON.parse reports the syntax.
 */

export interface JsonScanProblem {
  kind: 'depth' | 'duplicateKey';
  /** Offset of the bracket that goes too deep, or of the repeated key. */
  offset: number;
  /** JSON pointer of the object holding the repeated key, or of the container that goes too deep. */
  pointer: string;
  /** The repeated key. */
  key?: string;
}

interface Frame {
  object: boolean;
  keys?: Set<string>;
  expectKey: boolean;
  key: string;
  index: number;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** The first nesting or (unless `duplicateKeys` is false) duplicate-key problem of `text`, or undefined. */
export function scanJson(text: string, maxDepth: number, options: { duplicateKeys?: boolean } = {}): JsonScanProblem | undefined {
  const trackKeys = options.duplicateKeys !== false;
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return undefined; // unterminated: a syntax error for JSON.parse to report
      const top = stack[stack.length - 1];
      if (trackKeys && top?.object && top.expectKey) {
        top.expectKey = false;
        let key = text.slice(i + 1, end);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(text.slice(i, end + 1)) as string;
          } catch {
            return undefined;
          }
        }
        if (top.keys!.has(key)) return { kind: 'duplicateKey', offset: i, pointer: pointerOf(stack, stack.length - 1), key };
        top.keys!.add(key);
        top.key = key;
      }
      i = end + 1;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (stack.length >= maxDepth) return { kind: 'depth', offset: i, pointer: pointerOf(stack, stack.length) };
      const object = c === 123;
      stack.push({ object, keys: object ? new Set() : undefined, expectKey: object, key: '', index: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.object) top.expectKey = true;
        else top.index++;
      }
    }
    i++;
  }
  return undefined;
}

/** What {@link countJsonStrings} counts in a JSON text. */
export interface JsonStringCounts {
  /** Strings followed by a colon: the keys (valid JSON text only). */
  keys: number;
  /** Every string, keys included. */
  strings: number;
  /** Characters between the quotes of the longest string as written (escapes not decoded, so never shorter than its value). */
  longest: number;
}

/**
 * Counts the strings and keys of a JSON text with one indexOf per quote, never looking at the
 * characters between them: the cheap half of the fast path of parse-json.ts, which proves the
 * absence of repeated keys by comparing `keys` with the properties JSON.parse made. Only
 * meaningful for text JSON.parse accepts; undefined when a string is not closed.
 */
export function countJsonStrings(text: string): JsonStringCounts | undefined {
  let keys = 0;
  let strings = 0;
  let longest = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    let end = text.indexOf('"', i + 1);
    if (end < 0) return undefined;
    if (text.charCodeAt(end - 1) === BACKSLASH) {
      end = stringEnd(text, i);
      if (end < 0) return undefined;
    }
    strings++;
    if (end - i - 1 > longest) longest = end - i - 1;
    let next = end + 1;
    let c = text.charCodeAt(next);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++next);
    if (c === 58 /* : */) keys++;
    i = text.indexOf('"', next);
  }
  return { keys, strings, longest };
}

/** Index of the quote closing the string that opens at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let j = quote - 1; j > start && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** JSON pointer of the container at stack[count] (or about to be pushed there): the steps of the frames below it. */
function pointerOf(stack: Frame[], count: number): string {
  let pointer = '';
  for (let d = 0; d < count; d++) {
    const frame = stack[d]!;
    const step = frame.object ? frame.key : String(frame.index);
    pointer += `/${step.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  return pointer || '/';
}

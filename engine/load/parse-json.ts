/**
 * JSON.parse, and when it fails, a second pass with jsonc-parser (strict: no comments, no
 * trailing commas) to say where: Node 20's JSON.parse messages carry no position. Before both, a
 * linear scan (scan-json.ts) refuses nesting deeper than the limit and keys repeated in one object.
 *
 * Fast path (text up to FAST_PATH_MAX_CHARS): JSON.parse first, then two cheap proofs that the
 * scan would find nothing: the parsed value nests no deeper than the limit (a walk that stops at
 * the limit, so it never recurses further), and JSON.parse made as many properties as the text
 * has keys (countJsonStrings: a repeated key in an object makes one property for two keys). When
 * the parse fails or either proof does, the text goes the full way above, so every error, its
 * order and its place stay those of the scan. JSON.parse itself is not recursive; the size cap
 * bounds what a hostile deep file costs it before the walk refuses it (a 1 M character file
 * holds at most 500,000 levels: ~50 MB, a fraction of a second).
 */
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS } from './limits.js';
import { countJsonStrings, scanJson, type JsonScanProblem } from './scan-json.js';

/** Longest text (characters) that takes the fast path (see the file header). */
export const FAST_PATH_MAX_CHARS = 1 << 20;

/** A parsed JSON value and, when the fast path took it, what it counted of the text's strings. */
export interface ParsedJson {
  data: unknown;
  /** Strings of the text (keys included) and the longest as written; undefined after the full scan. */
  strings?: { count: number; longest: number };
}

export function parseJsonText(text: string, file?: string, maxDepth: number = DEFAULT_LIMITS.maxDepth): unknown {
  return parseJsonTextCounted(text, file, maxDepth).data;
}

/** parseJsonText, with the string counts of the fast path for callers that can use them (load-fact-file.ts). */
export function parseJsonTextCounted(text: string, file?: string, maxDepth: number = DEFAULT_LIMITS.maxDepth): ParsedJson {
  if (text.length <= FAST_PATH_MAX_CHARS) {
    let data: unknown;
    let parsed = true;
    try {
      data = JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (parsed) {
      const properties = countProperties(data, maxDepth);
      if (properties >= 0) {
        const counts = countJsonStrings(text);
        if (counts !== undefined && counts.keys === properties) return { data, strings: { count: counts.strings, longest: counts.longest } };
      }
    }
  }
  return { data: parseJsonTextFully(text, file, maxDepth) };
}

/**
 * The own properties of every object in a parsed JSON value, or -1 when a container is nested
 * deeper than maxDepth (the root is level 1, as in scanJson). Stops descending at the limit.
 */
export function countProperties(value: unknown, maxDepth: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  return countIn(value, 1, maxDepth);
}

function countIn(container: object, depth: number, maxDepth: number): number {
  if (depth > maxDepth) return -1;
  let count = 0;
  const values = Array.isArray(container) ? container : Object.values(container);
  if (values !== container) count = values.length;
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v === 'object' && v !== null) {
      const inner = countIn(v, depth + 1, maxDepth);
      if (inner < 0) return -1;
      count += inner;
    }
  }
  return count;
}

/** The full way: scan (nesting, repeated keys), JSON.parse, located errors. Exported for the differential test of the fast path. */
export function parseJsonTextFully(text: string, file?: string, maxDepth: number = DEFAULT_LIMITS.maxDepth): unknown {
  const problem = scanJson(text, maxDepth);
  if (problem?.kind === 'depth') throw scanError(problem, text, maxDepth, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const located = locateJsonError(text);
    throw new InputError('E_JSON_SYNTAX', `not valid JSON: ${located?.reason ?? (error as Error).message}`, { file, place: located?.place });
  }
  if (problem) throw scanError(problem, text, maxDepth, file);
  return data;
}

/** The InputError of a nesting or duplicate-key problem: the JSON pointer, line and column. */
export function scanError(problem: JsonScanProblem, text: string, maxDepth: number, file?: string): InputError {
  const { line, column } = lineColumn(text, problem.offset);
  if (problem.kind === 'depth') {
    return new InputError(
      'E_TOO_DEEP',
      `nested more than ${maxDepth} levels deep (arrays and objects inside each other); no wsus-doctor file nests that deep, so the file is damaged or not a wsus-doctor file (--max-depth raises the limit)`,
      { file, place: `${shortPointer(problem.pointer)}, line ${line}, column ${column}` },
    );
  }
  const key = JSON.stringify(problem.key);
  return new InputError('E_DUPLICATE_KEY', `the key ${key} appears twice in this object (JSON readers disagree on which value counts: keep one)`, {
    file,
    place: `${problem.pointer === '/' ? '' : problem.pointer}/${problem.key!.replace(/~/g, '~0').replace(/\//g, '~1')}, line ${line}, column ${column}`,
  });
}

/** The first steps of a long JSON pointer: a too-deep one would fill the screen. */
function shortPointer(pointer: string): string {
  const steps = pointer.split('/');
  return steps.length > 7 ? `${steps.slice(0, 7).join('/')}/...` : pointer;
}

/** Line/column (1-based) and reason of the first syntax error, or undefined when none is found. */
export function locateJsonError(text: string): { place: string; reason: string; line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const { line, column } = lineColumn(text, first.offset);
  const atEnd = first.offset >= text.trimEnd().length;
  return {
    line,
    column,
    place: `line ${line}, column ${column}${atEnd ? ' (end of file)' : ''}`,
    reason: REASONS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error),
  };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character (text values need double quotes)',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected (the file may be cut short)',
  CloseBracketExpected: 'a closing ] was expected (the file may be cut short)',
  EndOfFileExpected: 'text after the end of the JSON document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'a text value is not closed (missing ")',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character (write backslashes in paths as \\\\)',
  InvalidCharacter: 'invalid character in a text value (control characters must be escaped)',
};

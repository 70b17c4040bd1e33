/**
 * JSON.parse, and when it fails, a second pass with jsonc-parser (strict: no comments, no
 * trailing commas) to say where: Node 20's JSON.parse messages carry no position.
 */
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';

export function parseJsonText(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const located = locateJsonError(text);
    throw new InputError('E_JSON_SYNTAX', `not valid JSON: ${located?.reason ?? (error as Error).message}`, { file, place: located?.place });
  }
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

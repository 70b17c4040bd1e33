/**
 * JSON.parse with errors that say where: V8 reports a character position (or line/column on
 * newer Node); both are turned into `line L, column C` of the decoded text.
 */
import { InputError } from '../errors.js';

export function parseJsonText(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const place = locate(message, text);
    const reason = message
      .replace(/^(Unexpected|Expected)/, (m) => m.toLowerCase())
      .replace(/,? ?(in JSON )?at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)\s*$/s, '')
      .replace(/^SyntaxError: /, '');
    throw new InputError('E_JSON_SYNTAX', `not valid JSON: ${reason}`, { file, place });
  }
}

function locate(message: string, text: string): string | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const index = Number(position[1]);
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    return `line ${line}, column ${column}`;
  }
  if (/end of (JSON )?input/i.test(message)) {
    const lines = text.split('\n');
    return `line ${lines.length}, column ${lines[lines.length - 1].length + 1} (end of file)`;
  }
  return undefined;
}

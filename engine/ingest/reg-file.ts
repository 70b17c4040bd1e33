/**
 * Parser of registry export files (`.reg`, as regedit and `reg export` write them: "Windows
 * Registry Editor Version 5.00" in UTF-16LE with BOM, or "REGEDIT4" / hand-written files in
 * UTF-8 or ANSI). Text in, keys and typed values out; the caller decides what they mean.
 *
 * Supported: `[KEY]` and `[-KEY]` (key deletion), `"name"=` / `@=` with `"string"` (escapes
 * `\\` and `\"`), `dword:`, `hex:`, `hex(N):` (2 expand string, 7 multi-string, b qword, 4
 * dword, 0 none...), `-` (value deletion), `;` comments and lines continued with a trailing
 * backslash. A line that is none of these is reported with its line number and skipped, as
 * regedit skips what it cannot import.
 */

export type RegValue =
  | { type: 'sz' | 'expandSz'; value: string }
  | { type: 'multiSz'; value: string[] }
  | { type: 'dword' | 'qword'; value: number }
  | { type: 'binary'; value: Uint8Array }
  | { type: 'delete' };

export interface RegKey {
  /** The key as written, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate. */
  path: string;
  /** `[-KEY]`: the file deletes the key. */
  deleted: boolean;
  /** Values in file order; the default value is named "" (`@=`). */
  values: Map<string, RegValue & { line: number }>;
}

export interface RegFile {
  header: string;
  keys: RegKey[];
  /** Lines that could not be read: line number (1-based) and why. */
  problems: Array<{ line: number; problem: string }>;
}

export const REG_HEADERS = /^(?:Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/;

/** True when the text starts like a .reg file (first non-blank line is a regedit header). */
export function isRegText(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0] ?? '';
  return REG_HEADERS.test(first.trim());
}

/** Parse a .reg text. Never throws: what it cannot read goes to `problems`. */
export function parseRegFile(text: string): RegFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const result: RegFile = { header: '', keys: [], problems: [] };
  let current: RegKey | undefined;
  let i = 0;
  // Header: first non-blank line.
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i < lines.length) result.header = lines[i++]!.trim();
  while (i < lines.length) {
    const lineNo = i + 1;
    let line = lines[i++]!;
    // Continuations: a hex value goes on in the next (indented) line after a trailing ",\".
    if (/=\s*hex(?:\([0-9a-f]+\))?:/i.test(line)) {
      while (/\\\s*$/.test(line) && i < lines.length) line = line.replace(/\\\s*$/, '') + lines[i++]!.trim();
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith(';')) continue;
    if (trimmed.startsWith('[')) {
      const m = /^\[(-?)([^\]]*)\]\s*(?:;.*)?$/.exec(trimmed);
      if (!m || m[2]!.trim() === '') {
        result.problems.push({ line: lineNo, problem: `not a key line: ${clip(trimmed)}` });
        current = undefined;
        continue;
      }
      const path = m[2]!.trim();
      if (!/^(?:HKEY_[A-Z_]+|HK(?:LM|CU|CR|U|CC))(?:\\|$)/i.test(path)) {
        result.problems.push({ line: lineNo, problem: `key does not start with a root key such as HKEY_LOCAL_MACHINE: ${clip(trimmed)}; its values are skipped` });
        current = undefined;
        continue;
      }
      current = { path, deleted: m[1] === '-', values: new Map() };
      result.keys.push(current);
      continue;
    }
    const assignment = parseAssignment(trimmed);
    if (typeof assignment === 'string') {
      result.problems.push({ line: lineNo, problem: `${assignment}: ${clip(trimmed)}` });
      continue;
    }
    if (current === undefined) {
      result.problems.push({ line: lineNo, problem: `value outside a key: ${clip(trimmed)}` });
      continue;
    }
    current.values.set(assignment.name, { ...assignment.value, line: lineNo });
  }
  return result;
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** `"name"=value` or `@=value`; a string is the problem. */
function parseAssignment(line: string): { name: string; value: RegValue } | string {
  let name: string;
  let rest: string;
  if (line.startsWith('@=')) {
    name = '';
    rest = line.slice(2);
  } else if (line.startsWith('"')) {
    const end = readQuoted(line, 0);
    if (end === undefined) return 'unterminated value name';
    name = end.text;
    rest = line.slice(end.next).trimStart();
    if (!rest.startsWith('=')) return 'expected "=" after the value name';
    rest = rest.slice(1).trimStart();
  } else {
    return 'not a key, value or comment line';
  }
  const value = parseValue(rest);
  return typeof value === 'string' ? value : { name, value };
}

function readQuoted(line: string, start: number): { text: string; next: number } | undefined {
  let text = '';
  for (let p = start + 1; p < line.length; p++) {
    const c = line[p]!;
    if (c === '\\' && p + 1 < line.length) {
      text += line[++p];
    } else if (c === '"') {
      return { text, next: p + 1 };
    } else {
      text += c;
    }
  }
  return undefined;
}

function parseValue(rest: string): RegValue | string {
  const text = rest.trim();
  if (text === '-') return { type: 'delete' };
  if (text.startsWith('"')) {
    const q = readQuoted(text, 0);
    if (q === undefined) return 'unterminated string value';
    return { type: 'sz', value: q.text };
  }
  const dword = /^dword:([0-9a-fA-F]{1,8})$/i.exec(text);
  if (dword) return { type: 'dword', value: Number.parseInt(dword[1]!, 16) };
  const hex = /^hex(?:\(([0-9a-fA-F]{1,8})\))?:\s*([0-9a-fA-F]{2}(?:\s*,\s*[0-9a-fA-F]{2})*)?\s*,?$/i.exec(text);
  if (!hex) return 'unknown value type';
  const kind = hex[1] === undefined ? 3 : Number.parseInt(hex[1], 16);
  const bytes = Uint8Array.from((hex[2] ?? '').split(',').filter((b) => b.trim() !== '').map((b) => Number.parseInt(b.trim(), 16)));
  switch (kind) {
    case 1:
    case 2: {
      return { type: kind === 2 ? 'expandSz' : 'sz', value: utf16(bytes).replace(/\0+$/, '') };
    }
    case 7: {
      const parts = utf16(bytes).split('\0');
      while (parts.length > 0 && parts.at(-1) === '') parts.pop();
      return { type: 'multiSz', value: parts };
    }
    case 4:
      if (bytes.length !== 4) return 'hex(4) dword value must have 4 bytes';
      return { type: 'dword', value: new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) };
    case 0xb: {
      if (bytes.length !== 8) return 'hex(b) qword value must have 8 bytes';
      const big = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) return 'qword value too large';
      return { type: 'qword', value: Number(big) };
    }
    default:
      return { type: 'binary', value: bytes };
  }
}

function utf16(bytes: Uint8Array): string {
  const even = bytes.length - (bytes.length % 2);
  return new TextDecoder('utf-16le').decode(bytes.subarray(0, even));
}

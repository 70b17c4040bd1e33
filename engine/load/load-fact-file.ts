/**
 * Reads one fact file: bytes -> text (UTF-8 / UTF-16) -> JSON -> validated FactDocument.
 * Every failure is an InputError naming the file and the place; nothing here prints or exits.
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import { validateFactDocument } from '../validate/validate-facts.js';
import { prepareValidator } from '../validate/schema-store.js';
import { decodeText } from './decode-text.js';
import { parseJsonText } from './parse-json.js';

/** Reads, decodes, parses and validates a fact file. */
export async function loadFactFile(file: string): Promise<FactDocument> {
  await prepareValidator('facts.schema.json');
  const bytes = await readBytes(file);
  return parseFactBytes(bytes, file);
}

/** The part of loadFactFile after the read: for callers that already hold the bytes. */
export function parseFactBytes(bytes: Uint8Array, file: string): FactDocument {
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'the file is empty (the collector may have failed before writing; run it again)', { file });
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    throw new InputError('E_ENCODING', (error as Error).message, { file });
  }
  if (text.trim() === '') throw new InputError('E_EMPTY', 'the file holds only white space', { file });
  const data = parseJsonText(text, file);
  return validateFactDocument(data, file);
}

/** Reads a file's bytes, turning file-system errors into InputErrors an admin understands. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw fileSystemError(error, file);
  }
}

export async function fileSystemErrorFor(file: string): Promise<InputError | undefined> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return new InputError('E_IS_DIRECTORY', 'is a folder, not a fact file (use `wsus-doctor batch <folder>` for folders)', { file });
  } catch (error) {
    return fileSystemError(error, file);
  }
  return undefined;
}

export function fileSystemError(error: unknown, file: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('E_NOT_FOUND', 'no such file', { file });
  if (code === 'EISDIR') return new InputError('E_IS_DIRECTORY', 'is a folder, not a fact file (use `wsus-doctor batch <folder>` for folders)', { file });
  if (code === 'EACCES' || code === 'EPERM') return new InputError('E_READ', 'permission denied', { file });
  return new InputError('E_READ', `cannot be read (${code ?? (error as Error).message})`, { file });
}

/**
 * Reads one fact file: bytes -> text (UTF-8 / UTF-16) -> JSON -> validated FactDocument.
 * Every failure is an InputError naming the file and the place; nothing here prints or exits.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import { validateFactDocument } from '../validate/validate-facts.js';
import { prepareValidator } from '../validate/schema-store.js';
import { cutLogExcerpts } from './cut-log-excerpts.js';
import { decodeText } from './decode-text.js';
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from './limits.js';
import { parseJsonText } from './parse-json.js';

/** A valid fact document and what the limits cut from it (one line per cut, for the report). */
export interface LoadedFacts {
  doc: FactDocument;
  notices: string[];
}

/** Reads, decodes, parses and validates a fact file. */
export async function loadFactFile(file: string, limits: InputLimits = DEFAULT_LIMITS): Promise<FactDocument> {
  await prepareValidator('facts.schema.json');
  const bytes = await readBytes(file);
  return parseFactBytes(bytes, file, limits);
}

/** The part of loadFactFile after the read: for callers that already hold the bytes. */
export function parseFactBytes(bytes: Uint8Array, file: string, limits: InputLimits = DEFAULT_LIMITS): FactDocument {
  return loadFactBytes(bytes, file, limits).doc;
}

/** Bytes -> validated document, with the limits applied: size and nesting refuse the file, log cuts become notices. */
export function loadFactBytes(bytes: Uint8Array, file: string, limits: InputLimits = DEFAULT_LIMITS): LoadedFacts {
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'the file is empty (the collector may have failed before writing; run it again)', { file });
  if (bytes.length > limits.maxFileBytes) throw tooLarge(bytes.length, limits.maxFileBytes, file);
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    throw new InputError('E_ENCODING', (error as Error).message, { file });
  }
  if (text.trim() === '') throw new InputError('E_EMPTY', 'the file holds only white space', { file });
  const data = parseJsonText(text, file, limits.maxDepth);
  const notices = cutLogExcerpts(data, limits);
  return { doc: validateFactDocument(data, file), notices };
}

/**
 * Reads a fact file's bytes, refusing a regular file larger than maxBytes before reading it
 * (a 1 GB file would otherwise be read whole, then fail in the decoder).
 */
export function readFactBytes(file: string, maxBytes: number = DEFAULT_LIMITS.maxFileBytes): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw fileSystemError(error, file);
  }
  try {
    const info = fstatSync(fd);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes, file);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileSystemError(error, file);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number, file: string): InputError {
  return new InputError(
    'E_TOO_LARGE',
    `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one fact file; the collector's excerpts stay far below it, so check that this is a fact file (--max-file-size raises the limit, in MiB)`,
    { file },
  );
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

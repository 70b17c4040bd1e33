/**
 * Reads one fact file: bytes -> text (UTF-8 / UTF-16) -> JSON -> validated FactDocument.
 * Every failure is an InputError naming the file and the place; nothing here prints or exits.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import { validateFactDocument } from '../validate/validate-facts.js';
import { prepareValidator } from '../validate/schema-store.js';
import { cutLogExcerpts } from './cut-log-excerpts.js';
import { decodeText, TextTooLargeError } from './decode-text.js';
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from './limits.js';
import { parseJsonTextCounted } from './parse-json.js';

/** A valid fact document and what the limits cut from it (one line per cut, for the report). */
export interface LoadedFacts {
  doc: FactDocument;
  notices: string[];
}

/** Reads, decodes, parses and validates a fact file. */
export async function loadFactFile(file: string, limits: InputLimits = DEFAULT_LIMITS): Promise<FactDocument> {
  await prepareValidator('facts.schema.json');
  const bytes = await readBytes(file, limits.maxFileBytes);
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
    throw new InputError(error instanceof TextTooLargeError ? 'E_TOO_LARGE' : 'E_ENCODING', (error as Error).message, { file });
  }
  if (text.trim() === '') throw new InputError('E_EMPTY', 'the file holds only white space', { file });
  const { data, strings } = parseJsonTextCounted(text, file, limits.maxDepth);
  // A log line is a string and an excerpt's lines are strings: when no string of the text is
  // longer than a line may be (as written, so never shorter than its value) and the text has
  // no more strings than an excerpt may have lines, there is nothing to cut and no need to look.
  const nothingToCut = strings !== undefined && strings.longest <= limits.maxLineLength && strings.count <= limits.maxLogLines;
  const notices = nothingToCut ? [] : cutLogExcerpts(data, limits);
  return { doc: validateFactDocument(data, file), notices };
}

/**
 * Reads a fact file's bytes: a regular file only (readRegularFile), refusing one larger than
 * maxBytes before reading it (a 1 GB file would otherwise be read whole, then fail in the decoder).
 */
export function readFactBytes(file: string, maxBytes: number = DEFAULT_LIMITS.maxFileBytes): Uint8Array {
  return readRegularFile(file, maxBytes);
}

function tooLarge(size: number, maxBytes: number, file: string): InputError {
  return new InputError(
    'E_TOO_LARGE',
    `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one fact file; the collector's excerpts stay far below it, so check that this is a fact file (--max-file-size raises the limit, in MiB)`,
    { file },
  );
}

/** Reads a file's bytes, turning file-system errors into InputErrors an admin understands. */
export async function readBytes(file: string, maxBytes: number = DEFAULT_LIMITS.maxFileBytes): Promise<Uint8Array> {
  return readRegularFile(file, maxBytes);
}

/** O_NONBLOCK where it exists: opening a FIFO without a writer must not wait. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file. Anything else is refused before a byte is read, with its kind
 * named: a FIFO would wait for a writer forever, a character device (/dev/zero) never ends, a
 * socket cannot be read as a file. The file is opened without blocking and checked on the open
 * descriptor, so it cannot be swapped between the check and the read.
 */
export function readRegularFile(file: string, maxBytes: number = DEFAULT_LIMITS.maxFileBytes): Buffer {
  // Checked by path first, so a FIFO or a device is never even opened...
  let before: Stats;
  try {
    before = statSync(file);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ENOENT' && isSymbolicLink(file)
      ? new InputError('E_NOT_FOUND', 'dangling symbolic link (what it points to does not exist): not read', { file })
      : fileSystemError(error, file);
  }
  if (!before.isFile()) throw notAFile(before, file);
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw fileSystemError(error, file);
  }
  try {
    // ... and again on the open descriptor, in case it was swapped in between.
    const info = fstatSync(fd);
    if (!info.isFile()) throw notAFile(info, file);
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, file);
    return readFileSync(fd);
  } catch (error) {
    throw error instanceof InputError ? error : fileSystemError(error, file);
  } finally {
    closeSync(fd);
  }
}

function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The kind of a file-system entry that is not a regular file, in words. */
export function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function notAFile(info: Stats, file: string): InputError {
  if (info.isDirectory()) return new InputError('E_IS_DIRECTORY', 'is a folder, not a fact file (use `wsus-doctor batch <folder>` for folders)', { file });
  return new InputError('E_NOT_A_FILE', `is ${fileKind(info)}, not a regular file: not read (to read from a pipe, give - and pipe the fact file to standard input)`, { file });
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
  if (code === 'ELOOP') return new InputError('E_READ', 'symbolic link loop (the link points back to itself): not read', { file });
  return new InputError('E_READ', `cannot be read (${code ?? (error as Error).message})`, { file });
}

/**
 * `redact` over files: reads every fact file of the run (UTF-8 with or without BOM, UTF-16),
 * learns the names of all of them first (so a name gets the same pseudonym in every file), then
 * writes each redacted copy under the output folder with the same relative name, atomically
 * (a temporary file in the target folder, renamed when complete). The output folder may never be
 * an input folder or lie inside one, and no output may be an input: that is checked before any
 * file is read. A file that cannot be read or parsed is reported and the others go on.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { decodeText } from '../load/decode-text.js';
import { parseJsonText } from '../load/parse-json.js';
import { Redactor, type RedactionStats } from './redactor.js';

export interface RedactInput {
  /** The fact file. */
  file: string;
  /** Its name under the output folder (relative to the folder argument it was found in, else its base name). */
  name: string;
  /** The folder argument it was found in, if any. */
  root?: string;
}

export interface RedactResult extends RedactionStats {
  written: Array<{ file: string; output: string }>;
  failed: Array<{ file: string; code: string; message: string; place?: string }>;
}

/** The real path of a path that may not exist yet: its nearest existing ancestor's real path plus the rest. */
export function realPathOf(path: string): string {
  const full = resolve(path);
  let existing = full;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  let real = existing;
  try {
    real = realpathSync(existing);
  } catch {
    // keep the resolved path
  }
  return join(real, ...rest);
}

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Refuses an output folder that is, or lies in, an input folder, or whose outputs would replace an input. Throws E_USAGE. */
export function checkOutputFolder(out: string, inputs: readonly RedactInput[]): void {
  const outReal = realPathOf(out);
  if (existsSync(outReal) && !statSync(outReal).isDirectory()) throw new InputError('E_USAGE', `--out ${out} is a file, not a folder`);
  const targets = new Map<string, string>();
  for (const input of inputs) {
    if (input.root !== undefined && inside(outReal, realPathOf(input.root))) {
      throw new InputError('E_USAGE', `--out ${out} is inside the input folder ${input.root}: choose a folder outside it, so no input is overwritten and a second run does not read the redacted copies`);
    }
    const inputReal = realPathOf(input.file);
    const target = join(outReal, input.name);
    if (target === inputReal || realPathOf(target) === inputReal) throw new InputError('E_USAGE', `--out ${out} would overwrite the input ${input.file}`);
    const other = targets.get(target.toLowerCase());
    if (other !== undefined) throw new InputError('E_USAGE', `${other} and ${input.file} would both be written to ${target}: redact them into different folders`);
    targets.set(target.toLowerCase(), input.file);
  }
  for (const input of inputs) {
    if (targets.has(realPathOf(input.file).toLowerCase())) throw new InputError('E_USAGE', `--out ${out} would overwrite the input ${input.file}`);
  }
}

/** Redacts the inputs into `out`; `key` makes the pseudonyms the same in every run with that key. */
export function redactFiles(inputs: readonly RedactInput[], out: string, key?: string): RedactResult {
  checkOutputFolder(out, inputs);
  const redactor = new Redactor(key);
  const failed: RedactResult['failed'] = [];
  const docs: Array<{ input: RedactInput; doc: unknown }> = [];
  for (const input of inputs) {
    try {
      const doc = readJson(input.file);
      redactor.discover(doc);
      docs.push({ input, doc });
    } catch (error) {
      failed.push(failureOf(error, input.file));
    }
  }
  const written: RedactResult['written'] = [];
  for (const { input, doc } of docs) {
    let text: string;
    try {
      text = `${JSON.stringify(redactor.redact(doc), null, 2)}\n`;
    } catch (error) {
      failed.push(failureOf(error, input.file));
      continue;
    }
    const target = join(out, input.name);
    writeAtomically(target, text);
    written.push({ file: input.file, output: target });
  }
  return { ...redactor.stats(), written, failed };
}

/** A file that cannot be redacted: bad input, or nesting deeper than the call stack (a hostile file). */
function failureOf(error: unknown, file: string): RedactResult['failed'][number] {
  if (error instanceof InputError) return { file, code: error.code, message: error.message, ...(error.place ? { place: error.place } : {}) };
  if (error instanceof RangeError) return { file, code: 'E_TOO_DEEP', message: 'nested too deeply to redact (not a fact file the collector writes)' };
  throw error;
}

function readJson(file: string): unknown {
  let bytes: Uint8Array;
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new InputError('E_IS_DIRECTORY', 'is a folder', { file });
    if (!info.isFile()) throw new InputError('E_READ', 'is not a regular file', { file });
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`, { file });
  }
  if (bytes.length === 0) throw new InputError('E_EMPTY', 'the file is empty', { file });
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    throw new InputError('E_ENCODING', (error as Error).message, { file });
  }
  return parseJsonText(text, file);
}

/** Writes a file through a temporary sibling and a rename: a reader never sees half a file. */
export function writeAtomically(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Relative output names for the inputs: under a folder argument, the path below it; else the base name. */
export function outputName(file: string, root: string | undefined): string {
  return root === undefined ? basename(file) : relative(root, file).split(sep).join(sep);
}

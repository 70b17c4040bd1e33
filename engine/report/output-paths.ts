/**
 * A report can never destroy an input. Before any work starts, every report file of a run is
 * resolved (the real path of its folder + its name) and compared with every input of the run
 * (fact files, including those found inside input folders, NDJSON shards, waiver and
 * configuration files: their own path and, through symbolic links, the file they point to) and
 * with the other reports. The folder of each report must exist and be writable, and the report
 * must not name a folder. Any problem is an E_USAGE InputError naming both paths: the CLI prints
 * one line and exits 2 before a single file is read.
 */
import { accessSync, constants, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

const foldCase = process.platform === 'win32' || process.platform === 'darwin';

/** realpath of folders, cached: a batch compares thousands of inputs of a few folders. */
class Resolver {
  private readonly folders = new Map<string, string | undefined>();

  folder(path: string): string | undefined {
    const abs = resolve(path);
    if (!this.folders.has(abs)) {
      let real: string | undefined;
      try {
        real = realpathSync(abs);
      } catch {
        real = undefined;
      }
      this.folders.set(abs, real);
    }
    return this.folders.get(abs);
  }

  /** Per folder as spelt in the paths: what entry() puts before the name (no path resolved again per file). */
  private readonly prefixes = new Map<string, string>();

  /** The path with its folder resolved (symbolic links, `.`, `..`): two spellings of one name give the same key. */
  entry(path: string): string {
    const dir = dirname(path);
    let prefix = this.prefixes.get(dir);
    if (prefix === undefined) {
      const folder = this.folder(dir) ?? resolve(dir);
      this.prefixes.set(dir, (prefix = `${folder}${folder.endsWith(sep) ? '' : sep}`));
    }
    return norm(`${prefix}${basename(path)}`);
  }
}

function norm(path: string): string {
  return foldCase ? path.toLowerCase() : path;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Throws an E_USAGE InputError when a report would overwrite an input or another report, or
 * cannot be written (missing folder, read-only folder, a folder as target). `targets`: report
 * paths ('-' = stdout, ignored); `inputs`: every file the run reads ('-' = stdin, ignored).
 */
export function checkOutputTargets(targets: readonly string[], inputs: Iterable<string>): void {
  const files = targets.filter((t) => t !== '-');
  if (!files.length) return;
  const resolver = new Resolver();
  const outputs = files.map((target) => ({ target, key: resolver.entry(target), stat: statOrUndefined(target) }));

  const seen = new Map<string, string>();
  for (const o of outputs) {
    const other = seen.get(o.key);
    if (other !== undefined) throw new InputError('E_USAGE', `two reports would be written to the same file: ${other} and ${o.target}`);
    seen.set(o.key, o.target);
    writableFolder(o.target, resolver);
    if (o.stat?.isDirectory()) throw new InputError('E_USAGE', `the report ${o.target} names a folder: give a file name`);
  }

  const byKey = new Map(outputs.map((o) => [o.key, o.target]));
  // An existing report file that an input is (a hard link, a symbolic link to it): same device and inode.
  const byInode = new Map(outputs.filter((o) => o.stat).map((o) => [`${o.stat!.dev}:${o.stat!.ino}`, o.target]));
  for (const input of inputs) {
    if (input === '-') continue;
    let target = byKey.get(resolver.entry(input));
    if (target === undefined && byInode.size) {
      const info = statOrUndefined(input);
      if (info) target = byInode.get(`${info.dev}:${info.ino}`);
    }
    if (target !== undefined) {
      throw new InputError('E_USAGE', `the report ${target} would overwrite the input ${input}: write the report somewhere else`);
    }
  }
}

function writableFolder(target: string, resolver: Resolver): void {
  const folder = dirname(target);
  const real = resolver.folder(folder);
  if (real === undefined || !statOrUndefined(real)?.isDirectory()) {
    throw new InputError('E_USAGE', `cannot write the report ${target}: the folder ${folder} does not exist`);
  }
  try {
    accessSync(real, constants.W_OK);
  } catch {
    throw new InputError('E_USAGE', `cannot write the report ${target}: the folder ${folder} is not writable`);
  }
}

/**
 * Turns the batch's arguments into the list of fact files: a folder is searched recursively
 * for *.json files (any name; sorted, so the order is the same on every run), a glob pattern
 * (* ? ** and [..]) is matched under its fixed leading folder (shells on Windows do not
 * expand globs), a file is taken as it is whatever its name. An argument that names nothing
 * is kept as an input of its own so that it is reported as failed: nothing is lost silently.
 * A file named twice is listed once.
 *
 * Nothing found is dropped without a word: a *.json entry of a folder that is not a regular file
 * (a FIFO, a socket, a device), a dangling symbolic link, a symbolic link loop and a subfolder
 * that cannot be read are kept as inputs and marked `refused` with the reason, so the batch
 * reports them as failed without opening them (a FIFO would wait forever, /dev/zero never ends).
 * Symbolic links to folders are followed once (a link back up the tree is a loop, refused).
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { InputErrorCode } from '../errors.js';
import { fileKind } from '../load/load-fact-file.js';

export interface ExpandedInputs {
  /** Files in input order. */
  files: string[];
  /** Arguments that name no file or folder (kept in `files` too, so they are reported failed). */
  missing: string[];
  /** Entries of `files` found in folders that must not be opened, with the reason (reported as failed). */
  refused: Map<string, { code: InputErrorCode; message: string }>;
}

type Refuse = (path: string, code: InputErrorCode, message: string) => void;

const GLOB_CHARS = /[*?[]/;

export function expandInputs(args: readonly string[]): ExpandedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const refused: ExpandedInputs['refused'] = new Map();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  const refuse: Refuse = (path, code, message) => {
    if (seen.has(path)) return;
    refused.set(path, { code, message });
    add(path);
  };
  const isJson = (file: string) => file.toLowerCase().endsWith('.json');
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const matched = expandGlob(arg, refuse);
      if (matched.length === 0) {
        missing.push(arg);
        add(arg);
      }
      matched.forEach(add);
      continue;
    }
    let info;
    try {
      info = statSync(arg);
    } catch {
      missing.push(arg);
      add(arg);
      continue;
    }
    if (info.isDirectory()) walk(arg, isJson, refuse).forEach(add);
    else add(arg);
  }
  return { files, missing, refused };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Files under a folder, recursively, sorted by path. Candidates (`accept`) that cannot be read
 * as fact files, and subfolders that cannot be listed, go to `refuse` with the reason.
 */
function walk(dir: string, accept: (file: string) => boolean, refuse: Refuse, visited = new Set<string>()): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    const info = statSync(dir);
    const id = `${info.dev}:${info.ino}`;
    if (visited.has(id)) {
      refuse(dir, 'E_READ', 'a folder already searched (a symbolic link loop, or a second path to it): not searched again');
      return out;
    }
    visited.add(id);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return out; // a glob's base that does not exist: the pattern is reported as matching nothing
    refuse(dir, 'E_READ', `folder cannot be searched (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message)}): the fact files in it were not diagnosed`);
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // join(dir, name) for every entry without normalising the folder again per entry (a folder of
  // 100,000 files): an entry's name is one plain segment, so join(dir, 'x') less its 'x' is the
  // same prefix for all of them.
  const prefix = join(dir, 'x').slice(0, -1);
  for (const entry of entries) {
    const full = prefix + entry.name;
    if (entry.isDirectory()) out.push(...walk(full, accept, refuse, visited));
    else if (entry.isFile()) {
      if (accept(full)) out.push(full);
    } else if (entry.isSymbolicLink()) {
      let info;
      try {
        info = statSync(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (accept(full)) refuse(full, code === 'ELOOP' ? 'E_READ' : 'E_NOT_FOUND', code === 'ELOOP' ? 'symbolic link loop: not read' : 'dangling symbolic link (what it points to does not exist): not read');
        continue;
      }
      if (info.isDirectory()) out.push(...walk(full, accept, refuse, visited));
      else if (!accept(full)) continue;
      else if (info.isFile()) out.push(full);
      else refuse(full, 'E_NOT_A_FILE', `is a symbolic link to ${fileKind(info)}, not a regular file: not read`);
    } else if (accept(full)) {
      // A FIFO, socket or device named like a fact file: reported, never opened.
      refuse(full, 'E_NOT_A_FILE', `is ${direntKind(entry)}, not a regular file: not read`);
    }
  }
  return out;
}

function direntKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Files matching a glob pattern (/ or \ as separators). */
export function expandGlob(pattern: string, refuse: Refuse = () => undefined): string[] {
  const normalised = pattern.replace(/\\/g, '/');
  const parts = normalised.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !GLOB_CHARS.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const regex = globToRegExp(parts.join('/'));
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
  return walk(base, (file) => regex.test(file.split(sep).join('/').slice(prefix.length).replace(/^\.\//, '')), refuse);
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

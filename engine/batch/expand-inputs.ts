/**
 * Turns the batch's arguments into the list of fact files: a folder is searched recursively
 * for *.json files (any name; sorted, so the order is the same on every run), a glob pattern
 * (* ? ** and [..]) is matched under its fixed leading folder (shells on Windows do not
 * expand globs), a file is taken as it is whatever its name. An argument that names nothing
 * is kept as an input of its own so that it is reported as failed: nothing is lost silently.
 * A file named twice is listed once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface ExpandedInputs {
  /** Files in input order. */
  files: string[];
  /** Arguments that name no file or folder (kept in `files` too, so they are reported failed). */
  missing: string[];
}

const GLOB_CHARS = /[*?[]/;

export function expandInputs(args: readonly string[]): ExpandedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const matched = expandGlob(arg);
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
    if (info.isDirectory()) walk(arg, (file) => file.toLowerCase().endsWith('.json')).forEach(add);
    else add(arg);
  }
  return { files, missing };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Files under a folder, recursively, sorted by path; unreadable folders are skipped. */
function walk(dir: string, accept: (file: string) => boolean): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, accept));
    else if (entry.isFile() && accept(full)) out.push(full);
    else if (entry.isSymbolicLink()) {
      try {
        const info = statSync(full);
        if (info.isFile() && accept(full)) out.push(full);
      } catch {
        // a dangling link is not a fact file
      }
    }
  }
  return out;
}

/** Files matching a glob pattern (/ or \ as separators). */
export function expandGlob(pattern: string): string[] {
  const normalised = pattern.replace(/\\/g, '/');
  const parts = normalised.split('/');
  const fixed: string[] = [];
  while (parts.length > 1 && !GLOB_CHARS.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const regex = globToRegExp(parts.join('/'));
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
  return walk(base, (file) => regex.test(file.split(sep).join('/').slice(prefix.length).replace(/^\.\//, ''))).map((f) => f);
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

/**
 * Reads the inputs of `ingest` into a flat list of files held in memory: folders (walked,
 * sub-folders included), zip archives (read in memory with fflate, zips inside zips up to a
 * bounded depth) and single files. Nothing is extracted to disk.
 *
 * Limits keep a hostile or broken bundle from exhausting memory: the number of files, the total
 * uncompressed size (the sizes a zip declares are checked before anything is inflated, and
 * fflate never writes past the declared size) and the nesting depth of zips. Crossing a limit
 * is an InputError naming the archive ("zip bomb?"); so is a corrupt zip. A zip is recognised
 * by its content (the "PK\x03\x04" / "PK\x05\x06" signature), not its name.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';
import { fileSystemError } from '../load/load-fact-file.js';

/** One file of the bundle. */
export interface BundleFile {
  /** Display name: the path as given, `archive.zip!/dir/file.log` inside a zip. */
  name: string;
  bytes: Uint8Array;
  /** Last write time (file system or zip entry), ISO 8601, when known. */
  lastWriteTime?: string;
}

export interface BundleLimits {
  /** Files in the whole bundle (folder entries plus zip entries). */
  maxFiles: number;
  /** Bytes of all files together, after decompression. */
  maxTotalBytes: number;
  /** Zips inside zips: 1 = a zip given on the command line may hold zips, which may not. */
  maxZipDepth: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = { maxFiles: 20_000, maxTotalBytes: 1024 * 1024 * 1024, maxZipDepth: 2 };

/** True when the bytes start like a zip archive (local file header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

const MIB = 1024 * 1024;
const mib = (n: number): string => `${Math.round((n / MIB) * 10) / 10} MiB`;

class Budget {
  files = 0;
  bytes = 0;
  constructor(readonly limits: BundleLimits) {}

  /** Account for one more file of `size` bytes; `where` names the archive or folder for the error. */
  take(size: number, where: string): void {
    this.files++;
    this.bytes += size;
    if (this.files > this.limits.maxFiles) {
      throw new InputError('E_READ', `holds more than ${this.limits.maxFiles} files: refusing to read it (send only the logs that matter, or split the bundle)`, { file: where });
    }
    if (this.bytes > this.limits.maxTotalBytes) {
      throw new InputError('E_READ', `unpacks to more than ${mib(this.limits.maxTotalBytes)}: refusing to read it (a zip bomb, or a bundle too large to read in memory; send the newest logs only)`, { file: where });
    }
  }
}

/**
 * Read every input into memory. Throws InputError for unreadable inputs, corrupt zips and
 * crossed limits; the caller reports it (exit 2).
 */
export function readBundle(inputs: readonly string[], limits: BundleLimits = DEFAULT_BUNDLE_LIMITS): BundleFile[] {
  const budget = new Budget(limits);
  const out: BundleFile[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input);
    } catch (error) {
      throw fileSystemError(error, input);
    }
    if (info.isDirectory()) {
      for (const file of walk(input)) addFile(file.path, file.path, file.mtime, budget, out);
    } else {
      addFile(input, input, info.mtime, budget, out);
    }
  }
  return out;
}

function addFile(name: string, path: string, mtime: Date, budget: Budget, out: BundleFile[]): void {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileSystemError(error, name);
  }
  budget.take(bytes.length, name);
  if (looksLikeZip(bytes)) {
    // The zip's own bytes do not count twice: its entries are what is kept.
    budget.bytes -= bytes.length;
    budget.files--;
    readZip(bytes, name, 1, budget, out);
  } else {
    out.push({ name, bytes, lastWriteTime: mtime.toISOString() });
  }
}

function* walk(root: string): Generator<{ path: string; mtime: Date }> {
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    const dir = join(root, rel);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      throw fileSystemError(error, dir);
    }
    const subdirs: string[] = [];
    for (const name of names) {
      const childRel = rel === '' ? name : join(rel, name);
      const full = join(root, childRel);
      let info;
      try {
        info = lstatSync(full);
        // Links to files are read; links to folders are not followed (a link to a parent would never end).
        if (info.isSymbolicLink()) {
          info = statSync(full);
          if (info.isDirectory()) continue;
        }
      } catch (error) {
        throw fileSystemError(error, full);
      }
      if (info.isDirectory()) subdirs.push(childRel);
      else if (info.isFile()) yield { path: full, mtime: info.mtime };
    }
    for (const sub of subdirs.reverse()) stack.push(sub);
  }
}

/** Unpack one zip (already in memory) into `out`; nested zips recurse up to maxZipDepth. */
function readZip(bytes: Uint8Array, name: string, depth: number, budget: Budget, out: BundleFile[]): void {
  let entries: Record<string, Uint8Array>;
  const declared: Array<{ name: string; size: number }> = [];
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false; // folder entries
        // Declared sizes are checked before anything is inflated.
        budget.take(entry.originalSize, name);
        declared.push({ name: entry.name, size: entry.originalSize });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('E_READ', `is not a readable zip archive (${(error as Error).message}); re-create it, or send the files unzipped`, { file: name });
  }
  for (const { name: entryName } of declared) {
    const data = entries[entryName];
    if (data === undefined) continue;
    const display = `${name}!/${entryName}`;
    if (looksLikeZip(data)) {
      if (depth >= budget.limits.maxZipDepth) {
        throw new InputError('E_READ', `holds zips nested more than ${budget.limits.maxZipDepth} deep: refusing to read it (a zip bomb? unpack the archives and send the logs)`, { file: display });
      }
      budget.bytes -= data.length;
      budget.files--;
      readZip(data, display, depth + 1, budget, out);
    } else {
      out.push({ name: display, bytes: data });
    }
  }
}

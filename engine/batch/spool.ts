/**
 * A temporary file of text records addressed by index: the batch appends each machine's
 * record as it arrives (in completion order) and reads them back by input order at the end,
 * so reports that need input order or the final superseded status are written without
 * holding every machine in memory. Writes are buffered (1 MiB) and synchronous.
 */
import { closeSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Spool folders are named after their process, so a later run can tell a dead one's: `wsus-doctor-batch-<pid>-XXXXXX`. */
export function spoolFolderPrefix(pid = process.pid): string {
  return `wsus-doctor-batch-${pid}-`;
}

const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes the spool folders of batches that could not clean up after themselves (killed with
 * SIGKILL, out of memory: no handler runs then) from the temp folder: those whose process no
 * longer runs and in which nothing changed for an hour (a folder shared between machines or
 * containers may hold a live spool of a process this one cannot see). Returns what it removed.
 */
export function removeStaleSpools(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = /^wsus-doctor-batch-(\d+)-/.exec(name);
    if (!match || processRuns(Number(match[1]))) continue;
    const path = join(dir, name);
    try {
      const newest = Math.max(statSync(path).mtimeMs, ...readdirSync(path).map((f) => statSync(join(path, f)).mtimeMs));
      if (now - newest < STALE_AFTER_MS) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // not ours to remove, or already gone
    }
  }
  return removed;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const FLUSH_BYTES = 1 << 20;

export class Spool {
  private readonly fd: number;
  private offsets: Float64Array;
  private lengths: Float64Array;
  private written = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private closed = false;

  constructor(readonly path: string, capacity: number) {
    this.fd = openSync(path, 'w+');
    this.offsets = new Float64Array(Math.max(1, capacity)).fill(-1);
    this.lengths = new Float64Array(Math.max(1, capacity));
  }

  append(index: number, text: string): void {
    this.appendBytes(index, Buffer.from(text, 'utf8'));
  }

  appendBytes(index: number, bytes: Uint8Array): void {
    if (index >= this.offsets.length) this.grow(index + 1);
    this.offsets[index] = this.written + this.pendingBytes;
    this.lengths[index] = bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  has(index: number): boolean {
    return index < this.offsets.length && this.offsets[index]! >= 0;
  }

  /** The record of an index, or undefined when none was appended. */
  read(index: number): string | undefined {
    return this.readBytes(index)?.toString('utf8');
  }

  readBytes(index: number): Buffer | undefined {
    if (!this.has(index)) return undefined;
    this.flush();
    const length = this.lengths[index]!;
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) done += readSync(this.fd, buffer, done, length - done, this.offsets[index]! + done);
    return buffer;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const chunk = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < chunk.length) done += writeSync(this.fd, chunk, done, chunk.length - done, this.written + done);
    this.written += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private grow(size: number): void {
    const offsets = new Float64Array(Math.max(size, this.offsets.length * 2)).fill(-1);
    offsets.set(this.offsets);
    const lengths = new Float64Array(offsets.length);
    lengths.set(this.lengths);
    this.offsets = offsets;
    this.lengths = lengths;
  }
}

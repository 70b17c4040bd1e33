/**
 * The batch's spool: temporary files of records (machine lines, compact records, fleet
 * summaries) that wait until the fleet findings are known, so that reports needing input order
 * or the final superseded status are written without holding every machine in memory.
 *
 * Each thread that diagnoses files writes its own spool file (`part-<n>.jsonl`, opened by the main
 * thread, which hands the descriptor to the worker): a worker writes its records itself and sends
 * the main thread only where they lie (SpoolRef), so the records never cross threads. The main
 * thread keeps, per record kind, the part, offset and length of every file's record in typed arrays
 * (SpoolIndex) and reads them back by input order (SpoolReader) into one reused buffer. Writes are
 * buffered (1 MiB, one reused buffer) and synchronous; a writer flushes before its results are
 * posted, so a record is on disk before the main thread learns where it is.
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

/** Where one record lies: spool file (part), byte offset, byte length. */
export interface SpoolRef {
  part: number;
  offset: number;
  length: number;
}

/** The spool files of one batch, opened (and closed) by the main thread; part 0 is the main thread's own. */
export class SpoolFiles {
  private readonly descriptors: number[] = [];
  private closed = false;

  constructor(readonly dir: string) {}

  /** A new, empty spool file for one writer: its part number and descriptor. */
  open(): { part: number; fd: number } {
    const part = this.descriptors.length;
    const fd = openSync(join(this.dir, `part-${part}.jsonl`), 'w+');
    this.descriptors.push(fd);
    return { part, fd };
  }

  /** The descriptors by part (a worker that reads the spool is handed them). */
  fds(): number[] {
    return [...this.descriptors];
  }

  fd(part: number): number {
    const fd = this.descriptors[part];
    if (fd === undefined) throw new Error(`no spool file ${part}`);
    return fd;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const fd of this.descriptors) closeSync(fd);
  }
}

/**
 * Appends records to one spool file through one reused 1 MiB buffer (text is encoded straight
 * into it: no buffer per record). Call flush() before telling another thread where a record is.
 */
export class SpoolWriter {
  private readonly buffer = Buffer.allocUnsafeSlow(FLUSH_BYTES);
  private used = 0;
  private written = 0;

  constructor(private readonly fd: number, readonly part: number) {}

  append(text: string): SpoolRef {
    // UTF-8 is at most 3 bytes per UTF-16 code unit.
    if (text.length * 3 > FLUSH_BYTES) return this.appendBytes(Buffer.from(text, 'utf8'));
    if (this.used + text.length * 3 > FLUSH_BYTES) this.flush();
    const offset = this.written + this.used;
    const length = this.buffer.write(text, this.used, 'utf8');
    this.used += length;
    return { part: this.part, offset, length };
  }

  appendBytes(bytes: Uint8Array): SpoolRef {
    const offset = this.written + this.used;
    if (bytes.length > FLUSH_BYTES - this.used) {
      this.flush();
      if (bytes.length > FLUSH_BYTES) {
        this.writeAll(bytes);
        return { part: this.part, offset, length: bytes.length };
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    return { part: this.part, offset, length: bytes.length };
  }

  flush(): void {
    if (!this.used) return;
    const pending = this.used;
    this.used = 0;
    this.writeAll(this.buffer.subarray(0, pending));
  }

  private writeAll(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }
}

/** Where the record of one kind lies for every file of the batch, by input index (typed arrays: ~14 bytes a file). */
export class SpoolIndex {
  private parts: Uint16Array;
  private offsets: Float64Array;
  private lengths: Uint32Array;

  constructor(capacity: number) {
    const size = Math.max(1, capacity);
    this.parts = new Uint16Array(size);
    this.offsets = new Float64Array(size).fill(-1);
    this.lengths = new Uint32Array(size);
  }

  set(index: number, ref: SpoolRef): void {
    if (index >= this.offsets.length) this.grow(index + 1);
    this.parts[index] = ref.part;
    this.offsets[index] = ref.offset;
    this.lengths[index] = ref.length;
  }

  has(index: number): boolean {
    return index < this.offsets.length && this.offsets[index]! >= 0;
  }

  ref(index: number): SpoolRef | undefined {
    return this.has(index) ? { part: this.parts[index]!, offset: this.offsets[index]!, length: this.lengths[index]! } : undefined;
  }

  private grow(size: number): void {
    const parts = new Uint16Array(Math.max(size, this.offsets.length * 2));
    parts.set(this.parts);
    const offsets = new Float64Array(parts.length).fill(-1);
    offsets.set(this.offsets);
    const lengths = new Uint32Array(parts.length);
    lengths.set(this.lengths);
    this.parts = parts;
    this.offsets = offsets;
    this.lengths = lengths;
  }
}

/**
 * Reads records back into one reused buffer (grown when a record is larger): readBytes returns a
 * view that the next read of the same reader overwrites; read() returns a string (a copy).
 */
export class SpoolReader {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);

  /** `files`: the batch's SpoolFiles, or (in a worker) its descriptors by part. */
  constructor(private readonly files: { fd(part: number): number }) {}

  readBytes(ref: SpoolRef): Buffer {
    if (ref.length > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(ref.length, this.buffer.length * 2));
    const fd = this.files.fd(ref.part);
    let done = 0;
    while (done < ref.length) {
      const n = readSync(fd, this.buffer, done, ref.length - done, ref.offset + done);
      if (n === 0) throw new Error(`spool file ${ref.part} ends before its record at ${ref.offset}`);
      done += n;
    }
    return this.buffer.subarray(0, ref.length);
  }

  read(ref: SpoolRef): string {
    return this.readBytes(ref).toString('utf8');
  }
}

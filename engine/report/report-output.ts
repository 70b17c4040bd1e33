/**
 * Where a report goes: a file (buffered synchronous writes, so a report of any size is
 * written as it is produced and never held whole) or the CLI's stdout ('-').
 */
import { closeSync, openSync, writeSync, writevSync } from 'node:fs';

const FLUSH_CHARS = 1 << 18;
const FLUSH_BYTES = 1 << 20;
/** Pieces per writev (IOV_MAX is 1024 on Linux). */
const MAX_IOV = 512;

export interface ReportOutput {
  readonly target: string;
  write(text: string): void;
  /** UTF-8 bytes, written as they are. */
  writeBytes(bytes: Uint8Array): void;
  close(): void;
}

/** Where stdout text goes (the CLI's io in practice). */
export interface StdoutTarget {
  stdout: (text: string) => void;
}

export function openOutput(target: string, io: StdoutTarget): ReportOutput {
  return target === '-' ? new StdoutOutput(io) : new FileOutput(target);
}

class FileOutput implements ReportOutput {
  private readonly fd: number;
  private buffer: Uint8Array[] = [];
  private size = 0;

  constructor(readonly target: string) {
    this.fd = openSync(target, 'w');
  }

  write(text: string): void {
    this.writeBytes(Buffer.from(text, 'utf8'));
  }

  writeBytes(bytes: Uint8Array): void {
    this.buffer.push(bytes);
    this.size += bytes.length;
    if (this.size >= FLUSH_BYTES || this.buffer.length >= MAX_IOV) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  /** One writev of the pending pieces: no copying into one buffer (machine lines are ~100 KB each). */
  private flush(): void {
    if (!this.size) return;
    const written = writevSync(this.fd, this.buffer);
    if (written < this.size) {
      // A short write (rare on regular files): write the rest piece by piece.
      let skip = written;
      for (const piece of this.buffer) {
        if (skip >= piece.length) {
          skip -= piece.length;
          continue;
        }
        this.writeAll(piece.subarray(skip));
        skip = 0;
      }
    }
    this.buffer = [];
    this.size = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
}

class StdoutOutput implements ReportOutput {
  readonly target = '-';
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly io: StdoutTarget) {}

  writeBytes(bytes: Uint8Array): void {
    this.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }

  close(): void {
    this.flush();
  }

  private flush(): void {
    if (!this.size) return;
    this.io.stdout(this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}

/**
 * Where a report goes: a file (buffered synchronous writes, so a report of any size is
 * written as it is produced and never held whole) or the CLI's stdout ('-').
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 18;

export interface ReportOutput {
  readonly target: string;
  write(text: string): void;
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
  private buffer: string[] = [];
  private size = 0;

  constructor(readonly target: string) {
    this.fd = openSync(target, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (!this.size) return;
    const bytes = Buffer.from(this.buffer.join(''), 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.buffer = [];
    this.size = 0;
  }
}

class StdoutOutput implements ReportOutput {
  readonly target = '-';
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly io: StdoutTarget) {}

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

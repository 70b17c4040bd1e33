/**
 * Where a report goes: a file (buffered synchronous writes, so a report of any size is
 * written as it is produced and never held whole) or the CLI's stdout ('-').
 *
 * A file report is written to a temporary file in the target's folder and renamed over the
 * target only when it is complete: an interrupted or failed run leaves the previous report as
 * it was (never truncated, never half-written), and the temporary is removed on every exit
 * path (engine/cleanup.ts).
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { keepTemporary, registerTemporary } from '../cleanup.js';
import { InputError } from '../errors.js';
import { visible } from '../terminal/visible.js';

const FLUSH_CHARS = 1 << 18;
const FLUSH_BYTES = 1 << 20;

export interface ReportOutput {
  readonly target: string;
  write(text: string): void;
  /** UTF-8 bytes, written as they are; not kept after the call (the caller may reuse them). */
  writeBytes(bytes: Uint8Array): void;
  /** Completes the report (a file: renamed into place). */
  close(): void;
  /** Drops an unfinished report (a file: its temporary is removed, the target left as it was). */
  abort(): void;
}

/** Where stdout text goes (the CLI's io in practice). */
export interface StdoutTarget {
  /** stdout; the CLI's makes control characters visible (engine/cli/io.ts terminalSafeIo). */
  stdout: (text: string) => void;
  /** stdout as it is, for coloured text made visible beforehand. */
  stdoutRaw?: (text: string) => void;
}

/**
 * Opens a report's output. `raw`: stdout text is written without the visible() pass (coloured
 * text whose data was made visible before colouring); `visibleText`: everything written goes
 * through visible() (terminal formats written to a file).
 */
export function openOutput(target: string, io: StdoutTarget, how: { raw?: boolean; visibleText?: boolean } = {}): ReportOutput {
  const out = target === '-' ? new StdoutOutput(how.raw ? (io.stdoutRaw ?? io.stdout) : io.stdout) : new FileOutput(target);
  return how.visibleText ? new VisibleOutput(out) : out;
}

/** The temporary a report is written to before its rename: hidden, in the target's folder (a rename never crosses file systems). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomHex()}.tmp`);
}

const load = createRequire(import.meta.url);
/** Four random bytes in hex; node:crypto is loaded on the first report file only (loading it costs ~4 ms of every start-up, and stdout needs no temporary). */
function randomHex(): string {
  return (load('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex');
}

class FileOutput implements ReportOutput {
  private readonly fd: number;
  private readonly temporary: string;
  private readonly forget: () => void;
  /** One reused buffer: text is encoded and bytes are copied into it, nothing is allocated per write. */
  private buffer: Buffer | undefined;
  private used = 0;
  private done = false;

  constructor(readonly target: string) {
    this.temporary = temporaryPathFor(target);
    // 'wx': a fresh file, never one that appeared under that name (a symlink planted there).
    this.fd = openSync(this.temporary, 'wx', 0o644);
    this.forget = registerTemporary(this.temporary);
  }

  write(text: string): void {
    // UTF-8 is at most 3 bytes per UTF-16 code unit.
    if (text.length * 3 > FLUSH_BYTES) return this.writeBytes(Buffer.from(text, 'utf8'));
    if (this.used + text.length * 3 > FLUSH_BYTES) this.flush();
    this.buffer ??= Buffer.allocUnsafeSlow(FLUSH_BYTES);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  writeBytes(bytes: Uint8Array): void {
    if (bytes.length > FLUSH_BYTES - this.used) {
      this.flush();
      if (bytes.length > FLUSH_BYTES) return this.writeAll(bytes);
    }
    this.buffer ??= Buffer.allocUnsafeSlow(FLUSH_BYTES);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  close(): void {
    if (this.done) return;
    try {
      this.flush();
    } catch (error) {
      this.abort();
      throw error;
    }
    this.done = true;
    closeSync(this.fd);
    try {
      renameSync(this.temporary, this.target);
    } catch (error) {
      this.forget();
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new InputError('E_USAGE', `cannot put the report in place (${code}${code === 'EPERM' || code === 'EBUSY' ? ': is it open in another program?' : ''}); the previous file was left as it was`, { file: this.target });
    }
    keepTemporary(this.temporary);
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    this.forget();
  }

  private flush(): void {
    if (!this.used) return;
    const pending = this.used;
    this.used = 0;
    this.writeAll(this.buffer!.subarray(0, pending));
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

  constructor(private readonly stdout: (text: string) => void) {}

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

  abort(): void {
    this.flush();
  }

  private flush(): void {
    if (!this.size) return;
    this.stdout(this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}

/** An output whose text goes through visible() (terminal formats written to a file). */
class VisibleOutput implements ReportOutput {
  constructor(private readonly inner: ReportOutput) {}

  get target(): string {
    return this.inner.target;
  }

  write(text: string): void {
    this.inner.write(visible(text));
  }

  writeBytes(bytes: Uint8Array): void {
    this.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  }

  close(): void {
    this.inner.close();
  }

  abort(): void {
    this.inner.abort();
  }
}

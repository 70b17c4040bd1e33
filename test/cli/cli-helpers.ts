// A fake CliIo that records output, for running main() in-process.
import type { CliIo } from '../../engine/cli/io.js';

export interface RecordedIo extends CliIo {
  out: string;
  err: string;
}

export function recordingIo(env: Record<string, string | undefined> = {}, isTTY = false): RecordedIo {
  const io: RecordedIo = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    stdoutIsTTY: isTTY,
    stderrIsTTY: isTTY,
    env,
    cwd: process.cwd(),
  };
  return io;
}

import { visible } from '../terminal/visible.js';

/** What a command may touch: output streams and the environment. Tests pass fakes. */
export interface CliIo {
  /** Data (reports). Inside main() every string written here goes through visible() (engine/terminal/visible.ts). */
  stdout: (text: string) => void;
  /** Messages and progress; inside main() made visible like stdout. */
  stderr: (text: string) => void;
  /**
   * stdout without the visible() pass, set by main(): only for coloured output whose data parts
   * already went through visible() (the colour codes are the only control characters it holds).
   */
  stdoutRaw?: (text: string) => void;
  /** stdout is a terminal (colours, progress). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Everything on standard input (`diagnose -`); absent: no standard input to read. */
  readStdin?: () => Promise<Uint8Array>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/**
 * The io main() hands to the commands: stdout and stderr make control characters visible
 * (terminal safety: nothing from a fact file, a rule file or a file name can command the
 * terminal); stdoutRaw keeps the original stdout for coloured text made safe beforehand.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(visible(text)), stderr: (text) => io.stderr(visible(text)), stdoutRaw: io.stdoutRaw ?? io.stdout };
}

/** Colours on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces them. */
export function useColor(io: CliIo, isTTY = io.stdoutIsTTY): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

/** Exit codes, documented in --help and the README. */
export const EXIT = { ok: 0, diagnoses: 1, badInput: 2, internalError: 3 } as const;

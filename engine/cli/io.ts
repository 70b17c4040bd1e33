/** What a command may touch: output streams and the environment. Tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal (colours, progress). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colours on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces them. */
export function useColor(io: CliIo, isTTY = io.stdoutIsTTY): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

/** Exit codes, documented in --help and the README. */
export const EXIT = { ok: 0, diagnoses: 1, badInput: 2, internalError: 3 } as const;

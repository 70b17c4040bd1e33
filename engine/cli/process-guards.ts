/**
 * What the wsus-doctor process does when it is stopped from outside or its reader goes away.
 * Installed once by the program's entry (bin/wsus-doctor.js), never by main() (tests run main()
 * in their own process):
 *
 * - SIGINT / SIGTERM / SIGHUP: the temporaries are removed (the batch spool, the JUnit spill, the
 *   reports being written: engine/cleanup.ts), worker threads end with the process, reports
 *   already in place stay as they were (a report replaces its target only by a rename when it is
 *   complete), one line goes to stderr and the exit code is 128 + the signal number (130, 143, 129).
 * - EPIPE on stdout (`wsus-doctor ... | head`): the reader has all it wants; the run ends quietly
 *   with the temporaries removed and exit code 141, as a program stopped by SIGPIPE.
 * - An exception no command caught: one line (the stack with WSUS_DOCTOR_DEBUG=1), temporaries
 *   removed, exit code 3.
 */
import { writeSync } from 'node:fs';
import { removeTemporaries } from '../cleanup.js';
import { visible } from '../terminal/visible.js';
import { EXIT } from './io.js';

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
/** Exit code after EPIPE on stdout: 128 + SIGPIPE (13). */
export const EPIPE_EXIT = 141;

let installed = false;

function say(text: string): void {
  try {
    writeSync(2, visible(text));
  } catch {
    // stderr is gone too
  }
}

export function installProcessGuards(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      removeTemporaries();
      // The progress bar hides the cursor: show it again.
      const showCursor = process.stderr.isTTY ? '\u001b[?25h' : '';
      if (showCursor) {
        try {
          writeSync(2, showCursor);
        } catch {
          // ignore
        }
      }
      say(`\nwsus-doctor: stopped by ${signal}; unfinished reports were dropped and earlier reports are unchanged\n`);
      process.exit(code);
    });
  }
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      removeTemporaries();
      process.exit(EPIPE_EXIT);
    }
    fatal(error);
  };
  process.stdout.on('error', onStdoutError);
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', (reason) => fatal(reason instanceof Error ? reason : new Error(String(reason))));
}

function fatal(error: Error & { code?: string }): never {
  if (error.code === 'EPIPE' && (error as { syscall?: string }).syscall === 'write') {
    removeTemporaries();
    process.exit(EPIPE_EXIT);
  }
  removeTemporaries();
  say(`wsus-doctor: internal error: ${error.message}\n`);
  if (process.env.WSUS_DOCTOR_DEBUG) say(`${error.stack}\n`);
  else say('Set WSUS_DOCTOR_DEBUG=1 for details, and please report it.\n');
  process.exit(EXIT.internalError);
}

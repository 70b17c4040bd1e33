/**
 * Temporary files and folders of a run (the batch spool, the JUnit spill, reports being written
 * before their rename) are registered here while they exist, so that every way a run ends
 * removes them: the code that made them in its `finally`, the process 'exit' event after an
 * uncaught exception, and the SIGINT/SIGTERM handler of the CLI (engine/cli/process-guards.ts),
 * which calls removeTemporaries() before it exits. A spool holds every machine's report (host
 * names, addresses, log lines): it must never stay behind in the temp folder.
 */
import { rmSync } from 'node:fs';

const temporaries = new Set<string>();
let hooked = false;

/** Registers a temporary file or folder; returns the function that removes it (and forgets it). */
export function registerTemporary(path: string): () => void {
  temporaries.add(path);
  if (!hooked) {
    hooked = true;
    process.once('exit', removeTemporaries);
  }
  return () => {
    temporaries.delete(path);
    rmSync(path, { recursive: true, force: true });
  };
}

/** Forgets a temporary that became a real output (a report renamed into place). */
export function keepTemporary(path: string): void {
  temporaries.delete(path);
}

/** Removes every registered temporary now (synchronously: safe in 'exit' and signal handlers). */
export function removeTemporaries(): void {
  for (const path of temporaries) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // best effort: the process is ending
    }
  }
  temporaries.clear();
}

/** How many temporaries are registered (tests). */
export function temporaryCount(): number {
  return temporaries.size;
}

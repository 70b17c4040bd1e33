/**
 * The names a configuration file may have, and whether a run has one, without loading the
 * reader (load-config.ts, which brings the YAML parser and the schema machinery): a run without
 * a configuration file (most one-file diagnoses) never loads them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Configuration files looked for in the working folder when --config is not given (at most one may exist). */
export const CONFIG_FILE_NAMES = ['wsus-doctor.config.json', 'wsus-doctor.config.yaml', 'wsus-doctor.config.yml'] as const;

/** Whether loadConfig(path, cwd) would read a file (or report one missing): --config given, or a file of {@link CONFIG_FILE_NAMES} in `cwd`. */
export function hasConfigFile(path: string | undefined, cwd: string): boolean {
  return path !== undefined || CONFIG_FILE_NAMES.some((name) => existsSync(join(cwd, name)));
}

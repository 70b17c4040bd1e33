/**
 * Loads user rule files (JSON/YAML) for `--rules <dir>`: every file is checked as strictly as
 * `wsus-doctor rules validate` does, and a broken file never loads silently. Either the run is
 * refused (InputError naming the first problem), or with skipInvalid the file is skipped and
 * listed. Loading never executes code (see read-rule-source.ts).
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import { InputError } from '../errors.js';
import { checkRuleFiles } from './check-rule-files.js';
import { isError } from './rule-problems.js';

export interface LoadedRules {
  rules: Array<{ rule: RuleDefinition<string>; file: string }>;
  skipped: Array<{ file: string; problem: string }>;
}

/** `known`: rules already in the set (the built-in ones), so an id clash is reported with its line (R401). */
export async function loadRuleFolders(folders: string[], options: { skipInvalid: boolean; known?: readonly RuleDefinition<string>[] }): Promise<LoadedRules> {
  const files = await checkRuleFiles(folders, options.known ?? []);
  const loaded: LoadedRules = { rules: [], skipped: [] };
  const invalid = files.filter((f) => f.problems.some(isError));
  if (invalid.length && !options.skipInvalid) {
    const first = invalid[0].problems.find(isError)!;
    const more = invalid.reduce((n, f) => n + f.problems.filter(isError).length, 0) - 1;
    throw new InputError(
      'E_RULE_FILE',
      `invalid rule file: ${first.code} ${first.message}${more ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}; run \`wsus-doctor rules validate ${folders.join(' ')}\` for details, or --skip-invalid-rules to run without it`,
      { file: first.file, place: `line ${first.line}, column ${first.column}` },
    );
  }
  for (const checked of files) {
    if (checked.rule) loaded.rules.push({ rule: checked.rule, file: checked.file });
    else {
      const first = checked.problems.find(isError)!;
      loaded.skipped.push({ file: checked.file, problem: `${first.code} at line ${first.line}, column ${first.column}: ${first.message}` });
    }
  }
  return loaded;
}

/**
 * Loads user rule files (JSON/YAML) from folders. Placeholder until rules-as-data lands:
 * refuses clearly instead of ignoring the option.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import { InputError } from '../errors.js';

export interface LoadedRules {
  rules: Array<{ rule: RuleDefinition<string>; file: string }>;
  skipped: Array<{ file: string; problem: string }>;
}

export async function loadRuleFolders(folders: string[], _options: { skipInvalid: boolean }): Promise<LoadedRules> {
  throw new InputError('E_USAGE', `rule files are not supported yet (--rules ${folders.join(' ')})`);
}

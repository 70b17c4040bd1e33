/**
 * The CLI's rule set: built-in rules plus user rule folders (--rules), narrowed by --only/--skip.
 * This is the composition root's job; the engine core is handed the rules it should run.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import { InputError } from '../errors.js';

export interface RuleSetOptions {
  rules?: string[];
  only?: string[];
  skip?: string[];
  skipInvalidRules?: boolean;
}

export interface RuleSet {
  rules: RuleDefinition<string>[];
  /** Rule files that were invalid and skipped (only with skipInvalidRules). */
  skipped: Array<{ file: string; problem: string }>;
}

export async function resolveRuleSet(options: RuleSetOptions): Promise<RuleSet> {
  const { builtInRules } = await import('../../rules/index.js');
  let rules: RuleDefinition<string>[] = [...builtInRules];
  const skipped: RuleSet['skipped'] = [];
  if (options.rules?.length) {
    const { loadRuleFolders } = await import('../rule-files/load-rule-folders.js');
    const loaded = await loadRuleFolders(options.rules, { skipInvalid: options.skipInvalidRules ?? false, known: rules });
    skipped.push(...loaded.skipped);
    const ids = new Set(rules.map((r) => r.id));
    for (const { rule, file } of loaded.rules) {
      if (ids.has(rule.id)) throw new InputError('E_USAGE', `rule id "${rule.id}" is already defined (built-in or in another file)`, { file });
      ids.add(rule.id);
      rules.push(rule);
    }
  }
  rules = select(rules, options.only, options.skip);
  return { rules, skipped };
}

/** --only takes rule ids or categories; --skip takes rule ids. Unknown names are an error. */
function select(rules: RuleDefinition<string>[], only?: string[], skip?: string[]): RuleDefinition<string>[] {
  const known = new Set([...rules.map((r) => r.id), ...rules.map((r) => r.category)]);
  for (const name of [...(only ?? []), ...(skip ?? [])]) {
    if (!known.has(name)) throw new InputError('E_USAGE', `no rule or category named "${name}" (see \`wsus-doctor rules list\`)`);
  }
  let selected = rules;
  if (only?.length) selected = selected.filter((r) => only.includes(r.id) || only.includes(r.category));
  if (skip?.length) selected = selected.filter((r) => !skip.includes(r.id) && !skip.includes(r.category));
  return selected;
}

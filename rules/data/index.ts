/** Built-in rules written as data files (rules/data/*.yaml), compiled by scripts/generate-data-rules.ts. */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import { dataRules } from './index.generated.js';

/** The data rule with this id; throws at start-up if the file is missing (a build mistake, not user input). */
export function dataRule(id: string): RuleDefinition<string> {
  const rule = dataRules[id];
  if (!rule) throw new Error(`rules/data/${id}.yaml is not in rules/data/index.generated.ts: run scripts/generate-data-rules.ts`);
  return rule;
}

/** Built-in rules about WSUS clients (explicit list: no directory scanning). */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';

export const clientRules: RuleDefinition<string>[] = [];

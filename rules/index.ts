/** The built-in rule set: every rule registered here, in catalogue order. */
import type { RuleDefinition } from '../engine/dsl/rule-types.js';
import { serverRules } from './server/index.js';
import { clientRules } from './client/index.js';

export const builtInRules: readonly RuleDefinition<string>[] = [...serverRules, ...clientRules];

/**
 * The built-in per-machine rules without their test cases (`tests: []`): what diagnose, batch,
 * fleet, `rules list` and `rules validate` run on. Only `rules test`, `rules docs`, `rules new
 * --from`, generate and the tests read the cases, from rules/index.ts.
 *
 * From the sources this is rules/index.ts with the cases dropped. The CLI bundle replaces this
 * module with the same rules as JSON data computed at build time (scripts/build.mjs), so a run
 * never compiles the rule modules nor their test cases (about two thirds of the rules' text).
 */
import type { RuleDefinition } from '../engine/dsl/rule-types.js';
import { builtInRules as withTests } from './index.js';

export const builtInRules: readonly RuleDefinition<string>[] = withTests.map((rule) => ({ ...rule, tests: [] }));

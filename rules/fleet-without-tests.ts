/**
 * The built-in fleet rules without their test cases (`tests: []`): what batch, fleet and `rules
 * list` run on; `rules test` and `rules docs` read the cases from rules/fleet/index.ts. The CLI
 * bundle replaces this module with the same rules as JSON data computed at build time
 * (scripts/build.mjs), as for rules/without-tests.ts.
 */
import type { FleetRuleDefinition } from '../engine/fleet/fleet-rule.js';
import { fleetRules as withTests } from './fleet/index.js';

export const fleetRules: readonly FleetRuleDefinition[] = withTests.map((rule) => ({ ...rule, tests: [] }));

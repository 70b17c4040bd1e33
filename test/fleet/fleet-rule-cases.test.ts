// Every fleet rule's own test cases (RuleTester style): a small fleet through the real pipeline.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fleetRules } from '../../rules/fleet/index.js';
import { FleetEvaluator } from '../../engine/fleet/evaluate-fleet.js';
import { runFleetRuleTest } from '../../engine/fleet/run-fleet-rule-test.js';

for (const rule of fleetRules) {
  describe(`fleet rule ${rule.id}`, () => {
    const evaluator = new FleetEvaluator([rule]);
    for (const testCase of rule.tests) {
      test(`${testCase.name} → ${testCase.expect}`, async () => {
        const outcome = await runFleetRuleTest(rule, testCase, evaluator);
        assert.ok(outcome.ok, outcome.problem);
      });
    }
  });
}

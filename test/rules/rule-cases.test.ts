// Every built-in rule's own test cases (RuleTester style), one node:test test per case: a
// document per case for the per-machine rules, a small fleet per case for the fleet rules, with
// the same harnesses as `wsus-doctor rules test`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { JsonRulesEngineEvaluator } from '../../engine/evaluate/json-rules-engine-evaluator.js';
import { runRuleTest } from '../../engine/rule-testing/run-rule-test.js';
import { FleetEvaluator } from '../../engine/fleet/evaluate-fleet.js';
import { runFleetRuleTest } from '../../engine/fleet/run-fleet-rule-test.js';

for (const rule of builtInRules) {
  describe(`rule ${rule.id}`, () => {
    const evaluator = new JsonRulesEngineEvaluator([rule]);
    for (const testCase of rule.tests) {
      test(`${testCase.name} → ${testCase.expect}`, async () => {
        const outcome = await runRuleTest(rule, testCase, evaluator);
        assert.ok(outcome.ok, outcome.problem);
      });
    }
  });
}

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

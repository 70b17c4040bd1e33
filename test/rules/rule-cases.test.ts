// Every built-in rule's own test cases (RuleTester style), one node:test test per case.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInRules } from '../../rules/index.js';
import { RuleEvaluator } from '../../engine/evaluate/rule-evaluator.js';
import { runRuleTest } from '../../engine/rule-testing/run-rule-test.js';

for (const rule of builtInRules) {
  describe(`rule ${rule.id}`, () => {
    const evaluator = new RuleEvaluator([rule]);
    for (const testCase of rule.tests) {
      test(`${testCase.name} → ${testCase.expect}`, async () => {
        const outcome = await runRuleTest(rule, testCase, evaluator);
        assert.ok(outcome.ok, outcome.problem);
      });
    }
  });
}

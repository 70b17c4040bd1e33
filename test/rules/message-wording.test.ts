// Catalogue test: messages read like an expert wrote them for this machine. A message template
// never explains its placeholders to the reader ("unknown" = not set, ("none" = ...)) and a
// rendered message never shows a raw true/false after a colon or a null: templates use
// {{#if path}}...{{else}}...{{/if}} (engine/evaluate/render-message.ts) to say it in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { JsonRulesEngineEvaluator } from '../../engine/evaluate/json-rules-engine-evaluator.js';
import { runRuleTest } from '../../engine/rule-testing/run-rule-test.js';
import { FleetEvaluator } from '../../engine/fleet/evaluate-fleet.js';
import { runFleetRuleTest } from '../../engine/fleet/run-fleet-rule-test.js';

/** A template explaining a placeholder's values: `"unknown" = ...`, `("none" = ...)`. */
const EXPLAINS = /"(?:unknown|none|null|true|false)"\s*(?:=|means)|\(\s*(?:unknown|none)\s*=/i;
/** A rendered message leaking a raw value: `log collected: true`, `: false`, `null`, `undefined`. */
const LEAKS = /:\s*(?:true|false)\b|\bnull\b|\bundefined\b|"(?:unknown|none)"\s*=|\{\{|\}\}/;

const templates = [...builtInRules, ...fleetRules].flatMap((rule) =>
  (['message', 'inconclusiveMessage', 'noSubjects'] as const).flatMap((field) => {
    const text = (rule as unknown as Record<string, unknown>)[field];
    return typeof text === 'string' ? [{ rule: rule.id, field, text }] : [];
  }),
);

test('no message template explains its placeholder values to the reader', () => {
  const bad = templates.filter((t) => EXPLAINS.test(t.text)).map((t) => `${t.rule}.${t.field}: ${EXPLAINS.exec(t.text)![0]}`);
  assert.deepEqual(bad, []);
});

test('the checks refuse what they are meant to refuse', () => {
  for (const text of ['(start type {{x}}; "unknown" = not installed)', 'updates ("none" = those exist, ...)', '(unknown = never)']) assert.ok(EXPLAINS.test(text), text);
  for (const text of ['IIS log: 3 request(s), log collected: true).', 'set: false', 'value null']) assert.ok(LEAKS.test(text), text);
  assert.ok(LEAKS.test('proxy {{#if proxy.direct}}direct{{/if}}'), 'template syntax left in a message');
  assert.ok(!LEAKS.test('UseWUServer = 1: the agent uses WSUS; 0x80072EE2 (operation timed out)'));
});

test('no rendered diagnosis or undecided message of a rule test case leaks a raw value', async () => {
  const bad: string[] = [];
  for (const rule of builtInRules) {
    const evaluator = new JsonRulesEngineEvaluator([rule]);
    for (const testCase of rule.tests) {
      if (testCase.expect !== 'fail' && testCase.expect !== 'insufficientEvidence') continue;
      const { result } = await runRuleTest(rule, testCase, evaluator);
      if (result && LEAKS.test(result.message)) bad.push(`${rule.id} › ${testCase.name}: …${LEAKS.exec(result.message)![0]}… in "${result.message}"`);
    }
  }
  for (const rule of fleetRules) {
    const evaluator = new FleetEvaluator([rule]);
    for (const testCase of rule.tests) {
      if (testCase.expect !== 'fail' && testCase.expect !== 'insufficientEvidence') continue;
      const outcome = await runFleetRuleTest(rule, testCase, evaluator);
      for (const r of (outcome as { results?: Array<{ message: string }> }).results ?? []) if (LEAKS.test(r.message)) bad.push(`${rule.id} › ${testCase.name}: "${r.message}"`);
    }
  }
  assert.deepEqual(bad, []);
});

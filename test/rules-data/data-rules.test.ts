// The data rules under rules/data are ports of built-in TypeScript rules. Each must be valid,
// pass its own tests, and give the same outcome, message and evidence as its TypeScript twin on
// every test case of both (a differential test), so the data format provably carries the DSL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import { checkRuleFiles } from '../../engine/rules-data/check-rule-files.js';
import { RuleEvaluator } from '../../engine/evaluate/rule-evaluator.js';
import { runRuleTests, testCaseDocument } from '../../engine/rule-testing/run-rule-test.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = join(root, 'rules', 'data');
const dataFiles = readdirSync(dataDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

test('rules/data holds at least five ported rules, all valid', async () => {
  assert.ok(dataFiles.length >= 5, `only ${dataFiles.length} data rules`);
  const checked = await checkRuleFiles([dataDir]);
  for (const f of checked) assert.deepEqual(f.problems, [], f.file);
});

/** The TypeScript rule of the same id, imported from its file (not from the registry, which may hold the data version). */
async function typeScriptTwin(id: string): Promise<RuleDefinition<string> | undefined> {
  for (const dir of ['server', 'client', 'fleet']) {
    const file = join(root, 'rules', dir, `${id}.ts`);
    if (existsSync(file)) return ((await import(pathToFileURL(file).href)) as { default: RuleDefinition<string> }).default;
  }
  return undefined;
}

for (const name of dataFiles) {
  describe(`data rule ${name}`, async () => {
    const [checked] = await checkRuleFiles([join(dataDir, name)]);
    const dataRule = checked.rule!;
    const twin = await typeScriptTwin(dataRule.id);

    test('passes its own tests', async () => {
      const { outcomes, untested } = await runRuleTests(dataRule);
      assert.equal(untested, undefined);
      for (const o of outcomes) assert.ok(o.ok, `${o.name}: ${o.problem}`);
    });

    test('gives the same results as its TypeScript twin on every test case of both', async () => {
      assert.ok(twin, `no rules/{server,client,fleet}/${dataRule.id}.ts to compare with`);
      const dataEvaluator = new RuleEvaluator([dataRule]);
      const tsEvaluator = new RuleEvaluator([twin]);
      const cases = [...dataRule.tests, ...twin.tests];
      assert.ok(cases.length >= 4);
      for (const testCase of cases) {
        const doc = testCaseDocument(twin, testCase);
        const derived = deriveFacts(doc);
        const [fromData] = await dataEvaluator.evaluate(doc, derived);
        const [fromTs] = await tsEvaluator.evaluate(doc, derived);
        assert.deepEqual(JSON.parse(JSON.stringify(fromData)), JSON.parse(JSON.stringify(fromTs)), testCase.name);
      }
    });
  });
}

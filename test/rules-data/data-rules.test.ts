// The built-in rules under rules/data were ported from the TypeScript DSL (their TypeScript
// versions were removed once a differential test showed identical outcomes, messages and
// evidence on every test case of both). Each must be valid, compiled into the registry, and pass
// its own tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { checkRuleFiles } from '../../engine/rules-data/check-rule-files.js';
import { runRuleTests } from '../../engine/rule-testing/run-rule-test.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = join(root, 'rules', 'data');
const dataFiles = readdirSync(dataDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

test('every data rule is a registered built-in rule, with no TypeScript twin left behind', () => {
  const ids = new Set(builtInRules.map((r) => r.id));
  for (const name of dataFiles) {
    const id = name.replace(/\.(ya?ml|json)$/, '');
    assert.ok(ids.has(id), `${id} is not registered in rules/*/index.ts`);
    for (const dir of ['server', 'client', 'fleet']) assert.ok(!existsSync(join(root, 'rules', dir, `${id}.ts`)), `rules/${dir}/${id}.ts duplicates rules/data/${name}`);
  }
});

test('rules/data holds at least five ported rules, all valid', async () => {
  assert.ok(dataFiles.length >= 5, `only ${dataFiles.length} data rules`);
  const checked = await checkRuleFiles([dataDir]);
  for (const f of checked) assert.deepEqual(f.problems, [], f.file);
});

for (const name of dataFiles) {
  describe(`data rule ${name}`, async () => {
    const [checked] = await checkRuleFiles([join(dataDir, name)]);
    const dataRule = checked.rule!;

    test('passes its own tests', async () => {
      const { outcomes, untested } = await runRuleTests(dataRule);
      assert.equal(untested, undefined);
      for (const o of outcomes) assert.ok(o.ok, `${o.name}: ${o.problem}`);
    });
  });
}

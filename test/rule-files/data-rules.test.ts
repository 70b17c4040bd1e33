// The built-in rules written as data (rules/server/*.yaml, rules/client/*.yaml, beside the
// TypeScript rules of their role) were ported from the TypeScript DSL (their TypeScript versions
// were removed once a differential test showed identical outcomes, messages and evidence on every
// test case of both). Each must be valid, compiled into its folder's data-rules.generated.ts,
// registered, and pass its own tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { checkRuleFiles } from '../../engine/rule-files/check-rule-files.js';
import { runRuleTests } from '../../engine/rule-testing/run-rule-test.js';

const root = join(import.meta.dirname, '..', '..');
const roles = ['server', 'client'] as const;
const dataFiles = roles.flatMap((role) => readdirSync(join(root, 'rules', role)).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => join('rules', role, f))).sort();

test('every data rule is a registered built-in rule, with no TypeScript twin left behind', () => {
  const ids = new Set(builtInRules.map((r) => r.id));
  for (const name of dataFiles) {
    const id = basename(name).replace(/\.(ya?ml|json)$/, '');
    assert.ok(ids.has(id), `${id} is not registered in rules/*/index.ts`);
    for (const dir of ['server', 'client', 'fleet']) assert.ok(!existsSync(join(root, 'rules', dir, `${id}.ts`)), `rules/${dir}/${id}.ts duplicates ${name}`);
  }
});

test('at least five built-in data rules, all valid, each in the folder of its role', async () => {
  assert.ok(dataFiles.length >= 5, `only ${dataFiles.length} data rules`);
  for (const role of roles) {
    const checked = await checkRuleFiles([join(root, 'rules', role)]);
    for (const f of checked) {
      assert.deepEqual(f.problems, [], f.file);
      assert.equal(f.rule?.appliesTo.role, role, `${f.file}: a ${f.rule?.appliesTo.role ?? 'role-less'} rule in rules/${role}`);
    }
  }
});

for (const name of dataFiles) {
  describe(`data rule ${name}`, async () => {
    const [checked] = await checkRuleFiles([join(root, name)]);
    const dataRule = checked.rule!;

    test('passes its own tests', async () => {
      const { outcomes, untested } = await runRuleTests(dataRule);
      assert.equal(untested, undefined);
      for (const o of outcomes) assert.ok(o.ok, `${o.name}: ${o.problem}`);
    });
  });
}

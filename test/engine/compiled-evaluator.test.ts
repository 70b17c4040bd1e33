// Differential test of the batch's compiled fast path against json-rules-engine
// (JsonRulesEngineEvaluator): identical RuleResults - outcome, message, evidence, log evidence, missing -
// for every built-in rule on every one of its test cases, on every example and on every
// machine of a generated fleet, and for hand-made condition trees that exercise the engine's
// corner cases (empty all/any, not, fact references, non-object facts under a path).
// Nothing is skipped silently: each test counts the cases it compares against those generated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { JsonRulesEngineEvaluator } from '../../engine/evaluate/json-rules-engine-evaluator.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { testCaseDocument } from '../../engine/rule-testing/run-rule-test.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { loadFactFile } from '../../engine/load/load-fact-file.js';
import { validateFactDocument } from '../../engine/validate/validate-facts.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

const root = join(import.meta.dirname, '..', '..');
const reference = new JsonRulesEngineEvaluator(builtInRules);
const compiled = new CompiledRuleEvaluator(builtInRules);

async function same(doc: FactDocument, where: string): Promise<void> {
  const derived = deriveFacts(doc);
  const expected = await reference.evaluate(doc, derived);
  const actual = await compiled.evaluate(doc, derived);
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) assert.deepStrictEqual(actual[i], expected[i], `${where}: rule ${expected[i]!.ruleId}`);
}

test('every built-in rule test case gives identical results with all rules evaluated', async () => {
  // Every case generated is compared: a case whose document cannot be built fails here (no skip).
  const generated = builtInRules.reduce((n, rule) => n + rule.tests.length, 0);
  let compared = 0;
  for (const rule of builtInRules) {
    for (const testCase of rule.tests) {
      await same(testCaseDocument(rule, testCase), `${rule.id} › ${testCase.name}`);
      compared++;
    }
  }
  assert.equal(compared, generated, 'every generated case is compared');
  assert.ok(generated >= 2 * builtInRules.length, `only ${generated} cases generated for ${builtInRules.length} rules`);
});

test('every example gives identical results', async () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json'));
  assert.ok(examples.length > 0);
  for (const file of examples) await same(await loadFactFile(join(root, 'examples', file)), file);
});

test('every machine of a generated fleet (planted failures included) gives identical results', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-diff-'));
  const manifest = writeFleet(dir, { machines: 60, seed: 13 });
  // The planted failures are not fact documents (validation must refuse each of them); every
  // other machine is compared, and the two counts add up to the fleet.
  let compared = 0;
  let refused = 0;
  for (const file of manifest.files) {
    const read = () => validateFactDocument(JSON.parse(readFileSync(file, 'utf8')), file);
    if (manifest.expected.failedFiles.includes(file)) {
      assert.throws(read, `${file} is a planted failure`);
      refused++;
      continue;
    }
    await same(read(), file);
    compared++;
  }
  assert.equal(compared + refused, manifest.files.length);
  assert.equal(refused, manifest.expected.failedFiles.length);
  assert.ok(compared > 50);
});

test('corner cases of the engine semantics give identical results', async () => {
  const rule = (id: string, when: RuleDefinition<string>['when'], extra: Partial<RuleDefinition<string>> = {}): RuleDefinition<string> => ({
    id,
    ref: 'WSUS-9999',
    title: 'Corner case',
    severity: 'info',
    category: 'fleet',
    appliesTo: {},
    requires: [],
    when,
    message: 'value {{a.b}} and {{n}}',
    summary: 'Corner case.',
    rationale: 'Corner case.',
    remediation: ['None.'],
    references: [],
    tests: [],
    ...extra,
  });
  const rules = [
    rule('empty-any', { any: [] }),
    rule('empty-all', { all: [] }),
    rule('not-missing', { not: { fact: 'a.missing', operator: 'equal', value: 1 } }),
    rule('non-object-under-path', { fact: 'n.x', operator: 'equal', value: 5 }),
    rule('reference', { fact: 'a.b', operator: 'lessThan', value: { fact: 'a.c' } }),
    rule('reference-top', { fact: 'a.b', operator: 'lessThan', value: { fact: 'n' } }),
    rule('literal-object-with-fact-key', { fact: 'a.b', operator: 'equal', value: { fact: 'n', other: 1 } as never }),
    rule('mixed', { any: [{ all: [{ fact: 'a.b', operator: 'greaterThan', value: 1 }, { not: { fact: 'u', operator: 'exists', value: true } }] }, { fact: 'a.list', operator: 'contains', value: 'x' }] }),
    rule('requires-missing', { fact: 'a.b', operator: 'exists', value: true }, { requires: ['a.nothing', ['a.b', 'a.zzz']] }),
    rule('inconclusive', { fact: 'a.b', operator: 'equal', value: 99 }, { inconclusiveWhen: { fact: 'a.list', operator: 'lengthGreaterThan', value: 0 }, inconclusiveMessage: 'list {{a.list|list}}' }),
    rule('gated', { fact: 'a.b', operator: 'equal', value: 2 }, { appliesTo: { role: 'server', when: { fact: 'a.c', operator: 'equal', value: 3 } } }),
  ];
  const roots = [
    { a: { b: 2, c: 3, list: ['x', 'y'] }, n: 5, role: 'server' },
    { a: { b: 7, c: 3, list: [] }, n: 1, role: 'client', u: null },
    { a: null, n: 'text' },
    {},
  ];
  const ref = new JsonRulesEngineEvaluator(rules);
  const fast = new CompiledRuleEvaluator(rules);
  for (const r of roots) assert.deepStrictEqual(await fast.evaluateRoot(r), await ref.evaluateRoot(r), JSON.stringify(r));
});

/**
 * Results shaped lazily (CompiledRuleEvaluator's lazyPasses, used by the batch when no machine
 * report is written): what the main thread receives per file (compact record, key, fleet
 * summary), from which the text summary and the exit code are made, must be identical with and
 * without it on every example and every file of a generated fleet; and at the evaluator, every
 * rule test case keeps its outcome, failed and undecided results are shaped in full, and a
 * lazily shaped pass differs from the full one only in its evidence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileProcessor } from '../../engine/batch/file-processor.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { testCaseDocument } from '../../engine/rule-testing/run-rule-test.js';
import { defaultThresholds } from '../../engine/knowledge/thresholds.js';
import { builtInRules } from '../../rules/index.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

const root = join(import.meta.dirname, '..', '..');

test('batch worker: compact records, keys and fleet summaries identical with and without lazy shaping (examples and a generated fleet)', async () => {
  const base = { rules: [...builtInRules], machineJson: false, engine: 'compiled' as const, thresholds: defaultThresholds() };
  const lazy = new FileProcessor(base);
  const full = new FileProcessor({ ...base, shapeAllResults: true });
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-lazy-'));
  try {
    const manifest = writeFleet(dir, { machines: 80, seed: 5 });
    const files = [...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'examples', f)), ...manifest.files];
    let compared = 0;
    let withFailures = 0;
    for (let i = 0; i < files.length; i++) {
      const a = await lazy.process(i, files[i]!);
      const b = await full.process(i, files[i]!);
      assert.deepStrictEqual(a, b, files[i]);
      if (a.compact.outcomes.includes('f')) withFailures++;
      compared++;
    }
    assert.equal(compared, files.length);
    assert.ok(compared > 80, `only ${compared} files`);
    assert.ok(withFailures > 10, `only ${withFailures} files with a failed rule`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('evaluator: every rule test case keeps its outcomes; only passes lose their evidence', async () => {
  const lazy = new CompiledRuleEvaluator(builtInRules, { lazyPasses: true });
  const full = new CompiledRuleEvaluator(builtInRules);
  const generated = builtInRules.reduce((n, rule) => n + rule.tests.length, 0);
  let compared = 0;
  const outcomes = new Set<string>();
  for (const rule of builtInRules) {
    for (const testCase of rule.tests) {
      const doc = testCaseDocument(rule, testCase);
      const derived = deriveFacts(doc);
      const a = await lazy.evaluate(doc, derived);
      const b = await full.evaluate(doc, derived);
      assert.equal(a.length, b.length);
      for (let i = 0; i < a.length; i++) {
        outcomes.add(b[i]!.outcome);
        if (b[i]!.outcome === 'pass') assert.deepStrictEqual(a[i], { ...b[i]!, evidence: [] }, `${rule.id} › ${testCase.name}: ${b[i]!.ruleId}`);
        else assert.deepStrictEqual(a[i], b[i], `${rule.id} › ${testCase.name}: ${b[i]!.ruleId}`);
      }
      compared++;
    }
  }
  assert.equal(compared, generated);
  assert.deepStrictEqual([...outcomes].sort(), ['fail', 'insufficientEvidence', 'notApplicable', 'pass']);
});

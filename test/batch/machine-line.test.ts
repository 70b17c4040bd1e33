// The batch's fast machine-line serialiser writes exactly JSON.stringify of the machine report
// (same bytes) for every example and generated machine, and falls back safely for results of
// another shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { MachineLineWriter } from '../../engine/batch/machine-line.js';
import { diagnosedMachine as machineReportOf } from '../../engine/model/build-model.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { loadFactFile } from '../../engine/load/load-fact-file.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

const root = join(import.meta.dirname, '..', '..');
const writer = new MachineLineWriter(builtInRules);
const evaluator = new CompiledRuleEvaluator(builtInRules);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('lines are byte-identical to JSON.stringify for examples and a generated fleet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-lines-'));
  const manifest = writeFleet(dir, { machines: 30, seed: 17 });
  const files = [...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'examples', f)), ...manifest.files.filter((f) => !manifest.expected.failedFiles.includes(f))];
  for (const file of files) {
    const doc = await loadFactFile(file);
    const report = machineReportOf(file, doc, await evaluator.evaluate(doc, deriveFacts(doc)));
    const line = writer.line(report);
    assert.equal(decode(line), `${JSON.stringify({ record: 'machine', ...report })}\n`, file);
    assert.equal(line.byteOffset, 0);
    assert.equal(line.buffer.byteLength, line.length, 'the line owns its ArrayBuffer (transferable)');
  }
});

test('results of another shape (waived, unknown rule, changed metadata) fall back to JSON.stringify', async () => {
  const doc = await loadFactFile(join(root, 'examples', 'broken-wsus-server.json'));
  const results = await evaluator.evaluate(doc, deriveFacts(doc));
  results[0] = { ...results[0]!, waived: { justification: 'known <issue>' } };
  results[1] = { ...results[1]!, ruleId: 'not-a-rule' };
  results[2] = { ...results[2]!, title: 'Other – title' };
  const report = machineReportOf('x.json', doc, results);
  assert.equal(decode(writer.line(report)), `${JSON.stringify({ record: 'machine', ...report })}\n`);
});

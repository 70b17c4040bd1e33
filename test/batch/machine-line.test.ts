// The batch's machine-line serialiser writes the compact machine report (results by rule id, no
// rule metadata), and expanding a line with the catalogue gives back exactly the machine report
// the evaluator made, for every example and generated machine and for results of another shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { MachineLineWriter } from '../../engine/batch/machine-line.js';
import { buildCatalogue, CatalogueIndex, compactMachine, expandMachine, type CompactMachineReport } from '../../engine/model/compact-report.js';
import { diagnosedMachine as machineReportOf } from '../../engine/model/build-model.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { loadFactFile } from '../../engine/load/load-fact-file.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

const root = join(import.meta.dirname, '..', '..');
const writer = new MachineLineWriter(builtInRules);
const evaluator = new CompiledRuleEvaluator(builtInRules);

const index = new CatalogueIndex(buildCatalogue(builtInRules));
/** What a report was on disk before (JSON.stringify drops undefined values). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

test('lines are the compact machine report, and expand back to the same report, for examples and a generated fleet', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-lines-'));
  const manifest = writeFleet(dir, { machines: 30, seed: 17 });
  const files = [...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'examples', f)), ...manifest.files.filter((f) => !manifest.expected.failedFiles.includes(f))];
  for (const file of files) {
    const doc = await loadFactFile(file);
    const report = machineReportOf(file, doc, await evaluator.evaluate(doc, deriveFacts(doc)));
    const text = writer.line(report);
    assert.equal(text, `${JSON.stringify({ record: 'machine', ...compactMachine(report, index) })}\n`, file);
    const { record, ...back } = JSON.parse(text) as CompactMachineReport & { record: string };
    assert.equal(record, 'machine');
    assert.deepEqual(expandMachine(back, index), asJson(report), `${file}: the same report after expansion`);
    assert.ok(!text.includes('"remediation"') && !text.includes('"title"'), 'no rule metadata in a machine line');
  }
});

test('results of another shape (waived, unknown rule, a message other than the catalogue one) keep what differs', async () => {
  const doc = await loadFactFile(join(root, 'examples', 'broken-wsus-server.json'));
  const results = await evaluator.evaluate(doc, deriveFacts(doc));
  results[0] = { ...results[0]!, waived: { justification: 'known <issue>' } };
  results[1] = { ...results[1]!, ruleId: 'not-a-rule', ref: '', title: 'not-a-rule', category: 'fleet', remediation: [], references: [] };
  const na = results.findIndex((r) => r.outcome === 'notApplicable' && r.ruleId !== 'not-a-rule');
  results[na] = { ...results[na]!, message: 'Not applicable: another reason.' };
  const report = machineReportOf('x.json', doc, results);
  const { record: _record, ...back } = JSON.parse(writer.line(report)) as CompactMachineReport & { record: string };
  assert.equal(back.results[0]!.waived?.justification, 'known <issue>');
  assert.equal(back.results[na]!.message, 'Not applicable: another reason.');
  assert.deepEqual(expandMachine(back, index), asJson(report));
});

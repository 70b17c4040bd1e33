// loadConfig: defaults with their sources, a file found in cwd or given, values merged with
// "<file>:<line>" sources, located errors for bad files; the thresholds reach the rules through
// the per-file pipeline and change outcomes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../engine/config/load-config.js';
import { THRESHOLD_DEFAULTS, THRESHOLD_NAMES } from '../../engine/knowledge/thresholds.js';
import { diagnoseDocument } from '../../engine/diagnose/diagnose-file.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { JsonRulesEngineEvaluator } from '../../engine/evaluate/json-rules-engine-evaluator.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { baseServerDocument } from '../../engine/rule-testing/base-documents.js';
import { serverRules } from '../../rules/server/index.js';
import { isInputError } from '../../engine/errors.js';

const folder = () => mkdtempSync(join(tmpdir(), 'wsus-doctor-config-'));

test('no file: every threshold at its default, with the source', () => {
  const { file, thresholds } = loadConfig(undefined, folder());
  assert.equal(file, undefined);
  assert.deepEqual(thresholds.wsusPoolQueueLength, { value: 2000, source: 'default (KB 4490414)' });
  assert.deepEqual(thresholds.supersededUpdates, { value: 1500, source: 'default (KB 4490644)' });
  assert.deepEqual(thresholds.wsusPoolPrivateMemoryKB.value, 4000000);
  assert.equal(thresholds.certificateExpiryDays.value, 30);
  assert.equal(thresholds.freeSpacePercent.value, 10);
});

test('the schema documents the same defaults as the code', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8'));
  for (const name of THRESHOLD_NAMES) assert.equal(schema.properties.thresholds.properties[name].default, THRESHOLD_DEFAULTS[name].value, name);
});

test('a YAML file found in cwd overrides one value; the others stay defaults; sources name file and line', () => {
  const dir = folder();
  writeFileSync(join(dir, 'wsus-doctor.config.yaml'), '# site thresholds\nthresholds:\n  wsusPoolQueueLength: 5000\n');
  const { file, thresholds } = loadConfig(undefined, dir);
  assert.equal(file, 'wsus-doctor.config.yaml');
  assert.deepEqual(thresholds.wsusPoolQueueLength, { value: 5000, source: 'wsus-doctor.config.yaml:3' });
  assert.equal(thresholds.wsusPoolPrivateMemoryKB.source, 'default (KB 4025764: 4-8 GB)');
});

test('a JSON file given by path (relative to cwd)', () => {
  const dir = folder();
  writeFileSync(join(dir, 'site.json'), '{\n  "thresholds": {\n    "wsusPoolPrivateMemoryKB": 7372800\n  }\n}\n');
  assert.deepEqual(loadConfig('site.json', dir).thresholds.wsusPoolPrivateMemoryKB, { value: 7372800, source: 'site.json:3' });
});

function errorOf(text: string, name: string): ConfigError {
  const dir = folder();
  writeFileSync(join(dir, name), text);
  try {
    loadConfig(name, dir);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    assert.ok(isInputError(error));
    return error;
  }
  assert.fail('no error');
}

test('bad files give one located error: file:line:column', () => {
  assert.equal(errorOf('thresholds:\n  wsusPoolQueueLength: lots\n', 'c.yaml').toLine(), 'c.yaml:2:24: thresholds.wsusPoolQueueLength must be integer');
  assert.equal(errorOf('{\n  "thresholds": {\n    "queueLength": 2000\n  }\n}\n', 'c.json').toLine(), 'c.json:3:5: unknown setting "queueLength" in thresholds (known: wsusPoolPrivateMemoryKB, wsusPoolQueueLength, supersededUpdates, certificateExpiryDays, freeSpacePercent)');
  assert.match(errorOf('{ "thresholds": { "wsusPoolQueueLength": 2000, } }', 'c.json').toLine(), /^c\.json:1:\d+: not valid JSON/);
  assert.match(errorOf('thresholds:\n\twsusPoolQueueLength: 1\n', 'c.yml').toLine(), /^c\.yml:2:1: a tab is used for indentation/);
  assert.equal(errorOf('thresholds:\n  freeSpacePercent: 150\n', 'c.yaml').toLine(), 'c.yaml:2:21: thresholds.freeSpacePercent must be <= 100');
  assert.equal(errorOf('- 1\n', 'c.yaml').toLine(), 'c.yaml:1:1: the file must hold one configuration object, found a list');
});

test('a missing file given by path, or two files in cwd, are input errors', () => {
  assert.throws(() => loadConfig('nope.json', folder()), (e: unknown) => isInputError(e) && e.code === 'E_NOT_FOUND');
  const dir = folder();
  writeFileSync(join(dir, 'wsus-doctor.config.json'), '{}');
  writeFileSync(join(dir, 'wsus-doctor.config.yml'), '{}');
  assert.throws(() => loadConfig(undefined, dir), (e: unknown) => isInputError(e) && e.code === 'E_CONFIG');
});

for (const [engine, make] of [
  ['json-rules-engine', () => new JsonRulesEngineEvaluator(serverRules)],
  ['compiled', () => new CompiledRuleEvaluator(serverRules)],
] as const) {
  test(`${engine}: a config that changes a threshold changes the outcome, and the message names its source`, async () => {
    const evaluator = make();
    const doc = baseServerDocument();
    doc.iis!.appPools!.WsusPool!.queueLength = 3000;
    doc.iis!.appPools!.WsusPool!.privateMemoryKB = 5000000;
    const outcome = async (thresholds?: ReturnType<typeof loadConfig>['thresholds']) => {
      const { report } = await diagnoseDocument('wsus01.json', doc, { evaluator, ...(thresholds ? { thresholds } : {}) });
      return report;
    };
    const resultOf = async (thresholds: ReturnType<typeof loadConfig>['thresholds'] | undefined, id: string) =>
      (await evaluator.evaluate(doc, deriveFacts(doc, thresholds))).find((r) => r.ruleId === id)!;

    assert.equal((await resultOf(undefined, 'wsus-pool-queue-length-low')).outcome, 'pass');
    assert.equal((await resultOf(undefined, 'wsus-pool-private-memory-low')).outcome, 'pass');
    const dir = folder();
    writeFileSync(join(dir, 'wsus-doctor.config.json'), '{\n  "thresholds": {\n    "wsusPoolQueueLength": 5000,\n    "wsusPoolPrivateMemoryKB": 7372800\n  }\n}\n');
    const { thresholds } = loadConfig(undefined, dir);
    const queue = await resultOf(thresholds, 'wsus-pool-queue-length-low');
    assert.equal(queue.outcome, 'fail');
    assert.match(queue.message ?? '', /is 3000, below the threshold 5000 \(source: wsus-doctor\.config\.json:3\)/);
    const memory = await resultOf(thresholds, 'wsus-pool-private-memory-low');
    assert.equal(memory.outcome, 'fail');
    assert.match(memory.message ?? '', /below the threshold 7\.4 GB \(7372800 KB\) \(source wsus-doctor\.config\.json:4\)/);
    // 0 accepts only "no limit".
    writeFileSync(join(dir, 'wsus-doctor.config.json'), '{ "thresholds": { "wsusPoolPrivateMemoryKB": 0 } }');
    assert.equal((await resultOf(loadConfig(undefined, dir).thresholds, 'wsus-pool-private-memory-low')).outcome, 'fail');
    // Through the per-file pipeline: the same thresholds parameter.
    const report = await outcome(thresholds);
    assert.match(JSON.stringify(report), /below the threshold 5000 \(source: wsus-doctor\.config\.json:3\)/);
    assert.doesNotMatch(JSON.stringify(await outcome()), /below the threshold 5000/);
  });
}

// Rule files carry everything the TypeScript DSL expresses, loading never executes code, and the
// fact-path catalogue knows the contract and the derived facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { builtInRules } from '../../rules/index.js';
import { checkRuleText } from '../../engine/rule-files/check-rule-file.js';
import { checkRuleFiles } from '../../engine/rule-files/check-rule-files.js';
import { copyRuleYaml } from '../../engine/rule-files/scaffold-rule.js';
import { factPathCatalogue } from '../../engine/rule-files/path-catalogue.js';
import { SECTION_PATHS } from '../../engine/dsl/fact-paths.js';
import { editDistance } from '../../engine/rule-files/edit-distance.js';

const valid = join(import.meta.dirname, '..', 'fixtures', 'rules-valid');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

test('every built-in rule, written as YAML and as JSON, validates without a problem and loads as the same object', () => {
  assert.ok(builtInRules.length > 0);
  for (const rule of builtInRules) {
    const yaml = checkRuleText(copyRuleYaml(rule, rule.id, rule.ref), `${rule.id}.yaml`);
    assert.deepEqual(yaml.problems.map((p) => `${p.code} ${p.line}:${p.column} ${p.message}`), [], rule.id);
    assert.deepEqual(plain(yaml.rule), plain(rule));
    const json = checkRuleText(JSON.stringify(rule, null, 2), `${rule.id}.json`);
    assert.deepEqual(json.problems, [], rule.id);
    assert.deepEqual(plain(json.rule), plain(rule));
  }
});

test('the valid fixtures (YAML with anchors, JSON with a regex) validate cleanly', async () => {
  const files = await checkRuleFiles([valid]);
  assert.equal(files.length, 2);
  for (const f of files) assert.deepEqual(f.problems, [], f.file);
  assert.ok(files.every((f) => f.rule));
});

test('a loaded rule drops $schema and is exactly a RuleDefinition', () => {
  const rule = builtInRules[0];
  const text = stringify({ $schema: '../schemas/rule.schema.json', ...plain(rule) as object });
  const checked = checkRuleText(text, `${rule.id}.yaml`);
  assert.deepEqual(checked.problems, []);
  assert.equal('$schema' in checked.rule!, false);
  assert.ok(Object.isFrozen(checked.rule));
});

// ---- loading never executes code

const minimal = (id: string, extra = '') => `id: ${id}
ref: LOCAL-0001
title: A test rule for the loader
severity: info
category: services
appliesTo: {}
requires: [services]
when: { fact: services.items.BITS.startType, operator: equal, value: Disabled }
message: BITS is {{services.items.BITS.startType}}.
summary: BITS is not disabled.
rationale: Only a loader test.
remediation: [Nothing.]
references: [{ url: "https://example.com/x", title: X }]
tests:
  - { name: disabled fails, facts: { services: { items: { BITS: { startType: Disabled } } } }, expect: fail }
  - { name: base passes, facts: {}, expect: pass }
${extra}`;

test('YAML tags are refused, never resolved (no !!js/function, no custom tags, not even !!str)', () => {
  for (const [tagged, tag] of [
    ['message: !!js/function "function () { globalThis.pwned = true }"', '!!js/function'],
    ['message: !!js/eval "globalThis.pwned = true"', '!!js/eval'],
    ['message: !!str plain', '!!str'],
    ['message: !env HOME', '!env'],
  ]) {
    const text = minimal('tagged').replace(/^message: .*$/m, tagged);
    const checked = checkRuleText(text, 'tagged.yaml');
    assert.equal(checked.rule, undefined);
    assert.deepEqual(checked.problems.map((p) => [p.code, p.line, p.column]), [['R006', 9, 10]], tag);
  }
  assert.equal((globalThis as { pwned?: boolean }).pwned, undefined);
});

test('__proto__, constructor and prototype keys are refused in YAML and JSON, and nothing is polluted', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const yaml = checkRuleText(minimal('proto', `${key}: { polluted: true }\n`), 'proto.yaml');
    assert.deepEqual(yaml.problems.map((p) => p.code), ['R007']);
    const json = checkRuleText(`{ "id": "proto", "tests": [{ "facts": { "${key}": { "polluted": true } } }] }`, 'proto.json');
    assert.deepEqual(json.problems.map((p) => p.code), ['R007']);
  }
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
});

test('YAML merge keys are plain keys (reported), and an alias bomb is refused, not expanded', () => {
  const merged = checkRuleText(minimal('merged', 'base: &b { severity: error }\n<<: *b\n'), 'merged.yaml');
  assert.ok(merged.problems.some((p) => p.code === 'R102'));
  const lol = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const started = Date.now();
  const bomb = checkRuleText(`${lol.join('\n')}\n`, 'bomb.yaml');
  assert.ok(Date.now() - started < 2000);
  assert.equal(bomb.rule, undefined);
  assert.ok(bomb.problems.length > 0);
});

test('JSON and YAML give the same positions for the same mistake', () => {
  const yaml = checkRuleText(minimal('pos').replace('startType, operator: equal', 'startTyp, operator: equal'), 'pos.yaml');
  assert.deepEqual(yaml.problems.map((p) => [p.code, p.line, p.column]), [['R203', 8, 15]]);
  const json = checkRuleText('{\n  "id": "pos",\n  "when": {\n    "fact": "services.items.BITS.startTyp",\n    "operator": "equal",\n    "value": "Disabled"\n  }\n}', 'pos.json');
  assert.deepEqual(json.problems.filter((p) => p.code === 'R203').map((p) => [p.line, p.column]), [[4, 13]]);
});

// ---- the path catalogue

test('the catalogue knows every section, maps with any key, list elements by position, and derived facts', () => {
  const catalogue = factPathCatalogue();
  for (const section of SECTION_PATHS) assert.ok(catalogue.lookup(`${section}.status`), section);
  assert.deepEqual(catalogue.lookup('services.items.AnyService.status')?.values?.includes('Running'), true);
  assert.deepEqual(catalogue.lookup('iis.appPools.WsusPool.queueLength')?.types, ['integer']);
  assert.deepEqual(catalogue.lookup('iis.wsusApplications.3.requireSsl')?.types, ['boolean']);
  assert.deepEqual(catalogue.lookup('derived.iisLog.statusCounts.503')?.types, ['number']);
  assert.deepEqual(catalogue.lookup('derived.installedKbs')?.items?.types, ['string']);
  assert.deepEqual(catalogue.lookup('derived.events.byKey.Microsoft-Windows-WAS/5002.count')?.types, ['number']);
  assert.equal(catalogue.lookup('services.WsusSevice.status'), undefined);
  assert.equal(catalogue.lookup('derived.osfamily'), undefined);
  assert.deepEqual(catalogue.suggest('services.WsusSevice.status')[0], 'services.items.WsusService.status');
  assert.deepEqual(catalogue.suggest('derived.osfamily'), ['derived.osFamily']);
  assert.match(catalogue.explainUnknown('updates.items.id') ?? '', /is a list/);
});

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('queueLength', 'queueLenght'), 1);
  assert.equal(editDistance('WsusSevice', 'WsusService'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

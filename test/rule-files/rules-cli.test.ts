// rules test / rules new / diagnose --rules through main(), in-process with a fake io.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const example = (name: string) => join(root, 'examples', name);
const fixtures = join(root, 'test', 'fixtures');
const temp = () => mkdtempSync(join(tmpdir(), 'wsus-doctor-rules-'));
const SUMMARY = /^(\d+) passed, (\d+) failed$/m;

test('rules new writes a starter that validates and passes its fail and pass tests', async () => {
  const dir = temp();
  const io = recordingIo();
  assert.equal(await main(['rules', 'new', 'bits-disabled-here', '--dir', dir], io), 0, io.err);
  const file = join(dir, 'bits-disabled-here.yaml');
  assert.equal(io.out.trim(), file);
  assert.match(readFileSync(file, 'utf8'), /^ref: LOCAL-0001$/m);
  assert.equal(await main(['rules', 'validate', dir], recordingIo()), 0);
  const tested = recordingIo();
  assert.equal(await main(['rules', 'test', dir], tested), 0, tested.out);
  assert.deepEqual(SUMMARY.exec(tested.out)?.slice(1), ['2', '0']);
  // The next one gets the next ref; an existing file or id is never overwritten.
  assert.equal(await main(['rules', 'new', 'second-rule', '--dir', dir], recordingIo()), 0);
  assert.match(readFileSync(join(dir, 'second-rule.yaml'), 'utf8'), /^ref: LOCAL-0002$/m);
  const again = recordingIo();
  assert.equal(await main(['rules', 'new', 'second-rule', '--dir', dir], again), 2);
  assert.match(again.err, /already exists/);
  const clash = recordingIo();
  assert.equal(await main(['rules', 'new', builtInRules[0].id, '--dir', temp()], clash), 2);
  assert.match(clash.err, /already used/);
  assert.equal(await main(['rules', 'new', 'Not_Kebab', '--dir', dir], recordingIo()), 2);
});

test('rules new --from copies an existing rule under a new id and ref, still valid and passing', async () => {
  const dir = temp();
  const from = builtInRules[0];
  assert.equal(await main(['rules', 'new', 'my-copy', '--from', from.id, '--dir', dir], recordingIo()), 0);
  const text = readFileSync(join(dir, 'my-copy.yaml'), 'utf8');
  assert.match(text, /^id: my-copy$/m);
  assert.match(text, new RegExp(`started from ${from.id}`));
  const io = recordingIo();
  assert.equal(await main(['rules', 'test', dir], io), 0, io.out);
  assert.deepEqual(SUMMARY.exec(io.out)?.slice(1), [String(from.tests.length), '0']);
  const unknown = recordingIo();
  assert.equal(await main(['rules', 'new', 'other', '--from', 'no-such-rule', '--dir', dir], unknown), 2);
});

test('rules test: one line per case, the summary line, exit 1 on a failed case and on an untested rule', async () => {
  const dir = temp();
  assert.equal(await main(['rules', 'new', 'wrong-expectation', '--dir', dir], recordingIo()), 0);
  const file = join(dir, 'wrong-expectation.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('    facts: {}\n    expect: pass', '    facts: {}\n    expect: fail'));
  const io = recordingIo();
  assert.equal(await main(['rules', 'test', file], io), 1);
  assert.match(io.out, /✓ wrong-expectation › disabled BITS fails \(fail\)/);
  assert.match(io.out, /✗ wrong-expectation › BITS on manual start passes \(fail\): expected fail, got pass/);
  assert.match(io.out, /✗ wrong-expectation: untested: rule wrong-expectation needs at least one fail case and one pass case/);
  assert.deepEqual(SUMMARY.exec(io.out)?.slice(1), ['1', '2']);
});

test('rules test runs named built-in rules, fleet rules too, and all of them when nothing is named', async () => {
  const rule = builtInRules[0];
  const one = recordingIo();
  assert.equal(await main(['rules', 'test', rule.id], one), 0, one.out);
  assert.deepEqual(SUMMARY.exec(one.out)?.slice(1), [String(rule.tests.length), '0']);
  const fleetRule = fleetRules[0];
  const fleet = recordingIo();
  assert.equal(await main(['rules', 'test', fleetRule.id], fleet), 0, fleet.out + fleet.err);
  assert.deepEqual(SUMMARY.exec(fleet.out)?.slice(1), [String(fleetRule.tests.length), '0']);
  assert.match(fleet.out, new RegExp(`✓ ${fleetRule.id} › ${fleetRule.tests[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${fleetRule.tests[0].expect}\\)`));
  const all = recordingIo();
  assert.equal(await main(['rules', 'test'], all), 0, all.out);
  const [passed, failed] = SUMMARY.exec(all.out)!.slice(1).map(Number);
  assert.equal(failed, 0);
  assert.equal(passed, [...builtInRules, ...fleetRules].reduce((n, r) => n + r.tests.length, 0));
  for (const r of fleetRules) assert.ok(all.out.includes(`✓ ${r.id} › `), `${r.id} was not tested`);
});

test('rules test refuses unknown targets and invalid files (exit 2)', async () => {
  const io = recordingIo();
  assert.equal(await main(['rules', 'test', 'no-such-rule-or-path'], io), 2);
  assert.match(io.err, /neither a rule file or folder nor a built-in rule id/);
  const invalid = recordingIo();
  assert.equal(await main(['rules', 'test', join(fixtures, 'rules-invalid', 'unknown-operator.yaml')], invalid), 2);
  assert.match(invalid.err, /R204/);
});

test('diagnose --rules adds valid rule files; a broken one stops the run unless --skip-invalid-rules', async () => {
  const good = join(fixtures, 'rules-valid');
  const io = recordingIo();
  const code = await main(['diagnose', example('healthy-wsus-server.json'), '--rules', good, '--format', 'json', '--fail-on', 'none'], io);
  assert.equal(code, 0, io.err);
  const report = JSON.parse(io.out) as { machines: Array<{ results: Array<{ ruleId: string; outcome: string; message: string }> }> };
  const result = report.machines[0].results.find((r) => r.ruleId === 'pool-queue-below-site-standard');
  assert.equal(result?.outcome, 'fail');
  assert.match(result!.message, /queue length is 2000/);

  const mixed = temp();
  copyFileSync(join(good, 'pool-queue-below-site-standard.yaml'), join(mixed, 'pool-queue-below-site-standard.yaml'));
  copyFileSync(join(fixtures, 'rules-invalid', 'unknown-fact-path.yaml'), join(mixed, 'unknown-fact-path.yaml'));
  const refused = recordingIo();
  assert.equal(await main(['diagnose', example('healthy-wsus-server.json'), '--rules', mixed], refused), 2);
  assert.match(refused.err, /unknown-fact-path\.yaml: at line 11, column 9: invalid rule file: R203 unknown fact path/);
  assert.equal(refused.out, '');

  const skipped = recordingIo();
  assert.equal(await main(['diagnose', example('healthy-wsus-server.json'), '--rules', mixed, '--skip-invalid-rules', '--format', 'json', '--fail-on', 'none'], skipped), 0);
  assert.match(skipped.err, /skipped invalid rule file .*unknown-fact-path\.yaml: R203 at line 11, column 9/);
  assert.ok(JSON.parse(skipped.out).machines[0].results.some((r: { ruleId: string }) => r.ruleId === 'pool-queue-below-site-standard'));
});

test('diagnose --rules refuses a rule file whose id clashes with a built-in rule', async () => {
  const dir = temp();
  mkdirSync(dir, { recursive: true });
  assert.equal(await main(['rules', 'new', 'clash-soon', '--dir', dir], recordingIo()), 0);
  const id = builtInRules[0].id;
  writeFileSync(join(dir, `${id}.yaml`), readFileSync(join(dir, 'clash-soon.yaml'), 'utf8').replace('id: clash-soon', `id: ${id}`).replace('LOCAL-0001', 'LOCAL-0009'));
  const io = recordingIo();
  assert.equal(await main(['diagnose', example('healthy-wsus-server.json'), '--rules', dir], io), 2);
  assert.match(io.err, new RegExp(`at line \\d+, column \\d+: invalid rule file: R401 rule id "${id}" is already used by a built-in rule`));
  const validate = recordingIo();
  assert.equal(await main(['rules', 'validate', dir], validate), 2);
  assert.match(validate.out, /R401 rule id .* is already used by a built-in rule/);
});

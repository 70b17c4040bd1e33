// The corpus of deliberately broken rule files: each fixture must be reported with exactly the
// expected codes at the expected file:line:column, every error code has a fixture, and the CLI
// prints them with a fix hint and exits 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkRuleFiles } from '../../engine/rule-files/check-rule-files.js';
import { RULE_PROBLEMS } from '../../engine/rule-files/rule-problems.js';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from '../cli/cli-helpers.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'rules-invalid');
interface Expected {
  path: string;
  problems: Array<{ code: string; file: string; line: number; column: number }>;
}
const manifest = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];

for (const entry of manifest) {
  test(`${entry.path}: ${entry.problems.map((p) => `${p.code} at ${p.line}:${p.column}`).join(', ')}`, async () => {
    const files = await checkRuleFiles([join(dir, entry.path)]);
    const found = files.flatMap((f) => f.problems.map((p) => ({ code: p.code, file: relative(dir, p.file), line: p.line, column: p.column })));
    assert.deepEqual(found, entry.problems);
    for (const f of files) for (const p of f.problems) assert.ok(p.hint.length > 10 && p.message.length > 5, `${p.code} needs a message and a hint`);
    // A file with an error never yields a rule.
    if (files.some((f) => f.problems.some((p) => p.severity === 'error'))) assert.ok(files.some((f) => !f.rule));
  });
}

test('every fixture is in expected.json and every error code has a fixture (at least 25 kinds of mistake)', () => {
  const onDisk = readdirSync(dir).filter((name) => name !== 'expected.json').sort();
  assert.deepEqual(manifest.map((e) => e.path).sort(), onDisk);
  const covered = new Set(manifest.flatMap((e) => e.problems.map((p) => p.code)));
  assert.deepEqual(Object.keys(RULE_PROBLEMS).filter((code) => !covered.has(code)), []);
  assert.ok(manifest.length >= 25);
});

test('rules validate prints file:line:column, the code, a suggestion and a fix hint, and exits 2', async () => {
  const io = recordingIo();
  const code = await main(['rules', 'validate', join(dir, 'misspelt-service-path.yaml')], io);
  assert.equal(code, 2);
  assert.match(io.out, /misspelt-service-path\.yaml:11:9: error R203 unknown fact path "services\.WsusSevice\.status" \(did you mean "services\.items\.WsusService\.status"/);
  assert.match(io.out, /\n {2}fix: /);
  assert.match(io.out, /1 rule file checked: 0 valid, 1 invalid \(1 error, 0 warnings\)/);
});

test('rules validate --format json lists every problem with its place', async () => {
  const io = recordingIo();
  const code = await main(['rules', 'validate', join(dir, 'duplicate-ref'), '--format', 'json'], io);
  assert.equal(code, 2);
  const report = JSON.parse(io.out) as { files: Array<{ valid: boolean; problems: Array<{ code: string; line: number; column: number; hint: string }> }>; summary: { invalid: number } };
  assert.equal(report.summary.invalid, 1);
  const problem = report.files.flatMap((f) => f.problems)[0];
  assert.deepEqual([problem.code, problem.line, problem.column], ['R402', 2, 6]);
});

test('a warning alone (untested rule) does not fail validation', async () => {
  const io = recordingIo();
  assert.equal(await main(['rules', 'validate', join(dir, 'untested-rule.yaml')], io), 0);
  assert.match(io.out, /warning R302/);
});

// The rule catalogue: every rule registered once, with complete metadata and both kinds of test
// case, its file named after its id, and every regex it uses safe. Nothing can drift silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { CATEGORIES, OPERATOR_NAMES, SEVERITIES, type Condition } from '../../engine/dsl/rule-types.js';
import { checkRulePattern } from '../../engine/evaluate/regex-safety.js';

const root = join(import.meta.dirname, '..', '..');

test('rule ids and refs are unique', () => {
  const ids = builtInRules.map((r) => r.id);
  const refs = builtInRules.map((r) => r.ref);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  assert.deepEqual(refs.filter((ref, i) => refs.indexOf(ref) !== i), []);
});

test('every rule file under rules/server and rules/client is registered, and named after its id', () => {
  const files = ['server', 'client'].flatMap((dir) =>
    readdirSync(join(root, 'rules', dir))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, '')),
  );
  const ids = builtInRules.map((r) => r.id);
  for (const file of files) assert.ok(ids.includes(file), `rules/*/${file}.ts is not registered (or its id differs from its file name)`);
  for (const id of ids) {
    const present = ['server', 'client', 'fleet'].some((dir) => existsSync(join(root, 'rules', dir, `${id}.ts`))) ||
      existsSync(join(root, 'rules', 'data', `${id}.yaml`)) || existsSync(join(root, 'rules', 'data', `${id}.json`));
    assert.ok(present, `rule ${id} has no file named after it`);
  }
});

for (const rule of builtInRules) {
  test(`rule ${rule.id} has complete metadata`, () => {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.match(rule.ref, /^WSUS-\d{4}$/);
    assert.ok(SEVERITIES.includes(rule.severity));
    assert.ok(CATEGORIES.includes(rule.category));
    for (const field of ['title', 'summary', 'rationale', 'message'] as const) assert.ok(rule[field].trim().length > 10, `${field} is too short`);
    assert.ok(rule.remediation.length > 0, 'no remediation steps');
    assert.ok(rule.references.length > 0, 'no references');
    for (const ref of rule.references) assert.match(ref.url, /^https:\/\//);
    assert.ok(rule.requires.length > 0, 'a rule must say what evidence it needs');
    const kinds = new Set(rule.tests.filter((t) => !t.knownGap).map((t) => t.expect));
    assert.ok(kinds.has('fail') && kinds.has('pass'), 'needs at least one fail case and one pass case');
  });

  test(`rule ${rule.id} uses only known operators and safe regexes`, () => {
    const visit = (c: Condition<string>) => {
      if ('all' in c) c.all.forEach(visit);
      else if ('any' in c) c.any.forEach(visit);
      else if ('not' in c) visit(c.not);
      else {
        assert.ok(OPERATOR_NAMES.includes(c.operator), `unknown operator ${c.operator}`);
        if (c.operator === 'matches' || c.operator === 'notMatches') {
          const check = checkRulePattern(String(c.value));
          assert.ok(check.ok, check.reason);
        }
      }
    };
    visit(rule.when);
    if (rule.inconclusiveWhen) visit(rule.inconclusiveWhen);
    if (rule.appliesTo.when) visit(rule.appliesTo.when);
  });

  // Trust on real machines: a rule that reads logs or events has a healthy-but-noisy case, and no
  // such case may expect a finding at error or critical severity.
  const readsLogs =
    (rule.logEvidence?.length ?? 0) > 0 || rule.requires.flat().some((path) => path === 'events' || path.startsWith('logs.') || path.startsWith('events.'));
  test(`rule ${rule.id}: healthy-but-noisy cases never expect an error${readsLogs ? ', and there is one' : ''}`, () => {
    const noisy = rule.tests.filter((t) => t.noise);
    if (readsLogs) assert.ok(noisy.length > 0, 'a log-based rule needs a test case marked noise: true (what a healthy machine really logs)');
    if (rule.severity === 'error' || rule.severity === 'critical') {
      for (const t of noisy) assert.notEqual(t.expect, 'fail', `noise case "${t.name}" expects a ${rule.severity} finding`);
    }
  });
}

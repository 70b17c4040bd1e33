// The rule catalogue, for every kind of built-in rule (TypeScript and YAML per-machine rules,
// fleet rules): every rule file registered once in its folder's index and named after its id,
// unique ids and refs, complete metadata, references, fail and pass cases, and every regex safe.
// Nothing can drift silently. Fleet-only checks (paths of the fleet roots) are in
// test/fleet/fleet-catalogue.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { serverRules } from '../../rules/server/index.js';
import { clientRules } from '../../rules/client/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { CATEGORIES, OPERATOR_NAMES, SEVERITIES, type Condition, type RuleDefinition } from '../../engine/dsl/rule-types.js';
import { checkRulePattern } from '../../engine/operators/safe-regex.js';

const root = join(import.meta.dirname, '..', '..');

/** Every built-in rule, per-machine and fleet, with the folder it must live in. */
const catalogue: Array<{ folder: 'server' | 'client' | 'fleet'; rule: RuleDefinition<string> }> = [
  ...serverRules.map((rule) => ({ folder: 'server' as const, rule })),
  ...clientRules.map((rule) => ({ folder: 'client' as const, rule })),
  ...fleetRules.map((rule) => ({ folder: 'fleet' as const, rule: rule as unknown as RuleDefinition<string> })),
];

/** Rule files of a folder: TypeScript rules (not index.ts, not generated modules) and data rules. */
function ruleFiles(folder: string): string[] {
  return readdirSync(join(root, 'rules', folder))
    .filter((f) => (f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.generated.ts')) || /\.(ya?ml|json)$/.test(f))
    .map((f) => f.replace(/\.(ts|ya?ml|json)$/, ''));
}

test('the per-machine rule set is the server rules then the client rules', () => {
  assert.deepEqual(builtInRules, [...serverRules, ...clientRules]);
});

test('rule ids and refs are unique across every kind of rule', () => {
  const ids = catalogue.map((c) => c.rule.id);
  const refs = catalogue.map((c) => c.rule.ref);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  assert.deepEqual(refs.filter((ref, i) => refs.indexOf(ref) !== i), []);
});

for (const folder of ['server', 'client', 'fleet'] as const) {
  test(`every rule file under rules/${folder} is registered in its index, and named after its id`, () => {
    const files = ruleFiles(folder).sort();
    const ids = catalogue.filter((c) => c.folder === folder).map((c) => c.rule.id).sort();
    const duplicates = files.filter((f, i) => files.indexOf(f) !== i);
    assert.deepEqual(duplicates, [], `rules/${folder} has a TypeScript and a data file for the same id`);
    for (const file of files) assert.ok(ids.includes(file), `rules/${folder}/${file} is not registered in rules/${folder}/index.ts (or its id differs from its file name)`);
    for (const id of ids) assert.ok(files.includes(id), `rule ${id} is registered in rules/${folder}/index.ts but has no file rules/${folder}/${id}.ts or .yaml`);
  });
}

for (const { folder, rule } of catalogue) {
  test(`rule ${rule.id} has complete metadata`, () => {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.match(rule.ref, /^WSUS-\d{4}$/);
    assert.ok(SEVERITIES.includes(rule.severity));
    assert.ok(CATEGORIES.includes(rule.category));
    assert.equal(rule.category === 'fleet', folder === 'fleet', 'category fleet is for the fleet rules, and only them');
    if (folder !== 'fleet') assert.equal(rule.appliesTo.role, folder, `a rule under rules/${folder} applies to ${folder}s`);
    for (const field of ['title', 'summary', 'rationale', 'message'] as const) assert.ok(rule[field].trim().length > 10, `${field} is too short`);
    assert.ok(rule.remediation.length > 0, 'no remediation steps');
    assert.ok(rule.references.length > 0, 'no references');
    for (const ref of rule.references) assert.match(ref.url, /^https:\/\//);
    assert.ok(rule.requires.length > 0, 'a rule must say what evidence it needs');
    const kinds = new Set((rule.tests as Array<{ knownGap?: boolean; expect: string }>).filter((t) => !t.knownGap).map((t) => t.expect));
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
}

// Per-machine rules only: fleet test cases describe fleets, not one machine's logs.
for (const rule of builtInRules) {
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

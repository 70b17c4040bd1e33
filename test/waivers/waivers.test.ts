// Waivers: validated files, machine patterns, expiry, waived results kept in the JSON report but
// not counted toward --fail-on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { machinePattern, matchesMachine } from '../../engine/waivers/machine-pattern.js';
import { applyWaivers } from '../../engine/waivers/apply-waivers.js';
import { readWaiverFile } from '../../engine/waivers/read-waivers.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import type { MachineReport } from '../../engine/model/report-model.js';
import type { RuleResult } from '../../engine/model/report-model.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const example = (name: string) => join(root, 'examples', name);
const fixtures = join(root, 'test', 'fixtures', 'waivers');

test('machine patterns: * and ? wildcards, case-insensitive, whole name, regex characters literal', () => {
  assert.ok(machinePattern('lab-wsus-*').test('LAB-WSUS-07'));
  assert.ok(machinePattern('wsus0?').test('wsus01'));
  assert.ok(!machinePattern('wsus0?').test('wsus010'));
  assert.ok(!machinePattern('wsus01').test('xwsus01'));
  assert.ok(!machinePattern('a.b').test('axb'));
  assert.ok(matchesMachine(['*.lab.contoso.com'], ['WSUS09', 'wsus09.lab.contoso.com']));
  assert.ok(!matchesMachine(['*.lab.contoso.com'], ['WSUS09', undefined]));
  assert.ok(machinePattern('a(b)[c]{1}$^|+\\').test('A(B)[C]{1}$^|+\\'));
});

test('machine patterns run in linear time: many stars over a long host name (RegExp would backtrack for hours)', () => {
  const pattern = machinePattern('*a*a*a*a*a*a*a*a*b');
  const host = 'a'.repeat(255);
  let reads = 0;
  const bytes = new Proxy([...Buffer.from(host)], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  assert.equal(pattern.test(bytes as unknown as number[]), false);
  assert.ok(reads <= 2 * host.length + 4, `${reads} reads`);
});

function machine(results: Array<Pick<RuleResult, 'ruleId' | 'outcome'>>): MachineReport {
  return {
    file: 'x.json',
    computerName: 'WSUS02',
    fqdn: 'wsus02.contoso.com',
    status: 'diagnosed',
    results: results.map((r) => ({ ...r, ref: 'WSUS-0001', title: r.ruleId, severity: 'error', category: 'iis', message: '', evidence: [], logEvidence: [], remediation: [], references: [] })),
    summary: { fail: results.filter((r) => r.outcome === 'fail').length, pass: 0, notApplicable: 0, insufficientEvidence: 0 },
  };
}

test('an active waiver marks the matching diagnosis waived and recounts; an expired one warns and suppresses nothing', () => {
  const machines = [machine([{ ruleId: 'a-rule', outcome: 'fail' }, { ruleId: 'b-rule', outcome: 'fail' }, { ruleId: 'c-rule', outcome: 'pass' }])];
  const warnings: string[] = [];
  applyWaivers(
    [
      { rule: 'a-rule', machines: ['wsus0*'], justification: 'accepted', expires: '2026-12-31', source: 'w.yaml#1' },
      { rule: 'b-rule', machines: ['WSUS02'], justification: 'was accepted', expires: '2026-11-24', source: 'w.yaml#2' },
      { rule: 'c-rule', machines: ['WSUS02'], justification: 'passes anyway', expires: '2027-01-01', source: 'w.yaml#3' },
      { rule: 'no-such-rule', machines: ['*'], justification: 'typo', expires: '2027-01-01', source: 'w.yaml#4' },
    ],
    machines,
    (m) => warnings.push(m),
    new Date('2026-11-25T10:00:00Z'),
  );
  const [a, b, c] = machines[0].results;
  assert.deepEqual(a.waived, { justification: 'accepted', expires: '2026-12-31', waiver: 'w.yaml#1' });
  assert.equal(b.waived, undefined);
  assert.equal(c.waived, undefined, 'a pass is never marked waived');
  assert.deepEqual(machines[0].summary, { fail: 1, pass: 1, notApplicable: 0, insufficientEvidence: 0 });
  assert.equal(warnings.length, 2);
  assert.match(warnings[0], /w\.yaml#2 .*expired on 2026-11-24/);
  assert.match(warnings[1], /w\.yaml#4 names rule "no-such-rule", which did not run/);
});

test('the example waiver file is valid', async () => {
  const waivers = await readWaiverFile(join(root, 'examples', 'waivers', 'lab-servers.yaml'));
  assert.equal(waivers.length, 2);
  assert.equal(waivers[0].expires, '2027-06-30');
});

test('invalid waiver files are refused with the line and column (exit 2)', async () => {
  for (const [name, pattern] of [
    ['missing-justification.yaml', /missing-justification\.yaml: at line 2, column 5: invalid waiver file: .*"justification" is missing/],
    ['bad-date.json', /bad-date\.json: at line 3, column \d+: invalid waiver file: \/waivers\/0\/expires must be a date/],
    ['short-justification.yaml', /short-justification\.yaml: at line 4, column \d+: invalid waiver file: \/waivers\/0\/justification is too short \(3 characters, at least 10\)/],
  ] as const) {
    const io = recordingIo();
    assert.equal(await main(['diagnose', example('broken-wsus-server.json'), '--waivers', join(fixtures, name)], io), 2, name);
    assert.match(io.err, pattern);
  }
});

test('diagnose --waivers: waived diagnoses stay in the JSON report, marked, and do not count toward --fail-on', async () => {
  const first = recordingIo();
  assert.equal(await main(['diagnose', example('broken-wsus-server.json'), '--format', 'json', '--fail-on', 'info'], first), 1);
  const failing = (JSON.parse(first.out) as { machines: Array<{ computerName: string; results: RuleResult[] }> }).machines[0];
  const ids = failing.results.filter((r) => r.outcome === 'fail').map((r) => r.ruleId);
  assert.ok(ids.length > 0);
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-waivers-'));
  const file = join(dir, 'waivers.yaml');
  const entries = ids.map((id) => `  - rule: ${id}\n    machines: ["${failing.computerName.toLowerCase()}"]\n    justification: Test waiver for ${id}.\n    expires: 2999-12-31\n`);
  writeFileSync(file, `waivers:\n${entries.join('')}`);
  const io = recordingIo();
  assert.equal(await main(['diagnose', example('broken-wsus-server.json'), '--format', 'json', '--fail-on', 'info', '--waivers', file], io), 0, io.err);
  const report = JSON.parse(io.out) as { summary: { outcomes: { fail: number } }; machines: Array<{ results: RuleResult[] }> };
  assert.ok(getValidator('report.schema.json')(report), 'the report with waived results matches its schema');
  assert.equal(report.summary.outcomes.fail, 0);
  const waived = report.machines[0].results.filter((r) => r.waived);
  assert.deepEqual(waived.filter((r) => r.outcome === 'fail').map((r) => r.ruleId).sort(), [...ids].sort());
  assert.match(waived[0].waived!.waiver!, /waivers\.yaml#\d+$/);

  // Expired: the same file dated in the past stops suppressing, with a warning on stderr.
  writeFileSync(file, `waivers:\n${entries.join('').replace(/2999-12-31/g, '2020-01-01')}`);
  const expired = recordingIo();
  assert.equal(await main(['diagnose', example('broken-wsus-server.json'), '--format', 'json', '--fail-on', 'info', '--waivers', file], expired), 1);
  assert.match(expired.err, /expired on 2020-01-01: it no longer suppresses anything/);
  assert.equal((JSON.parse(expired.out) as { machines: Array<{ results: RuleResult[] }> }).machines[0].results.filter((r) => r.waived).length, 0);
});

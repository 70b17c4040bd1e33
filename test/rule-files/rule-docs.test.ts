// docs/rules/ is generated from the built-in rules, per-machine and fleet (test/generated.test.ts keeps
// it up to date). Every rule has a page and an index row; what a page says; `rules docs --out`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { renderRuleDocs, renderRulePage } from '../../engine/rule-files/render-rule-docs.js';
import { fleetRuleDocEntry, renderFleetRulePage } from '../../engine/fleet/render-fleet-rule-docs.js';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from '../cli/cli-helpers.js';

const docs = join(import.meta.dirname, '..', '..', 'docs', 'rules');

test('every rule, fleet rules included, has a page and an index row, and nothing else is generated', () => {
  const pages = renderRuleDocs(builtInRules, fleetRules.map(fleetRuleDocEntry));
  for (const rule of [...builtInRules, ...fleetRules]) {
    assert.ok(pages.has(`${rule.id}.md`), `no page for ${rule.id}`);
    assert.ok(pages.get('README.md')!.includes(`(${rule.id}.md)`), `the index does not list ${rule.id}`);
  }
  assert.equal(pages.size, builtInRules.length + fleetRules.length + 1);
});

test('a rule page says what, why, how to fix, the conditions in words, the tests and the references', () => {
  for (const rule of builtInRules) {
    const page = renderRulePage(rule);
    for (const heading of ['## What it checks', '## Why it matters', '## How to fix', '## Examples', '## References']) assert.ok(page.includes(heading), `${rule.id}: ${heading}`);
    assert.ok(page.includes('The rule **fails** when:'));
    for (const t of rule.tests) assert.ok(page.includes(t.name.replace(/\|/g, '\\|')), `${rule.id}: test ${t.name}`);
  }
  for (const rule of fleetRules) {
    const page = renderFleetRulePage(rule);
    for (const heading of ['## What it checks', '## Why it matters', '## How to fix', '## Examples', '## References']) assert.ok(page.includes(heading), `${rule.id}: ${heading}`);
    assert.ok(page.includes('The rule **fails** when:'));
    assert.ok(page.includes(`A finding names the machines in \`${rule.machines}\``), `${rule.id}: machines`);
    for (const t of rule.tests) assert.ok(page.includes(t.name.replace(/\|/g, '\\|')), `${rule.id}: test ${t.name}`);
  }
});

test('rules docs with a fleet rule id writes that fleet rule\'s page', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-docs-'));
  const io = recordingIo();
  assert.equal(await main(['rules', 'docs', 'fleet-stale-reporting', '--out', out], io), 0, io.err);
  assert.deepEqual(readdirSync(out).sort(), ['README.md', 'fleet-stale-reporting.md']);
  assert.equal(readFileSync(join(out, 'fleet-stale-reporting.md'), 'utf8'), readFileSync(join(docs, 'fleet-stale-reporting.md'), 'utf8'));
});

test('rules docs --out writes the pages of named rule files and removes its own stale pages', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-docs-'));
  const valid = join(import.meta.dirname, '..', 'fixtures', 'rules-valid');
  const io = recordingIo();
  assert.equal(await main(['rules', 'docs', valid, '--out', out], io), 0, io.err);
  assert.deepEqual(readdirSync(out).sort(), ['README.md', 'pool-queue-below-site-standard.md', 'wuserver-port-differs-from-agent.md']);
  assert.match(readFileSync(join(out, 'pool-queue-below-site-standard.md'), 'utf8'), /`derived\.wsusPool\.queueLength` is less than `5000`/);
  assert.equal(await main(['rules', 'docs', join(valid, 'wuserver-port-differs-from-agent.json'), '--out', out], recordingIo()), 0);
  assert.deepEqual(readdirSync(out).sort(), ['README.md', 'wuserver-port-differs-from-agent.md']);
});

// The bundle's built-in rules (issue 14): runs load the rules without their test cases as JSON data
// computed at build time (scripts/bundle/rules-as-data.mjs); `rules test` still runs every case of
// the sources. Needs dist/ (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { builtInRules as builtInWithoutTests } from '../../rules/without-tests.js';
import { fleetRules as fleetWithoutTests } from '../../rules/fleet-without-tests.js';

const root = join(import.meta.dirname, '..', '..');
const chunks = join(root, 'dist', 'chunks');

/** The one chunk the bundle made of a module (chunk names are `<module>-<hash>.js`). */
function chunkOf(module: string): string {
  assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/ is built (npm run build)');
  const found = readdirSync(chunks).filter((f) => new RegExp(`^${module}-[A-Z0-9]+\\.js$`).test(f));
  assert.equal(found.length, 1, `one chunk for ${module}: ${found.join(', ')}`);
  return join(chunks, found[0]!);
}

test('without their test cases the rules are the same rules, in the same order', () => {
  assert.equal(builtInWithoutTests.length, builtInRules.length);
  assert.equal(fleetWithoutTests.length, fleetRules.length);
  builtInRules.forEach((rule, i) => assert.deepEqual(builtInWithoutTests[i], { ...rule, tests: [] }, rule.id));
  fleetRules.forEach((rule, i) => assert.deepEqual(fleetWithoutTests[i], { ...rule, tests: [] }, rule.id));
});

test('the bundle holds the rules without test cases as JSON data equal to the sources', async () => {
  for (const [module, name, expected] of [
    ['without-tests', 'builtInRules', builtInWithoutTests],
    ['fleet-without-tests', 'fleetRules', fleetWithoutTests],
  ] as const) {
    const file = chunkOf(module);
    const text = readFileSync(file, 'utf8');
    // Data only: one JSON.parse of a string, no code of the rule modules, no test case.
    assert.match(text, new RegExp(`\\b${name}\\s*=\\s*JSON\\.parse\\(`), module);
    assert.doesNotMatch(text, /defineRule|"tests":\[\{/, module);
    const loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const value = Object.values(loaded).find(Array.isArray);
    assert.ok(value, `${module} exports the rules`);
    assert.equal(value.length, expected.length, module);
    assert.ok(expected.length > 0);
    assert.deepStrictEqual(value, JSON.parse(JSON.stringify(expected)), module);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(expected)), expected, `${module}: plain JSON data`);
  }
});

test('the bundled `rules test` runs every test case of the built-in rules', () => {
  const cases = builtInRules.reduce((n, r) => n + r.tests.length, 0) + fleetRules.reduce((n, r) => n + r.tests.length, 0);
  assert.ok(cases > 500, `${cases} cases`);
  const out = execFileSync(process.execPath, [join(root, 'bin', 'wsus-doctor.js'), 'rules', 'test'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(out.trimEnd().split('\n').at(-1), `${cases} passed, 0 failed`);
});

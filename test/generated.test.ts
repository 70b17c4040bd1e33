// Every committed generated artifact (fact and derived-fact types, the data-rule registry, the
// rule docs, the examples, the collector entry script, the fleet report fixture) is what its
// generator makes today: the same check as `npm run generate -- --check`, run in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifacts, checkGenerated } from '../scripts/generate.js';

test('every generated artifact is up to date (fix: npm run generate)', { timeout: 120_000 }, async () => {
  assert.ok(artifacts.length >= 7);
  const stale = await checkGenerated();
  assert.deepEqual(stale, [], stale.map((s) => `${s.name}: ${s.files.join(', ')}`).join('\n'));
});

// Every bundled example is a valid fact document (the demo diagnoses them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadFactFile } from '../../engine/load/load-fact-file.js';

const dir = join(import.meta.dirname, '..', '..', 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test('there are examples for servers and clients', () => {
  assert.ok(files.length >= 5);
});

for (const file of files) {
  test(`examples/${file} is a valid fact document`, async () => {
    const doc = await loadFactFile(join(dir, file));
    assert.ok(['server', 'client'].includes(doc.role));
  });
}

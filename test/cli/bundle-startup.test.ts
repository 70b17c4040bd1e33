// Start-up work the bundle defers (issue 14): re2js lives in dist/vendor/re2js.cjs, loaded on the
// first rule regex or waiver machine pattern, never in a chunk every run parses; yargs' assert
// checks behave as node:assert's without loading it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import nodeAssert from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notStrictEqual, strictEqual } from '../../scripts/bundle/yargs-assert.mjs';

const root = join(import.meta.dirname, '..', '..');

test('re2js is a file of its own in dist/vendor, in none of the chunks or the CLI entry', () => {
  assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/ is built (npm run build)');
  assert.match(readFileSync(join(root, 'dist', 'vendor', 're2js.cjs'), 'utf8'), /RE2JSSyntaxException/);
  const chunks = readdirSync(join(root, 'dist', 'chunks')).filter((f) => f.endsWith('.js')).map((f) => join('chunks', f));
  for (const file of ['cli.js', 'batch-worker.js', ...chunks]) {
    assert.doesNotMatch(readFileSync(join(root, 'dist', file), 'utf8'), /RE2JSSyntaxException/, file);
  }
});

test("yargs' strictEqual and notStrictEqual pass and throw exactly as node:assert's", () => {
  const pairs: [unknown, unknown][] = [[1, 1], ['a', 'b'], [NaN, NaN], [0, -0], [true, 'true'], [undefined, undefined], [null, undefined]];
  const outcome = (f: () => void) => {
    try {
      f();
      return 'ok';
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };
  for (const [a, b] of pairs) {
    assert.equal(outcome(() => strictEqual(a, b)), outcome(() => nodeAssert.strictEqual(a, b)), `strictEqual(${String(a)}, ${String(b)})`);
    assert.equal(outcome(() => notStrictEqual(a, b, 'msg')), outcome(() => nodeAssert.notStrictEqual(a, b, 'msg')), `notStrictEqual(${String(a)}, ${String(b)})`);
  }
});

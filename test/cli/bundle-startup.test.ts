// Start-up work the bundle defers (issue 14): re2js lives in dist/vendor/re2js.cjs, loaded on the
// first rule regex or waiver machine pattern, never in a chunk every run parses; yargs' assert
// checks behave as node:assert's without loading it; a one-file diagnose loads a few chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import nodeAssert from 'node:assert';
import { spawnSync } from 'node:child_process';
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

/** The module files (bin, dist/cli.js, chunks) a run of the built CLI loads, through a loader hook that lists them. */
function filesLoaded(args: string[]): string[] {
  const hook = `data:text/javascript,${encodeURIComponent(
    "import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(\"export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\\\n'); return next(url, context); }\"));",
  )}`;
  const run = spawnSync(process.execPath, ['--import', hook, join(root, 'bin', 'wsus-doctor.js'), ...args], { encoding: 'utf8', cwd: root });
  assert.equal(run.status, 0, run.stderr);
  return run.stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice('LOADED '.length));
}

test('a one-file diagnose loads about ten module files, not one per module (scripts/bundle/run-core.mjs); --help loads no run code', () => {
  const diagnose = filesLoaded(['diagnose', join('examples', 'healthy-client.json')]);
  // bin, cli.js, what cli.js shares with the run, the run core, esbuild's runtime, the rules data, the
  // diagnose, evaluator and text report modules (9 files; yargs and the validator are read from dist/vendor).
  assert.ok(diagnose.length <= 12, `${diagnose.length} files:\n${diagnose.join('\n')}`);
  assert.ok(diagnose.some((url) => /\/without-tests-[A-Z0-9]+\.js$/.test(url)), 'the rules data');
  const help = filesLoaded(['--help']);
  assert.ok(help.length <= 6, `${help.length} files:\n${help.join('\n')}`);
  assert.ok(!help.some((url) => /\/(without-tests|diagnose-run|facts\.schema\.json)-/.test(url)), help.join('\n'));
});

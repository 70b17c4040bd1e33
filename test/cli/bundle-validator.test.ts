// The bundle's precompiled fact-schema validator (issue 14): one CommonJS file in dist/vendor with a V8
// code cache written at build time (scripts/bundle/cached-script.mjs), as yargs. It must judge every
// document as the schema compiled from the sources does, first error included, and V8 must take the caches.
// Needs dist/ (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { createAjv, loadSchema } from '../../engine/validate/schema-store.js';
import { loadCachedCommonJs } from '../../scripts/bundle/cached-script.mjs';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'dist', 'vendor', 'facts.schema.json.cjs');
const cache = `${file}.cache`;

function documents(): Array<{ name: string; document: unknown }> {
  const dirs = [join(root, 'examples'), join(root, 'test', 'fixtures', 'collectors')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: f, document: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown })),
  );
}

/** Deterministic wrong variants of a document: every leaf in turn given the wrong type, and sections dropped or padded. */
function variants(document: unknown): unknown[] {
  const out: unknown[] = [];
  const leaves: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else leaves.push(path);
  };
  walk(document, []);
  const at = (copy: Record<string, unknown>, path: string[]) => path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
  leaves.forEach((path, i) => {
    if (i % 7 !== 0) return; // a sample: every seventh leaf
    const copy = structuredClone(document) as Record<string, unknown>;
    const parent = at(copy, path);
    const key = path.at(-1)!;
    parent[key] = typeof parent[key] === 'string' ? 42 : 'not-a-number';
    out.push(copy);
  });
  for (const key of Object.keys(document as object)) {
    const dropped = structuredClone(document) as Record<string, unknown>;
    delete dropped[key];
    out.push(dropped);
    const padded = structuredClone(document) as Record<string, unknown>;
    if (padded[key] !== null && typeof padded[key] === 'object' && !Array.isArray(padded[key])) (padded[key] as Record<string, unknown>).unexpectedField = true;
    out.push(padded);
  }
  return out;
}

test('the bundled validator judges documents and their broken variants as the schema compiled from the sources', () => {
  assert.ok(existsSync(file), 'dist/ is built (npm run build)');
  const bundled = (loadCachedCommonJs(file, cache).exports as { default: ValidateFunction }).default;
  const fromSources = createAjv().compile(loadSchema('facts.schema.json'));
  let cases = 0;
  let invalid = 0;
  for (const { name, document } of documents()) {
    for (const candidate of [document, ...variants(document)]) {
      const expected = fromSources(candidate);
      assert.equal(bundled(candidate), expected, name);
      assert.deepEqual(bundled.errors ?? null, fromSources.errors ?? null, name);
      cases++;
      if (!expected) invalid++;
    }
  }
  assert.ok(cases > 1000, `${cases} documents`);
  assert.ok(invalid > 500, `${invalid} invalid documents`);
});

test('V8 takes the code caches of the bundled validator and yargs (a plain node, as the CLI runs)', () => {
  for (const vendored of [file, join(root, 'dist', 'vendor', 'yargs.cjs')]) {
    assert.ok(existsSync(`${vendored}.cache`), vendored);
    const code = `import(${JSON.stringify(pathToFileURL(join(root, 'scripts', 'bundle', 'cached-script.mjs')).href)}).then((m) => process.stdout.write(String(m.loadCachedCommonJs(${JSON.stringify(vendored)}, ${JSON.stringify(`${vendored}.cache`)}).cacheRejected)))`;
    assert.equal(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }), 'false', vendored);
  }
});

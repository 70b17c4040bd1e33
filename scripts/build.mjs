// Bundles the CLI (and the batch worker) to dist/ with esbuild so that `wsus-doctor`
// starts on plain Node 20 quickly: no TypeScript loader at run time, one file instead of
// hundreds of small modules, and the fact-schema validator precompiled by ajv (compiling it
// at start-up cost ~150 ms with its garbage collection).
// Type checking is separate (`tsc --noEmit`); tests run the sources through tsx.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { lazyStart } from './bundle/lazy-start.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const cache = join(root, '.cache', 'build');
mkdirSync(cache, { recursive: true });

// 1. Precompiled validators (ajv standalone code), same options as engine/validate/schema-store.ts.
const { Ajv2020 } = require('ajv/dist/2020');
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone').default;
const { _ } = require('ajv');
const precompiled = ['facts.schema.json'];
for (const name of precompiled) {
  const ajv = new Ajv2020({
    allErrors: false,
    unicode: false,
    strict: true,
    allowUnionTypes: true,
    logger: false,
    code: { source: true, esm: true, formats: _`fullFormats` },
  });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')));
  const code = standaloneCode(ajv, validate);
  writeFileSync(join(cache, `${name}.mjs`), `import { fullFormats } from 'ajv-formats/dist/formats.js';\n${code}`);
}

// 2. Entry points: each registers the precompiled validators, then re-exports the real entry.
const entries = {
  cli: 'engine/cli/main.ts',
  'batch-worker': 'engine/batch/worker.ts',
  'fleet-worker': 'engine/batch/fleet-worker.ts',
};
const entryPoints = {};
for (const [name, file] of Object.entries(entries)) {
  if (!existsSync(join(root, file))) continue; // optional entries appear when their code does
  const entry = join(cache, `${name}.entry.mjs`);
  writeFileSync(
    entry,
    [
      `import { registerPrecompiledLoader } from ${JSON.stringify(join(root, 'engine/validate/schema-store.ts'))};`,
      // Loaded on demand (its own chunk): --help and --version never parse the validator code.
      ...precompiled.map((schema) => `registerPrecompiledLoader(${JSON.stringify(schema)}, () => import(${JSON.stringify(join(cache, `${schema}.mjs`))}));`),
      `export * from ${JSON.stringify(join(root, file))};`,
      '',
    ].join('\n'),
  );
  entryPoints[name] = entry;
}

// A fresh dist/ each time: chunk names carry content hashes, so old chunks would pile up.
rmSync(join(root, 'dist'), { recursive: true, force: true });

await build({
  entryPoints,
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer ESM builds: jsonc-parser's CommonJS entry is UMD with dynamic requires.
  mainFields: ['module', 'main'],
  target: 'node20',
  // Dependencies are bundled too: loading one file instead of hundreds of small modules
  // (yargs alone is ~120 ms of module loading on this machine) keeps start-up fast.
  external: ['playwright-core', 'fsevents'],
  // yargs' translations would be read from <install>/../locales (outside the package): English
  // strings only, no file access (scripts/bundle/y18n-english.mjs).
  alias: { y18n: join(root, 'scripts', 'bundle', 'y18n-english.mjs') },
  // Help-text-only work (string-width's Unicode tables, yargs' node:assert) deferred to first use.
  plugins: [lazyStart],
  sourcemap: 'linked',
  // Less text for V8 to parse at every start (the precompiled validator is mostly indentation:
  // 655 -> 352 KB, ~5 ms); names and syntax are kept, so stack traces and the source map still read.
  minifyWhitespace: true,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (json-rules-engine, jsonpath-plus) call require() for Node built-ins;
  // an ESM bundle has no require, so give it one.
  banner: { js: "import { createRequire as __wdCreateRequire } from 'node:module'; const require = __wdCreateRequire(import.meta.url);" },
});

// re2js, loaded on the first rule regex only (engine/operators/safe-regex.ts requires
// ../vendor/re2js.cjs from dist/chunks/): one CommonJS file, so runs without regexes never parse it.
await build({
  entryPoints: [require.resolve('re2js')],
  outfile: join(root, 'dist', 'vendor', 're2js.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  logLevel: 'warning',
});

// 3. The installable PowerShell module (dist/powershell/WsusDoctor/<version>), after dist/ was emptied above.
const { buildPowerShellModule } = await import('./build-module.mjs');
buildPowerShellModule(root);

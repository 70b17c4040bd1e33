// Bundles the CLI (and the batch worker) to dist/ with esbuild so that `wsus-doctor`
// starts on plain Node 20 quickly: no TypeScript loader at run time, one file instead of
// hundreds of small modules, and the fact-schema validator precompiled by ajv (compiling it
// at start-up cost ~150 ms with its garbage collection). A one-file diagnose loads 9 files
// (test/cli/bundle-startup.test.ts): the run core in few chunks (bundle/run-core.mjs), the rules
// as JSON data (bundle/rules-as-data.mjs), yargs and the validator with V8 code caches (step 4).
// .cache/build/meta.json tells what each chunk holds.
// Type checking is separate (`tsc --noEmit`); tests run the sources through tsx.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { lazyStart } from './bundle/lazy-start.mjs';
import { ruleData, rulesAsData } from './bundle/rules-as-data.mjs';
import { runCore, runCoreFile } from './bundle/run-core.mjs';
import { CODE_CACHE_REGISTRY } from './bundle/cached-script.mjs';
import { yargsFromVendor } from './bundle/yargs-vendor.mjs';

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
      `import { loadCachedCommonJs } from ${JSON.stringify(join(root, 'scripts/bundle/cached-script.mjs'))};`,
      "import { fileURLToPath } from 'node:url';",
      // Loaded on demand from dist/vendor/ with its V8 code cache (step 4): --help and --version never
      // parse the validator code, and a diagnose does not compile it. (This module is the entry
      // itself, dist/<entry>.js, so ./vendor is dist/vendor.)
      ...precompiled.map(
        (schema) =>
          `registerPrecompiledLoader(${JSON.stringify(schema)}, async () => loadCachedCommonJs(fileURLToPath(new URL(${JSON.stringify(`./vendor/${schema}.cjs`)}, import.meta.url)), fileURLToPath(new URL(${JSON.stringify(`./vendor/${schema}.cjs.cache`)}, import.meta.url))).exports);`,
      ),
      `export * from ${JSON.stringify(join(root, file))};`,
      // The worker links the run core as every lazily loaded module does (scripts/bundle/run-core.mjs):
      // what the core shares with the worker and what it does not then land in one chunk, not two.
      ...(name === 'batch-worker' ? [`import * as __wdRunCore from ${JSON.stringify(runCoreFile(cache))};`, 'export { __wdRunCore };'] : []),
      '',
    ].join('\n'),
  );
  entryPoints[name] = entry;
}

// 3. The built-in rules that runs use (without test cases) as JSON data (scripts/bundle/rules-as-data.mjs).
const rules = await ruleData(root, cache);

// A fresh dist/ each time: chunk names carry content hashes, so old chunks would pile up.
rmSync(join(root, 'dist'), { recursive: true, force: true });

const result = await build({
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
  // Help-text-only work of string-width deferred (scripts/bundle/lazy-start.mjs; yargs itself is
  // built apart, below); the rules without their test cases as JSON data; what every diagnose runs in
  // a few chunks; yargs from dist/vendor/yargs.cjs with its code cache (step 4).
  plugins: [lazyStart, rulesAsData(rules), runCore(root, cache), yargsFromVendor(root)],
  sourcemap: 'linked',
  // Less text for V8 to parse at every start (the precompiled validator is mostly indentation:
  // 655 -> 352 KB, ~5 ms); names and syntax are kept, so stack traces and the source map still read.
  minifyWhitespace: true,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  // CommonJS dependencies (json-rules-engine, jsonpath-plus) call require() for Node built-ins;
  // an ESM bundle has no require, so give it one.
  banner: { js: "import { createRequire as __wdCreateRequire } from 'node:module'; const require = __wdCreateRequire(import.meta.url);" },
});

// What each chunk holds (for start-up work: which modules a command loads): .cache/build/meta.json.
writeFileSync(join(cache, 'meta.json'), JSON.stringify(result.metafile));

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

// 4. CommonJS files loaded with a V8 code cache (scripts/bundle/cached-script.mjs): the precompiled
// validators (generated code nobody reads: minified) and yargs.
for (const schema of precompiled) {
  await build({
    entryPoints: [join(cache, `${schema}.mjs`)],
    outfile: join(root, 'dist', 'vendor', `${schema}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
  });
}
await build({
  stdin: { contents: "export { default } from 'yargs';", resolveDir: root, loader: 'js' },
  outfile: join(root, 'dist', 'vendor', 'yargs.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  alias: { y18n: join(root, 'scripts', 'bundle', 'y18n-english.mjs') },
  plugins: [lazyStart],
  minifyWhitespace: true,
  // yargs' ES module shim reads import.meta.url (its own place, for the locales folder and the
  // "main file"); in this CommonJS file that is the file itself, as it was dist/cli.js before.
  define: { 'import.meta.url': '__wdImportMetaUrl' },
  banner: { js: "var __wdImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

// The caches: V8's code of those files after the built CLI diagnosed every example (so what a
// diagnose runs is compiled; other code compiles on first use as usual). The CLI's loader
// registers what it loads when the build asks (CODE_CACHE_REGISTRY).
{
  const loaded = new Map();
  globalThis[CODE_CACHE_REGISTRY] = loaded;
  const { main } = await import(pathToFileURL(join(root, 'dist', 'cli.js')).href);
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'examples', f));
  const quiet = { stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false, env: {}, cwd: root };
  const code = await main(['diagnose', ...examples, '--fail-on', 'none'], quiet);
  if (code !== 0) throw new Error(`build: the built CLI could not diagnose the examples (exit ${code})`);
  delete globalThis[CODE_CACHE_REGISTRY];
  const expected = [...precompiled.map((schema) => `${schema}.cjs`), 'yargs.cjs'].map((f) => join(root, 'dist', 'vendor', f));
  for (const file of expected) {
    const entry = loaded.get(file);
    if (!entry) throw new Error(`build: the CLI did not load ${file} through its code-cache loader`);
    writeFileSync(entry.cacheFile, entry.script.createCachedData());
  }
}

// 5. The installable PowerShell module (dist/powershell/WsusDoctor/<version>), after dist/ was emptied above.
const { buildPowerShellModule } = await import('./build-module.mjs');
buildPowerShellModule(root);

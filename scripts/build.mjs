// Bundles the CLI (and the batch worker) to dist/ with esbuild so that `wsus-doctor`
// starts on plain Node 20 in tens of milliseconds: no TypeScript loader at run time.
// Type checking is separate (`tsc --noEmit`), tests run the sources through tsx.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Entry points: every file here becomes dist/<name>.js. Optional ones are skipped until they exist.
const entries = {
  cli: 'engine/cli/main.ts',
  'batch-worker': 'engine/batch/worker.ts',
};
const entryPoints = Object.fromEntries(
  Object.entries(entries).filter(([, file]) => existsSync(join(root, file))).map(([name, file]) => [name, join(root, file)]),
);
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
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (json-rules-engine, jsonpath-plus) call require() for Node built-ins;
  // an ESM bundle has no require, so give it one.
  banner: { js: "import { createRequire as __wdCreateRequire } from 'node:module'; const require = __wdCreateRequire(import.meta.url);" },
});

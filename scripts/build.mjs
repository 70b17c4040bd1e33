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
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});

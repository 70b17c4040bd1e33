// esbuild plugin: the code every diagnose runs lands in a few chunks, not ~40 small ones.
//
// esbuild splits shared code by the exact set of entry points that reach each module (every
// dynamic import() is an entry point) and has no manual chunks (evanw/esbuild#207). The CLI has ~50
// dynamic imports whose static closures overlap in many different ways, so the modules of a
// one-file diagnose were spread over ~40 chunk files of a few KB each, and resolving and reading
// a file costs Node's ES module loader ~0.5 ms of CPU however small it is.
//
// The run core is the static closure of RUN_CORE: the diagnose run, and the evaluator and report
// format every diagnose loads. Every dynamic import of a project module is given a small wrapper
// module that re-exports it and also links the run core; so every module of the core is reached by
// the same set of entry points (all of them but the CLI's own entry) and esbuild puts the core in
// one chunk (the batch worker's entry links it too). What a module exports and does is
// unchanged; a lazily loaded module just finds the core loaded with it. The CLI's entry does not
// link the core: --help and --version load no more than before, and every command loads the core
// with its first dynamic import.
import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/**
 * The modules a one-file diagnose always runs (paths from the project root). The code-cache loader
 * of the validator is imported by both entries (CLI, batch worker): listed here, it joins the
 * chunk they share with the core instead of a file of its own.
 */
export const RUN_CORE = ['engine/cli/commands/diagnose-run.ts', 'engine/evaluate/compiled-evaluator.ts', 'engine/report/format-text.ts', 'scripts/bundle/cached-script.mjs'];

/** The module that links the run core (written by runCore). */
export const runCoreFile = (cache) => join(cache, 'run-core.mjs');

export function runCore(root, cache) {
  const core = runCoreFile(cache);
  writeFileSync(core, `${RUN_CORE.map((file, i) => `export * as core${i} from ${JSON.stringify(join(root, file))};`).join('\n')}\n`);
  const own = (path) => path.startsWith(root + sep) && !path.includes(`${sep}node_modules${sep}`) && !path.startsWith(cache + sep);
  return {
    name: 'run-core',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.runCore) return undefined;
        const resolved = await b.resolve(args.path, { kind: 'import-statement', importer: args.importer, resolveDir: args.resolveDir, pluginData: { runCore: true } });
        if (resolved.errors.length || resolved.external || !own(resolved.path)) return undefined;
        return { path: resolved.path, namespace: 'run-core-wrapper' };
      });
      b.onLoad({ filter: /.*/, namespace: 'run-core-wrapper' }, async (args) => {
        const module = JSON.stringify(args.path);
        const source = await readFile(args.path, 'utf8');
        // `export *` leaves the default export out.
        const withDefault = /^\s*export\s+default\b|^\s*export\s*\{[^}]*\bas\s+default\b/m.test(source);
        return {
          contents: [
            `export * from ${module};`,
            ...(withDefault ? [`export { default } from ${module};`] : []),
            // Exported, so no tree shaking drops the link.
            `import * as __wdRunCore from ${JSON.stringify(core)};`,
            'export { __wdRunCore };',
            '',
          ].join('\n'),
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}

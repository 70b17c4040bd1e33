// esbuild plugin: the CLI takes yargs from dist/vendor/yargs.cjs, a CommonJS build of yargs loaded
// with its V8 code cache (scripts/bundle/cached-script.mjs; both written by scripts/build.mjs). yargs
// and its helpers are ~190 KB that every command parsed, and the parser and command code it runs
// were compiled at every start.
//
// The loader module sits in dist/cli.js (only main.ts imports yargs; the commands import its types),
// so ./vendor is dist/vendor: the plugin checks where it landed after the build (checkPlacement).
const NAMESPACE = 'yargs-vendor';

export function yargsFromVendor(root) {
  return {
    name: 'yargs-vendor',
    setup(b) {
      b.onResolve({ filter: /^yargs$/ }, (args) => (args.kind === 'import-statement' && !args.importer.includes('node_modules') ? { path: 'yargs', namespace: NAMESPACE } : undefined));
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
        contents: [
          `import { loadCachedCommonJs } from ${JSON.stringify(`${root}/scripts/bundle/cached-script.mjs`)};`,
          "import { fileURLToPath } from 'node:url';",
          "const file = fileURLToPath(new URL('./vendor/yargs.cjs', import.meta.url));",
          "export default loadCachedCommonJs(file, `${file}.cache`).exports.default;",
          '',
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
      b.onEnd((result) => {
        if (!result.metafile) return;
        for (const [output, info] of Object.entries(result.metafile.outputs)) {
          if (Object.keys(info.inputs).some((input) => input.startsWith(`${NAMESPACE}:`)) && !/^dist\/cli\.js$/.test(output.replace(/\\/g, '/'))) {
            throw new Error(`yargs-vendor: the yargs loader landed in ${output}, not dist/cli.js: ./vendor/yargs.cjs would not be found`);
          }
        }
      });
    },
  };
}

// esbuild plugin: code that ran at every CLI start for the help text only, deferred to first use.
//
// string-width (used by yargs and cliui to lay out help text) builds an
// Intl.Segmenter and Unicode-property regexes (\p{RGI_Emoji} with the v flag) when its module is
// loaded: ~20 ms of every CLI start, though only --help and usage errors measure text widths.
// The module body is wrapped in a function run on the first call of stringWidth(); the code
// itself is unchanged. Its only export is the default function (checked: the build fails if a
// new version exports anything else).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const yargsAssert = fileURLToPath(new URL('./yargs-assert.mjs', import.meta.url));

export const lazyStart = {
  name: 'lazy-start',
  setup(build) {
    // yargs' platform shim imports notStrictEqual/strictEqual from 'assert' (loaded at every start):
    // the same checks, with node:assert loaded only to report a failure (yargs-assert.mjs).
    build.onResolve({ filter: /^assert$/ }, (args) => (/[\\/]yargs[\\/]/.test(args.importer) ? { path: yargsAssert } : undefined));
    // yargs() registers --version with a version guessed from the nearest package.json, found by
    // listing every folder from the entry script up (~3 ms of every start); main.ts always sets
    // its own (.version(TOOL_VERSION)), which replaces it. So the factory registers none: the
    // option list ends the same (help, then version), without the search.
    build.onLoad({ filter: /[\\/]yargs[\\/]build[\\/]lib[\\/]yargs-factory\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const call = '        yargs.help();\n        yargs.version();\n';
      if (source.split(call).length !== 2) throw new Error(`lazy-start: unexpected yargs factory in ${args.path}`);
      return { contents: source.replace(call, '        yargs.help();\n        yargs.version(false);\n'), loader: 'js', resolveDir: args.path.replace(/[\\/][^\\/]*$/, '') };
    });
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!/^\s*import\s/m.test(source) || !source.includes('export default function stringWidth(')) return undefined; // the CommonJS 4.x
      const lines = source.split('\n');
      const imports = [];
      let i = 0;
      for (; i < lines.length && /^(import\s.*|\s*)$/.test(lines[i]); i++) imports.push(lines[i]);
      const body = lines.slice(i).join('\n');
      if (/^\s*import\s/m.test(body) || (body.match(/\bexport\b/g) ?? []).length !== 1) {
        throw new Error(`lazy-start: unexpected module shape in ${args.path}`);
      }
      const contents = [
        ...imports,
        'let __stringWidth;',
        'function __loadStringWidth() {',
        body.replace('export default function stringWidth(', 'function stringWidth('),
        'return stringWidth;',
        '}',
        'export default function lazyStringWidth(...args) {',
        '  return (__stringWidth ??= __loadStringWidth())(...args);',
        '}',
        '',
      ].join('\n');
      return { contents, loader: 'js', resolveDir: args.path.replace(/[\\/][^\\/]*$/, '') };
    });
  },
};

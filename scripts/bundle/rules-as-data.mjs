// esbuild plugin: the built-in rules without their test cases, as JSON data computed at build time.
//
// rules/without-tests.ts and rules/fleet-without-tests.ts (what diagnose, batch and fleet run on)
// import the rule modules and drop their test cases when run from the sources. In the bundle each is
// replaced by a module holding the same values as one JSON text (`JSON.parse('...')`): a run neither
// compiles ~100 rule modules with their test cases (two thirds of the rules' text) nor builds the
// objects statement by statement, and the rules stay what they are, data.
//
// The values are computed by bundling the module to .cache/build and importing it. The build fails
// when a value would not survive JSON unchanged (a function, a RegExp, undefined, a class
// instance, a non-finite number): such a rule needs another way into the bundle.
import { build } from 'esbuild';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Module (path from the project root) -> the name of its one export. */
export const RULE_DATA_MODULES = {
  'rules/without-tests.ts': 'builtInRules',
  'rules/fleet-without-tests.ts': 'fleetRules',
};

/** The JSON text of each module's export, checked to give back equal values. */
export async function ruleData(root, cache) {
  const data = new Map();
  for (const [file, name] of Object.entries(RULE_DATA_MODULES)) {
    const outfile = join(cache, `${file.replace(/[\\/]/g, '_')}.mjs`);
    await build({ entryPoints: [join(root, file)], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' });
    const value = (await import(`${pathToFileURL(outfile).href}?${Date.now()}`))[name];
    if (!Array.isArray(value) || !value.length) throw new Error(`rules-as-data: ${file} exports no ${name}`);
    const json = JSON.stringify(value);
    const back = JSON.parse(json);
    if (!isDeepStrictEqual(back, value)) {
      const bad = value.findIndex((rule, i) => !isDeepStrictEqual(back[i], rule));
      throw new Error(`rules-as-data: rule ${value[bad]?.id ?? bad} of ${file} is not plain JSON data (a function, RegExp, undefined value or class instance?)`);
    }
    if (value.some((rule) => !Array.isArray(rule.tests) || rule.tests.length)) throw new Error(`rules-as-data: ${file} still carries test cases`);
    data.set(join(root, file), { name, json });
  }
  return data;
}

/** The plugin: imports of the modules above load their data instead. */
export function rulesAsData(data) {
  return {
    name: 'rules-as-data',
    setup(b) {
      b.onLoad({ filter: /-tests\.ts$/ }, (args) => {
        const entry = data.get(args.path);
        if (!entry) return undefined;
        // One string literal: V8 scans it in one go and JSON.parse builds the objects faster than object literals.
        return { contents: `export const ${entry.name} = JSON.parse(${JSON.stringify(entry.json)});\n`, loader: 'js' };
      });
    },
  };
}

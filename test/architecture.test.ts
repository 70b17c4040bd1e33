// Arrows only point down (the "dependency direction" of the project conventions): every import of
// every engine/**/*.ts file — static, `export ... from`, `import type` and dynamic `import()` —
// must land in the same layer or a lower one. A lower module that needs something from a higher
// one gets it as a parameter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const engine = join(root, 'engine');

/**
 * The layer of each top-level entry of engine/ (a folder or a file); higher numbers sit above.
 * Imports within a layer are allowed.
 */
const LAYERS: Record<string, number> = {
  // Leaves: the generated fact types, errors, parsers, domain knowledge, the rule DSL.
  'errors.ts': 0,
  // Terminal safety: control characters made visible in every terminal-bound string.
  terminal: 0,
  'version.ts': 0,
  // Temporary files and folders removed on every exit path.
  'cleanup.ts': 0,
  facts: 0,
  parsers: 0,
  knowledge: 0,
  dsl: 0,
  // The operator table with its value semantics (versions, bounded regexes).
  operators: 0,
  // The shared result shapes (rule result, machine report, report) and their builders.
  model: 0,
  // The engine core: load → validate → derive → evaluate. Rules are handed to it.
  load: 1,
  validate: 1,
  derive: 1,
  evaluate: 1,
  // Above the core: building fact documents from raw log bundles (ingest) ...
  ingest: 2,
  // ... rule tests ...
  'rule-testing': 2,
  // ... redaction of fact files for sharing (reads them with the loader's decoding) ...
  redact: 2,
  // ... the rule-file toolchain ...
  'rule-files': 3,
  // ... the configuration file (read with the rule files' machinery) ...
  config: 3,
  // ... waivers (over machine reports) and fleet rules (over machine summaries) ...
  waivers: 4,
  fleet: 4,
  // ... the per-file pipeline (load, validate, derive, evaluate, waivers), and the reporters
  // (their contract carries fleet rules and machine summaries) ...
  diagnose: 4,
  report: 4,
  // ... batch diagnosis, which puts diagnosis, fleet and reports together ...
  batch: 5,
  // ... and the CLI, the composition root.
  cli: 7,
};

/** Files outside engine/ that engine code may import, with the layer they count as. */
const OUTSIDE: Record<string, number> = {
  'package.json': 0, // version.ts reads the version
  rules: 6, // the built-in rule set: only the composition root gathers it
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative module specifiers of a file: static, re-export, side-effect and dynamic imports. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  const patterns = [/\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]!);
  return specs.filter((s) => s.startsWith('.'));
}

function layerOf(file: string): { name: string; layer: number } {
  const rel = relative(root, file).split(sep);
  if (rel[0] === 'engine') {
    const name = rel[1]!.replace(/\.js$/, '.ts'); // engine/errors.js → errors.ts
    return { name: `engine/${name}`, layer: LAYERS[name] ?? NaN };
  }
  return { name: rel[0]!, layer: OUTSIDE[rel[0]!] ?? Infinity };
}

test('the import parser sees every kind of import', () => {
  const src = [
    "import { a } from './a.js';",
    "import type { B } from '../b/b.js';",
    "export type { C } from '../c.js';",
    "export * from './d.js';",
    "import './e.js';",
    "const f = await import('../f/f.js');",
    "import x from 'node:fs';",
    "// import { no } from '../commented.js';",
    "/* import('../also-commented.js') */",
  ].join('\n');
  assert.deepEqual(importsOf(src).sort(), ['../b/b.js', '../c.js', '../f/f.js', './a.js', './d.js', './e.js']);
});

test('every top-level entry of engine/ has a layer', () => {
  const missing = readdirSync(engine).filter((name) => !(name in LAYERS));
  assert.deepEqual(missing, [], 'add them to LAYERS in test/architecture.test.ts');
});

test('no engine file imports a higher layer, scripts/ or test/', () => {
  const upward: string[] = [];
  for (const file of walk(engine)) {
    const from = layerOf(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const to = layerOf(resolve(dirname(file), spec));
      if (!(to.layer <= from.layer)) upward.push(`${relative(root, file)} (${from.name}, layer ${from.layer}) imports ${spec} (${to.name}, layer ${to.layer})`);
    }
  }
  assert.deepEqual(upward, []);
});

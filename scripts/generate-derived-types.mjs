// Generates engine/facts/derived-facts.generated.ts from schemas/derived-facts.schema.json: the
// schema is the single source of the derived-fact types (engine/derive/derived-types.ts only
// re-exports them) and of the `derived.*` paths rule files are validated against. Its
// descriptions become the JSDoc of the generated types; each $defs entry's `title` is the
// TypeScript name. `--check` exits 1 when the file is stale (`npm run generate -- --check` runs it).
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const target = 'engine/facts/derived-facts.generated.ts';

/**
 * Why: json-schema-to-typescript turns a `$ref` that carries its own description into a fresh
 * copy of the referenced interface (EvidenceCount1, EvidenceCount2, ...) and drops the
 * description from the property. Such a reference becomes `tsType: <the $def's name>` here (the
 * schema on disk keeps its $ref), so the property keeps its JSDoc and points at the one named type;
 * `unreachableDefinitions` then emits every $def.
 */
function referToNames(node, defs) {
  if (Array.isArray(node)) return node.map((n) => referToNames(n, defs));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string' && Object.keys(node).length > 1) {
    const { $ref, ...rest } = node;
    const key = $ref.replace('#/$defs/', '');
    const def = defs[key];
    if (!def) throw new Error(`unknown $ref ${$ref}`);
    return { ...referToNames(rest, defs), tsType: def.title ?? key[0].toUpperCase() + key.slice(1) };
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, referToNames(v, defs)]));
}

/** The text of the generated file. */
export async function generate() {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/derived-facts.schema.json'), 'utf8'));
  const ts = await compile(referToNames(schema, schema.$defs), 'DerivedFacts', {
    bannerComment: '/* Generated from schemas/derived-facts.schema.json by scripts/generate-derived-types.mjs. Do not edit: edit the schema. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true },
  });
  // The generator's "This interface was referenced by ..." notes say nothing to a reader.
  return ts.replace(/(?: \*\n)? \* This interface was referenced by `DerivedFacts`'s JSON-Schema\n \* via the `definition` "[^"]+".\n/g, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ts = await generate();
  const file = join(root, target);
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== ts) {
      console.error(`${target} is stale: run \`npm run generate\``);
      process.exit(1);
    }
  } else {
    writeFileSync(file, ts);
  }
}

// Generates engine/rules-data/derived-facts.generated.ts from schemas/derived-facts.schema.json.
// The schema is the machine-readable twin of engine/derive/derived-types.ts (rule files are
// validated against it); test/rules-data/derived-schema.test.ts proves the generated type and
// DerivedFacts are the same type, so the two cannot drift. `--check` exits 1 when stale.
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const schema = JSON.parse(readFileSync(join(root, 'schemas/derived-facts.schema.json'), 'utf8'));
const target = join(root, 'engine/rules-data/derived-facts.generated.ts');

const ts = await compile(schema, 'DerivedFactsFromSchema', {
  bannerComment: '/* Generated from schemas/derived-facts.schema.json by scripts/generate-derived-types.mjs. Do not edit. */',
  additionalProperties: false,
  unreachableDefinitions: false,
  style: { singleQuote: true },
});

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== ts) {
    console.error('engine/rules-data/derived-facts.generated.ts is stale: run `node scripts/generate-derived-types.mjs`');
    process.exit(1);
  }
} else {
  writeFileSync(target, ts);
}

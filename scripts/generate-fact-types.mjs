// Generates engine/facts/fact-types.generated.ts from schemas/facts.schema.json, so that rule
// fact paths are type-checked against the contract. `--check` exits 1 when the file is stale,
// instead of writing (`npm run generate` runs it with the other generators).
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const schema = JSON.parse(readFileSync(join(root, 'schemas/facts.schema.json'), 'utf8'));
export const target = 'engine/facts/fact-types.generated.ts';

export async function generate() {
  const ts = await compile(schema, 'FactDocument', {
    bannerComment: '/* Generated from schemas/facts.schema.json by scripts/generate-fact-types.mjs. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
  return ts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ts = await generate();
  if (process.argv.includes('--check')) {
    const current = existsSync(join(root, target)) ? readFileSync(join(root, target), 'utf8') : '';
    if (current !== ts) {
      console.error(`${target} is stale: run \`npm run generate\``);
      process.exit(1);
    }
  } else {
    writeFileSync(join(root, target), ts);
  }
}

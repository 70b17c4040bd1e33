// (Also run by `npm run generate`.) Writes the operator documentation derived from the operator table (engine/operators/operators.ts):
// the README's operator table (between the operators markers) and schemas/rule.schema.json's
// operator enum and description. `node --import tsx scripts/generate-operator-docs.ts`;
// test/engine/operators.test.ts fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReadmeOperators, renderSchemaOperators } from '../engine/operators/operator-docs.js';

const root = join(import.meta.dirname, '..');
for (const [file, render] of [
  ['README.md', renderReadmeOperators],
  [join('schemas', 'rule.schema.json'), renderSchemaOperators],
] as const) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = render(before);
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'up to date' : 'written'}`);
}

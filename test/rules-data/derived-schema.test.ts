// schemas/derived-facts.schema.json is the machine-readable twin of engine/derive/derived-types.ts:
// rule files are validated against it. The TypeScript generated from the schema and DerivedFacts
// must be the same type (checked by tsc below), and the generated file must be up to date.
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { DerivedFacts } from '../../engine/derive/derived-types.js';
import type { DerivedFacts as DerivedFactsFromSchema } from '../../engine/rules-data/derived-facts.generated.js';
import type { PathsOf } from '../../engine/dsl/fact-paths.js';

const root = join(import.meta.dirname, '..', '..');

// Mutual assignability of the types, and set equality of their dotted paths (which also catches
// an optional property present on one side only: assignability alone would let that through).
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const typesMatch: Mutual<DerivedFacts, DerivedFactsFromSchema> = true;
export const pathsMatch: Mutual<PathsOf<DerivedFacts>, PathsOf<DerivedFactsFromSchema>> = true;

test('engine/rules-data/derived-facts.generated.ts is up to date with schemas/derived-facts.schema.json', () => {
  execFileSync(process.execPath, [join(root, 'scripts/generate-derived-types.mjs'), '--check'], { stdio: 'pipe' });
});

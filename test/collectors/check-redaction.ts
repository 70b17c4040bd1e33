// Checks the collector's -Redact output against the plain collection of the same scenario, for the
// Pester tests (test/collectors/Redaction.Tests.ps1):
//   node --import tsx test/collectors/check-redaction.ts <key> <plain.json> <redacted.json> [<plain> <redacted>]...
// Prints one JSON line: [{ plain, redacted, identifiers, leaked: [...], valid, schemaErrors, sameAsEngine, firstDifference }]:
// no identifier of the plain file in the redacted one (case-insensitive substring), the redacted file
// valid against schemas/facts.schema.json, and equal to what `wsus-doctor redact --key <key>` makes
// of the plain file (the collector and the engine share one pseudonym scheme). Exit 0 (results are data).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Redactor } from '../../engine/redact/redactor.js';
import { getValidator, prepareValidator } from '../../engine/validate/schema-store.js';
import { identifiersOf } from '../redact/identifiers.js';

const [key, ...files] = process.argv.slice(2);
const pairs: Array<[string, string]> = [];
for (let i = 0; i + 1 < files.length; i += 2) pairs.push([files[i]!, files[i + 1]!]);
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;

await prepareValidator('facts.schema.json');
const validate = getValidator('facts.schema.json');
const results = pairs.map(([plainFile, redactedFile]) => {
  const plain = read(plainFile);
  const redacted = read(redactedFile);
  const text = JSON.stringify(redacted).toLowerCase();
  const ids = [...identifiersOf(plain)];
  const valid = Boolean(validate(redacted));
  // The engine over the same plain document (one file per run, as the collector sees one machine).
  const engine = new Redactor(key);
  engine.discover(plain);
  const expected = engine.redact(plain);
  return {
    plain: plainFile,
    redacted: redactedFile,
    identifiers: ids.length,
    leaked: ids.filter((id) => text.includes(id)),
    valid,
    schemaErrors: (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`),
    sameAsEngine: isDeepStrictEqual(redacted, expected),
    firstDifference: firstDifference(redacted, expected, ''),
  };
});
process.stdout.write(`${JSON.stringify(results)}\n`);

function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path}: collector ${JSON.stringify(a)?.slice(0, 200)} engine ${JSON.stringify(b)?.slice(0, 200)}`;
}

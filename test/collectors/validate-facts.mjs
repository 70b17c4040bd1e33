// Validates fact files against schemas/facts.schema.json with ajv (the schema the engine uses).
// Used by the Pester scenario tests until/besides the engine's own `diagnose` validation.
// Usage: node test/collectors/validate-facts.mjs <file.json>...
// Prints one JSON line: [{ file, valid, bom, errors: [{ path, message }] }], exit 0 (results are data).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'facts.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const results = process.argv.slice(2).map((file) => {
  const bytes = readFileSync(file);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let doc;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { file, valid: false, bom, errors: [{ path: '', message: `not JSON: ${error.message}` }] };
  }
  const valid = validate(doc);
  const errors = (validate.errors ?? []).slice(0, 20).map((e) => ({ path: e.instancePath, message: `${e.message} ${JSON.stringify(e.params)}` }));
  return { file, valid: Boolean(valid), bom, errors };
});
process.stdout.write(JSON.stringify(results) + '\n');

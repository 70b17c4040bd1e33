// The official SARIF 2.1.0 JSON schema: a copy of the OASIS schema (draft-04) as shipped in the
// npm package @microsoft/jest-sarif lives in test/fixtures/sarif (see its ATTRIBUTION.md);
// WSUS_DOCTOR_SARIF_SCHEMA can name another copy. It is compiled with ajv (draft-07 mode: the
// schema's only draft-04 feature in use is its root `id`, renamed to `$id`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const root = join(import.meta.dirname, '..', '..');

export function sarifSchemaPath(): string | undefined {
  const candidates = [process.env.WSUS_DOCTOR_SARIF_SCHEMA, join(root, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json')];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** A validator for SARIF 2.1.0 logs, or undefined when no copy of the schema is installed. */
export function officialSarifValidator(): ValidateFunction | undefined {
  const path = sarifSchemaPath();
  if (!path) return undefined;
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  if (typeof schema.id === 'string') {
    schema.$id = schema.id;
    delete schema.id;
  }
  delete schema.$schema;
  // unicodeRegExp false: the schema's language pattern (`...-[a-zA-Z]{2}]?$`) is not valid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

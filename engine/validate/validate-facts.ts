/**
 * Validates a parsed fact document against schemas/facts.schema.json. The schema version is
 * checked first so an old or future file gets a message about versions, not about fields.
 */
import { InputError } from '../errors.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import { getValidator } from './schema-store.js';
import { describeSchemaError } from './describe-schema-error.js';

export const SUPPORTED_SCHEMA_VERSIONS = ['1.0'] as const;

/** Returns the document typed, or throws InputError (E_SCHEMA_VERSION / E_SCHEMA) naming the JSON pointer. */
export function validateFactDocument(data: unknown, file?: string): FactDocument {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('E_SCHEMA', `a fact file must hold one JSON object, found ${Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`}`, { file, place: '/' });
  }
  const version = (data as Record<string, unknown>).schemaVersion;
  if (version === undefined) {
    throw new InputError('E_SCHEMA_VERSION', 'no "schemaVersion": this is not a wsus-doctor fact file (or it predates versioning)', { file, place: '/schemaVersion' });
  }
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(version as '1.0')) {
    throw new InputError(
      'E_SCHEMA_VERSION',
      `schemaVersion ${JSON.stringify(version)} is not supported by this wsus-doctor (supported: ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}); use the collector that ships with this version`,
      { file, place: '/schemaVersion' },
    );
  }
  const validate = getValidator('facts.schema.json');
  if (!validate(data)) {
    const described = describeSchemaError(validate.errors![0], data);
    throw new InputError('E_SCHEMA', described.message, { file, place: described.pointer });
  }
  return data as FactDocument;
}

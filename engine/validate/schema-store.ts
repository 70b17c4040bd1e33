/**
 * Loads the project's JSON Schemas from schemas/ and compiles them once per process (or worker).
 * ajv runs with `unicode: false`: maxLength then counts UTF-16 code units instead of walking
 * every long log line for surrogate pairs, which made validation ~7x faster on large files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its function arrives as `.default` of the import.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats));

/** Folder of the schemas, found from this file (engine/validate) or the bundle (dist/). */
export function schemasDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', '..', 'schemas'), join(here, '..', 'schemas'), join(here, '..', '..', '..', 'schemas')]) {
    try {
      readFileSync(join(candidate, 'facts.schema.json'));
      return candidate;
    } catch {
      // try the next layout
    }
  }
  throw new Error('wsus-doctor: cannot find the schemas/ folder next to the engine');
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();
const documents = new Map<string, Record<string, unknown>>();

/** Parsed schema document by file name, e.g. 'facts.schema.json'. */
export function loadSchema(name: string): Record<string, unknown> {
  let schema = documents.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(schemasDir(), name), 'utf8')) as Record<string, unknown>;
    documents.set(name, schema);
  }
  return schema;
}

/**
 * The bundle registers validators precompiled at build time (ajv standalone code, same
 * options); from sources (tests) they are compiled on first use.
 */
export function registerPrecompiled(name: string, validate: ValidateFunction): void {
  compiled.set(name, validate);
}

/** Compiled validator for a schema file, compiled on first use. */
export function getValidator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(loadSchema(name));
    compiled.set(name, validate);
  }
  return validate;
}

// ajv 8 still honours `unicode: false` (limitLength uses .length) but logs a deprecation
// notice for it on every instance; keep other warnings.
const quietLogger = {
  log: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => {
    if (!String(args[0]).includes('option unicode')) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

export function createAjv(options: { allErrors?: boolean } = {}): Ajv2020 {
  const instance = new Ajv2020({ allErrors: options.allErrors ?? false, unicode: false, strict: true, allowUnionTypes: true, logger: quietLogger });
  addFormats(instance);
  return instance;
}

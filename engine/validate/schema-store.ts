/**
 * Loads the project's JSON Schemas from schemas/ and compiles them once per process (or worker).
 * ajv runs with `unicode: false`: maxLength then counts UTF-16 code units instead of walking
 * every long log line for surrogate pairs, which made validation ~7x faster on large files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';

// ajv is loaded only when a schema must be compiled at run time: the bundle ships the fact
// schema precompiled, so `diagnose` never loads ajv's ~300 KB compiler. A runtime require (not
// an import) keeps the bundler from inlining it.
const requireAtRuntime = createRequire(import.meta.url);
type AddFormats = (ajv: Ajv2020) => Ajv2020;
function loadAjv(): { Ajv2020: typeof Ajv2020; addFormats: AddFormats } {
  const { Ajv2020: AjvClass } = requireAtRuntime('ajv/dist/2020') as { Ajv2020: typeof Ajv2020 };
  const formats = requireAtRuntime('ajv-formats') as AddFormats & { default?: AddFormats };
  return { Ajv2020: AjvClass, addFormats: formats.default ?? formats };
}

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

const precompiledLoaders = new Map<string, () => Promise<{ default: ValidateFunction }>>();

/**
 * The bundle registers loaders of validators precompiled at build time (ajv standalone code,
 * same options); they are imported on demand by prepareValidator. From sources (tests) the
 * schemas are compiled on first use instead.
 */
export function registerPrecompiledLoader(name: string, loader: () => Promise<{ default: ValidateFunction }>): void {
  precompiledLoaders.set(name, loader);
}

/** Loads the precompiled validator of a schema when there is one, so getValidator need not compile. */
export async function prepareValidator(name: string): Promise<void> {
  const loader = precompiledLoaders.get(name);
  if (loader && !compiled.has(name)) compiled.set(name, (await loader()).default);
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
  const { Ajv2020, addFormats } = loadAjv();
  const instance = new Ajv2020({ allErrors: options.allErrors ?? false, unicode: false, strict: true, allowUnionTypes: true, logger: quietLogger });
  addFormats(instance);
  return instance;
}

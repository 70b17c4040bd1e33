/**
 * The configuration file (wsus-doctor.config.json, .yaml or .yml; schemas/config.schema.json):
 * thresholds that rules compare facts against. Read with the rule files' machinery
 * (engine/rule-files/read-rule-source.ts: no code runs from YAML, duplicate keys refused,
 * every value located) and validated with ajv; a bad file is one ConfigError (an InputError,
 * so the CLI prints `file:line:column: message` and exits 2). The result is every threshold
 * merged over its documented default (engine/knowledge/thresholds.ts) with the source of each
 * value: "default (KB 4490414)" or "<file>:<line>".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { InputError } from '../errors.js';
import type { DerivedThresholds } from '../facts/derived-facts.generated.js';
import { defaultThresholds, THRESHOLD_NAMES } from '../knowledge/thresholds.js';
import { readRuleSource, ruleFormatOf, type DataPath, type RuleSource } from '../rule-files/read-rule-source.js';
import { getValidator } from '../validate/schema-store.js';
import { CONFIG_FILE_NAMES } from './config-file-names.js';

/** Names looked for in the working folder when no file is given, in this order. */
export { CONFIG_FILE_NAMES };

export interface LoadedConfig {
  /** The file read (as given, or found in cwd); absent when none was given or found. */
  file?: string;
  /** Every threshold: the file's value or the default, with its source. */
  thresholds: DerivedThresholds;
}

/** A bad configuration file, located: `file:line:column: message`. */
export class ConfigError extends InputError {
  readonly line: number;
  readonly column: number;

  constructor(file: string, line: number, column: number, message: string) {
    super('E_CONFIG', message, { file, place: `${line}:${column}` });
    this.name = 'ConfigError';
    this.line = line;
    this.column = column;
  }

  override toLine(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.message}`;
  }
}

/**
 * Loads the configuration. With `path`, that file must exist (relative paths are taken from
 * `cwd`); without it, the first of {@link CONFIG_FILE_NAMES} in `cwd` is read, and defaults are
 * returned when there is none. Throws ConfigError (or InputError E_NOT_FOUND / E_READ).
 */
export function loadConfig(path: string | undefined, cwd: string): LoadedConfig {
  let file: string | undefined;
  if (path !== undefined) {
    file = path;
    if (!existsSync(resolve(cwd, path))) throw new InputError('E_NOT_FOUND', 'the configuration file does not exist', { file: path });
  } else {
    const found = CONFIG_FILE_NAMES.filter((name) => existsSync(join(cwd, name)));
    if (found.length > 1) throw new InputError('E_CONFIG', `more than one configuration file in ${cwd}: ${found.join(', ')}; keep one or choose one with --config`);
    file = found[0];
  }
  if (file === undefined) return { thresholds: defaultThresholds() };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new InputError('E_READ', `cannot read the configuration file: ${(error as Error).message}`, { file });
  }
  return { file, thresholds: parseConfig(text, file) };
}

/** Parses and validates configuration text (`file` names it in errors and sources). */
export function parseConfig(text: string, file: string): DerivedThresholds {
  const format = ruleFormatOf(file);
  if (!format) throw new ConfigError(file, 1, 1, 'a configuration file ends in .json, .yaml or .yml');
  const { source, problems } = readRuleSource(text, file, format);
  if (!source) {
    const p = problems[0]!;
    const message = p.code === 'R008' ? p.message.replace('one rule object', 'one configuration object').replace(/; one rule per file$/, '') : p.message;
    throw new ConfigError(file, p.line, p.column, message);
  }
  const validate = getValidator('config.schema.json');
  if (!validate(source.data)) throw located(validate.errors ?? [], source);
  const thresholds = defaultThresholds();
  const values = ((source.data as { thresholds?: Record<string, number> }).thresholds ?? {}) as Record<string, number>;
  for (const name of THRESHOLD_NAMES) {
    if (values[name] === undefined) continue;
    thresholds[name] = { value: values[name]!, source: `${file}:${source.keyAt(['thresholds', name]).line}` };
  }
  return thresholds;
}

function dataPath(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The first schema error, at its place in the file, in plain words. */
function located(errors: ErrorObject[], source: RuleSource): ConfigError {
  const error = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0]!;
  const path = dataPath(error.instancePath);
  const where = path.length ? path.join('.') : 'the file';
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = path.length === 0 ? ['thresholds'] : path[0] === 'thresholds' ? THRESHOLD_NAMES : [];
    const at = source.keyAt([...path, key]);
    return new ConfigError(source.file, at.line, at.column, `unknown setting "${key}" in ${where}${known.length ? ` (known: ${known.join(', ')})` : ''}`);
  }
  const at = source.valueAt(path);
  return new ConfigError(source.file, at.line, at.column, `${where} ${error.message ?? 'is not valid'}`);
}

/**
 * Turns an ajv error into one sentence a Windows admin understands, with the JSON pointer of
 * the offending value (for `required`/`additionalProperties`, the pointer names the property).
 */
import type { ErrorObject } from 'ajv';

export interface DescribedSchemaError {
  pointer: string;
  message: string;
}

export function describeSchemaError(error: ErrorObject, data: unknown): DescribedSchemaError {
  const base = error.instancePath || '';
  const params = error.params as Record<string, unknown>;
  const found = valueAt(data, base);
  switch (error.keyword) {
    case 'required':
      return { pointer: `${base}/${escapePointer(String(params.missingProperty))}`, message: `required property "${params.missingProperty}" is missing` };
    case 'additionalProperties':
      return { pointer: `${base}/${escapePointer(String(params.additionalProperty))}`, message: `unknown property "${params.additionalProperty}" (not part of the fact contract; check the spelling)` };
    case 'enum':
      return { pointer: base || '/', message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, found ${show(found)}` };
    case 'const':
      return { pointer: base || '/', message: `must be ${JSON.stringify(params.allowedValue)}, found ${show(found)}` };
    case 'type':
      return { pointer: base || '/', message: `must be ${article(String(params.type))}, found ${kindAndValue(found)}` };
    case 'format':
      return { pointer: base || '/', message: `must be ${formatWords(String(params.format))}, found ${show(found)}` };
    case 'pattern':
      return { pointer: base || '/', message: `does not have the expected form (pattern ${params.pattern}), found ${show(found)}` };
    case 'maxLength':
      return { pointer: base || '/', message: `is longer than ${params.limit} characters` };
    case 'maxItems':
      return { pointer: base || '/', message: `has more than ${params.limit} entries` };
    case 'minLength': {
      const limit = Number(params.limit);
      const length = typeof found === 'string' ? [...found].length : 0;
      if (length === 0) return { pointer: base || '/', message: limit > 1 ? `must not be empty (at least ${limit} characters)` : 'must not be empty' };
      return { pointer: base || '/', message: `is too short (${length} character${length === 1 ? '' : 's'}, at least ${limit})` };
    }
    case 'minimum':
    case 'maximum':
      return { pointer: base || '/', message: `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}, found ${show(found)}` };
    case 'propertyNames':
      return { pointer: `${base}/${escapePointer(String(params.propertyName))}`, message: `"${params.propertyName}" is not an allowed name here` };
    default:
      return { pointer: base || '/', message: error.message ?? `fails the "${error.keyword}" check` };
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  if (!pointer) return data;
  let current: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * A value as the message shows it. Not JSON.stringify alone: it writes a number too large for a
 * double (1e400 in the file, Infinity once parsed) as "null", which gave "found a number null".
 */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (a number beyond the range of a double)`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** "null", "nothing", or the kind and the value: "a string \"x\"", "a number 12". */
function kindAndValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return `${kindOf(value)} ${show(value)}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'an object', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function formatWords(format: string): string {
  const words: Record<string, string> = {
    'date-time': 'a date and time in ISO 8601 form (e.g. 2026-11-25T10:00:00Z)',
    date: 'a date in ISO 8601 form (e.g. 2026-11-25)',
    ipv4: 'an IPv4 address',
    uri: 'a URL',
  };
  return words[format] ?? `in ${format} format`;
}

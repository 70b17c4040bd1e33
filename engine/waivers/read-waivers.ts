/**
 * Reads and validates a waiver file (YAML or JSON) against schemas/waiver.schema.json, with the
 * same safe parser as rule files (no tags, no prototype keys). A bad file is an InputError
 * naming the line and column: waivers never half-apply.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { decodeText } from '../load/decode-text.js';
import { readRuleSource, ruleFormatOf } from '../rule-files/read-rule-source.js';
import { describeSchemaError } from '../validate/describe-schema-error.js';
import { getValidator } from '../validate/schema-store.js';

export interface Waiver {
  rule: string;
  machines: string[];
  justification: string;
  /** Last day it applies, YYYY-MM-DD. */
  expires: string;
  /** `file#n`, for reports and warnings. */
  source: string;
}

export async function readWaiverFile(file: string): Promise<Waiver[]> {
  const format = ruleFormatOf(file);
  if (!format) throw new InputError('E_USAGE', 'a waiver file ends in .yaml, .yml or .json', { file });
  let text: string;
  try {
    text = decodeText(await readFile(file)).text;
  } catch (error) {
    throw new InputError('E_READ', `cannot read the waiver file: ${(error as Error).message}`, { file });
  }
  const { source, problems } = readRuleSource(text, file, format);
  if (!source) {
    const p = problems[0];
    throw new InputError(format === 'json' ? 'E_JSON_SYNTAX' : 'E_SCHEMA', p.message.replace('one rule object', 'one waiver object'), { file, place: `line ${p.line}, column ${p.column}` });
  }
  const validate = getValidator('waiver.schema.json');
  if (!validate(source.data)) {
    const described = describeSchemaError(validate.errors![0], source.data);
    const path = described.pointer.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const at = source.valueAt(path);
    throw new InputError('E_SCHEMA', `invalid waiver file: ${described.pointer} ${described.message}`, { file, place: `line ${at.line}, column ${at.column}` });
  }
  const data = source.data as { waivers: Array<Omit<Waiver, 'source'>> };
  return data.waivers.map((w, i) => ({ ...w, source: `${file}#${i + 1}` }));
}

/**
 * Checks one rule file as strictly as code: syntax (read-rule-source), fields (rule.schema.json),
 * then meaning: id = file name, conditions (check-conditions), requires/evidence paths, message
 * templates, and the rule's own test cases (their facts must make a valid fact document).
 * A file with no error problems yields the RuleDefinition object the TypeScript DSL would.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RuleDefinition, RuleTestCase } from '../dsl/rule-types.js';
import { FORMATTERS, malformedTemplateParts, templatePlaceholders } from '../evaluate/render-message.js';
import { testCaseDocument } from '../rule-testing/run-rule-test.js';
import { isInputError } from '../errors.js';
import { decodeText } from '../load/decode-text.js';
import { createAjv, loadSchema } from '../validate/schema-store.js';
import { checkCondition, describe, lookupFactPath, type ConditionContext } from './check-conditions.js';
import { didYouMean } from './edit-distance.js';
import { factPathCatalogue } from './path-catalogue.js';
import { readRuleSource, ruleFormatOf, type DataPath, type RuleSource } from './read-rule-source.js';
import { isError, ruleProblem, type RuleProblem, type RuleProblemCode } from './rule-problems.js';

export interface CheckedRuleFile {
  file: string;
  /** The rule, when the file has no errors (warnings allowed). */
  rule?: RuleDefinition<string>;
  problems: RuleProblem[];
  /** Parsed file with positions, when it parsed (used for cross-file checks). */
  source?: RuleSource;
}

/** Reads and checks a rule file from disk. */
export async function checkRuleFile(file: string): Promise<CheckedRuleFile> {
  if (!ruleFormatOf(file)) {
    return { file, problems: [ruleProblem('R001', file, { line: 1, column: 1 }, `"${extname(file) || basename(file)}" is not a rule file extension (.json, .yaml, .yml)`)] };
  }
  let text: string;
  try {
    text = decodeText(await readFile(file)).text;
  } catch (error) {
    const reason = isInputError(error) ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { file, problems: [ruleProblem('R009', file, { line: 1, column: 1 }, `cannot read the file: ${reason}`)] };
  }
  return checkRuleText(text, file);
}

/** Checks a rule file's text; `file` gives the format (extension) and the expected id (base name). */
export function checkRuleText(text: string, file: string): CheckedRuleFile {
  const format = ruleFormatOf(file);
  if (!format) return { file, problems: [ruleProblem('R001', file, { line: 1, column: 1 }, 'not a .json, .yaml or .yml file')] };
  const { source, problems } = readRuleSource(text, file, format);
  if (!source) return { file, problems };
  const data = source.data as Record<string, unknown>;
  problems.push(...schemaProblems(source));
  problems.push(...meaningProblems(source, data, file));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.some(isError)) return { file, problems, source };
  const { $schema: _schema, ...rule } = data;
  return { file, problems, source, rule: Object.freeze(rule) as unknown as RuleDefinition<string> };
}

// ---------------------------------------------------------------- schema (fields)

let validator: ValidateFunction | undefined;
function ruleValidator(): ValidateFunction {
  validator ??= createAjv({ allErrors: true }).compile(loadSchema('rule.schema.json'));
  return validator;
}

/** Parts checked by meaningProblems with better messages; ajv's errors there are dropped. */
function handledElsewhere(path: DataPath): boolean {
  const [first, second] = path;
  if (first === 'when' || first === 'inconclusiveWhen') return true;
  if (first === 'appliesTo' && second === 'when') return true;
  if ((first === 'requires' || first === 'evidence' || first === 'logEvidence') && path.length >= 2) return true;
  if (first === 'tests' && path[2] === 'facts' && path.length > 3) return true;
  return false;
}

function schemaProblems(source: RuleSource): RuleProblem[] {
  const validate = ruleValidator();
  if (validate(source.data)) return [];
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const path = pointerToPath(error.instancePath);
    if (handledElsewhere(path) || error.schemaPath.includes('/$defs/condition') || error.schemaPath.includes('/$defs/factCondition')) continue;
    const problem = describeSchemaError(error, path, source);
    const key = `${error.instancePath}|${problem.code}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

const ENUM_CODES: Array<[RegExp, RuleProblemCode]> = [
  [/^severity$/, 'R105'],
  [/^category$/, 'R106'],
  [/^appliesTo\.role$/, 'R112'],
  [/^appliesTo\.osFamily\.\d+$/, 'R113'],
  [/^tests\.\d+\.expect$/, 'R114'],
];

function describeSchemaError(error: ErrorObject, path: DataPath, source: RuleSource): RuleProblem {
  const file = source.file;
  const params = error.params as Record<string, unknown>;
  const field = fieldName(path);
  const dotted = path.join('.');
  const value = valueAt(source.data, path);
  switch (error.keyword) {
    case 'required':
      return ruleProblem('R101', file, source.valueAt(path), `required field "${params.missingProperty}" is missing${path.length ? ` in ${field}` : ''}`);
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = allowedProperties(error.schemaPath);
      return ruleProblem('R102', file, source.keyAt([...path, name]), `unknown field "${name}"${path.length ? ` in ${field}` : ''}${didYouMean(name, allowed)}`);
    }
    case 'type':
      return ruleProblem('R103', file, source.valueAt(path), `${field} must be ${typeWords(String(params.type))}, found ${describe(value)}`);
    case 'minLength':
      return ruleProblem('R104', file, source.valueAt(path), `${field} is empty`);
    case 'minItems':
      if (dotted === 'references') return ruleProblem('R110', file, source.valueAt(path), 'the rule has no references');
      return ruleProblem('R104', file, source.valueAt(path), `${field} has no entries`);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const code = ENUM_CODES.find(([pattern]) => pattern.test(dotted))?.[1] ?? 'R116';
      return ruleProblem(code, file, source.valueAt(path), `${field} is ${describe(value)}${didYouMean(String(value), allowed)}; allowed: ${allowed.join(', ')}`);
    }
    case 'pattern':
      if (dotted === 'id') return ruleProblem('R107', file, source.valueAt(path), `id "${String(value)}" is not kebab-case (lower-case words joined by dashes)`);
      if (dotted === 'ref') return ruleProblem('R109', file, source.valueAt(path), `ref "${String(value)}" is not of the form PREFIX-NUMBER (e.g. LOCAL-0001)`);
      if (/^references\.\d+\.url$/.test(dotted)) return ruleProblem('R111', file, source.valueAt(path), `reference URL "${String(value)}" is not an https:// URL`);
      return ruleProblem('R117', file, source.valueAt(path), `${field} does not have the expected form (${String(params.pattern)})`);
    case 'maxLength':
      return ruleProblem('R117', file, source.valueAt(path), `${field} is longer than ${params.limit} characters`);
    default:
      return ruleProblem('R103', file, source.valueAt(path), `${field} ${error.message ?? `fails the ${error.keyword} check`}`);
  }
}

function allowedProperties(schemaPath: string): string[] {
  let node: unknown = loadSchema('rule.schema.json');
  for (const step of schemaPath.replace(/^#\//, '').replace(/(^|\/)additionalProperties$/, '').split('/').filter(Boolean)) {
    node = (node as Record<string, unknown> | undefined)?.[step.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const properties = (node as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

// ---------------------------------------------------------------- meaning

function meaningProblems(source: RuleSource, data: Record<string, unknown>, file: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const ctx: ConditionContext = { source, catalogue: factPathCatalogue(), problems };

  const expectedId = basename(file).replace(/\.(json|ya?ml)$/i, '');
  if (typeof data.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(data.id) && data.id !== expectedId) {
    problems.push(ruleProblem('R108', file, source.valueAt(['id']), `id "${data.id}" differs from the file name "${basename(file)}" (expected id "${expectedId}")`));
  }

  if ('when' in data) checkCondition(ctx, data.when, ['when']);
  if ('inconclusiveWhen' in data) checkCondition(ctx, data.inconclusiveWhen, ['inconclusiveWhen']);
  const appliesTo = data.appliesTo as Record<string, unknown> | undefined;
  if (appliesTo && typeof appliesTo === 'object' && 'when' in appliesTo) checkCondition(ctx, appliesTo.when, ['appliesTo', 'when']);
  if ('inconclusiveWhen' in data !== 'inconclusiveMessage' in data) {
    const present = 'inconclusiveWhen' in data ? 'inconclusiveWhen' : 'inconclusiveMessage';
    problems.push(ruleProblem('R115', file, source.keyAt([present]), `${present} is given without ${present === 'inconclusiveWhen' ? 'inconclusiveMessage' : 'inconclusiveWhen'}`));
  }

  if (Array.isArray(data.requires)) {
    data.requires.forEach((entry, i) => {
      const alternatives = Array.isArray(entry) ? entry : [entry];
      if (Array.isArray(entry) && entry.length === 0) problems.push(ruleProblem('R104', file, source.valueAt(['requires', i]), `requires[${i}] is an empty list of alternatives`));
      alternatives.forEach((path, j) => {
        const at = Array.isArray(entry) ? ['requires', i, j] : ['requires', i];
        if (typeof path !== 'string') problems.push(ruleProblem('R103', file, source.valueAt(at), `requires entries are fact paths (or lists of them), found ${describe(path)}`));
        else lookupFactPath(ctx, path, at, 'R214');
      });
    });
  }
  for (const field of ['evidence', 'logEvidence'] as const) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    list.forEach((path, i) => {
      if (typeof path !== 'string') problems.push(ruleProblem('R103', file, source.valueAt([field, i]), `${field} entries are fact paths, found ${describe(path)}`));
      else lookupFactPath(ctx, path, [field, i], 'R215');
    });
  }

  for (const field of ['message', 'inconclusiveMessage'] as const) {
    if (typeof data[field] === 'string') checkTemplate(ctx, data[field], [field]);
  }

  if (Array.isArray(data.tests)) problems.push(...testProblems(source, data, file));
  return problems;
}

function checkTemplate(ctx: ConditionContext, template: string, at: DataPath): void {
  const { source, problems } = ctx;
  const placeholders = templatePlaceholders(template);
  for (const { path, formatter } of placeholders) {
    lookupFactPath(ctx, path, at, 'R212');
    if (formatter && !(formatter in FORMATTERS)) {
      const names = Object.keys(FORMATTERS);
      problems.push(ruleProblem('R213', source.file, source.valueAt(at), `unknown formatter "${formatter}" in {{${path}|${formatter}}}${didYouMean(formatter, names)}; formatters: ${names.join(', ')}`));
    }
  }
  if (malformedTemplateParts(template) > 0) {
    problems.push(ruleProblem('R212', source.file, source.valueAt(at), `a {{...}} placeholder is malformed (write {{fact.path}}, {{fact.path|formatter}}, or {{#if fact.path}}...{{else}}...{{/if}})`));
  }
}

function testProblems(source: RuleSource, data: Record<string, unknown>, file: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const tests = data.tests as unknown[];
  const names = new Map<string, number>();
  const kinds = new Set<unknown>();
  tests.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    const testCase = raw as Record<string, unknown>;
    if (typeof testCase.name === 'string') {
      if (names.has(testCase.name)) problems.push(ruleProblem('R303', file, source.valueAt(['tests', i, 'name']), `test name "${testCase.name}" is also used by test ${names.get(testCase.name)! + 1}`));
      else names.set(testCase.name, i);
    }
    if (!testCase.knownGap) kinds.add(testCase.expect);
    const facts = testCase.facts;
    if (!facts || typeof facts !== 'object' || Array.isArray(facts)) return;
    // Only what picks the base document matters here; a bad appliesTo.role is reported elsewhere.
    const ruleRole = (data.appliesTo as { role?: unknown } | undefined)?.role;
    const rule = { id: String(data.id), appliesTo: ruleRole === 'server' || ruleRole === 'client' ? { role: ruleRole } : {} } as RuleDefinition<string>;
    const role = testCase.role === 'server' || testCase.role === 'client' ? testCase.role : undefined;
    try {
      testCaseDocument(rule, { ...(testCase as unknown as RuleTestCase), role, facts: facts as RuleTestCase['facts'] });
    } catch (error) {
      if (!isInputError(error)) throw error;
      const pointer = error.place?.startsWith('/') ? error.place : '';
      const at = source.valueAt(['tests', i, 'facts', ...pointerToPath(pointer)]);
      problems.push(ruleProblem('R301', file, at, `test "${String(testCase.name)}": ${pointer ? `at ${pointer}: ` : ''}${error.message}`));
    }
  });
  if (!kinds.has('fail') || !kinds.has('pass')) {
    const missing = [!kinds.has('fail') ? 'fail' : '', !kinds.has('pass') ? 'pass' : ''].filter(Boolean).join(' and ');
    problems.push(ruleProblem('R302', file, source.keyAt(['tests']), `no test case expects ${missing}`));
  }
  return problems;
}

// ---------------------------------------------------------------- helpers

function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

function valueAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const step of path) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[step] : undefined;
  return current;
}

/** tests[1].expect, appliesTo.role, severity; "the rule" for the root. */
function fieldName(path: DataPath): string {
  if (!path.length) return 'the rule';
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i ? `.${step}` : step)).join('');
}

function typeWords(type: string): string {
  const words: Record<string, string> = { object: 'an object', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

/**
 * What can be wrong with a rule file, as stable codes (like Vale's E201): each code names one
 * kind of mistake, carries a one-line fix hint, and is reported with the file, line and column.
 * Codes are never renumbered or reused; the README's "Write your own rule" section lists them.
 *   R0xx reading the file (syntax, encoding, unsafe YAML)
 *   R1xx the rule's fields (rule.schema.json)
 *   R2xx conditions, fact paths, operators, values, regexes and message templates
 *   R3xx the rule's own test cases
 *   R4xx clashes between rule files (or with the built-in rules)
 */

export const RULE_PROBLEMS = {
  R001: { title: 'not a rule file', hint: 'Rule files end in .json, .yaml or .yml; one rule per file.' },
  R002: { title: 'JSON syntax error', hint: 'Fix the JSON at this place (double quotes around names and text, no trailing commas, no comments).' },
  R003: { title: 'YAML syntax error', hint: 'Fix the YAML at this place (indentation with spaces, a space after each colon and dash, quotes around text with ": ").' },
  R004: { title: 'tab used for indentation', hint: 'Indent YAML with spaces only (your editor can convert tabs to spaces).' },
  R005: { title: 'duplicate key', hint: 'A key may appear once per object: remove or rename one of them.' },
  R006: { title: 'YAML tag not allowed', hint: 'Remove the !tag: rule files are plain data, no tags (and never code).' },
  R007: { title: 'forbidden key', hint: 'Rename the key: __proto__, constructor and prototype are refused in rule files.' },
  R008: { title: 'not one rule object', hint: 'A rule file holds exactly one rule: a single object (YAML mapping) with id, title, when, ...' },
  R009: { title: 'file cannot be read', hint: 'Check the path, the permissions and that the file is UTF-8 text.' },
  R010: { title: 'nested too deeply', hint: 'Rule files nest a few levels (conditions in all/any/not); flatten the structure, or check that this is a rule file.' },
  R011: { title: 'not a finite number', hint: 'Write a number such as 2000; .nan, .inf and -.inf are not values a fact can be compared with (quote them for text).' },

  R101: { title: 'required field missing', hint: 'Add the field (see schemas/rule.schema.json or `wsus-doctor rules new` for a complete example).' },
  R102: { title: 'unknown field', hint: 'Remove the field or fix its spelling; rule files accept only the fields of schemas/rule.schema.json.' },
  R103: { title: 'wrong kind of value', hint: 'Give the field the kind of value the rule schema asks for (text, number, list, object).' },
  R104: { title: 'empty value', hint: 'Write something here: empty text and empty lists are not allowed for this field.' },
  R105: { title: 'unknown severity', hint: 'Use one of: critical, error, warning, info.' },
  R106: { title: 'unknown category', hint: 'Use one of the categories listed in the message (they group rules in reports and --only).' },
  R107: { title: 'id is not kebab-case', hint: 'Write the id in lower case words joined by dashes, e.g. wsus-pool-queue-too-short.' },
  R108: { title: 'id differs from the file name', hint: 'Name the file after the id (<id>.yaml) or change the id: one rule, one file, file name = id.' },
  R109: { title: 'bad ref', hint: 'Write ref as PREFIX-NUMBER in capitals, e.g. LOCAL-0001 (built-in rules use WSUS-0001).' },
  R110: { title: 'no references', hint: 'Add at least one reference (url and title) that backs the rule, e.g. KB 4025764.' },
  R111: { title: 'reference is not an https URL', hint: 'Write the reference as a full https:// URL.' },
  R112: { title: 'unknown role in appliesTo', hint: 'appliesTo.role is server or client (leave it out for both).' },
  R113: { title: 'unknown OS family in appliesTo', hint: 'Use derived.osFamily values: 2008R2, 2012, 2012R2, 2016, 2019, 2022, 2025, client, unknown.' },
  R114: { title: 'unknown expected outcome in a test', hint: 'A test expects one of: fail, pass, notApplicable, insufficientEvidence.' },
  R115: { title: 'inconclusive message without condition (or the reverse)', hint: 'inconclusiveWhen and inconclusiveMessage go together: write both or neither.' },
  R116: { title: 'value not allowed', hint: 'Use one of the values listed in the message.' },
  R117: { title: 'value has the wrong form', hint: 'Write the value in the form the message describes.' },

  R201: { title: 'malformed condition', hint: 'A condition is {fact, operator, value}, or {all: [...]}, {any: [...]} or {not: {...}}, never a mix.' },
  R202: { title: 'empty condition list', hint: 'Put at least one condition in all/any (an empty all is always true, an empty any never).' },
  R203: { title: 'unknown fact path', hint: 'Use a path of the fact contract (schemas/facts.schema.json) or of the derived facts (derived.*).' },
  R204: { title: 'unknown operator', hint: 'Use an operator of the closed set listed in the message.' },
  R205: { title: 'operator does not apply to this fact', hint: 'Pick an operator made for the fact\'s type (e.g. matches for text, greaterThan for numbers, contains for lists).' },
  R206: { title: 'value has the wrong type for the fact', hint: 'Compare the fact with a value of its own type (text with text, number with number, true/false with a boolean).' },
  R207: { title: 'value the fact can never have', hint: 'Use one of the values the fact contract allows for this fact (they are case-sensitive).' },
  R208: { title: 'operator needs a value', hint: 'Add `value:` to the condition.' },
  R209: { title: 'regular expression does not compile', hint: 'Fix the regex (JavaScript syntax; escape backslashes in JSON and in double-quoted YAML).' },
  R210: { title: 'regular expression needs backtracking', hint: 'Rule regexes run in linear time (RE2): rewrite without lookahead (?=...), lookbehind (?<=...) or backreferences (\\1), e.g. as two conditions joined by all/not.' },
  R211: { title: 'not a version or date', hint: 'Write versions as 10.0.14393.1670 and dates in ISO 8601 (2026-11-25 or 2026-11-25T10:00:00Z).' },
  R212: { title: 'unknown fact path in a message template', hint: 'Use {{fact.path}} with a path of the fact contract or derived.*.' },
  R213: { title: 'unknown formatter in a message template', hint: 'Use one of the formatters listed in the message: {{path|list}}.' },
  R214: { title: 'unknown fact path in requires', hint: 'requires names the fact sections or values the rule needs; use paths of the fact contract.' },
  R215: { title: 'unknown fact path in evidence', hint: 'evidence and logEvidence name fact paths shown in the report; use paths of the fact contract or derived.*.' },

  R301: { title: 'test facts are not a valid fact document', hint: 'Fix the test\'s facts: merged over the base document they must satisfy schemas/facts.schema.json.' },
  R302: { title: 'rule is untested', hint: 'Add a test case that expects fail and one that expects pass (`wsus-doctor rules new` writes both).' },
  R303: { title: 'duplicate test name', hint: 'Give every test case of a rule its own name.' },

  R401: { title: 'duplicate rule id', hint: 'Rule ids are unique across the built-in rules and all rule files: rename one of them.' },
  R402: { title: 'duplicate ref', hint: 'Refs are unique: give this rule the next free number.' },
} as const satisfies Record<string, { title: string; hint: string }>;

export type RuleProblemCode = keyof typeof RULE_PROBLEMS;

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface RuleProblem extends Position {
  code: RuleProblemCode;
  /** Errors make the file invalid; warnings (R302) are reported but do not. */
  severity: 'error' | 'warning';
  file: string;
  message: string;
  /** One-line fix hint. */
  hint: string;
}

const WARNINGS: ReadonlySet<RuleProblemCode> = new Set(['R302']);

/** A problem with the code's default hint unless one is given. */
export function ruleProblem(code: RuleProblemCode, file: string, at: Position, message: string, hint?: string): RuleProblem {
  return { code, severity: WARNINGS.has(code) ? 'warning' : 'error', file, line: at.line, column: at.column, message, hint: hint ?? RULE_PROBLEMS[code].hint };
}

/** `file:line:column: error R203 message` plus the fix hint on its own line (for terminals). */
export function formatProblem(p: RuleProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code} ${p.message}\n  fix: ${p.hint}`;
}

export const isError = (p: RuleProblem) => p.severity === 'error';

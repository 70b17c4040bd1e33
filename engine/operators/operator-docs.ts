/**
 * Documentation derived from the operator table (OPERATOR_TABLE): the README's operator table and
 * schemas/rule.schema.json's operator enum and description. scripts/generate-operator-docs.ts
 * writes them; test/engine/operators.test.ts checks they are up to date.
 */
import { OPERATOR_NAMES, OPERATOR_TABLE, type OperatorDefinition, type OperatorFactKind, type OperatorValueKind } from './operators.js';

const FACT_KIND_DOC: Record<OperatorFactKind, string> = {
  scalar: 'text, number or true/false',
  number: 'number',
  string: 'text',
  array: 'list',
  arrayOrString: 'list or text',
  any: 'any',
};

const VALUE_KIND_DOC: Record<OperatorValueKind, string> = {
  sameAsFact: "a value of the fact's type",
  listOfFact: "a list of values of the fact's type",
  number: 'a number',
  string: 'text',
  regex: 'a regular expression',
  version: 'a version in quotes',
  date: 'an ISO 8601 date',
  item: 'a list element',
  listOfItems: 'a list of list elements',
  optionalBoolean: 'true, false or none',
};

export const README_BEGIN = '<!-- operators:begin (generated from engine/operators/operators.ts by scripts/generate-operator-docs.ts) -->';
export const README_END = '<!-- operators:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function exampleCell(name: string, def: OperatorDefinition): string {
  const value = 'value' in def.example ? `, value: ${JSON.stringify(def.example.value).replace(/,/g, ', ')}` : '';
  return `\`{ fact: ${def.example.fact}, operator: ${name}${value} }\``;
}

/** The README's operator table (Markdown). */
export function operatorReadmeTable(): string {
  return [
    '| Operator | Fact | Value | True when | Example |',
    '| --- | --- | --- | --- | --- |',
    ...OPERATOR_NAMES.map((name) => {
      const def: OperatorDefinition = OPERATOR_TABLE[name];
      return `| \`${name}\` | ${FACT_KIND_DOC[def.facts]} | ${VALUE_KIND_DOC[def.value]} | ${cell(def.doc)} | ${cell(exampleCell(name, def))} |`;
    }),
  ].join('\n');
}

/** schemas/rule.schema.json's `$defs.factCondition.properties.operator`. */
export function operatorSchema(): { enum: string[]; description: string } {
  return {
    enum: [...OPERATOR_NAMES],
    description: `Every operator is false for a missing or wrongly typed fact (never an error, never a match), except exists with value false. ${OPERATOR_NAMES.map((name) => `${name}: ${OPERATOR_TABLE[name].doc}`).join('; ')}.`,
  };
}

/** README.md with the operator table between its markers replaced. */
export function renderReadmeOperators(readme: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin === -1 || end < begin) throw new Error('README.md has no operators:begin/operators:end markers');
  return `${readme.slice(0, begin)}${README_BEGIN}\n${operatorReadmeTable()}\n${readme.slice(end)}`;
}

/** rule.schema.json's text with the factCondition operator property replaced (the rest kept as written). */
export function renderSchemaOperators(schemaText: string): string {
  const block = /(\n(\s*)"operator": \{\n)[\s\S]*?(\n\2\},\n\s*"value": \{)/;
  const match = block.exec(schemaText);
  if (!match) throw new Error('schemas/rule.schema.json has no factCondition operator property');
  const indent = `${match[2]}  `;
  const { enum: names, description } = operatorSchema();
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const item = `${JSON.stringify(name)}, `;
    if (line && indent.length + 2 + line.length + item.length > 100) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += item;
  }
  lines.push(line.replace(/, $/, ''));
  const body = [`${indent}"enum": [`, ...lines.map((l) => `${indent}  ${l}`), `${indent}],`, `${indent}"description": ${JSON.stringify(description)}`].join('\n');
  return schemaText.replace(block, (_all, head: string, _indent: string, tail: string) => `${head}${body}${tail}`);
}

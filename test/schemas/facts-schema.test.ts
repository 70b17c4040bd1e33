// The fact contract: descriptions everywhere, the section list in step, and the base documents
// valid (test/generated.test.ts keeps the generated types in step).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSchema } from '../../engine/validate/schema-store.js';
import { SECTION_PATHS } from '../../engine/dsl/fact-paths.js';
import { validateFactDocument } from '../../engine/validate/validate-facts.js';
import { baseClientDocument, baseServerDocument } from '../../engine/rule-testing/base-documents.js';

function everyProperty(schema: unknown, path: string, visit: (path: string, node: Record<string, unknown>) => void) {
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  for (const [key, child] of Object.entries((node.properties as Record<string, unknown>) ?? {})) {
    visit(`${path}/${key}`, child as Record<string, unknown>);
    everyProperty(child, `${path}/${key}`, visit);
  }
  for (const [key, child] of Object.entries((node.$defs as Record<string, unknown>) ?? {})) everyProperty(child, `#/$defs/${key}`, visit);
  if (node.items) everyProperty(node.items, `${path}[]`, visit);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') everyProperty(node.additionalProperties, `${path}/*`, visit);
}

for (const name of ['facts.schema.json', 'report.schema.json']) {
  test(`${name}: every property has a description`, () => {
    const missing: string[] = [];
    everyProperty(loadSchema(name), '', (path, node) => {
      if (!node.description && !node.$ref) missing.push(path);
    });
    assert.deepEqual(missing, []);
  });
}

test('SECTION_PATHS lists exactly the schema objects that carry a collection status', () => {
  const schema = loadSchema('facts.schema.json') as { properties: Record<string, { $ref?: string }>; $defs: Record<string, { properties?: Record<string, { $ref?: string }> }> };
  const sections: string[] = [];
  const walk = (props: Record<string, { $ref?: string }>, prefix: string) => {
    for (const [key, value] of Object.entries(props)) {
      const def = value.$ref ? schema.$defs[value.$ref.replace('#/$defs/', '')] : undefined;
      if (!def?.properties) continue;
      if (def.properties.status) sections.push(`${prefix}${key}`);
      else walk(def.properties, `${prefix}${key}.`);
    }
  };
  walk(schema.properties, '');
  assert.deepEqual([...sections].sort(), [...SECTION_PATHS].sort());
});

test('the base documents used by rule tests are valid fact documents', () => {
  validateFactDocument(baseServerDocument(), 'base server');
  validateFactDocument(baseClientDocument(), 'base client');
});

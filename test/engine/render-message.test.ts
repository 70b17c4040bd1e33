// Message templates: placeholders, formatters, and conditional parts ({{#if}} / {{else}}) that keep
// a part only when a fact has a value, or choose between variants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasValue, malformedTemplateParts, renderMessage, templatePlaceholders } from '../../engine/evaluate/render-message.js';

const root = { a: { n: 3, zero: 0, none: null, no: false, empty: [], list: ['x', 'y'], text: 'on' } };

test('a conditional part is kept only when its fact has a value (0 is a value; absent, null, false, empty are not)', () => {
  assert.equal(renderMessage('n={{a.n}}{{#if a.zero}}, zero={{a.zero}}{{/if}}{{#if a.none}}, none{{/if}}{{#if a.no}}, no{{/if}}{{#if a.empty}}, empty{{/if}}{{#if a.missing}}, missing{{/if}}.', root), 'n=3, zero=0.');
  assert.deepEqual([undefined, null, false, '', [], {}].map(hasValue), [false, false, false, false, false, false]);
  assert.deepEqual([0, 'x', true, [1], { a: 1 }].map(hasValue), [true, true, true, true, true]);
});

test('{{else}} chooses a variant; blocks nest; formatters work inside', () => {
  assert.equal(renderMessage('{{#if a.list}}servers {{a.list|list}}{{else}}no server{{/if}}', root), 'servers x, y');
  assert.equal(renderMessage('{{#if a.empty}}servers{{else}}no server{{/if}}', root), 'no server');
  assert.equal(renderMessage('proxy: {{#if a.no}}direct{{else}}{{#if a.text}}{{a.text}}{{else}}unknown{{/if}}{{/if}}.', root), 'proxy: on.');
});

test('validation sees the tested paths and every placeholder of every variant; an unclosed block is malformed', () => {
  assert.deepEqual(templatePlaceholders('{{#if a.b}}x {{a.c|list}}{{else}}{{a.d}}{{/if}} {{a.e}}').map((p) => p.path).sort(), ['a.b', 'a.c', 'a.d', 'a.e']);
  assert.equal(malformedTemplateParts('{{#if a.b}}x {{a.c}}'), 1);
  assert.equal(malformedTemplateParts('{{#if a.b}}x{{else}}y{{/if}} {{a.c|list}}'), 0);
});

// The IIS-log, HTTPERR and WAS rules on real noisy logs: no finding at error or critical
// severity may come from noise (knowledge 8a), and a noise case of a rule never expects one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInRules } from '../../rules/index.js';
import { JsonRulesEngineEvaluator } from '../../engine/evaluate/json-rules-engine-evaluator.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import { baseDocument } from '../../engine/rule-testing/base-documents.js';
import { mergePatch } from '../../engine/rule-testing/merge-patch.js';
import { validateFactDocument } from '../../engine/validate/validate-facts.js';
import { corpusLines } from '../parsers/corpus.js';

const logRules = builtInRules.filter((r) => r.category === 'iis-log' || r.id.startsWith('was-'));
const SERIOUS = new Set(['error', 'critical']);

test('every IIS-log, HTTPERR and WAS rule has a noise case', () => {
  for (const rule of logRules) assert.ok(rule.tests.some((t) => t.noise), `${rule.id} has no noise case`);
});

test('no noise case of any rule expects an error or critical finding', () => {
  for (const rule of builtInRules) {
    if (SERIOUS.has(rule.severity)) for (const t of rule.tests.filter((x) => x.noise)) assert.notEqual(t.expect, 'fail', `${rule.id} › ${t.name}`);
  }
});

test('the lnav IIS sample (a public web site) offered as the WSUS IIS log gives no IIS-log error', async () => {
  const lines = corpusLines('lnav/w3c/logfile_w3c_big.0');
  const doc = validateFactDocument(
    mergePatch(baseDocument('server'), { logs: { iisW3c: { files: [{ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex150113.log', truncated: false, lines }] } } }),
    'lnav',
  );
  const results = await new JsonRulesEngineEvaluator(logRules).evaluate(doc, deriveFacts(doc));
  const iis = results.filter((r) => logRules.find((x) => x.id === r.ruleId)?.requires.includes('logs.iisW3c'));
  assert.ok(iis.length >= 6);
  for (const r of iis) {
    assert.notEqual(r.outcome, 'fail', `${r.ruleId}: ${r.message}`);
    assert.equal(r.outcome, 'insufficientEvidence', `${r.ruleId}: ${r.message}`);
    assert.match(r.message, /none of the \d+ entries of the IIS log excerpt is a request of a WSUS client/);
  }
});

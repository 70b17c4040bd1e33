// The HTML report in Node: escaping (nothing from a fact file can become markup or close the data
// script), the Content-Security-Policy, the embedded data and the committed fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import fc from 'fast-check';
import { escapeHtml, jsonForScript } from '../../engine/report/html/escape.js';
import { toHtmlData, type HtmlData } from '../../engine/report/html/view-model.js';
import { CLIENT_SCRIPT } from '../../engine/report/html/client-script.js';
import { REPORT_CSS } from '../../engine/report/html/styles.js';
import { formatHtml, REPORT_CSP } from '../../engine/report/format-html.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import { compactReport } from '../../engine/model/compact-report.js';
import { catalogueOf } from './render.js';
import type { Report } from '../../engine/model/report-model.js';
import { FLEET_REPORT_JSON, HOSTILE_IMG, HOSTILE_SCRIPT } from '../fixtures/reports/build-fleet-report.js';
import { scaleReport } from './large-report.js';

const report = JSON.parse(readFileSync(FLEET_REPORT_JSON, 'utf8')) as Report;
const html = formatHtml(report);

/** The text of the one `<script type="application/json">` block. */
function dataBlock(page: string): string {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page);
  assert.ok(match, 'data block present');
  return match[1]!;
}
function inlineScript(page: string): string {
  const match = /<script>([\s\S]*?)<\/script>/.exec(page);
  assert.ok(match, 'inline script present');
  return match[1]!;
}

test('escapeHtml escapes the five HTML metacharacters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  assert.equal(escapeHtml('plain text'), 'plain text');
});

test('jsonForScript escapes <, >, &, U+2028 and U+2029 and reads back the same value', () => {
  const tricky = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'a & b', d: 'line\u2028sep\u2029', e: ['<', '>'] };
  const out = jsonForScript(tricky);
  assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(out), tricky);
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary' }), (value, text) => {
      for (const v of [value, text, { text, value }]) {
        const encoded = jsonForScript(v);
        assert.doesNotMatch(encoded, /[<>&\u2028\u2029]/);
        assert.deepEqual(JSON.parse(encoded), JSON.parse(JSON.stringify(v)));
      }
    }),
    { numRuns: 200 },
  );
});

test('hostile text from fact files never appears unescaped in the page', () => {
  // The fixture plants these in IIS/HTTPERR log lines and an evidence value.
  assert.ok(JSON.stringify(report).includes(HOSTILE_SCRIPT));
  assert.ok(JSON.stringify(report).includes(HOSTILE_IMG));
  for (const needle of [HOSTILE_SCRIPT, HOSTILE_IMG, '<script>alert', 'alert(1)</script>', '<img', '<b>Running</b>', 'R&D <lab>']) {
    assert.ok(!html.includes(needle), `page contains ${needle}`);
  }
  // Exactly the two script elements of the template: the data block and the page script.
  assert.equal(html.match(/<script/gi)?.length, 2);
  assert.equal(html.match(/<\/script/gi)?.length, 2);
  assert.doesNotMatch(dataBlock(html), /[<>&\u2028\u2029]/);
});

test('the embedded data is the report, hostile text included, and parses back', () => {
  const data = JSON.parse(dataBlock(html)) as HtmlData;
  assert.deepEqual(data, JSON.parse(JSON.stringify(toHtmlData(report, 'WSUS fleet report'))));
  const lines = data.machines.flatMap((m) => m.results.flatMap((r) => r.logEvidence.map((l) => l.text)));
  assert.ok(lines.some((l) => l.includes(HOSTILE_SCRIPT)));
  assert.ok(lines.some((l) => l.includes(HOSTILE_IMG)));
  assert.equal(data.machines.length, report.machines.length);
  assert.deepEqual(data.summary, report.summary);
});

test('the data keeps every diagnosis, waived or not, and stores rule metadata once', () => {
  const data = toHtmlData(report, 't');
  const ids = new Set(report.machines.flatMap((m) => m.results.map((r) => r.ruleId)).concat(report.fleet!.results.map((r) => r.ruleId)));
  assert.equal(data.rules.length, ids.size, 'one entry per rule');
  report.machines.forEach((machine, i) => {
    const compact = data.machines[i]!;
    const kept = machine.results.filter((r) => r.waived || r.outcome === 'fail' || r.outcome === 'insufficientEvidence');
    assert.equal(compact.results.length, kept.length, machine.file);
    kept.forEach((r, j) => {
      const c = compact.results[j]!;
      const rule = data.rules[c.rule]!;
      assert.equal(rule.id, r.ruleId);
      assert.deepEqual(rule.remediation, r.remediation);
      assert.deepEqual(rule.references, r.references);
      assert.equal(c.message, r.message);
      assert.deepEqual(c.evidence, r.evidence);
      assert.deepEqual(c.logEvidence, r.logEvidence);
      assert.deepEqual(c.waived, r.waived);
    });
    assert.equal(compact.passed.length, machine.results.filter((r) => !r.waived && r.outcome === 'pass').length);
    assert.equal(compact.notApplicable.length, machine.results.filter((r) => !r.waived && r.outcome === 'notApplicable').length);
  });
  const waived = data.machines.flatMap((m) => m.results).filter((r) => r.waived);
  assert.equal(waived.length, 1);
  assert.match(waived[0]!.waived!.justification, /CHG-20417/);
  assert.deepEqual(data.fleet!.servers, report.fleet!.servers);
  assert.deepEqual(data.fleet!.results.map((r) => r.machines), report.fleet!.results.map((r) => r.machines));
});

test('rules whose metadata differs between results get separate entries', () => {
  const one = report.machines[0]!;
  const changed: Report = {
    ...report,
    machines: [one, { ...one, results: one.results.map((r) => ({ ...r, remediation: [...r.remediation, 'extra step'] })) }],
  };
  const data = toHtmlData(changed, 't');
  assert.equal(data.rules.length, new Set(one.results.map((r) => r.ruleId)).size * 2 + new Set(report.fleet!.results.map((r) => r.ruleId)).size);
});

test('the Content-Security-Policy forbids network loads and allows only the page own script and style', () => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(meta, 'CSP meta element');
  const csp = meta[1]!.replace(/&#39;/g, "'");
  assert.equal(csp, REPORT_CSP);
  assert.match(csp, /(^|; )default-src 'none'(;|$)/);
  assert.match(csp, /base-uri 'none'/);
  assert.match(csp, /form-action 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*|data:/);
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  assert.ok(csp.includes(`script-src 'sha256-${sha(inlineScript(html))}'`), 'script hash matches the inline script');
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  assert.equal(style, REPORT_CSS);
  assert.ok(csp.includes(`style-src 'sha256-${sha(style)}'`), 'style hash matches the inline style');
});

test('the page references no external resource', () => {
  const template = html.replace(dataBlock(html), '');
  assert.doesNotMatch(template, /<link\b|<iframe\b|<img\b|<object\b|<embed\b|\bsrc=|@import|url\(|@font-face/i);
  // Inline style attributes would be blocked by the CSP: the template must not use them.
  assert.doesNotMatch(template, /\sstyle="/i);
  // The only URLs in the template are the SVG namespace and the reference links built from data.
  const urls = template.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
  assert.deepEqual([...new Set(urls)], ['http://www.w3.org/2000/svg']);
});

test('the page script is valid JavaScript that cannot end its script element', () => {
  assert.doesNotMatch(CLIENT_SCRIPT, /<\/script|<!--/i);
  assert.doesNotMatch(CLIENT_SCRIPT, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  assert.doesNotThrow(() => new Script(CLIENT_SCRIPT, { filename: 'client-script.js' }));
  assert.doesNotMatch(REPORT_CSS, /<\/style/i);
});

test('the title is escaped in <title> and the heading', () => {
  const page = formatHtml(report, { title: '<b>"Contoso" & co</b>' });
  assert.ok(page.includes('<title>&lt;b&gt;&quot;Contoso&quot; &amp; co&lt;/b&gt;</title>'));
  assert.ok(page.includes('<h1>&lt;b&gt;&quot;Contoso&quot; &amp; co&lt;/b&gt;</h1>'));
  assert.ok(!page.includes('<b>"Contoso"'));
  assert.equal((JSON.parse(dataBlock(page)) as HtmlData).title, '<b>"Contoso" & co</b>');
});

test('a report without fleet section, or of one machine, renders', () => {
  const { fleet: _fleet, ...rest } = report;
  const single: Report = { ...rest, machines: [report.machines[1]!], summary: { ...report.summary, machines: 1, fleetFailures: undefined } };
  const page = formatHtml(single);
  assert.match(page, /<title>WSUS report<\/title>/);
  const data = JSON.parse(dataBlock(page)) as HtmlData;
  assert.equal(data.fleet, undefined);
  assert.equal(data.machines.length, 1);
});

test('5,000 machines make a page of a few MB, quickly', () => {
  const big = scaleReport(report, 5000);
  const started = performance.now();
  const page = formatHtml(big);
  const ms = performance.now() - started;
  const mb = Buffer.byteLength(page) / 1e6;
  assert.ok(mb < 25, `page is ${mb.toFixed(1)} MB`);
  assert.ok(ms < 10_000, `formatHtml took ${ms.toFixed(0)} ms`);
  assert.ok(JSON.stringify(big).length / 1e6 > mb * 2, 'the compact data is much smaller than the report');
});

test('the committed fixture is a valid report (test/generated.test.ts keeps it up to date)', () => {
  const validate = getValidator('report.schema.json');
  assert.ok(validate(compactReport(report, catalogueOf(report))), JSON.stringify(validate.errors, null, 2));
});

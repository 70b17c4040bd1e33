// The CI and ticket formats (github, azuredevops, markdown) rendered by the production reporters
// from a hand-made report whose log lines, messages and file names try to inject commands:
// newlines followed by `::error::` / `##vso[`, `::` and `%` sequences, `,` `:` `;` `]` in
// file names, Markdown and HTML. Each output is read back the way the runner, the agent or a
// Markdown renderer would: one command per line, properties and message intact after
// unescaping, no markup from fact-file text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOutcomes, summarize } from '../../engine/model/build-model.js';
import type { MachineReport, Report, RuleResult } from '../../engine/model/report-model.js';
import { githubData, githubProperty } from '../../engine/report/format-github.js';
import { annotationText } from '../../engine/report/annotations.js';
import { vsoData, vsoProperty } from '../../engine/report/format-azuredevops.js';
import { mdBlock, mdCode, mdText } from '../../engine/report/format-markdown.js';
import type { CatalogueRule } from '../../engine/report/reporter.js';
import { render } from './render.js';
import { visible } from '../../engine/terminal/visible.js';

const INJECT = 'GET /x 503\n::error file=evil.ps1,line=1::pwned\r\n##vso[task.setvariable variable=secret]stolen %0A %25 %AZP25 ::warning:: a:b,c;d]e';
const MD = '# heading\n- item\n<script>alert(1)</script> | cell | **bold** [link](http://evil) ``` fence &amp; ~~x~~';

function result(ruleId: string, severity: RuleResult['severity'], outcome: RuleResult['outcome'], message: string): RuleResult {
  return {
    ruleId,
    ref: `WSUS-00${ruleId.length}`,
    title: `Title of ${ruleId}: a, b; c]`,
    severity,
    category: 'iis',
    outcome,
    message,
    evidence: outcome === 'fail' ? [{ path: 'derived.iisLog.status503.count', value: `x\`\`y\n${MD}` }] : [],
    logEvidence: outcome === 'fail' ? [{ file: 'C:\\inetpub\\logs\\u_ex.log', line: 7, text: `${INJECT} ${MD}` }] : [],
    remediation: ['Step one', `Step two ${MD}`],
    references: [{ url: 'https://learn.microsoft.com/x', title: 'X (KB)' }],
  };
}

function machine(name: string, file: string, results: RuleResult[]): MachineReport {
  return { file, computerName: name.toUpperCase(), fqdn: `${name}.contoso.com`, role: 'server', collectedAt: '2026-11-24T12:00:00Z', status: 'diagnosed', results, summary: countOutcomes(results) };
}

const wsus01 = machine('wsus01', 'facts/ws:us,01;x].json', [
  result('rule-a', 'critical', 'fail', `Message ${INJECT} ${MD}`),
  result('rule-b', 'warning', 'fail', 'warned'),
  result('rule-c', 'info', 'fail', 'informed'),
  result('rule-d', 'error', 'pass', 'ok'),
  result('rule-e', 'error', 'insufficientEvidence', `Cannot tell: ${MD}`),
]);
const pc01 = machine('pc01', 'facts/pc01.json', [result('rule-a', 'critical', 'pass', 'ok'), result('rule-b', 'warning', 'fail', 'warned')]);
const broken: MachineReport = { file: 'facts/broken.json', status: 'failed', error: { code: 'E_JSON_SYNTAX', message: `bad\n::error::x ${MD}` }, results: [], summary: countOutcomes([]) };
const fleetFinding = { ...result('fleet-x', 'error', 'fail', `Fleet ${INJECT}`), category: 'fleet' as const, machines: ['pc01.contoso.com', 'wsus01.contoso.com'], subject: 'wsus01.contoso.com' };
const fleet = { results: [fleetFinding] };
const one: Report = { reportVersion: '1.0', generatedAt: '2026-11-25T00:00:00.000Z', tool: { name: 'wsus-doctor', version: '0.1.0' }, machines: [wsus01], summary: summarize([wsus01]) };
const many: Report = { ...one, machines: [wsus01, pc01, broken], fleet, summary: summarize([wsus01, pc01, broken], fleet) };
const rules: CatalogueRule[] = ['rule-a', 'rule-b', 'rule-c', 'rule-d', 'rule-e'].map((id) => ({ ...result(id, 'error', 'fail', ''), id, summary: 's', rationale: 'r' }));

/** Parses a GitHub workflow command as the runner does (ActionCommand.TryParseV2). */
function parseGithub(line: string): { command: string; props: Record<string, string>; data: string } {
  assert.ok(line.startsWith('::'), `a command line: ${line.slice(0, 40)}`);
  const end = line.indexOf('::', 2);
  assert.ok(end > 0);
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space === -1 ? head : head.slice(0, space);
  const props: Record<string, string> = {};
  const unprop = (v: string) => v.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = unprop(pair.slice(eq + 1));
    }
  }
  const data = line.slice(end + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { command, props, data };
}

/** Parses an Azure Pipelines logging command as the agent does (first `##vso[` of a line). */
function parseVso(line: string): { command: string; props: Record<string, string>; data: string } {
  assert.equal(line.indexOf('##vso['), 0, 'the command starts the line');
  const rb = line.indexOf(']');
  const head = line.slice(6, rb);
  const space = head.indexOf(' ');
  // The agent's order: ; CR LF ] first, % last.
  const unescape = (v: string) => v.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%AZP25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of head.slice(space + 1).split(';')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: head.slice(0, space), props, data: unescape(line.slice(rb + 1)) };
}

test('github: one workflow command per diagnosis, fleet finding and unreadable file; levels by severity; hostile text cannot inject', async () => {
  const out = await render('github', many, { rules });
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 3 + 1 + 1 + 1, 'wsus01: 3 diagnoses; pc01: 1; the broken file; the fleet finding');
  const parsed = lines.map(parseGithub);
  assert.deepEqual(parsed.map((p) => p.command), ['error', 'warning', 'notice', 'warning', 'error', 'error']);
  const first = parsed[0]!;
  assert.deepEqual(Object.keys(first.props), ['file', 'title']);
  assert.equal(first.props.file, 'facts/ws:us,01;x].json');
  assert.equal(first.props.title, 'WSUS-006 Title of rule-a: a, b; c]');
  // Terminal formats see the data made visible (engine/terminal/visible.ts): a CRLF is a line end (LF).
  assert.equal(first.data, visible(annotationText('wsus01.contoso.com', wsus01.results[0]!)));
  assert.ok(first.data.includes(visible(INJECT)), 'the hostile text comes back whole in the message');
  assert.equal(parsed[4]!.props.file, 'facts/broken.json');
  assert.equal(parsed[5]!.props.file, 'facts/pc01.json', 'a fleet finding is placed on the first machine it names');
  assert.equal(githubData('a%b\r\nc::d'), 'a%25b%0D%0Ac::d');
  assert.equal(githubProperty('C:\\a,b%'), 'C%3A\\a%2Cb%25');
});

test('azuredevops: one task.logissue per diagnosis, error or warning, code = rule ref; hostile text cannot inject', async () => {
  const out = await render('azuredevops', many, { rules });
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 6);
  const parsed = lines.map(parseVso);
  assert.ok(parsed.every((p) => p.command === 'task.logissue'));
  assert.deepEqual(parsed.map((p) => p.props.type), ['error', 'warning', 'warning', 'warning', 'error', 'error']);
  const first = parsed[0]!;
  assert.deepEqual(first.props, { type: 'error', sourcepath: 'facts/ws:us,01;x].json', code: 'WSUS-006' });
  assert.ok(first.data.includes(visible(INJECT)), 'the hostile text comes back whole in the message');
  assert.ok(first.data.startsWith('Title of rule-a: a, b; c]: wsus01.contoso.com: Message'));
  assert.ok(parsed[2]!.data.startsWith('[info] '));
  assert.deepEqual(parsed[4]!.props, { type: 'error', sourcepath: 'facts/broken.json', code: 'E_JSON_SYNTAX' });
  assert.equal(vsoData('a%b\r\nc'), 'a%AZP25b%0D%0Ac');
  assert.equal(vsoProperty('a;b]c%'), 'a%3Bb%5Dc%AZP25');
});

/** Lines outside fenced code blocks, code spans removed. */
function outsideFences(md: string): string[] {
  return fenced(md).map((line) => line.replace(/(`+)[\s\S]*?(?<!`)\1(?!`)/g, '<code/>'));
}

function fenced(md: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (fence) {
      if (m && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (m) fence = m[1];
    else out.push(line);
  }
  assert.equal(fence, undefined, 'every fence is closed');
  return out;
}

test('markdown, one machine: its diagnoses with evidence, log lines and fix steps; fact-file text never becomes markup', async () => {
  const md = await render('markdown', one, { command: 'diagnose', rules });
  assert.match(md, /^## wsus01\.contoso\.com \(server\)\n/);
  assert.deepEqual(md.match(/^### .*/gm)?.map((h) => h.split(':')[0]), ['### 🛑 CRITICAL', '### ⚠️ WARNING', '### ℹ️ INFO', '### Insufficient evidence']);
  assert.ok(md.includes('1. Step one\n2. Step two'));
  assert.ok(md.includes('[X (KB)](<https://learn.microsoft.com/x>)'));
  const prose = outsideFences(md);
  for (const line of prose) {
    assert.ok(!/<script>|\*\*bold|\[link\]\(/.test(line), `no raw HTML or emphasis/links from fact text: ${line}`);
    assert.ok(!/^(- item|# heading|::error)/.test(line), `no structure from fact text: ${line}`);
  }
  // Log lines sit in a fenced block as they are.
  const block = mdBlock([`${INJECT} ${MD}`]);
  assert.ok(block[0]!.startsWith('````'), 'the fence outlasts the ``` inside');
  assert.equal(mdText('a\nb|c<d>'), 'a b\\|c\\<d\\>');
  assert.equal(mdCode('x``y'), '```x``y```');
});

test('markdown, several machines: fleet summary table, top findings with fixes, fleet findings, machines and unreadable files', async () => {
  const md = await render('markdown', many, { rules });
  assert.match(md, /^## wsus-doctor batch: 3 fact files\n/);
  assert.ok(md.includes('| Machines | Diagnosed | Failed |'));
  assert.ok(md.includes('| 3 | 2 | 1 | 0 | 1 | 0 | 2 | 1 | 1 | 1 |'), md);
  assert.ok(md.includes('### Top findings'));
  assert.ok(md.includes('### Fleet findings'));
  assert.ok(md.includes('### Machines with diagnoses (2)'));
  assert.ok(md.includes('### Files that could not be diagnosed (1)'));
  // Every table row has the same number of cells as its header: no | from fact text splits one.
  const rows = md.split('\n').filter((l) => l.startsWith('|'));
  for (const row of rows) assert.ok(row.replace(/\\\|/g, '').split('|').length >= 5);
  const machineRows = md.split('\n').filter((l) => l.startsWith('| wsus01') || l.startsWith('| pc01'));
  for (const row of machineRows) assert.equal(row.replace(/\\\|/g, '').split('|').length, 10, row);
  for (const line of outsideFences(md)) assert.ok(!/<script>|^::error|^##vso/.test(line), line);
});

// CSV, JUnit, SARIF, NDJSON and JSON reports of a hand-made report whose fact-file text is
// hostile (markup, quotes, formulas, control characters, line breaks), rendered by the
// production reporters (test/report/render.ts drives them as the commands do): each must parse
// back strictly and carry the same diagnoses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../../engine/model/report-model.js';
import type { RuleResult } from '../../engine/model/report-model.js';
import type { MachineReport } from '../../engine/model/report-model.js';
import { countOutcomes } from '../../engine/model/build-model.js';
import { CSV_BOM, CSV_COLUMNS } from '../../engine/report/format-csv.js';
import { artifactLocator, artifactUri, type SarifRule } from '../../engine/report/format-sarif.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogueOf, render } from './render.js';
import { CatalogueIndex, compactReport, expandMachine, expandResult, type Catalogue, type CompactMachineReport, type CompactResult } from '../../engine/model/compact-report.js';
import { summarize } from '../../engine/model/build-model.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import { findAll, parseCsv, parseXml } from './format-parsers.js';
import { officialSarifValidator, sarifSchemaPath } from './sarif-schema.js';

const HOSTILE = 'IIS said <script>alert("x")</script> & "quoted", =HYPERLINK("http://evil") \u0001\u0007 tab\there\nsecond line ünïcødé 😀';

function result(ruleId: string, outcome: RuleResult['outcome'], message: string, severity: RuleResult['severity'] = 'error'): RuleResult {
  return {
    ruleId,
    ref: `WSUS-${ruleId.length.toString().padStart(4, '0')}`,
    title: `Title of ${ruleId}`,
    severity,
    category: 'iis',
    outcome,
    message,
    evidence: outcome === 'fail' ? [{ path: 'derived.iisLog.status503.count', value: 4 }] : [],
    logEvidence: outcome === 'fail' ? [{ file: 'C:\\inetpub\\logs\\u_ex.log', line: 7, text: HOSTILE }] : [],
    remediation: ['Step one: =cmd|"/c calc"!A1', 'Step two'],
    references: [{ url: 'https://learn.microsoft.com/x', title: 'X' }],
  };
}

function machine(name: string, results: RuleResult[], extra: Partial<MachineReport> = {}): MachineReport {
  return { file: `facts/${name}.json`, computerName: name.toUpperCase(), fqdn: `${name}.contoso.com`, role: 'server', collectedAt: '2026-11-24T12:00:00Z', status: 'diagnosed', results, summary: countOutcomes(results), ...extra };
}

const machines: MachineReport[] = [
  machine('wsus01', [result('rule-a', 'fail', HOSTILE), result('rule-b', 'pass', 'No problem found'), result('rule-c', 'notApplicable', 'Not applicable'), result('rule-d', 'insufficientEvidence', 'Cannot tell: <logs>')]),
  machine('pc0001', [result('rule-a', 'pass', 'ok'), result('rule-b', 'fail', '-negative start', 'warning'), result('rule-c', 'fail', '@at start', 'info'), result('rule-d', 'pass', 'ok')], { role: 'client' }),
  { file: 'facts/broken "file" <x>.json', status: 'failed', error: { code: 'E_JSON_SYNTAX', message: 'not valid JSON: a closing } was expected', place: 'line 1, column 5' }, results: [], summary: countOutcomes([]) },
  { file: 'facts/old/pc0001.json', computerName: 'PC0001', fqdn: 'pc0001.contoso.com', role: 'client', collectedAt: '2026-11-20T12:00:00Z', status: 'superseded', supersededBy: 'facts/pc0001.json', results: [], summary: countOutcomes([]) },
];
const fleetResult = { ...result('fleet-x', 'fail', `Fleet finding about ${HOSTILE}`), machines: ['wsus01.contoso.com', 'pc0001.contoso.com'], subject: 'wsus01.contoso.com', category: 'fleet' as const };
const fleet = { results: [fleetResult, { ...result('fleet-y', 'pass', 'No problem found: fine'), category: 'fleet' as const, subject: 'fleet' }], servers: [{ server: 'wsus01.contoso.com', url: 'http://wsus01.contoso.com:8530', clients: 1, clientsWithDiagnoses: 1 }] };
const report: Report = { reportVersion: '1.0', generatedAt: '2026-11-25T00:00:00.000Z', tool: { name: 'wsus-doctor', version: '0.1.0' }, machines, fleet, summary: summarize(machines, fleet) };

test('the hand-made report is valid against report.schema.json', () => {
  const validate = getValidator('report.schema.json');
  assert.ok(validate(compactReport(report, catalogueOf(report))), JSON.stringify(validate.errors));
});

test('CSV: BOM, CRLF, one row per diagnosis and per machine of a fleet finding, hostile text intact, formulas defused', async () => {
  const csv = await render('csv', report);
  assert.ok(csv.startsWith(CSV_BOM));
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  const body = rows.slice(1);
  // 3 machine diagnoses + 1 failed file + 2 rows of the fleet finding; pass/notApplicable/insufficient and superseded give none.
  assert.equal(body.length, 6);
  for (const row of body) assert.equal(row.length, CSV_COLUMNS.length);
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const first = body[0]!;
  assert.equal(first[col('machine')], 'wsus01.contoso.com');
  assert.equal(first[col('message')], HOSTILE);
  assert.equal(first[col('remediation')], `1. Step one: =cmd|"/c calc"!A1\n2. Step two`);
  assert.equal(first[col('reference')], 'https://learn.microsoft.com/x');
  assert.equal(body[1]![col('message')], "'-negative start");
  assert.equal(body[2]![col('message')], "'@at start");
  const failed = body.find((r) => r[col('status')] === 'failed')!;
  assert.equal(failed[col('ruleId')], 'E_JSON_SYNTAX');
  assert.equal(failed[col('file')], 'facts/broken "file" <x>.json');
  const fleetRows = body.filter((r) => r[col('ruleId')] === 'fleet-x');
  assert.deepEqual(fleetRows.map((r) => [r[col('machine')], r[col('role')]]), [['wsus01.contoso.com', 'server'], ['pc0001.contoso.com', 'client']]);
  // Outside quoted cells only commas and record separators remain: every record ends in CRLF.
  assert.match(csv.slice(1).replace(/"(?:[^"]|"")*"/g, ''), /^(?:,*\r\n)+$/, 'records are separated by CRLF');
  assert.ok(!/[^\r]\n/.test(csv.replace(/"(?:[^"]|"")*"/g, '""')), 'no bare LF between records');
});

test('JUnit: well-formed XML, one testcase per machine x applicable rule, failures/skipped/errors counted, hostile text escaped', async () => {
  const xml = await render('junit', report);
  const root = parseXml(xml);
  assert.equal(root.name, 'testsuites');
  const suites = findAll(root, 'testsuite');
  assert.deepEqual(suites.map((s) => s.attrs.name), ['wsus01.contoso.com', 'pc0001.contoso.com', 'facts/broken "file" <x>.json', 'pc0001.contoso.com', 'fleet']);
  const cases = findAll(root, 'testcase');
  // wsus01: 4 rules, one not applicable (no case); pc0001: 4; the failed and the superseded file: 1 each; fleet: 2.
  assert.equal(cases.length, 3 + 4 + 1 + 1 + 2);
  assert.ok(!cases.some((c) => c.attrs.name?.includes('rule-c') && c.attrs.classname === 'wsus01.contoso.com'), 'not applicable rules are not test cases');
  assert.equal(Number(root.attrs.tests), cases.length);
  assert.equal(Number(root.attrs.failures), findAll(root, 'failure').length);
  assert.equal(Number(root.attrs.errors), findAll(root, 'error').length);
  assert.equal(Number(root.attrs.skipped), findAll(root, 'skipped').length);
  assert.equal(findAll(root, 'failure').length, 4);
  assert.equal(findAll(root, 'error').length, 1);
  const failure = findAll(suites[0]!, 'failure')[0]!;
  assert.equal(failure.attrs.type, 'error');
  assert.ok(failure.text.includes('<script>alert("x")</script>'), 'text comes back unescaped after parsing');
  assert.ok(!failure.text.includes('\u0001'), 'characters XML forbids are dropped');
  assert.ok(!xml.includes('<script>'), 'markup never appears raw');
  for (const s of suites) assert.equal(Number(s.attrs.tests), findAll(s, 'testcase').length);
  // Times: the run's duration on <testsuites>, 0 where the run measured nothing.
  assert.equal(root.attrs.time, '0.000');
  for (const el of [...suites, ...cases]) assert.match(el.attrs.time ?? '', /^\d+\.\d{3}$/, `${el.name} ${el.attrs.name} has a time`);
  const insufficient = findAll(suites[0]!, 'testcase').find((c) => c.attrs.name?.includes('rule-d'))!;
  assert.equal(findAll(insufficient, 'skipped')[0]!.attrs.message, 'insufficient evidence: Cannot tell: <logs>');
});

test('JUnit: a machine measured by the run carries its time, the run its duration', async () => {
  const { ReportRun } = await import('../../engine/report/report-run.js');
  const { entryOf } = await import('../../engine/report/reporter.js');
  let xml = '';
  const run = await ReportRun.start([{ format: 'junit', target: '-' }], { stdout: (t) => void (xml += t) });
  run.begin({ command: 'diagnose', generatedAt: report.generatedAt, tool: report.tool, rules: [], fleetRules: [], catalogue: { rules: [], fleetRules: [] } });
  run.machine(entryOf(machines[0]!, undefined, 1234.5));
  run.end({ summary: summarize([machines[0]!]), durationMs: 2500, failed: [], superseded: [], ruleFailures: [] });
  const root = parseXml(xml);
  assert.equal(root.attrs.time, '2.500');
  assert.equal(findAll(root, 'testsuite')[0]!.attrs.time, '1.234');
});

const allRules: SarifRule[] = ['rule-a', 'rule-b', 'rule-c', 'rule-d', 'fleet-x', 'fleet-y'].map((id, i) => ({
  id,
  ref: `WSUS-${String(i + 1).padStart(4, '0')}`,
  title: `Title of ${id}`,
  severity: 'error',
  category: 'iis',
  summary: 'Summary.',
  rationale: 'Rationale.',
  remediation: ['Fix it.'],
  references: [{ url: 'https://learn.microsoft.com/x', title: 'X' }],
}));
const rules = allRules;
const sarif = () => render('sarif', report, { rules: allRules.slice(0, 4), fleetRules: allRules.slice(4) });

test('SARIF: 2.1.0 structure, a result per diagnosis with rule index, level and location, failed files as notifications', async () => {
  const log = JSON.parse(await sarif()) as Record<string, any>;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'wsus-doctor');
  assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), rules.map((r) => r.id));
  for (const r of run.tool.driver.rules) {
    assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text);
    assert.ok(['error', 'warning', 'note', 'none'].includes(r.defaultConfiguration.level));
  }
  assert.equal(run.results.length, 4);
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(r.level));
    assert.equal(typeof r.message.text, 'string');
    assert.ok(r.locations.length >= 1);
    for (const loc of r.locations) assert.ok(loc.logicalLocations[0].name);
    assert.ok(Object.values(r.partialFingerprints).every((v) => typeof v === 'string'));
  }
  assert.deepEqual(run.results.map((r: { level: string }) => r.level), ['error', 'warning', 'note', 'error']);
  assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'facts/wsus01.json');
  assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
  assert.equal(run.originalUriBaseIds.SRCROOT.uri, `${pathToFileURL(process.cwd()).href}/`);
  // informationUri: absolute (package.json names no web host, so the README shipped with the tool).
  assert.match(run.tool.driver.informationUri, /^(https?|file):\/\/.*README\.md|^https?:\/\//);
  if (run.tool.driver.informationUri.startsWith('file:')) assert.ok(existsSync(fileURLToPath(run.tool.driver.informationUri)));
  // The log line that is evidence: the log file on the machine, with the line as region.
  const related = run.results[0].relatedLocations[0];
  assert.equal(related.physicalLocation.artifactLocation.uri, 'file:///C:/inetpub/logs/u_ex.log');
  assert.deepEqual(related.physicalLocation.region, { startLine: 7, snippet: { text: HOSTILE } });
  assert.equal(run.results[0].message.text, HOSTILE);
  assert.equal(run.results[3].locations.length, 2);
  const invocation = run.invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.equal(invocation.toolExecutionNotifications[0].level, 'error');
  assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'facts/broken%20%22file%22%20%3Cx%3E.json');
});

test('SARIF artifact URIs: relative paths are URI references, absolute ones file: URLs', () => {
  assert.equal(artifactUri('facts\\sub dir\\a.json'), 'facts/sub%20dir/a.json');
  assert.equal(artifactUri('/srv/facts/a b.json'), 'file:///srv/facts/a%20b.json');
  assert.equal(artifactUri('C:\\inetpub\\logs\\u ex.log'), 'file:///C:/inetpub/logs/u%20ex.log');
  assert.equal(artifactUri('\\\\fs01\\facts$\\pc.json'), 'file://fs01/facts%24/pc.json');
});

test('SARIF --sarif-base: files under the base are relative to SRCROOT, others absolute', async () => {
  const locator = artifactLocator('/srv/wsus');
  assert.deepEqual(locator.originalUriBaseIds, { SRCROOT: { uri: 'file:///srv/wsus/' } });
  assert.deepEqual(locator.location('/srv/wsus/facts/pc 1.json'), { uri: 'facts/pc%201.json', uriBaseId: 'SRCROOT' });
  assert.deepEqual(locator.location('/srv/other/pc.json'), { uri: 'file:///srv/other/pc.json' });
  const log = JSON.parse(await render('sarif', report, { rules: allRules.slice(0, 4), fleetRules: allRules.slice(4), sarifBase: join(process.cwd(), 'facts') }));
  assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'wsus01.json', uriBaseId: 'SRCROOT' });
  const validate = officialSarifValidator()!;
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
});

test('SARIF: valid against the official SARIF 2.1.0 schema', async () => {
  const validate = officialSarifValidator();
  assert.ok(validate, 'no copy of the SARIF 2.1.0 schema (test/fixtures/sarif/sarif-2.1.0-rtm.5.json)');
  const log = JSON.parse(await sarif());
  assert.ok(validate(log), `${sarifSchemaPath()}: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
  // The schema really checks: a result without a message is refused.
  const broken = JSON.parse(await sarif());
  delete broken.runs[0].results[0].message;
  assert.equal(validate(broken), false);
});

test('NDJSON: the catalogue first, then machines, fleet findings, servers, summary; machine lines are valid compact machine reports that expand to the same reports', async () => {
  const lines = (await render('ndjson', report)).trimEnd().split('\n');
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(records.map((r) => r.record), ['catalogue', 'machine', 'machine', 'machine', 'machine', 'fleet', 'fleet', 'server', 'summary']);
  const { record: _c, reportVersion, generatedAt, tool, ...catalogue } = records[0] as Record<string, unknown> & Catalogue;
  assert.equal(reportVersion, '2.0');
  assert.deepEqual(catalogue, catalogueOf(report));
  const validate = getValidator('report.schema.json');
  const machines = records.filter((r) => r.record === 'machine').map(({ record: _r, ...m }) => m as CompactMachineReport);
  const asReport = { reportVersion, generatedAt, tool, catalogue, machines, summary: report.summary };
  assert.ok(validate(asReport), JSON.stringify(validate.errors));
  const index = new CatalogueIndex(catalogue);
  assert.deepEqual(machines.map((m) => expandMachine(m, index)), report.machines);
  const fleet = records.filter((r) => r.record === 'fleet').map(({ record: _r, ...f }) => expandResult(f as unknown as CompactResult, index.fleetRule(f.ruleId as string)));
  assert.deepEqual(fleet, report.fleet!.results);
});

test('JSON: the compact report, valid against report.schema.json, expanding to the same report; one machine per line for batch and indented for diagnose', async () => {
  const batch = await render('json', report);
  const expected = compactReport(report, catalogueOf(report));
  assert.deepEqual(JSON.parse(batch), expected);
  assert.ok(getValidator('report.schema.json')(expected));
  const parsed = JSON.parse(batch) as { catalogue: Catalogue; machines: CompactMachineReport[] };
  assert.deepEqual(parsed.machines.map((m) => expandMachine(m, new CatalogueIndex(parsed.catalogue))), report.machines);
  assert.equal(batch.split('\n').length, report.machines.length + 3, 'one machine per line');
  const diagnose = await render('json', report, { command: 'diagnose' });
  assert.equal(diagnose, `${JSON.stringify(expected, null, 2)}\n`);
});

test('HTML: the reporter streams the same page formatHtml builds, its data block the same data as toHtmlData', async () => {
  const { formatHtml } = await import('../../engine/report/format-html.js');
  const { toHtmlData } = await import('../../engine/report/html/view-model.js');
  const page = await render('html', report);
  assert.equal(page, formatHtml(report));
  const data = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]!;
  assert.deepEqual(JSON.parse(data), JSON.parse(JSON.stringify(toHtmlData(report, 'WSUS fleet report'))));
});

// The examples of the issue "Trust on real machines", each as a named test run through the whole
// per-machine pipeline (derive + every built-in rule): quiet where the machine is healthy, the
// right finding where it is broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import type { RuleResult } from '../../engine/model/report-model.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import { etlMicrosoftEndpointsFail, etlWsusScanOk } from '../../rules/client/shared/noise-lines.js';
import { etlLine, etlWsusCall } from '../../rules/client/shared/test-facts.js';
import { W3C_FIELDS } from '../../rules/server/shared/log-lines.js';

const root = join(import.meta.dirname, '..', '..');
const evaluator = new CompiledRuleEvaluator(builtInRules);
const load = (path: string): FactDocument => JSON.parse(readFileSync(join(root, path), 'utf8')) as FactDocument;
const run = (doc: FactDocument): RuleResult[] => evaluator.evaluateRootSync({ ...doc, derived: deriveFacts(doc) } as never);
const severe = (results: RuleResult[]) => results.filter((r) => r.outcome === 'fail' && (r.severity === 'error' || r.severity === 'critical')).map((r) => r.ruleId);
const outcome = (results: RuleResult[], id: string) => {
  const r = results.find((x) => x.ruleId === id);
  assert.ok(r, `rule ${id} ran`);
  return r;
};
const WSUS = 'http://wsus01.contoso.com:8530';

function withWindowsUpdateLog(doc: FactDocument, lines: string[]): FactDocument {
  const out = structuredClone(doc);
  out.clientPolicy = { status: 'ok', windowsUpdate: { WUServer: WSUS, WUStatusServer: WSUS }, au: { UseWUServer: 1 } };
  out.logs = { ...out.logs, windowsUpdate: { status: 'ok', format: 'windowsUpdateEtl', files: [{ path: 'C:\\Windows\\Temp\\WindowsUpdate.log', truncated: false, startLine: 1, lines }] } };
  return out;
}

function withIisLog(doc: FactDocument, lines: string[], header = ['#Software: Microsoft Internet Information Services 10.0', '#Version: 1.0', '#Date: 2026-11-24 00:00:00', W3C_FIELDS]): FactDocument {
  const out = structuredClone(doc);
  out.logs = { ...out.logs, iisW3c: { status: 'ok', format: 'w3c', files: [{ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261124.log', truncated: false, startLine: 1, lines: [...header, ...lines] }] } };
  return out;
}

test('a healthy Windows 11 client on http:// WSUS whose Microsoft endpoint calls fail (2EE2, 2F8F, 2EFD next to sls lines) has no error, one info', () => {
  const results = run(withWindowsUpdateLog(load('examples/healthy-client.json'), [...etlWsusScanOk('09:02'), ...etlMicrosoftEndpointsFail('09:10'), ...etlWsusScanOk('09:12', WSUS, '7044')]));
  assert.deepEqual(severe(results), []);
  assert.equal(outcome(results, 'client-tls-certificate-errors').outcome, 'pass', 'no TLS to an http:// WSUS');
  assert.equal(outcome(results, 'client-other-endpoint-failures').outcome, 'fail');
  assert.equal(outcome(results, 'client-other-endpoint-failures').severity, 'info');
});

test('wsus-service-not-running is not applicable on a ConfigMgr site server with a remote SUP (no WSUS role)', () => {
  const doc = structuredClone(load('examples/healthy-wsus-server.json'));
  doc.wsusServer = { status: 'notApplicable', message: 'The WSUS server role is not installed: the software update point is on another machine.' };
  doc.configMgr = { status: 'ok', isSiteServer: true, isSoftwareUpdatePoint: false, hasRemoteSoftwareUpdatePoint: true, wsusConsoleInstalled: true };
  if (doc.services?.items) delete (doc.services.items as Record<string, unknown>).WsusService;
  const results = run(doc);
  assert.equal(outcome(results, 'wsus-service-not-running').outcome, 'notApplicable');
  assert.equal(outcome(results, 'configmgr-site-server-wsus-console-missing').outcome, 'pass');
  assert.deepEqual(severe(results), []);
});

test('an unknown failure code (0x8024A00F) in a WSUS call is reported, decoded', () => {
  const results = run(withWindowsUpdateLog(load('examples/healthy-client.json'), [etlWsusCall('09:40:01.0000000'), etlLine('09:40:02.0000000', 'Agent', '*FAILED* [8024A00F] Method failed [CAgentUpdateManager::FindUpdates:1234]')]));
  const r = outcome(results, 'client-unexplained-wsus-errors');
  assert.equal(r.outcome, 'fail');
  assert.match(r.message, /0x8024A00F \(/, 'the code comes with its decoding');
});

test('wuserver-without-port is a warning: a URL without a port is valid on 80/443', () => {
  const doc = structuredClone(load('examples/healthy-client.json'));
  doc.clientPolicy = { status: 'ok', windowsUpdate: { WUServer: 'http://wsus01.contoso.com', WUStatusServer: 'http://wsus01.contoso.com' }, au: { UseWUServer: 1 } };
  const r = outcome(run(doc), 'wuserver-without-port');
  assert.equal(r.outcome, 'fail');
  assert.equal(r.severity, 'warning');
});

test('wuserver-without-port shows the WUServer URL (with the port it implies) as its evidence, not the status server', () => {
  const doc = structuredClone(load('examples/healthy-client.json'));
  doc.clientPolicy = { status: 'ok', windowsUpdate: { WUServer: 'http://wsus01.contoso.com', WUStatusServer: 'http://wsus-status.contoso.com:8530' }, au: { UseWUServer: 1 } };
  const r = outcome(run(doc), 'wuserver-without-port');
  assert.equal(r.outcome, 'fail');
  const shown = r.evidence.filter((e) => e.value !== undefined);
  assert.deepEqual(shown.slice(0, 3), [
    { path: 'clientPolicy.windowsUpdate.WUServer', value: 'http://wsus01.contoso.com' },
    { path: 'derived.policy.wuServer.port', value: 80 },
    { path: 'derived.policy.source', value: 'native' },
  ]);
  assert.ok(!JSON.stringify(r.evidence).includes('wsus-status'), 'the status server is not this rule\'s evidence');
});

test("a browser's /favicon.ico 404 after opening wuident.cab (KB 3090184) gives no IIS-log error", () => {
  const browser = 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0';
  const lines = [
    `2026-11-24 09:00:01 10.0.0.10 GET /Selfupdate/wuident.cab - 8530 - 10.0.5.20 ${browser} - 200 0 0 15`,
    `2026-11-24 09:00:02 10.0.0.10 GET /favicon.ico - 8530 - 10.0.5.20 ${browser} http://wsus01:8530/Selfupdate/wuident.cab 404 0 2 1`,
    `2026-11-24 09:00:05 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - 200 0 0 187`,
  ];
  const results = run(withIisLog(load('examples/healthy-wsus-server.json'), lines));
  assert.equal(outcome(results, 'iis-log-404-errors').outcome, 'pass');
  assert.deepEqual(severe(results), []);
});

test('the real lnav IIS sample used as a WSUS log gives no IIS-log error (its 404s are not WSUS requests)', () => {
  const lines = readFileSync(join(root, 'test/fixtures/corpus/lnav/w3c/logfile_w3c_big.0'), 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const results = run(withIisLog(load('examples/healthy-wsus-server.json'), lines, []));
  assert.deepEqual(severe(results).filter((id) => id.startsWith('iis-log')), []);
});

test('the Windows Firewall log offered as the IIS log is insufficient evidence, never a pass or a failure', () => {
  const lines = [
    '#Version: 1.5',
    '#Software: Microsoft Windows Firewall',
    '#Time Format: Local',
    '#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path',
    '2026-11-24 09:00:01 ALLOW TCP 10.0.1.21 10.0.0.10 50123 8530 0 - 0 0 0 - - - RECEIVE',
    '2026-11-24 09:00:02 DROP TCP 10.0.9.99 10.0.0.10 50124 445 0 - 0 0 0 - - - RECEIVE',
  ];
  const results = run(withIisLog(load('examples/healthy-wsus-server.json'), lines, []));
  for (const id of ['iis-log-403-errors', 'iis-log-404-errors', 'iis-log-500-errors']) assert.equal(outcome(results, id).outcome, 'insufficientEvidence', id);
});

// The noise property (issue "Trust on real machines"): adding any mix of what healthy machines
// really log — browser, command-line, probe and scanner requests on the WSUS site, Microsoft
// endpoints failing on an isolated network, WSUS failures that later recover — to a healthy
// fact document never adds an error or critical finding. fast-check with a fixed seed and budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { CompiledRuleEvaluator } from '../../engine/evaluate/compiled-evaluator.js';
import { deriveFacts } from '../../engine/derive/derive-facts.js';
import type { FactDocument } from '../../engine/facts/fact-types.generated.js';
import { etlFeatureOnDemandBlocked, etlMicrosoftEndpointsFail, etlWsusScanOk, etlWsusScanTimesOut } from '../../rules/client/shared/noise-lines.js';
import { W3C_FIELDS } from '../../rules/server/shared/log-lines.js';

const root = join(import.meta.dirname, '..', '..');
const evaluator = new CompiledRuleEvaluator(builtInRules);
const load = (path: string): FactDocument => JSON.parse(readFileSync(join(root, path), 'utf8')) as FactDocument;

/** Error and critical findings of a document, as "rule-id: message". */
function severeFindings(doc: FactDocument): string[] {
  const results = evaluator.evaluateRootSync({ ...doc, derived: deriveFacts(doc) } as never);
  return results.filter((r) => r.outcome === 'fail' && (r.severity === 'error' || r.severity === 'critical')).map((r) => `${r.ruleId}: ${r.message}`);
}

const WSUS = 'http://wsus01.contoso.com:8530';
const hhmm = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 5 })).map(([h, m]) => `0${h}:${m}5`);

/** Client noise: each item is a block of WindowsUpdate.log lines at a time before the final successful scan. */
const clientNoise = fc.array(
  fc.oneof(
    hhmm.map((t) => etlMicrosoftEndpointsFail(t)),
    hhmm.map((t) => etlFeatureOnDemandBlocked(t)),
    hhmm.map((t) => etlWsusScanTimesOut(t, WSUS)),
    hhmm.map((t) => etlWsusScanOk(t, WSUS)),
  ),
  { maxLength: 6 },
);

const iisLine = (time: string, method: string, stem: string, ip: string, agent: string, status: number, sub = 0) =>
  `2026-11-24 ${time} 10.0.0.10 ${method} ${stem} - 8530 - ${ip} ${agent} - ${status} ${sub} 0 15`;
const BROWSER = 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0';
/** Server noise: browser checks of a WSUS URL (KB 3090184), monitoring probes, a vulnerability scan. */
const serverNoise = fc.array(
  fc.oneof(
    hhmm.map((t) => [iisLine(`${t}:01`, 'GET', '/Selfupdate/wuident.cab', '10.0.5.20', BROWSER, 200), iisLine(`${t}:02`, 'GET', '/favicon.ico', '10.0.5.20', BROWSER, 404)]),
    hhmm.map((t) => [iisLine(`${t}:00`, 'GET', '/', '10.0.9.5', 'PRTG+Network+Monitor+(Agent)', 403, 14), iisLine(`${t}:30`, 'HEAD', '/ClientWebService/client.asmx', '10.0.9.6', '-', 200)]),
    hhmm.map((t) => ['/wp-login.php', '/.env', '/admin/', '/phpmyadmin/index.php', '/cgi-bin/test.cgi'].map((p, i) => iisLine(`${t}:1${i}`, 'GET', p, '10.0.9.99', 'Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003)', 404))),
    hhmm.map((t) => [iisLine(`${t}:03`, 'GET', '/ClientWebService/wusserverversion.xml', '10.0.5.21', 'curl/8.9.1', 200)]),
  ),
  { maxLength: 6 },
);

test('noise never adds an error or critical finding to a healthy client', () => {
  const base = load('examples/healthy-client.json');
  assert.deepEqual(severeFindings(base), [], 'the healthy client example is healthy');
  fc.assert(
    fc.property(clientNoise, (blocks) => {
      const doc = structuredClone(base);
      const lines = [...blocks.flat(), ...etlWsusScanOk('09:30', WSUS)];
      doc.logs = { ...doc.logs, windowsUpdate: { status: 'ok', format: 'windowsUpdateEtl', files: [{ path: 'C:\\Windows\\Temp\\WindowsUpdate.log', truncated: false, startLine: 1, lines }] } };
      doc.clientPolicy = { status: 'ok', windowsUpdate: { WUServer: WSUS, WUStatusServer: WSUS }, au: { UseWUServer: 1 } };
      assert.deepEqual(severeFindings(doc), []);
    }),
    { seed: 20261207, numRuns: 150 },
  );
});

test('noise never adds an error or critical finding to a healthy WSUS server', () => {
  const base = load('examples/healthy-wsus-server.json');
  assert.deepEqual(severeFindings(base), [], 'the healthy server example is healthy');
  const clientRequests = [
    iisLine('09:00:01', 'POST', '/ClientWebService/client.asmx', '10.0.1.21', 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71', 200),
    iisLine('09:00:02', 'POST', '/ReportingWebService/ReportingWebService.asmx', '10.0.1.21', 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71', 200),
  ];
  fc.assert(
    fc.property(serverNoise, (blocks) => {
      const doc = structuredClone(base);
      const header = ['#Software: Microsoft Internet Information Services 10.0', '#Version: 1.0', '#Date: 2026-11-24 00:00:00', W3C_FIELDS];
      doc.logs = { ...doc.logs, iisW3c: { status: 'ok', format: 'w3c', files: [{ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261124.log', truncated: false, startLine: 1, lines: [...header, ...blocks.flat(), ...clientRequests] }] } };
      assert.deepEqual(severeFindings(doc), []);
    }),
    { seed: 20261207, numRuns: 150 },
  );
});

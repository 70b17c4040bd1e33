// `ingest` on bundles built from the real corpus samples: every file kind recognised by content,
// unknown files listed with why, the role inferred or forced, valid fact documents whose diagnosis
// finds what the samples show; zips (nested, corrupt, bombs) and an empty folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { ingestBundle } from '../../engine/ingest/ingest-bundle.js';
import { buildExcerpt, prepareLog } from '../../engine/ingest/log-excerpt.js';
import { isInputError } from '../../engine/errors.js';
import { getValidator, prepareValidator } from '../../engine/validate/schema-store.js';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from '../cli/cli-helpers.js';
import { clientZip, corpusBytes, EVENTS_CLIXML, everyKindBundle, tempDir } from './bundle-fixtures.js';

await prepareValidator('facts.schema.json');
const valid = getValidator('facts.schema.json');

function usedFacts(doc: ReturnType<typeof ingestBundle>, suffix: string): string[] {
  const entry = doc.ingest!.used.find((u) => u.file.endsWith(suffix));
  assert.ok(entry, `${suffix} is listed as used: ${JSON.stringify(doc.ingest!.used.map((u) => u.file))}`);
  return entry.facts;
}

test('every file kind is recognised by content and fed into its section; unknown files are listed with why', () => {
  const dir = everyKindBundle();
  const doc = ingestBundle([dir]);
  assert.ok(valid(doc), JSON.stringify(valid.errors));
  assert.deepEqual(usedFacts(doc, 'W3SVC1/a.txt'), ['logs.iisW3c']);
  assert.deepEqual(usedFacts(doc, 'b.txt'), ['logs.httpErr']);
  assert.deepEqual(usedFacts(doc, 'c.txt'), ['logs.windowsUpdate']);
  assert.deepEqual(usedFacts(doc, 'd.txt'), ['logs.windowsUpdate']);
  assert.deepEqual(usedFacts(doc, 'e.txt'), ['logs.configMgrClient.wuaHandler']);
  assert.deepEqual(usedFacts(doc, 'f.txt'), ['logs.configMgrSite.wsyncmgr']);
  assert.deepEqual(usedFacts(doc, 'g.txt'), ['logs.softwareDistribution']);
  assert.deepEqual(usedFacts(doc, 'h.txt').sort(), ['clientPolicy.au', 'clientPolicy.windowsUpdate', 'windowsUpdateClient.susClientId']);
  assert.deepEqual(usedFacts(doc, 'i.txt').sort(), ['clientPolicy.au', 'clientPolicy.windowsUpdate']);
  assert.deepEqual(usedFacts(doc, 'j.txt'), ['proxy']);
  assert.deepEqual(usedFacts(doc, 'k.txt'), ['events']);
  assert.deepEqual(usedFacts(doc, 'l.txt'), ['events']);
  assert.deepEqual(usedFacts(doc, 'l2.xml'), ['events']);
  assert.deepEqual(usedFacts(doc, 'm.json'), ['os']);
  const ignored = new Map(doc.ingest!.ignored.map((i) => [i.file.slice(dir.length + 1), i.reason]));
  assert.match(ignored.get('notes.txt')!, /not a log or export/);
  assert.match(ignored.get('screenshot.png')!, /picture/);
  assert.match(ignored.get('k.txt.old')!, /deletes 5 Windows Update policy values.*not an export/);
  assert.equal(doc.ingest!.used.length + doc.ingest!.ignored.length, 17, 'every file appears once');

  // IIS and HTTPERR logs make it a server; the excerpts carry the collector's metadata.
  assert.equal(doc.role, 'server');
  assert.equal(doc.ingest!.roleSource, 'inferred');
  const iis = doc.logs!.iisW3c!;
  assert.equal(iis.status, 'ok');
  assert.equal(iis.format, 'w3c');
  assert.equal(iis.files![0]!.startLine, 1);
  assert.equal(iis.files![0]!.truncated, false);
  assert.ok(iis.coveredFrom! <= iis.coveredTo!);
  assert.equal(doc.logs!.windowsUpdate!.files!.length, 2);
  assert.equal(doc.logs!.configMgrSite!.wsyncmgr!.coveredFrom, '2020-02-08T10:13:11.522Z', 'bias +480 = UTC-8');
  // The .reg values, typed as the schema wants: hex(2) string, hex(b) qword, hex(7) multi-string.
  assert.equal(doc.clientPolicy!.windowsUpdate!.TargetGroup, 'Workstations');
  assert.equal(doc.clientPolicy!.windowsUpdate!.TargetGroupEnabled, 1);
  assert.equal(doc.clientPolicy!.windowsUpdate!.UpdateServiceUrlAlternate, 'http://a');
  assert.equal(doc.windowsUpdateClient!.susClientId, '6f1c3a52-9d0e-4a55-8b2c-0f4e2d7a1b01');
  assert.deepEqual(doc.proxy, { status: 'ok', direct: false, proxyServer: 'proxy.contoso.com:8080' });
  assert.equal(doc.events!.items!.length, 4);
  assert.match(doc.events!.items![0]!.message!, /errorCode=0x8024402c/);
  assert.match(doc.events!.items![2]!.message!, /KB1, "quoted"/);
  assert.deepEqual(doc.events!.items![3], {
    logName: 'System',
    providerName: 'Microsoft-Windows-WAS',
    id: 5002,
    timeCreated: '2026-11-24T14:01:37.123Z',
    level: 'Error',
    message: "Application pool 'WsusPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool.",
  });
  assert.equal(doc.os!.caption, 'Microsoft Windows 10 Enterprise');
  assert.equal(doc.host.computerName, 'PC0042');
  // Sections nothing fed: notCollected with the reason.
  assert.equal(doc.iis!.status, 'notCollected');
  assert.match(doc.iis!.message!, /Invoke-WsusDoctorCollection/);
});

test('--role overrides the inferred role, --computer-name the name', () => {
  const doc = ingestBundle([everyKindBundle()], { role: 'client', computerName: 'PC0099' });
  assert.equal(doc.role, 'client');
  assert.equal(doc.ingest!.roleSource, 'option');
  assert.equal(doc.host.computerName, 'PC0099');
  assert.ok(valid(doc));
});

test('a client bundle says what is missing and what to ask for', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'WindowsUpdate.log'), corpusBytes('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log'));
  const doc = ingestBundle([dir]);
  assert.equal(doc.role, 'client');
  assert.match(doc.ingest!.roleReason!, /taken as a WSUS client/);
  const asks = doc.ingest!.missing.map((m) => m.facts);
  assert.deepEqual(asks, ['clientPolicy', 'proxy', 'events']);
  assert.match(doc.proxy!.message!, /netsh winhttp show proxy/);
  assert.equal(doc.clientPolicy!.status, 'notCollected');
  assert.equal(doc.collectedAt, '2010-01-05T18:52:06.762Z', 'the newest time stamp of the bundle');
});

test('a server bundle without HTTPERR asks for C:\\Windows\\System32\\LogFiles\\HTTPERR', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'u_ex.log'), corpusBytes('plaso/iis/iis10.log'));
  const doc = ingestBundle([dir]);
  assert.equal(doc.role, 'server');
  const ask = doc.ingest!.missing.find((m) => m.facts === 'logs.httpErr');
  assert.match(ask!.ask, /^no HTTPERR log: send C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr\*\.log$/);
});

test('diagnose <zip>: ingests it (one stderr line), finds the proxy/DNS errors of the 0x8024402C article, lists the files', async () => {
  const dir = tempDir();
  const zip = join(dir, 'customer.zip');
  writeFileSync(zip, clientZip());
  const io = recordingIo();
  const code = await main(['diagnose', zip, '--fail-on', 'error'], io);
  assert.equal(code, 1, io.err);
  assert.equal(io.err.split('\n').filter(Boolean).length, 1, io.err);
  assert.match(io.err, /customer\.zip is a folder or zip, not a fact file: ingesting it first/);
  assert.match(io.out, /client-proxy-dns-errors/);
  assert.match(io.out, /winhttp-proxy-without-wsus-bypass/);
  assert.match(io.out, /customer\.zip!\/more\.zip!\/proxy\.txt: netsh winhttp show proxy output -> proxy/);
  assert.match(io.out, /customer\.zip!\/policy\.reg: registry export \(\.reg\) -> /);
  assert.match(io.out, /PC0042\.contoso\.com \(client\)/);
});

test('the hand-written "Disable Windows Update" .reg (UTF-8, comments, malformed keys): the client is not managed by WSUS', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'tweaks.reg'), corpusBytes('hakanfly-windows-tweaks/Disable Windows Update.reg'));
  const doc = ingestBundle([dir]);
  assert.deepEqual(doc.clientPolicy!.windowsUpdate, {
    DeferFeatureUpdates: 1,
    DeferFeatureUpdatesPeriodInDays: 365,
    DeferQualityUpdates: 1,
    DeferQualityUpdatesPeriodInDays: 365,
    DisableDualScan: 1,
    DisableWindowsUpdateAccess: 1,
  });
  assert.deepEqual(doc.clientPolicy!.au, { NoAutoUpdate: 1, AUOptions: 1 });
  assert.match(doc.ingest!.used[0]!.note!, /line 64 \(key does not start with a root key/);
  const io = recordingIo();
  assert.equal(await main(['diagnose', dir, '--format', 'json'], io), 1);
  const report = JSON.parse(io.out) as { machines: Array<{ results: Array<{ outcome: string; ruleId: string }>; ingest: { role: string } }> };
  const fails = report.machines[0]!.results.filter((r) => r.outcome === 'fail').map((r) => r.ruleId);
  assert.ok(fails.includes('client-not-managed-by-wsus'), fails.join(', '));
  const validReport = getValidator('report.schema.json');
  assert.ok(validReport(report), JSON.stringify(validReport.errors));
  assert.equal(report.machines[0]!.ingest.role, 'client');
});

test('ingest command: writes --out atomically, summary on stderr, never over an input', async () => {
  const dir = everyKindBundle();
  const out = join(tempDir(), 'facts.json');
  const io = recordingIo();
  assert.equal(await main(['ingest', dir, '--out', out], io), 0, io.err);
  assert.ok(valid(JSON.parse(readFileSync(out, 'utf8'))));
  assert.match(io.err, /Used 14 files:/);
  assert.match(io.err, /Ignored 3 files:/);
  assert.match(io.err, /ingested in \d+ ms/);
  const again = recordingIo();
  assert.equal(await main(['ingest', join(dir, 'c.txt'), '--out', join(dir, 'c.txt')], again), 2);
  assert.match(again.err, /--out names an input/);
});

test('an empty folder is exit 2 with a clear message', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'empty-sub'));
  const io = recordingIo();
  assert.equal(await main(['ingest', dir, '--out', join(dir, 'facts.json')], io), 2);
  assert.match(io.err, /holds no files: nothing to ingest/);
  assert.ok(!existsSync(join(dir, 'facts.json')));
});

test('a corrupt zip is exit 2 naming the file', async () => {
  const dir = tempDir();
  const zip = clientZip();
  const broken = zip.slice(0, Math.floor(zip.length / 2));
  writeFileSync(join(dir, 'broken.zip'), broken);
  const io = recordingIo();
  assert.equal(await main(['ingest', join(dir, 'broken.zip')], io), 2);
  assert.match(io.err, /broken\.zip: is not a readable zip archive/);
  // diagnose reports it as a file it cannot diagnose, exit 2
  const d = recordingIo();
  assert.equal(await main(['diagnose', join(dir, 'broken.zip')], d), 2);
  assert.match(d.err, /broken\.zip.*not a readable zip archive/);
});

test('a zip bomb is refused before it is inflated: declared size, real size over the budget, nesting', async () => {
  const dir = tempDir();
  // 1. An entry that declares 4 GiB (the sizes are patched in the headers): refused by the declared size.
  const zip = zipSync({ 'a.log': new Uint8Array(1000) }, { level: 9 });
  const patched = Buffer.from(zip);
  const central = patched.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  patched.writeUInt32LE(0xffffff00, central + 24);
  writeFileSync(join(dir, 'bomb.zip'), patched);
  const io = recordingIo();
  assert.equal(await main(['ingest', join(dir, 'bomb.zip')], io), 2);
  assert.match(io.err, /bomb\.zip: unpacks to more than 1024 MiB: refusing to read it \(a zip bomb/);

  // 2. Highly compressed zeros beyond a (lowered) budget.
  const zeros = zipSync({ 'zeros.log': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
  writeFileSync(join(dir, 'zeros.zip'), zeros);
  assert.ok(zeros.length < 50_000);
  assert.throws(
    () => ingestBundle([join(dir, 'zeros.zip')], { limits: { maxFiles: 100, maxTotalBytes: 1024 * 1024, maxZipDepth: 2 } }),
    (e: unknown) => isInputError(e) && /zeros\.zip: unpacks to more than 1 MiB/.test(e.toLine()),
  );

  // 3. Zips nested deeper than allowed.
  let nested = zipSync({ 'x.log': new TextEncoder().encode('x') });
  for (let i = 0; i < 3; i++) nested = zipSync({ [`level${i}.zip`]: nested });
  writeFileSync(join(dir, 'nested.zip'), nested);
  const n = recordingIo();
  assert.equal(await main(['ingest', join(dir, 'nested.zip')], n), 2);
  assert.match(n.err, /nested\.zip!\/level2\.zip!\/level1\.zip: holds zips nested more than 2 deep/);

  // 4. Too many entries.
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 30; i++) many[`f${i}.txt`] = new Uint8Array([65]);
  writeFileSync(join(dir, 'many.zip'), zipSync(many));
  assert.throws(
    () => ingestBundle([join(dir, 'many.zip')], { limits: { maxFiles: 10, maxTotalBytes: 1024 * 1024, maxZipDepth: 2 } }),
    (e: unknown) => isInputError(e) && /many\.zip: holds more than 10 files/.test(e.toLine()),
  );
});

test('a full fact file in the bundle is the base; raw logs fill what it lacks', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'facts.json'), readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'healthy-client.json')));
  writeFileSync(join(dir, 'proxy.txt'), 'Current WinHTTP proxy settings:\r\n\r\n    Direct access (no proxy server).\r\n');
  const doc = ingestBundle([dir]);
  assert.equal(doc.host.computerName, 'PC0042');
  assert.equal(doc.ingest!.roleSource, 'factFile');
  assert.equal(doc.collectedAt, '2026-11-24T12:00:00Z');
  assert.deepEqual(doc.proxy, { status: 'ok', direct: true });
  assert.ok(valid(doc));
});

test('a kind of log over its budget keeps the newest files; coverage starts at the oldest kept entry', () => {
  const logs = ['2026-11-22', '2026-11-24', '2026-11-23'].map((day, i) =>
    prepareLog({ name: `sd${i}.log`, text: `${day} 06:00:01.120 UTC Info w3wp.12 ${'x'.repeat(100)}`, format: 'text', sizeBytes: 150 }),
  );
  const { excerpt, dropped } = buildExcerpt(logs, ['text', 'text', 'text'], 300);
  assert.deepEqual(dropped, ['sd0.log']);
  assert.deepEqual(excerpt.files!.map((f) => f.path), ['sd2.log', 'sd1.log']);
  assert.equal(excerpt.coveredFrom, '2026-11-23T06:00:01.120Z');
  assert.equal(excerpt.coveredTo, '2026-11-24T06:00:01.120Z');
});

test('a WAS event export (Export-Clixml) alone makes a server bundle; diagnose finds the disabled WsusPool', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'system-events.xml'), EVENTS_CLIXML);
  const doc = ingestBundle([dir]);
  assert.equal(doc.role, 'server');
  assert.match(doc.ingest!.roleReason!, /WSUS\/WAS events/);
  assert.equal(doc.host.fqdn, 'WSUS01.contoso.com');
  const io = recordingIo();
  await main(['diagnose', dir, '--fail-on', 'none'], io);
  assert.match(io.out, /was-app-pool-disabled/);
});

test('the output of an earlier ingest inside the folder is not read again; links to folders are not followed', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'WindowsUpdate.log'), corpusBytes('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log'));
  symlinkSync(dir, join(dir, 'loop'));
  const first = recordingIo();
  assert.equal(await main(['ingest', dir, '--out', join(dir, 'facts.json')], first), 0, first.err);
  const second = recordingIo();
  assert.equal(await main(['ingest', dir, '--out', join(dir, 'facts.json'), '--quiet'], second), 0, second.err);
  assert.equal(second.err, '');
  const doc = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as { ingest: { roleSource: string; ignored: Array<{ file: string; reason: string }> } };
  assert.equal(doc.ingest.roleSource, 'inferred');
  assert.deepEqual(doc.ingest.ignored, [{ file: join(dir, 'facts.json'), reason: 'the output of an earlier ingest: the raw files are read again instead' }]);
});

test('a legacy WindowsUpdate.log in the ANSI code page (not UTF-8) is read, not taken for binary', () => {
  const dir = tempDir();
  const line = '2010-01-05 18:52:06:747 808 aac Agent * Downloading to C:\\Users\\Jürgen\\x (0x8024402c)\r\n';
  writeFileSync(join(dir, 'WindowsUpdate.log'), Buffer.from(line, 'latin1'));
  const doc = ingestBundle([dir]);
  assert.equal(doc.logs!.windowsUpdate!.status, 'ok');
  assert.match(doc.logs!.windowsUpdate!.files![0]!.lines[0]!, /Jürgen/);
});

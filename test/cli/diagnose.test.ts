// The diagnose command end to end (in-process through main(), and once through the built binary):
// exit codes, the JSON report against its schema, bad input as one line, colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../engine/cli/main.js';
import { getValidator } from '../../engine/validate/schema-store.js';
import { builtInRules } from '../../rules/index.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { recordingIo } from './cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const example = (name: string) => join(root, 'examples', name);
const tmp = mkdtempSync(join(tmpdir(), 'wsus-doctor-cli-'));

test('--help lists the commands and exit codes, exit 0', async () => {
  const io = recordingIo();
  assert.equal(await main(['--help'], io), 0);
  for (const command of ['diagnose', 'batch', 'fleet', 'rules']) assert.match(io.out, new RegExp(`wsus-doctor ${command} `));
  assert.match(io.out, /Examples:/);
  assert.match(io.out, /Exit codes: 0 no diagnosis .*; 1 some.*; 2 bad input .*; 3 internal error;\s+130\/143\s+stopped\s+by\s+SIGINT\/SIGTERM.*;\s+141\s+stdout\s+closed/s);
});

test('an internal error is exit 3 with a message on stderr', async () => {
  const io = recordingIo();
  io.stdout = () => {
    throw new Error('stdout broke');
  };
  assert.equal(await main(['diagnose', example('healthy-client.json')], io), 3);
  assert.match(io.err, /^wsus-doctor: internal error: stdout broke\nSet WSUS_DOCTOR_DEBUG=1/);
});

test('diagnose --help documents the exit codes', async () => {
  const io = recordingIo();
  assert.equal(await main(['diagnose', '--help'], io), 0);
  assert.match(io.out, /Exit codes: 0 .*1 .*2 /s);
});

test('no command is a usage error, exit 2', async () => {
  const io = recordingIo();
  assert.equal(await main([], io), 2);
  assert.match(io.err, /Name a command/);
});

test('an unknown option is a usage error, exit 2', async () => {
  const io = recordingIo();
  assert.equal(await main(['diagnose', example('healthy-client.json'), '--frobnicate'], io), 2);
  assert.match(io.err, /Unknown argument/i);
});

test('healthy examples: no diagnosis at error or above, exit 0', async () => {
  const io = recordingIo();
  const code = await main(['diagnose', example('healthy-wsus-server.json'), example('healthy-client.json')], io);
  assert.equal(code, 0, io.out + io.err);
  assert.match(io.out, /wsus01\.contoso\.com \(server\)/);
  assert.match(io.out, /pc0042\.contoso\.com \(client\)/);
  assert.match(io.out, /Total: 2 files, 2 diagnosed/);
});

test('broken server: diagnoses with evidence and fixes, exit 1', async () => {
  const io = recordingIo({ NO_COLOR: '1' });
  const code = await main(['diagnose', example('broken-wsus-server.json')], io);
  assert.equal(code, 1, io.err);
  assert.match(io.out, /CRITICAL/);
  assert.match(io.out, /Found: /);
  assert.match(io.out, /Fix:\n {4}1\. /);
  assert.match(io.out, /See: .*https:\/\//);
  assert.doesNotMatch(io.out, /\x1b\[/, 'no colours with NO_COLOR');
});

test('--fail-on none always exits 0 for valid input', async () => {
  const io = recordingIo();
  assert.equal(await main(['diagnose', example('broken-wsus-server.json'), '--fail-on', 'none'], io), 0);
});

test('FORCE_COLOR gives colours, a non-TTY without it none', async () => {
  const coloured = recordingIo({ FORCE_COLOR: '1' });
  await main(['diagnose', example('broken-wsus-server.json')], coloured);
  assert.match(coloured.out, /\x1b\[/);
  const plain = recordingIo({});
  await main(['diagnose', example('broken-wsus-server.json')], plain);
  assert.doesNotMatch(plain.out, /\x1b\[/);
});

test('--format json is a valid report with every rule outcome for every file', async () => {
  const io = recordingIo();
  const files = ['healthy-wsus-server.json', 'broken-wsus-server.json', 'client-wrong-server.json'].map(example);
  await main(['diagnose', ...files, '--format', 'json'], io);
  const report = JSON.parse(io.out) as { machines: Array<{ results: unknown[] }>; summary: { outcomes: { fail: number } } };
  const validate = getValidator('report.schema.json');
  assert.ok(validate(report), JSON.stringify(validate.errors));
  assert.equal(report.machines.length, 3);
  for (const machine of report.machines) assert.equal(machine.results.length, builtInRules.length);
  assert.ok(report.summary.outcomes.fail > 0);
});

const badInputs: Array<[string, string | Buffer, RegExp]> = [
  ['empty.json', '', /empty/],
  ['notjson.json', 'this is not json', /not valid JSON/],
  ['shape.json', '{"schemaVersion":"1.0","role":"server"}', /required property "host"/],
  ['version.json', '{"schemaVersion":"0.9","role":"server"}', /schemaVersion "0\.9" is not supported/],
  ['utf16-broken.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"schemaVersion": ', 'utf16le')]), /not valid JSON/],
];
for (const [name, content, message] of badInputs) {
  test(`bad input ${name}: one line naming the file, exit 2, no stack`, async () => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    const io = recordingIo();
    assert.equal(await main(['diagnose', file], io), 2);
    const lines = io.err.trimEnd().split('\n');
    assert.equal(lines.length, 1, io.err);
    assert.ok(lines[0].includes(file), lines[0]);
    assert.match(lines[0], message);
    assert.doesNotMatch(io.err, /\n\s+at /);
  });
}

test('a UTF-16LE fact file (Windows PowerShell 5.1 Out-File) is diagnosed', async () => {
  const file = join(tmp, 'utf16le.json');
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(example('healthy-client.json'), 'utf8'), 'utf16le')]));
  const io = recordingIo();
  assert.equal(await main(['diagnose', file], io), 0, io.err);
});

test('a directory and a missing file: one line each, exit 2, other files still diagnosed', async () => {
  const io = recordingIo();
  const code = await main(['diagnose', tmp, join(tmp, 'missing.json'), example('healthy-client.json')], io);
  assert.equal(code, 2);
  assert.match(io.err, /is a folder/);
  assert.match(io.err, /no such file/);
  assert.match(io.out, /pc0042/);
});

test('rules list prints every built-in rule, fleet rules included', async () => {
  const io = recordingIo();
  assert.equal(await main(['rules', 'list'], io), 0);
  for (const rule of [...builtInRules, ...fleetRules]) assert.ok(io.out.includes(rule.id), rule.id);
  assert.match(io.out, /fleet-duplicate-sus-client-id\s+error\s+fleet/);
});

test('--only narrows the rule set; an unknown rule name is exit 2', async () => {
  const io = recordingIo();
  await main(['diagnose', example('broken-wsus-server.json'), '--only', 'wsus-service-not-running', '--format', 'json'], io);
  assert.deepEqual(JSON.parse(io.out).machines[0].results.map((r: { ruleId: string }) => r.ruleId), ['wsus-service-not-running']);
  const bad = recordingIo();
  assert.equal(await main(['diagnose', example('broken-wsus-server.json'), '--only', 'no-such-rule'], bad), 2);
  assert.match(bad.err, /no rule or category named "no-such-rule"/);
});

test('the built binary runs on plain Node (bin/wsus-doctor.js), exit 1 on the broken example', () => {
  const result = spawnSync(process.execPath, [join(root, 'bin/wsus-doctor.js'), 'diagnose', example('broken-wsus-server.json')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /wsus02\.fabrikam\.local/);
});

test('--engine json-rules-engine and the default compiled engine give the same report on every example', async () => {
  const files = ['healthy-wsus-server.json', 'broken-wsus-server.json', 'wsus3-2008r2-server.json', 'client-wrong-server.json', 'configmgr-client-no-location.json', 'healthy-client.json'].map(example);
  const compiled = recordingIo();
  const reference = recordingIo();
  await main(['diagnose', ...files, '--format', 'json'], compiled);
  await main(['diagnose', ...files, '--format', 'json', '--engine', 'json-rules-engine'], reference);
  const strip = (text: string) => ({ ...JSON.parse(text), generatedAt: undefined });
  assert.deepEqual(strip(compiled.out), strip(reference.out));
});

test('diagnose writes every registered format (--format name=path), through the same reporters as batch', async () => {
  const { FORMAT_NAMES } = await import('../../engine/report/formats.js');
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-diag-formats-'));
  const io = recordingIo();
  const args = FORMAT_NAMES.map((f) => `--format=${f}=${join(out, `r.${f}`)}`);
  assert.equal(await main(['diagnose', example('broken-wsus-server.json'), example('healthy-client.json'), ...args], io), 1, io.err);
  assert.equal(io.out, '', 'every report went to its file');
  const read = (f: string) => readFileSync(join(out, `r.${f}`), 'utf8');
  assert.match(read('text'), /WSUS application pool|diagnos/);
  assert.ok(getValidator('report.schema.json')(JSON.parse(read('json'))));
  const records = read('ndjson').trimEnd().split('\n').map((l) => JSON.parse(l) as { record: string });
  assert.deepEqual(records.map((r) => r.record), ['catalogue', 'machine', 'machine', 'summary']);
  assert.ok(read('csv').startsWith('\uFEFF"machine"'));
  assert.match(read('junit'), /^<\?xml[^]*<testsuite name="wsus02\.fabrikam\.local"/);
  assert.equal((JSON.parse(read('sarif')) as { version: string }).version, '2.1.0');
  assert.match(read('html'), /^<!DOCTYPE html>[^]*<title>WSUS fleet report<\/title>/);
  assert.equal(await main(['diagnose', example('healthy-client.json'), '--format', 'pdf'], recordingIo()), 2);
});

test('--config: a thresholds file changes the outcome and names itself as the source; a bad one is exit 2 with file:line:column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-config-'));
  const example = join(import.meta.dirname, '..', '..', 'examples', 'healthy-wsus-server.json');
  const config = join(dir, 'thresholds.yaml');
  writeFileSync(config, 'thresholds:\n  wsusPoolQueueLength: 50000\n');
  const withDefaults = recordingIo();
  assert.equal(await main(['diagnose', example, '--only', 'wsus-pool-queue-length-low', '--fail-on', 'info'], withDefaults), 0, withDefaults.err);
  const withConfig = recordingIo();
  assert.equal(await main(['diagnose', example, '--only', 'wsus-pool-queue-length-low', '--fail-on', 'info', '--config', config], withConfig), 1, withConfig.err);
  assert.match(withConfig.out, /below the threshold 50000 \(source: .*thresholds\.yaml:2\)/);
  writeFileSync(config, 'thresholds:\n  wsusPoolQueueLength: many\n');
  const bad = recordingIo();
  assert.equal(await main(['diagnose', example, '--config', config], bad), 2);
  assert.match(bad.err, /thresholds\.yaml:2:\d+: thresholds\.wsusPoolQueueLength must be/);
});

test('-v lists each passed check as what holds (a ✓ never stands before a problem title)', async () => {
  const io = recordingIo();
  await main(['diagnose', example('healthy-client.json'), '-v', '--fail-on', 'none'], io);
  const ticks = io.out.split('\n').filter((l) => l.includes('✓'));
  assert.ok(ticks.length > 10, io.out);
  const titles = new Set(builtInRules.map((r) => r.title));
  for (const line of ticks) assert.ok(![...titles].some((t) => line.includes(`✓ ${t} [`)), `a problem title after ✓: ${line}`);
  assert.ok(ticks.some((l) => l.includes('✓ The Windows Update service (wuauserv) is not disabled')), ticks.join('\n'));
});

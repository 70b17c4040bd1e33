// A report can never destroy an input (engine/report/output-paths.ts) and is written atomically
// (engine/report/report-output.ts): every report path is resolved and compared with every input
// (fact files, files found in input folders, NDJSON shards, waivers, configuration) and with the
// other reports before any work; a clash, a missing or read-only folder is exit 2 with one line
// naming both paths; a report replaces its target only by a rename once complete.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { ReportRun } from '../../engine/report/report-run.js';
import { checkOutputTargets } from '../../engine/report/output-paths.js';
import { InputError } from '../../engine/errors.js';
import { recordingIo } from './cli-helpers.js';
import { buildCatalogue } from '../../engine/model/compact-report.js';

const root = join(import.meta.dirname, '..', '..');
const examples = ['broken-wsus-server.json', 'healthy-client.json', 'client-wrong-server.json'];

let dir: string;
let facts: string[];
let original: Map<string, string>;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-outputs-'));
  mkdirSync(join(dir, 'facts'));
  facts = examples.map((name) => {
    const file = join(dir, 'facts', name);
    copyFileSync(join(root, 'examples', name), file);
    return file;
  });
  original = new Map(facts.map((f) => [f, readFileSync(f, 'utf8')]));
});

function assertInputsIntact(): void {
  for (const [file, text] of original) assert.equal(readFileSync(file, 'utf8'), text, `${file} was changed`);
}

async function refused(args: string[], pattern: RegExp): Promise<void> {
  const io = recordingIo();
  assert.equal(await main(args, io), 2, io.err);
  assert.match(io.err, pattern);
  assert.equal(io.err.trim().split('\n').length, 1, `one line: ${io.err}`);
  assertInputsIntact();
}

test('batch --format ndjson=<an input found in the folder> is refused before any work; the input is intact', async () => {
  await refused(['batch', join(dir, 'facts'), '--quiet', '--format', `ndjson=${facts[1]}`], /the report .*healthy-client\.json would overwrite the input .*healthy-client\.json/);
  // Spelled differently: through .. and a relative path.
  const spelled = join(dir, 'facts', '..', 'facts', 'healthy-client.json');
  await refused(['batch', join(dir, 'facts'), '--quiet', '--format', `json=${spelled}`], /would overwrite the input/);
  await refused(['batch', join(dir, 'facts'), '--quiet', '--format', `csv=${relative(process.cwd(), facts[0]!)}`], /would overwrite the input/);
  // An input of another shard is still an input.
  await refused(['batch', join(dir, 'facts'), '--quiet', '--shard', '1/8', '--format', `json=${facts[2]}`], /would overwrite the input/);
});

test('diagnose --format json=<input> is refused (it used to overwrite the input and exit 0)', async () => {
  await refused(['diagnose', ...facts, '--format', `json=${facts[0]}`], /the report .*broken-wsus-server\.json would overwrite the input/);
  await refused(['diagnose', facts[0]!, '--format', `html=${facts[0]}`], /would overwrite the input/);
});

test('a symbolic link as input: the report may not replace the file it points to, nor the link', async () => {
  const link = join(dir, 'link-to-client.json');
  symlinkSync(facts[1]!, link);
  await refused(['diagnose', link, '--format', `json=${facts[1]}`], /would overwrite the input .*link-to-client\.json/);
  await refused(['diagnose', link, '--format', `json=${link}`], /would overwrite the input/);
});

test('waiver, configuration and NDJSON shard inputs are protected too', async () => {
  const waivers = join(dir, 'waivers.yaml');
  writeFileSync(waivers, 'waivers: []\n');
  await refused(['diagnose', facts[0]!, '--waivers', waivers, '--format', `json=${waivers}`], /would overwrite the input .*waivers\.yaml/);
  await refused(['batch', facts[0]!, '--quiet', '--waivers', waivers, '--format', `markdown=${waivers}`], /would overwrite the input .*waivers\.yaml/);
  const shard = join(dir, 'part1.ndjson');
  const io = recordingIo();
  await main(['batch', ...facts, '--quiet', '--format', `ndjson=${shard}`], io);
  const before = readFileSync(shard, 'utf8');
  await refused(['fleet', shard, '--format', `json=${shard}`], /would overwrite the input .*part1\.ndjson/);
  assert.equal(readFileSync(shard, 'utf8'), before);
});

test('the same report twice in two spellings is refused', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-twice-'));
  await refused(['batch', ...facts, '--quiet', '--format', `json=${join(out, 'r.out')}`, '--format', `csv=${out}/./r.out`], /two reports would be written to the same file: .*r\.out and .*r\.out/);
  await refused(['diagnose', facts[0]!, '--format', `json=${join(out, 'r.out')}`, '--format', `csv=${out}/x/../r.out`], /two reports would be written to the same file/);
  assert.deepEqual(readdirSync(out), [], 'nothing written');
});

test('a missing output folder or a folder as target is found before the batch starts (exit 2)', async () => {
  await refused(['batch', join(dir, 'facts'), '--quiet', '--format', `json=${join(dir, 'no-such-folder', 'r.json')}`], /cannot write the report .*r\.json: the folder .*no-such-folder does not exist/);
  await refused(['batch', join(dir, 'facts'), '--quiet', '--format', `json=${dir}`], /names a folder/);
});

test('a read-only output folder is found before the batch starts (exit 2), also for an unprivileged user', () => {
  // As root every folder is writable: run the shipped program as nobody then.
  const readOnly = mkdtempSync(join(tmpdir(), 'wsus-doctor-readonly-'));
  const input = join(readOnly, 'in.json');
  copyFileSync(join(root, 'examples', 'healthy-client.json'), input);
  const target = join(readOnly, 'out');
  mkdirSync(target);
  chmodSync(readOnly, 0o755);
  chmodSync(input, 0o644);
  chmodSync(target, 0o555);
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const run = spawnSync(process.execPath, [join(root, 'bin', 'wsus-doctor.js'), 'batch', input, '--quiet', '--format', `json=${join(target, 'r.json')}`], { encoding: 'utf8', cwd: readOnly, ...asNobody });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /cannot write the report .*r\.json: the folder .*out is not writable/);
  assert.equal(run.stdout, '');
});

test('a report is written to a temporary file and renamed: the previous report stays whole until then; an aborted run keeps it', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-atomic-'));
  const target = join(out, 'report.json');
  writeFileSync(target, 'PREVIOUS REPORT');
  const run = await ReportRun.start([{ format: 'ndjson', target }], { stdout: () => undefined });
  run.begin({ command: 'batch', generatedAt: new Date().toISOString(), tool: { name: 'wsus-doctor', version: '0' }, rules: [], fleetRules: [], catalogue: buildCatalogue([], []) });
  assert.equal(readFileSync(target, 'utf8'), 'PREVIOUS REPORT', 'not truncated when the run starts');
  assert.equal(readdirSync(out).filter((f) => f.endsWith('.tmp')).length, 1, 'the temporary sits next to the target');
  run.abort();
  assert.equal(readFileSync(target, 'utf8'), 'PREVIOUS REPORT', 'an aborted run keeps the previous report');
  assert.deepEqual(readdirSync(out), ['report.json'], 'no temporary left');

  const inode = statSync(target).ino;
  const io = recordingIo();
  await main(['diagnose', facts[1]!, '--format', `json=${target}`], io);
  assert.equal(JSON.parse(readFileSync(target, 'utf8')).machines.length, 1);
  assert.notEqual(statSync(target).ino, inode, 'replaced by a rename, not rewritten in place');
  assert.deepEqual(readdirSync(out), ['report.json']);
});

test('checkOutputTargets: stdout and stdin are not files; distinct files pass', () => {
  assert.doesNotThrow(() => checkOutputTargets(['-', join(dir, 'a.json'), join(dir, 'b.json')], ['-', ...facts]));
  assert.throws(() => checkOutputTargets([facts[0]!], facts), (e) => e instanceof InputError && e.code === 'E_USAGE');
  assert.ok(!existsSync(join(dir, 'a.json')));
});

test('the rule files of --rules are protected too', async () => {
  const rules = mkdtempSync(join(tmpdir(), 'wsus-doctor-rules-'));
  const name = readdirSync(join(root, 'test', 'fixtures', 'rules-valid')).find((f) => f.endsWith('.yaml'))!;
  copyFileSync(join(root, 'test', 'fixtures', 'rules-valid', name), join(rules, name));
  const before = readFileSync(join(rules, name), 'utf8');
  await refused(['diagnose', facts[0]!, '--rules', rules, '--format', `json=${join(rules, name)}`], new RegExp(`would overwrite the input .*${name.replace('.', '\\.')}`));
  await refused(['batch', facts[0]!, '--quiet', '--rules', rules, '--format', `csv=${join(rules, name)}`], /would overwrite the input/);
  assert.equal(readFileSync(join(rules, name), 'utf8'), before);
});

// `wsus-doctor redact` through main(): copies under --out with the same relative names, the
// summary on stderr, exit 2 with one line when --out is an input folder (or inside one) or would
// overwrite an input file, a bad file reported while the others are written, --key from a file.
// Plus: every GUID the derivation and the noise patterns name is kept by redaction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { WELL_KNOWN_GUIDS } from '../../engine/redact/well-known.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const example = (name: string) => join(root, 'examples', name);

function inputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-redact-cli-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  copyFileSync(example('healthy-wsus-server.json'), join(dir, 'in', 'server.json'));
  copyFileSync(example('healthy-client.json'), join(dir, 'in', 'sub', 'client.json'));
  return dir;
}

test('redact writes each file under --out with its relative name and reports what it replaced', async () => {
  const dir = inputFolder();
  const io = recordingIo();
  assert.equal(await main(['redact', join(dir, 'in'), '--out', join(dir, 'out')], io), 0, io.err);
  assert.ok(existsSync(join(dir, 'out', 'server.json')) && existsSync(join(dir, 'out', 'sub', 'client.json')));
  assert.match(io.err, /^wsus-doctor: redacted 2 of 2 file\(s\) into .*out \(replaced \d+ hosts?, .*\)\n$/);
  assert.equal(io.out, '');
  assert.ok(!readFileSync(join(dir, 'out', 'server.json'), 'utf8').includes('WSUS01'));
  assert.deepEqual(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
});

test('redact refuses an output folder that is an input folder or inside one, or that would overwrite an input', async () => {
  const dir = inputFolder();
  const before = readFileSync(join(dir, 'in', 'server.json'), 'utf8');
  for (const [args, reason] of [
    [[join(dir, 'in'), '--out', join(dir, 'in')], /is inside the input folder/],
    [[join(dir, 'in'), '--out', join(dir, 'in', 'sub', '..', 'redacted')], /is inside the input folder/],
    [[join(dir, 'in', 'server.json'), '--out', join(dir, 'in')], /would overwrite the input .*server\.json/],
    [[join(dir, 'in', 'server.json'), join(dir, 'in', 'sub', 'client.json'), join(dir, 'in', 'sub', 'client.json'), '--out', join(dir, 'in', 'sub')], /would overwrite the input .*client\.json/],
  ] as const) {
    const io = recordingIo();
    assert.equal(await main(['redact', ...args], io), 2, io.err);
    assert.match(io.err, reason);
    assert.equal(io.err.trim().split('\n').length, 1, io.err);
  }
  assert.equal(readFileSync(join(dir, 'in', 'server.json'), 'utf8'), before);
  assert.deepEqual(readdirSync(join(dir, 'in')).sort(), ['server.json', 'sub']);
});

test('a file that is not JSON is reported by name and place; the others are written; exit 2', async () => {
  const dir = inputFolder();
  writeFileSync(join(dir, 'in', 'broken.json'), '{"role": "server",\n  "host": }');
  const io = recordingIo();
  assert.equal(await main(['redact', join(dir, 'in'), '--out', join(dir, 'out'), '--quiet'], io), 2);
  assert.match(io.err, /broken\.json: at line 2, column \d+: not valid JSON/);
  assert.ok(existsSync(join(dir, 'out', 'server.json')));
  assert.ok(!existsSync(join(dir, 'out', 'broken.json')));
});

test('a hostile file nested 200,000 deep is reported by name; the others are written', async () => {
  const dir = inputFolder();
  writeFileSync(join(dir, 'in', 'deep.json'), `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  const io = recordingIo();
  assert.equal(await main(['redact', join(dir, 'in'), '--out', join(dir, 'out')], io), 2, io.err);
  assert.match(io.err, /deep\.json: .*(nested too deeply|nested more than \d+ levels deep|not valid JSON)/);
  assert.ok(!/\n\s+at /.test(io.err), 'no stack trace');
  assert.ok(existsSync(join(dir, 'out', 'server.json')));
});

test('--key from a file gives the same pseudonyms as the same key given as text', async () => {
  const dir = inputFolder();
  writeFileSync(join(dir, 'key.txt'), 's3cret\n');
  assert.equal(await main(['redact', join(dir, 'in'), '--out', join(dir, 'a'), '--key', join(dir, 'key.txt'), '-q'], recordingIo()), 0);
  assert.equal(await main(['redact', join(dir, 'in'), '--out', join(dir, 'b'), '--key', 's3cret', '-q'], recordingIo()), 0);
  assert.equal(readFileSync(join(dir, 'a', 'server.json'), 'utf8'), readFileSync(join(dir, 'b', 'server.json'), 'utf8'));
  const io = recordingIo();
  assert.equal(await main(['redact', join(dir, 'in'), '--out', join(dir, 'c'), '--key', join(dir, 'kye.txt')], io), 2);
  assert.match(io.err, /--key .*kye\.txt: no such file/);
  assert.ok(!existsSync(join(dir, 'c')), 'nothing written with a mistyped key file');
});

test('every GUID the derivation and the noise patterns rely on is kept by redaction', () => {
  const sources = [
    ...readdirSync(join(root, 'engine', 'derive')).map((f) => join(root, 'engine', 'derive', f)),
    ...readdirSync(join(root, 'engine', 'knowledge')).map((f) => join(root, 'engine', 'knowledge', f)),
    join(root, 'rules', 'client', 'shared', 'noise-lines.ts'),
  ];
  const guids = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g)].map((m) => m[0].toUpperCase())));
  assert.ok(guids.size >= 4);
  assert.deepEqual([...guids].filter((g) => !WELL_KNOWN_GUIDS.has(g)), []);
});

// Nothing silent, nothing hanging: standard input for `diagnose -`; FIFOs, sockets, character
// devices, dangling symbolic links, symbolic link loops and unreadable subfolders among batch
// inputs are reported as failed with the reason and never opened (a FIFO would wait for a
// writer forever, /dev/zero never ends); a text too long for a JavaScript string is a size
// error, not "not valid UTF-8".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { decodeWith } from '../../engine/load/decode-text.js';
import { parseFactBytes, readRegularFile } from '../../engine/load/load-fact-file.js';
import { expandInputs } from '../../engine/batch/expand-inputs.js';
import { InputError } from '../../engine/errors.js';
import type { Report } from '../../engine/model/report-model.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'wsus-doctor.js');
const example = (name: string) => join(root, 'examples', name);

let dir: string;
let server: Server;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-special-'));
  chmodSync(dir, 0o755);
  copyFileSync(example('healthy-client.json'), join(dir, 'a-good.json'));
  chmodSync(join(dir, 'a-good.json'), 0o644);
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  symlinkSync('/dev/zero', join(dir, 'zero.json'));
  symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
  symlinkSync(join(dir, 'loop.json'), join(dir, 'loop.json'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync('..', join(dir, 'sub', 'up')); // a link back up the tree: searched once
  mkdirSync(join(dir, 'locked'));
  copyFileSync(example('healthy-client.json'), join(dir, 'locked', 'hidden.json'));
  chmodSync(join(dir, 'locked'), 0o000);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(join(dir, 'socket.json'), resolve));
});
after(() => {
  server.close();
  chmodSync(join(dir, 'locked'), 0o755);
});

test('cat facts.json | wsus-doctor diagnose - diagnoses standard input (it used to diagnose nothing and exit 0)', () => {
  const run = spawnSync(process.execPath, [bin, 'diagnose', '-'], { input: readFileSync(example('broken-wsus-server.json')), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /wsus02\.fabrikam\.local/);
  const empty = spawnSync(process.execPath, [bin, 'diagnose', '-'], { input: '', encoding: 'utf8' });
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /-: the file is empty/);
});

test('diagnose - in-process takes the bytes of io.readStdin; `-o -` still means stdout', async () => {
  const io = recordingIo();
  io.readStdin = async () => readFileSync(example('healthy-client.json'));
  assert.equal(await main(['diagnose', '-', '--format', 'json'], io), 0, io.err);
  assert.equal((JSON.parse(io.out) as Report).machines[0]!.file, '-');
  const out = recordingIo();
  assert.equal(await main(['batch', example('healthy-client.json'), '--quiet', '-f', 'json', '-o', '-'], out), 0, out.err);
  assert.equal((JSON.parse(out.out) as Report).machines.length, 1);
});

test('diagnose refuses a FIFO and a character device by kind without reading them (no hang, no endless read)', () => {
  const run = spawnSync(process.execPath, [bin, 'diagnose', join(dir, 'fifo.json'), '/dev/zero', join(dir, 'dangling.json'), join(dir, 'loop.json')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.signal, null, 'finished on its own');
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /fifo\.json: is a FIFO \(named pipe\), not a regular file: not read/);
  assert.match(run.stderr, /\/dev\/zero: is a character device, not a regular file: not read/);
  assert.match(run.stderr, /dangling\.json: dangling symbolic link/);
  assert.match(run.stderr, /loop\.json: symbolic link loop/);
  assert.throws(() => readRegularFile(join(dir, 'socket.json')), (e) => e instanceof InputError && e.code === 'E_NOT_A_FILE' && /a socket/.test(e.message));
});

test('batch over a folder with special entries: each is reported as failed with its reason, nothing hangs, the good file is diagnosed', () => {
  // As root every folder is readable: run as nobody so that the locked folder cannot be searched.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const run = spawnSync(process.execPath, [bin, 'batch', dir, '--quiet', '--workers', '0', '--format', 'json'], { encoding: 'utf8', timeout: 120_000, cwd: dir, ...asNobody });
  assert.equal(run.signal, null, 'finished on its own (the FIFO was not opened)');
  assert.equal(run.status, 2, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  const byFile = new Map(report.machines.map((m) => [m.file.slice(dir.length + 1), m]));
  assert.equal(byFile.get('a-good.json')?.status, 'diagnosed');
  const failed = (name: string) => {
    const m = byFile.get(name);
    assert.ok(m, `${name} is in the report: ${[...byFile.keys()].join(', ')}`);
    assert.equal(m.status, 'failed');
    return `${m.error!.code}: ${m.error!.message}`;
  };
  assert.match(failed('fifo.json'), /^E_NOT_A_FILE: is a FIFO \(named pipe\)/);
  assert.match(failed('socket.json'), /^E_NOT_A_FILE: is a socket/);
  assert.match(failed('zero.json'), /^E_NOT_A_FILE: is a symbolic link to a character device/);
  assert.match(failed('dangling.json'), /^E_NOT_FOUND: dangling symbolic link/);
  assert.match(failed('loop.json'), /^E_READ: symbolic link loop/);
  assert.match(failed('locked'), /^E_READ: folder cannot be searched \(permission denied\)/);
  assert.match(failed('sub/up'), /^E_READ: a folder already searched/);
});

test('expandInputs marks refused entries and keeps them in input order', () => {
  const { files, refused } = expandInputs([dir]);
  assert.ok(files.includes(join(dir, 'fifo.json')));
  assert.equal(refused.get(join(dir, 'fifo.json'))?.code, 'E_NOT_A_FILE');
  assert.equal(refused.has(join(dir, 'a-good.json')), false);
});

test('a valid text too long for a JavaScript string is a size error (E_TOO_LARGE), not "not valid UTF-8"', () => {
  // What a 1 GB valid file met: TextDecoder throws ERR_STRING_TOO_LONG, which was reported as invalid text.
  const tooLong = {
    decode: (): string => {
      throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    },
  };
  assert.throws(() => decodeWith(tooLong, new Uint8Array(16), 'UTF-8'), /too large to read: .* more than the 511 M characters a JavaScript string can hold/);
  const invalid = { decode: (): string => { throw new TypeError('The encoded data was not valid for encoding utf-8'); } };
  assert.throws(() => decodeWith(invalid, new Uint8Array(16), 'UTF-8'), /not valid UTF-8 text/);
  assert.throws(() => parseFactBytes(new Uint8Array([0xc3, 0x28]), 'x.json'), (e) => e instanceof InputError && e.code === 'E_ENCODING');
});

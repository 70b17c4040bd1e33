// Terminal safety (engine/terminal/visible.ts): text from fact files (log lines, host names, event
// messages, log file paths) and file names must never command the analyst's terminal. A fact
// file and file names carrying the classic payloads (clear screen, window title, hyperlink,
// clipboard write, the one-byte C1 CSI, BEL, BS, CR) go through every report format on stdout,
// the batch summary and the stderr messages of the shipped program; no control byte other than
// tab and LF may come out, and the payload must come out visibly (so the test sees it arrive).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { hasControls, visible, visibleDeep } from '../../engine/terminal/visible.js';
import { main } from '../../engine/cli/main.js';
import { FORMAT_NAMES } from '../../engine/report/formats.js';
import { recordingIo } from './cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'wsus-doctor.js');

const PAYLOADS = {
  clearScreen: '\u001b[2J\u001b[H',
  title: '\u001b]0;pwned-title\u0007',
  link: '\u001b]8;;http://evil.test/\u001b\\click\u001b]8;;\u001b\\',
  clipboard: '\u001b]52;c;cm0gLXJmIH4=\u0007',
  c1Csi: '\u009b2J',
  bell: '\u0007',
  backspace: 'x\u0008\u0008',
  carriageReturn: 'hidden\rshown',
  del: '\u007f',
  nul: '\u0000',
};
const PAYLOAD = Object.values(PAYLOADS).join('');
/** Any control character a terminal acts on: C0 except tab and LF, DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let dir: string;
let hostileFacts: string;
let hostileName: string;
let brokenHostileName: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-terminal-'));
  const doc = JSON.parse(readFileSync(join(root, 'examples', 'broken-wsus-server.json'), 'utf8'));
  doc.host.fqdn = `wsus02.fabrikam.local${PAYLOADS.title}`;
  for (const event of doc.events.items) event.message += PAYLOAD;
  const iis = doc.logs.iisW3c.files[0];
  iis.path += PAYLOADS.link;
  iis.lines = iis.lines.map((line: string) => line.replace('Client-Protocol/2.50', `Client-Protocol/2.50${PAYLOAD.replace(/\s/g, '')}`));
  hostileFacts = join(dir, 'hostile.json');
  writeFileSync(hostileFacts, JSON.stringify(doc));
  // File names are data too: a copy under a name holding escapes, and a broken file likewise.
  hostileName = join(dir, `wsus${PAYLOADS.clearScreen}${PAYLOADS.title}${PAYLOADS.c1Csi}.json`);
  copyFileSync(hostileFacts, hostileName);
  brokenHostileName = join(dir, `broken${PAYLOADS.clipboard}${PAYLOADS.bell}.json`);
  writeFileSync(brokenHostileName, '{"schemaVersion": ');
});

function assertNoControls(text: string, what: string): void {
  const at = text.search(RAW_CONTROL);
  assert.equal(at, -1, `${what}: raw control U+${text.codePointAt(at)?.toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}`);
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('visible() writes every C0 control except tab and LF, DEL and every C1 control as \\uXXXX, and nothing else', () => {
  assert.equal(visible('\u001b[2J'), '\\u001b[2J');
  assert.equal(visible('a\tb\nc'), 'a\tb\nc');
  assert.equal(visible('\u009b2J\u007f\u0000\u0007\u0008'), '\\u009b2J\\u007f\\u0000\\u0007\\u0008');
  assert.equal(visible('hidden\rshown'), 'hidden\\u000dshown');
  assert.equal(visible('line\r\nnext'), 'line\nnext', 'a CRLF is a line end');
  assert.equal(visible('café ✓ \u00a0 日本'), 'café ✓ \u00a0 日本', 'printable Unicode untouched');
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const shown = visible(text);
      assert.ok(!hasControls(shown));
      assert.equal(visible(shown), shown, 'idempotent');
      // Reversible for text without backslashes: JSON reads the escapes back.
      if (!text.includes('\\') && !text.includes('"') && !text.includes('\r\n')) assert.equal(JSON.parse(`"${shown.replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`), text);
    }),
    { numRuns: 500 },
  );
  assert.deepEqual(visibleDeep({ [`k${PAYLOADS.bell}`]: [PAYLOADS.c1Csi, 1, null, { x: PAYLOADS.clearScreen }] }), { 'k\\u0007': ['\\u009b2J', 1, null, { x: '\\u001b[2J\\u001b[H' }] });
  // Copy on write: clean parts are shared, changed parts are new objects, the input is never modified.
  const clean = { a: ['x', 1, { b: 'y' }], c: 'z' };
  assert.equal(visibleDeep(clean), clean);
  const mixed = { clean: clean.a, dirty: [{ t: 'ok' }, { t: `x${PAYLOADS.bell}` }] };
  const shown = visibleDeep(mixed);
  assert.notEqual(shown, mixed);
  assert.equal(shown.clean, mixed.clean);
  assert.equal(shown.dirty[0], mixed.dirty[0]);
  assert.deepEqual(shown.dirty[1], { t: 'x\\u0007' });
  assert.equal(mixed.dirty[1]!.t, `x${PAYLOADS.bell}`);
});

test('diagnose: every format on stdout and every message on stderr are free of control characters; the payload shows', () => {
  for (const format of FORMAT_NAMES) {
    const r = run(['diagnose', hostileFacts, hostileName, brokenHostileName, 'missing\u001b[31m.json', '--format', format]);
    assert.equal(r.status, 2, `${format}: ${r.stderr}`);
    assertNoControls(r.stdout, `diagnose --format ${format} stdout`);
    assertNoControls(r.stderr, `diagnose --format ${format} stderr`);
    if (format !== 'junit' && format !== 'html') assert.ok(r.stdout.includes('\\u001b'), `${format}: the payload reaches the output, made visible`);
    assert.match(r.stderr, /broken\\u001b\]52;c;cm0gLXJmIH4=\\u0007\\u0007\.json/, 'the hostile file name is shown visibly on stderr');
    assert.match(r.stderr, /missing\\u001b\[31m\.json: no such file/);
  }
});

test('diagnose text shows the log line, host name and file name payloads made visible', () => {
  const r = run(['diagnose', hostileName]);
  assertNoControls(r.stdout, 'text');
  assert.ok(r.stdout.includes('wsus02.fabrikam.local\\u001b]0;pwned-title\\u0007'), 'host name');
  assert.ok(r.stdout.includes('Client-Protocol/2.50\\u001b[2J\\u001b[H'), 'log line');
  assert.ok(r.stdout.includes('\\u009b2J'), 'C1 CSI');
  assert.ok(r.stdout.includes('wsus\\u001b[2J\\u001b[H\\u001b]0;pwned-title\\u0007\\u009b2J.json'), 'file name');
});

test('terminal formats written to a file are made visible too; data formats in files keep the data as it is', () => {
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-terminal-out-'));
  const r = run(['diagnose', hostileFacts, '--format', `text=${join(out, 'r.txt')}`, '--format', `markdown=${join(out, 'r.md')}`, '--format', `json=${join(out, 'r.json')}`]);
  assert.equal(r.status, 1, r.stderr);
  for (const name of ['r.txt', 'r.md']) {
    const text = readFileSync(join(out, name), 'utf8');
    assertNoControls(text, name);
    assert.ok(text.includes('\\u001b'), name);
  }
  // JSON escapes C0 itself; the values read back are the original ones.
  assert.ok(readFileSync(join(out, 'r.json'), 'utf8').includes(JSON.stringify(PAYLOADS.title).slice(1, -1)));
});

test('batch: the text summary, the failed-file lines and every stderr message are free of control characters', () => {
  const r = run(['batch', dir, '--workers', '0']);
  assert.equal(r.status, 2, r.stderr);
  assertNoControls(r.stdout, 'batch summary');
  assertNoControls(r.stderr, 'batch stderr');
  assert.match(r.stdout, /broken\\u001b\]52;c;cm0gLXJmIH4=\\u0007\\u0007\.json: E_JSON_SYNTAX/);
  assert.match(r.stderr, /broken\\u001b\]52/);
  for (const format of ['markdown', 'github', 'azuredevops', 'csv', 'json', 'ndjson', 'sarif', 'junit', 'html']) {
    const f = run(['batch', dir, '--workers', '0', '--quiet', '--format', format]);
    assert.equal(f.status, 2, `${format}: ${f.stderr}`);
    assertNoControls(f.stdout, `batch --format ${format}`);
  }
});

test('usage errors and unknown arguments holding escapes are shown visibly', () => {
  const r = run(['diagnose', hostileFacts, '--format', 'nope\u001b]0;x\u0007']);
  assert.equal(r.status, 2);
  assertNoControls(r.stderr, 'usage error');
  assert.match(r.stderr, /unknown report format "nope\\u001b\]0;x\\u0007"/);
  const unknown = run(['diagnose', hostileFacts, '--bad\u009b2J']);
  assert.equal(unknown.status, 2);
  assertNoControls(unknown.stderr, 'unknown argument');
});

test('coloured text (a terminal): the only escape sequences left are the colour codes; the data is made visible', async () => {
  const io = recordingIo({ FORCE_COLOR: '1' }, true);
  assert.equal(await main(['diagnose', hostileName, hostileFacts], io), 1);
  assert.match(io.out, /\u001b\[\d+m/, 'coloured');
  const withoutColours = io.out.replace(/\u001b\[[0-9;]*m/g, '');
  assertNoControls(withoutColours, 'coloured text without its colour codes');
  assert.ok(withoutColours.includes('\\u001b]0;pwned-title\\u0007'));
});

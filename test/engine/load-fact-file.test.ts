// Loading fact files: encodings Windows writes, and one clear error (file + place) for bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFactFile, parseFactBytes } from '../../engine/load/load-fact-file.js';
import { InputError } from '../../engine/errors.js';
import { baseServerDocument } from '../../engine/rule-testing/base-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-load-'));
const json = JSON.stringify(baseServerDocument(), null, 2);

function write(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

async function rejects(file: string, code: string, place?: string | RegExp, message?: RegExp) {
  await assert.rejects(loadFactFile(file), (error: unknown) => {
    assert.ok(error instanceof InputError, `expected InputError, got ${error}`);
    assert.equal(error.code, code);
    assert.equal(error.file, file);
    if (typeof place === 'string') assert.equal(error.place, place);
    else if (place) assert.match(error.place ?? '', place);
    if (message) assert.match(error.message, message);
    assert.ok(!error.toLine().includes('\n'), 'one line');
    return true;
  });
}

test('UTF-8 without BOM loads', async () => {
  const doc = await loadFactFile(write('plain.json', json));
  assert.equal(doc.host.computerName, 'WSUS01');
});

test('UTF-8 with BOM loads', async () => {
  const doc = await loadFactFile(write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])));
  assert.equal(doc.role, 'server');
});

test('UTF-16LE with BOM (Windows PowerShell 5.1 Out-File) loads', async () => {
  const doc = await loadFactFile(write('utf16le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])));
  assert.equal(doc.role, 'server');
});

test('UTF-16LE without BOM loads', async () => {
  const doc = await loadFactFile(write('utf16le-nobom.json', Buffer.from(json, 'utf16le')));
  assert.equal(doc.role, 'server');
});

test('UTF-16BE with BOM loads', async () => {
  const le = Buffer.from(json, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  const doc = await loadFactFile(write('utf16be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
  assert.equal(doc.role, 'server');
});

test('non-ASCII text (a German display name) survives UTF-16', async () => {
  const withUmlaut = json.replace('World Wide Web Publishing Service', 'WWW-Publishingdienst für Größen');
  const doc = await loadFactFile(write('umlaut.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withUmlaut, 'utf16le')])));
  assert.equal(doc.services?.items?.W3SVC.displayName, 'WWW-Publishingdienst für Größen');
});

test('an empty file is E_EMPTY', () => rejects(write('empty.json', ''), 'E_EMPTY'));
test('white space only is E_EMPTY', () => rejects(write('blank.json', '  \r\n'), 'E_EMPTY'));
test('invalid UTF-8 (Windows-1252 bytes) is E_ENCODING', () => rejects(write('cp1252.json', Buffer.from([0x7b, 0x22, 0xe4, 0xfc, 0x22, 0x7d])), 'E_ENCODING', undefined, /UTF-8/));
test('not JSON is E_JSON_SYNTAX with line and column', () => rejects(write('broken.json', '{\n  "schemaVersion": "1.0",\n  "role": server\n}'), 'E_JSON_SYNTAX', /^line 3, column \d+/));
test('truncated JSON is E_JSON_SYNTAX', () => rejects(write('truncated.json', json.slice(0, 200)), 'E_JSON_SYNTAX', /line \d+/));
test('a JSON list is E_SCHEMA at /', () => rejects(write('list.json', '[]'), 'E_SCHEMA', '/'));
test('no schemaVersion is E_SCHEMA_VERSION', () => rejects(write('noversion.json', '{"role":"server"}'), 'E_SCHEMA_VERSION', '/schemaVersion'));
test('a future schemaVersion is E_SCHEMA_VERSION', () => rejects(write('v2.json', json.replace('"schemaVersion": "1.0"', '"schemaVersion": "2.0"')), 'E_SCHEMA_VERSION', '/schemaVersion', /not supported/));
test('a wrong shape names the JSON pointer', () =>
  rejects(write('shape.json', json.replace('"status": "Running"', '"status": "Runing"')), 'E_SCHEMA', '/services/items/WsusService/status', /must be one of/));
test('a missing required property names it', () => {
  const doc = baseServerDocument() as unknown as Record<string, unknown>;
  delete doc.host;
  return rejects(write('nohost.json', JSON.stringify(doc)), 'E_SCHEMA', '/host', /required property "host"/);
});
test('an unknown property names it', () => {
  const doc = baseServerDocument() as unknown as Record<string, { portNumbr?: number }>;
  doc.wsusServer.portNumbr = 8530;
  return rejects(write('typo.json', JSON.stringify(doc)), 'E_SCHEMA', '/wsusServer/portNumbr', /unknown property/);
});
test('a bad date names it', () => rejects(write('date.json', json.replace('"collectedAt": "2026-11-24T12:00:00Z"', '"collectedAt": "\\/Date(1700000000000)\\/"')), 'E_SCHEMA', '/collectedAt', /ISO 8601/));
test('a directory is E_IS_DIRECTORY', async () => {
  const sub = join(dir, 'folder.json');
  mkdirSync(sub);
  await rejects(sub, 'E_IS_DIRECTORY');
});
test('a missing file is E_NOT_FOUND', () => rejects(join(dir, 'nope.json'), 'E_NOT_FOUND'));

test('parseFactBytes accepts bytes already read', () => {
  assert.equal(parseFactBytes(Buffer.from(json), 'x.json').role, 'server');
});

// Input limits (issue 11, items 5 and 9, bounded cost): nesting depth, duplicate keys, file size,
// log line length and lines per excerpt. Each gives a located error (one file fails, the others of
// the run are still diagnosed and printed) or a cut recorded in the machine's report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFactBytes, loadFactFile } from '../../engine/load/load-fact-file.js';
import { DEFAULT_LIMITS, limitsFromOptions } from '../../engine/load/limits.js';
import { InputError } from '../../engine/errors.js';
import { baseServerDocument } from '../../engine/rule-testing/base-documents.js';
import { checkRuleFiles } from '../../engine/rule-files/check-rule-files.js';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples', 'strained-wsus-server.json');
const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-limits-'));
const DEEP = 200_000;

function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The base server document as JSON with `"extra": <value text>` spliced in at `/wsusServer`. */
function withValue(valueText: string, at = '"wsusServer":{'): string {
  const json = JSON.stringify(baseServerDocument());
  assert.ok(json.includes(at));
  return json.replace(at, `${at}"extra":${valueText},`);
}

interface JsonReport {
  machines: Array<{ file: string; status: string; error?: { code: string; message: string; place?: string }; notices?: string[]; results: unknown[] }>;
}

test(`a ${DEEP}-deep fact file (UTF-8 and UTF-16LE) is refused at its place, before any recursive step`, async () => {
  const deep = '['.repeat(DEEP) + ']'.repeat(DEEP);
  for (const [name, bytes] of [
    ['deep.json', Buffer.from(withValue(deep))],
    ['deep-utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withValue(deep), 'utf16le')])],
    ['deep-unclosed.json', Buffer.from(withValue('['.repeat(DEEP)))],
    ['deep-schema-version.json', Buffer.from(JSON.stringify({ schemaVersion: 'X' }).replace('"X"', deep))],
  ] as const) {
    const file = write(name, bytes);
    await assert.rejects(loadFactFile(file), (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.code, 'E_TOO_DEEP');
      assert.equal(error.file, file);
      assert.match(error.place!, /^\/[^,]*, line 1, column \d+$/);
      assert.match(error.message, /nested more than 64 levels deep/);
      return true;
    });
  }
  // The limit is the limit: 64 levels load (up to the schema), 65 do not.
  assert.throws(() => loadFactBytes(Buffer.from(withValue('['.repeat(62) + ']'.repeat(62))), 'x.json'), /unknown property "extra"/);
  assert.throws(() => loadFactBytes(Buffer.from(withValue('['.repeat(63) + ']'.repeat(63))), 'x.json'), /nested more than 64/);
});

test('diagnose: the deep file fails with exit 2 naming it, and the other files of the run are still reported', async () => {
  const deep = write('deep-cli.json', withValue('['.repeat(DEEP) + ']'.repeat(DEEP)));
  const io = recordingIo();
  assert.equal(await main(['diagnose', deep, example, '--format', 'json'], io), 2);
  assert.match(io.err, new RegExp(`${deep.replace(/[\\.]/g, '\\$&')}: at /wsusServer/extra/0/0/0/0/\\.\\.\\., line 1, column \\d+: nested more than 64 levels deep`));
  assert.doesNotMatch(io.err, /internal error/);
  const report = JSON.parse(io.out) as JsonReport;
  assert.deepEqual(report.machines.map((m) => m.status), ['failed', 'diagnosed']);
  assert.equal(report.machines[0].error!.code, 'E_TOO_DEEP');
  assert.ok(report.machines[1].results.length > 10);
  const text = recordingIo();
  assert.equal(await main(['diagnose', deep, example], text), 2);
  assert.match(text.out, /cannot diagnose.*deep-cli\.json/);
  assert.match(text.out, /strained-wsus-server\.json, collected/);
});

test('batch: the deep file is one failed machine, the others go on', async () => {
  const folder = mkdtempSync(join(dir, 'batch-'));
  writeFileSync(join(folder, 'deep.json'), withValue('{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP)));
  writeFileSync(join(folder, 'good.json'), readFileSync(example));
  const io = recordingIo();
  assert.equal(await main(['batch', folder, '--format', 'json', '--workers', '0', '--quiet'], io), 2);
  const report = JSON.parse(io.out) as JsonReport;
  const byName = Object.fromEntries(report.machines.map((m) => [m.file.slice(folder.length + 1), m]));
  assert.equal(byName['deep.json'].error!.code, 'E_TOO_DEEP');
  assert.equal(byName['good.json'].status, 'diagnosed');
});

test('rule files nested 200,000 deep (JSON, YAML flow and block) are refused with R010 at a line, never a crash', async () => {
  const rules = mkdtempSync(join(dir, 'rules-'));
  write(join(rules, 'deep-json.json').slice(dir.length + 1), '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP));
  write(join(rules, 'deep-flow.yaml').slice(dir.length + 1), `a: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`);
  write(join(rules, 'deep-block.yaml').slice(dir.length + 1), `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`);
  write(join(rules, 'deep-small.yaml').slice(dir.length + 1), `a: ${'['.repeat(100)}${']'.repeat(100)}\n`);
  const checked = await checkRuleFiles([rules]);
  assert.equal(checked.length, 4);
  for (const f of checked) assert.deepEqual(f.problems.map((p) => p.code), ['R010'], f.file);
  // Through the CLI (the 200,000-deep YAML costs yaml seconds to parse: once is enough).
  const small = mkdtempSync(join(dir, 'rules-'));
  writeFileSync(join(small, 'deep-json.json'), '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP));
  writeFileSync(join(small, 'deep-small.yaml'), `a: ${'['.repeat(100)}${']'.repeat(100)}\n`);
  const io = recordingIo();
  assert.equal(await main(['diagnose', example, '--rules', small], io), 2);
  assert.match(io.err, /deep-json\.json: at line 1, column 321: invalid rule file: R010 nested more than 64 levels deep/);
  const skipped = recordingIo();
  assert.equal(await main(['diagnose', example, '--rules', small, '--skip-invalid-rules', '--format', 'json', '--fail-on', 'none'], skipped), 0, skipped.err);
  assert.equal((skipped.err.match(/skipped invalid rule file/g) ?? []).length, 2);
});

test('a key repeated in a fact file is refused with its JSON pointer, line and column (JSON readers disagree on which value wins)', () => {
  const doc = JSON.stringify(baseServerDocument(), null, 1).replace('"status": "Running"', '"status": "Running", "status": "Stopped"');
  assert.throws(
    () => loadFactBytes(Buffer.from(doc), 'dup.json'),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.code, 'E_DUPLICATE_KEY');
      assert.match(error.place!, /^\/services\/items\/\w+\/status, line \d+, column \d+$/);
      assert.match(error.message, /the key "status" appears twice/);
      return true;
    },
  );
  // Escapes name the same key; keys of different objects and equal values in lists are fine.
  assert.throws(() => loadFactBytes(Buffer.from(withValue('1').replace('"extra":1', '"role":"server","r\\u006fle":"client"')), 'x.json'), /the key "role" appears twice/);
  assert.throws(() => loadFactBytes(Buffer.from(withValue('{"a":1,"b":{"a":2},"c":["a","a"]}')), 'x.json'), /unknown property "extra"/);
});

test('a fact file over the size limit is refused before it is read (a sparse 100 MiB file), and --max-file-size moves the limit', async () => {
  const big = write('big.json', '');
  truncateSync(big, 100 * 1024 * 1024);
  const io = recordingIo();
  assert.equal(await main(['diagnose', big, example, '--format', 'json'], io), 2);
  assert.match(io.err, /big\.json: the file is 100 MiB, over the 64 MiB limit for one fact file/);
  const report = JSON.parse(io.out) as JsonReport;
  assert.deepEqual(report.machines.map((m) => m.error?.code ?? m.status), ['E_TOO_LARGE', 'diagnosed']);
  const small = recordingIo();
  assert.equal(await main(['diagnose', example, '--max-file-size', '1', '--format', 'json', '--fail-on', 'none'], small), 0, small.err);
  assert.throws(() => loadFactBytes(new Uint8Array(2048).fill(32), 'x.json', { ...DEFAULT_LIMITS, maxFileBytes: 1024 }), /over the 1 KiB limit/);
});

test('limit options take positive whole numbers; anything else is a usage error (exit 2)', async () => {
  assert.deepEqual(limitsFromOptions({}), DEFAULT_LIMITS);
  assert.equal(limitsFromOptions({ maxFileSize: 2, maxDepth: 10 }).maxFileBytes, 2 * 1024 * 1024);
  for (const args of [['--max-depth', 'abc'], ['--max-log-lines', '0'], ['--max-line-length', '20000'], ['--max-file-size', '1.5']]) {
    const io = recordingIo();
    assert.equal(await main(['diagnose', example, ...args], io), 2, args.join(' '));
    assert.match(io.err, new RegExp(`${args[0]} must be a (whole )?number`));
  }
});

test('an over-long log line is cut, not fatal: the file is diagnosed and the report says what was cut', async () => {
  const doc = JSON.parse(readFileSync(example, 'utf8')) as { logs: { iisW3c: { files: Array<{ lines: string[] }> } } };
  const lines = doc.logs.iisW3c.files[0].lines;
  lines.push(`${lines[lines.length - 1]} ${'A'.repeat(30_000)}`);
  const file = write('long-line.json', JSON.stringify(doc));
  const io = recordingIo();
  assert.equal(await main(['diagnose', file, '--format', 'json', '--fail-on', 'none'], io), 0, io.err);
  const machine = (JSON.parse(io.out) as JsonReport).machines[0];
  assert.equal(machine.status, 'diagnosed');
  assert.deepEqual(machine.notices, [
    `logs.iisW3c: 1 log line longer than 16384 characters (the longest ${lines[lines.length - 1].length}) was cut to 16384 (--max-line-length); rules see only the start of it`,
  ]);
  const text = recordingIo();
  await main(['diagnose', file, '--fail-on', 'none'], text);
  assert.match(text.out, /! input cut: logs\.iisW3c: 1 log line longer than 16384 characters/);
  const loaded = loadFactBytes(Buffer.from(JSON.stringify(doc)), 'x.json', { ...DEFAULT_LIMITS, maxLineLength: 100 });
  assert.ok(loaded.doc.logs!.iisW3c!.files!.every((f) => f.lines.every((l) => l.length <= 100)));
});

test('an excerpt over --max-log-lines keeps its newest lines, marks the file truncated and drops coveredFrom', () => {
  const doc = JSON.parse(readFileSync(example, 'utf8')) as { logs: { iisW3c: { coveredFrom?: string; files: Array<{ lines: string[]; truncated?: boolean; startLine?: number }> } } };
  const excerpt = doc.logs.iisW3c;
  const total = excerpt.files.reduce((n, f) => n + f.lines.length, 0);
  const newest = excerpt.files[excerpt.files.length - 1].lines.slice(-5);
  const { doc: cut, notices } = loadFactBytes(Buffer.from(JSON.stringify(doc)), 'x.json', { ...DEFAULT_LIMITS, maxLogLines: 5 });
  const files = cut.logs!.iisW3c!.files!;
  assert.equal(files.reduce((n, f) => n + f.lines.length, 0), 5);
  assert.deepEqual(files[files.length - 1].lines, newest);
  assert.equal(files[files.length - 1].truncated, true);
  assert.equal(cut.logs!.iisW3c!.coveredFrom, undefined);
  assert.ok(notices.length >= 1);
  assert.deepEqual(notices.filter((n) => n.startsWith('logs.iisW3c')), [`logs.iisW3c: the ${total - 5} oldest of ${total} log lines were dropped to keep the newest 5 (--max-log-lines); the excerpt now covers less time than the collector recorded`]);
});

test('fleet: a batch NDJSON line nested 200,000 deep is refused with the shard and line, not a stack overflow', async () => {
  const shard = join(dir, 'shard.ndjson');
  assert.equal(await main(['batch', example, '--format', `ndjson=${shard}`, '--quiet', '--fail-on', 'none', '--workers', '0'], recordingIo()), 0);
  const lines = readFileSync(shard, 'utf8').split('\n').filter(Boolean);
  const index = lines.findIndex((l) => l.startsWith('{"record":"machine"'));
  lines[index] = lines[index].replace(/"computerName":"[^"]*"/, `"computerName":${'['.repeat(DEEP)}${']'.repeat(DEEP)}`);
  writeFileSync(shard, `${lines.join('\n')}\n`);
  const io = recordingIo();
  assert.equal(await main(['fleet', shard, '--format', 'json'], io), 2);
  assert.match(io.err, new RegExp(`shard\\.ndjson: at line ${index + 1}: not an NDJSON line of wsus-doctor batch: nested more than 64 levels deep`));
});

// Inputs (folders, globs, files, missing paths), --shard (every file in exactly one shard) and
// the pairing of --format with --output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, globToRegExp } from '../../engine/batch/expand-inputs.js';
import { inShard, parseShard, shardOf } from '../../engine/batch/shard.js';
import { resolveOutputs } from '../../engine/cli/outputs.js';
import { runBatch } from '../../engine/batch/run-batch.js';
import { fleetRules } from '../../rules/fleet/index.js';
import { writeFleet } from '../../scripts/generate-fleet.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-inputs-'));
  mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
  for (const f of ['a.json', 'b/c.JSON', 'b/deep/d.json', 'b/notes.txt', 'e.json']) writeFileSync(join(dir, f), '{}');
  return dir;
}

test('a folder is searched recursively for .json files (any case), sorted', () => {
  const dir = tree();
  assert.deepEqual(expandInputs([dir]).files, [join(dir, 'a.json'), join(dir, 'b', 'c.JSON'), join(dir, 'b', 'deep', 'd.json'), join(dir, 'e.json')]);
});

test('globs are expanded (* and **), a file is taken whatever its name, duplicates once, missing paths kept to be reported', () => {
  const dir = tree();
  assert.deepEqual(expandInputs([`${dir}/*.json`]).files, [join(dir, 'a.json'), join(dir, 'e.json')]);
  assert.deepEqual(expandInputs([`${dir}/**/d.json`]).files, [join(dir, 'b', 'deep', 'd.json')]);
  const mixed = expandInputs([join(dir, 'b', 'notes.txt'), join(dir, 'a.json'), dir, join(dir, 'nope.json'), `${dir}/zz*.json`]);
  assert.equal(mixed.files[0], join(dir, 'b', 'notes.txt'));
  assert.equal(mixed.files.filter((f) => f === join(dir, 'a.json')).length, 1);
  assert.deepEqual(mixed.missing, [join(dir, 'nope.json'), `${dir}/zz*.json`]);
  assert.ok(mixed.files.includes(join(dir, 'nope.json')));
});

test('glob patterns', () => {
  assert.ok(globToRegExp('**/*.json').test('a/b/c.json'));
  assert.ok(globToRegExp('**/*.json').test('c.json'));
  assert.ok(!globToRegExp('*.json').test('a/c.json'));
  assert.ok(globToRegExp('pc0?[0-9].json').test('pc012.json'));
  assert.ok(!globToRegExp('[!a]*.json').test('abc.json'));
});

test('--shard: every file falls in exactly one of n shards, stably', () => {
  const files = Array.from({ length: 1000 }, (_, i) => `facts/pc${i}.json`);
  for (const n of [1, 2, 3, 7]) {
    const counts = new Array(n).fill(0);
    for (const f of files) {
      const owners = Array.from({ length: n }, (_, i) => i + 1).filter((i) => inShard(f, { index: i, count: n }));
      assert.equal(owners.length, 1);
      counts[owners[0]! - 1]++;
      assert.equal(shardOf(f, n), owners[0]);
    }
    for (const c of counts) assert.ok(c > (1000 / n) * 0.7, `shards are balanced: ${counts}`);
  }
  assert.equal(shardOf('facts\\pc1.json', 5), shardOf('facts/pc1.json', 5), 'Windows and POSIX separators hash alike');
  assert.deepEqual(parseShard('2/8'), { index: 2, count: 8 });
  for (const bad of ['0/3', '4/3', '1/0', 'a/b', '2']) assert.throws(() => parseShard(bad), /--shard/);
});

test('batches of the shards of a fleet together cover every file exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-shards-'));
  const out = mkdtempSync(join(tmpdir(), 'wsus-doctor-shards-out-'));
  const manifest = writeFleet(dir, { machines: 40, seed: 11 });
  const seen: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const target = join(out, `part${i}.ndjson`);
    await runBatch({ inputs: [dir], rules: [], fleetRules, outputs: [{ format: 'ndjson', target }], failOn: 'none', shard: { index: i, count: 3 }, workers: 0 }, { stdout: () => undefined });
    const lines = readFileSync(target, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { record: string; file?: string });
    seen.push(...lines.filter((l) => l.record === 'machine').map((l) => l.file!));
  }
  assert.equal(seen.length, manifest.files.length);
  assert.deepEqual(new Set(seen), new Set(manifest.files));
});

test('--format/--output pairing: name=path, positional outputs, stdout default', () => {
  assert.deepEqual(resolveOutputs(), [{ format: 'text', target: '-' }]);
  assert.deepEqual(resolveOutputs(['json', 'csv=a.csv', 'junit'], ['r.json', 'r.xml']), [
    { format: 'json', target: 'r.json' },
    { format: 'csv', target: 'a.csv' },
    { format: 'junit', target: 'r.xml' },
  ]);
  assert.deepEqual(resolveOutputs(['ndjson', 'json=r.json']), [{ format: 'ndjson', target: '-' }, { format: 'json', target: 'r.json' }]);
  assert.throws(() => resolveOutputs(['json', 'csv']), /only one report can go to stdout/);
  assert.throws(() => resolveOutputs(['json'], ['a', 'b']), /has no --format/);
  assert.throws(() => resolveOutputs(['pdf']), /unknown report format/);
  assert.throws(() => resolveOutputs(['json=a', 'csv=a']), /two reports/);
});

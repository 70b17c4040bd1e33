// The batch spool: records written by several writers (one file each, as the worker threads do)
// read back by index, whatever their size (past the 1 MiB write buffer) and text (multi-byte
// UTF-8); a read's bytes are the record's exactly, and a reader reuses its buffer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpoolFiles, SpoolIndex, SpoolReader, SpoolWriter, type SpoolRef } from '../../engine/batch/spool.js';

test('records of several writers come back by index, byte for byte, past the write buffer and in any script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-spool-'));
  const files = new SpoolFiles(dir);
  try {
    const writers = [files.open(), files.open(), files.open()].map(({ fd, part }) => new SpoolWriter(fd, part));
    const index = new SpoolIndex(4); // grows past its first capacity
    const expected: string[] = [];
    for (let i = 0; i < 300; i++) {
      const size = i % 50 === 7 ? 1_500_000 + i : (i * 7919) % 20_000;
      const text = `{"i":${i},"s":"${'é€𝄞x'.repeat(Math.ceil(size / 5))}"}\n`;
      expected.push(text);
      const writer = writers[i % 3]!;
      const bytes = i % 4 === 0;
      index.set(i, bytes ? writer.appendBytes(Buffer.from(text, 'utf8')) : writer.append(text));
    }
    for (const writer of writers) writer.flush();
    const reader = new SpoolReader(files);
    let compared = 0;
    for (let i = 299; i >= 0; i--) {
      const ref = index.ref(i)!;
      assert.ok(reader.read(ref) === expected[i], `record ${i}`);
      assert.ok(reader.readBytes(ref).equals(Buffer.from(expected[i]!, 'utf8')), `record ${i} as bytes`);
      compared++;
    }
    assert.equal(compared, 300);
    assert.equal(index.has(300), false);
    assert.equal(index.ref(1000), undefined);
    // A second read reuses the reader's buffer: the first view now shows the second record.
    const first = reader.readBytes(index.ref(1)!);
    const copy = Buffer.from(first);
    reader.readBytes(index.ref(2)!);
    assert.ok(!first.equals(copy), 'the view shows the next record');
  } finally {
    files.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a record past the end of its spool file is an error, not a short record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-spool-'));
  const files = new SpoolFiles(dir);
  try {
    const { fd, part } = files.open();
    const writer = new SpoolWriter(fd, part);
    const ref: SpoolRef = writer.append('{"a":1}\n');
    // Not flushed yet: nothing on disk.
    assert.throws(() => new SpoolReader(files).read(ref), /ends before its record/);
    writer.flush();
    assert.equal(new SpoolReader(files).read(ref), '{"a":1}\n');
  } finally {
    files.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// Smaller holes of issue 11: numeric options that are not numbers, CSV cells starting with NUL,
// waived diagnoses that vanished from the summary counts, messages reading "found a number null".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { csvCell } from '../../engine/report/format-csv.js';
import { parseFactBytes } from '../../engine/load/load-fact-file.js';
import { InputError } from '../../engine/errors.js';
import { describe as describeValue } from '../../engine/rule-files/check-conditions.js';
import type { Report } from '../../engine/model/report-model.js';
import { recordingIo } from './cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');

test('--reporting-days abc (and every numeric option) is refused with exit 2, not turned into NaN and a silent pass', async () => {
  for (const [option, value] of [
    ['--reporting-days', 'abc'],
    ['--reporting-min-share', 'most'],
    ['--minority-share', ''],
    ['--overload-tolerance', 'NaN'],
    ['--collection-outlier-days', 'Infinity'],
    ['--workers', 'two'],
  ]) {
    const io = recordingIo();
    assert.equal(await main(['batch', examples, '--quiet', option!, value!], io), 2, `${option} ${value}: ${io.err}`);
    assert.match(io.err, new RegExp(`^wsus-doctor: ${option} must be a number, not "${value}"\\n$`));
    assert.equal(io.out, '');
  }
  const fleet = recordingIo();
  assert.equal(await main(['fleet', join(examples, 'x.ndjson'), '--reporting-days=soon'], fleet), 2);
  assert.match(fleet.err, /--reporting-days must be a number, not "soon"/);
  assert.equal(await main(['batch', examples, '--quiet', '--reporting-days', '3', '--fail-on', 'none'], recordingIo()), 0);
});

test('CSV: a cell starting with NUL or any other control character, or a full-width = + - @, is neutralised like = + - @', () => {
  for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\u0000=cmd|"/c calc"!A1', '\t=1', '\r=1', '\u0001=1', '\u007f=1', '＝1+1', '＋1', '－1', '＠SUM(A1)']) {
    assert.ok(csvCell(text).startsWith(`"'`), `${JSON.stringify(text)} -> ${csvCell(text)}`);
  }
  assert.equal(csvCell('plain'), '"plain"');
  assert.equal(csvCell(' =1'), '" =1"');
});

test('waived diagnoses are counted as waived in the summary (they used to vanish from every count)', async () => {
  const waivers = join(examples, 'waivers', 'lab-servers.yaml');
  const io = recordingIo();
  await main(['diagnose', join(examples, 'broken-wsus-server.json'), join(examples, 'strained-wsus-server.json'), '--format', 'json', '--waivers', waivers], io);
  const report = JSON.parse(io.out) as Report;
  const waived = report.machines.flatMap((m) => (m.status === 'diagnosed' ? m.results : [])).filter((r) => r.waived && r.outcome === 'fail').length;
  assert.ok(waived > 0, 'the example waivers waive a diagnosis');
  assert.equal(report.summary.waived, waived);
  const text = recordingIo();
  await main(['diagnose', join(examples, 'broken-wsus-server.json'), join(examples, 'strained-wsus-server.json'), '--waivers', waivers], text);
  assert.match(text.out, new RegExp(`Total: .*, ${waived} waived`));
  const batch = recordingIo();
  await main(['batch', examples, '--quiet', '--waivers', waivers], batch);
  assert.match(batch.out, /Diagnoses: .* info \(and \d+ waived\);/);
  const none = recordingIo();
  await main(['diagnose', join(examples, 'healthy-client.json'), '--format', 'json'], none);
  assert.equal((JSON.parse(none.out) as Report).summary.waived, undefined, 'present only when something was waived');
});

test('messages never read "found a number null": a number beyond a double (1e400) is shown as such', () => {
  const doc = JSON.parse(readFileSync(join(examples, 'healthy-client.json'), 'utf8'));
  let message = '';
  try {
    parseFactBytes(Buffer.from(JSON.stringify({ ...doc, collectedAt: 'x' }).replace('"collectedAt":"x"', '"collectedAt":1e400')), 'f.json');
  } catch (error) {
    assert.ok(error instanceof InputError);
    message = error.message;
  }
  assert.doesNotMatch(message, /null/, message);
  assert.match(message, /found a number Infinity \(a number beyond the range of a double\)/);
  // A field that is null reads "found null", not "found null null".
  assert.throws(() => parseFactBytes(Buffer.from(JSON.stringify({ ...doc, collectedAt: null })), 'f.json'), /found null$/);
  assert.equal(describeValue(Infinity), 'the number Infinity');
  assert.equal(describeValue(NaN), 'the number NaN');
});

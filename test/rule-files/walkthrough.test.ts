// The README's "Write your own rule" walk-through (between the walkthrough markers),
// executed as written: every `$ npx wsus-doctor ...` command runs in a fresh folder in document
// order, the file shown is written where the doc says, each command's output must be the output
// the doc shows, and the new rule ends up firing on the example fact file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../engine/cli/main.js';
import { RULE_PROBLEMS } from '../../engine/rule-files/rule-problems.js';
import { recordingIo } from '../cli/cli-helpers.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const doc = readme.slice(readme.indexOf('<!-- walkthrough:begin'), readme.indexOf('<!-- walkthrough:end -->'));
assert.ok(doc.length > 1000, 'README.md has the walkthrough section');

type Step = { kind: 'file'; path: string; content: string } | { kind: 'command'; argv: string[]; output: string };

function steps(markdown: string): Step[] {
  const out: Step[] = [];
  const block = /(?:<!-- file: (\S+) -->\n)?```(\w+)\n([\s\S]*?)```/g;
  for (const m of markdown.matchAll(block)) {
    const [, file, lang, body] = m;
    if (file) out.push({ kind: 'file', path: file, content: body });
    else if (lang === 'console') {
      for (const chunk of body.split(/^\$ /m).slice(1)) {
        const [command, ...output] = chunk.split('\n');
        assert.match(command, /^npx wsus-doctor /, 'console blocks hold wsus-doctor commands');
        out.push({ kind: 'command', argv: command.replace(/^npx wsus-doctor /, '').split(/\s+/), output: output.join('\n') });
      }
    }
  }
  return out;
}

test('the walk-through runs as written and the new rule fires on the example fact file', async () => {
  const work = mkdtempSync(join(tmpdir(), 'wsus-doctor-walkthrough-'));
  mkdirSync(join(work, 'examples'));
  copyFileSync(join(root, 'examples', 'wsus3-2008r2-server.json'), join(work, 'examples', 'wsus3-2008r2-server.json'));
  const all = steps(doc);
  assert.deepEqual(all.map((s) => (s.kind === 'file' ? 'file' : s.argv.slice(0, 2).join(' '))), [
    'rules new',
    'file',
    'rules validate',
    'rules test',
    `diagnose examples/wsus3-2008r2-server.json`,
  ]);
  const previous = process.cwd();
  process.chdir(work);
  try {
    let last = '';
    for (const step of all) {
      if (step.kind === 'file') {
        mkdirSync(dirname(step.path), { recursive: true });
        writeFileSync(step.path, step.content);
        continue;
      }
      const io = recordingIo({ NO_COLOR: '1' });
      const code = await main(step.argv, io);
      assert.equal(code, 0, `${step.argv.join(' ')}\n${io.out}${io.err}`);
      assert.equal(io.out.trimEnd(), step.output.trimEnd(), `output of wsus-doctor ${step.argv.join(' ')}`);
      last = io.out;
    }
    assert.match(last, /WARNING WSUS content is stored on the system drive \[LOCAL-0001 contoso-content-on-system-drive\]/);
    assert.match(last, /Found: WSUS stores its update files in C:\\WSUS, on the system drive\./);
  } finally {
    process.chdir(previous);
  }
});

test('the walk-through lists every rule error code', () => {
  for (const [code, { title }] of Object.entries(RULE_PROBLEMS)) assert.ok(doc.includes(`| ${code} | ${title} |`), code);
});

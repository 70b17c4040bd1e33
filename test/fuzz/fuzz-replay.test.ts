// Replays every counterexample the fuzzer ever kept (test/fixtures/fuzz/<target>-<seed>-<n>.json)
// through its target: a failure found once stays fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUZZ_FIXTURES } from './fuzz-kit.js';
import { TARGETS } from './targets.js';

const files = readdirSync(FUZZ_FIXTURES).filter((f) => f.endsWith('.json')).sort();

for (const file of files) {
  test(`fuzz fixture ${file} passes its target`, () => {
    const stored = JSON.parse(readFileSync(join(FUZZ_FIXTURES, file), 'utf8')) as { target: string; input: unknown };
    const target = TARGETS.find((t) => t.name === stored.target);
    assert.ok(target, `no fuzz target named ${stored.target}`);
    target.check((target.decode ? target.decode(stored.input) : stored.input) as never);
  });
}

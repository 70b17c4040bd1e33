// Fuzzing in `npm test` (issue 11): every target of targets.ts with a fixed seed and a fixed
// budget (a few seconds in all); `npm run fuzz` runs the same targets 50 times longer. Each test
// reports how many cases it ran; a failure keeps its counterexample in test/fixtures/fuzz/.
import { test } from 'node:test';
import { FUZZ_SCALE, FUZZ_SEED, runTarget } from './fuzz-kit.js';
import { TARGETS } from './targets.js';

let total = 0;
for (const target of TARGETS) {
  test(`fuzz ${target.name}: ${Math.round(target.runs * FUZZ_SCALE)} cases, seed ${FUZZ_SEED}`, (t) => {
    const cases = runTarget(target);
    total += cases;
    t.diagnostic(`${target.name}: ${cases} cases`);
  });
}

test('fuzz total', (t) => {
  t.diagnostic(`fuzz: ${total} cases over ${TARGETS.length} targets (seed ${FUZZ_SEED}, scale ${FUZZ_SCALE})`);
});

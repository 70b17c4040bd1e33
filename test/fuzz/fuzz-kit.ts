// The fuzz harness shared by test/fuzz/*.test.ts: a fixed seed and a per-target run count scaled
// by WSUS_DOCTOR_FUZZ_SCALE (`npm run fuzz` sets it; `npm test` runs scale 1, a few seconds),
// a count of the cases each target ran, and failures kept as fixtures: when a target fails, its
// shrunk counterexample is written to test/fixtures/fuzz/<target>-<seed>.json, and
// fuzz-replay.test.ts runs every such file through its target for good (commit it with the fix).
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FUZZ_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'fuzz');

/** The seed of every target (WSUS_DOCTOR_FUZZ_SEED overrides it, e.g. to explore further). */
export const FUZZ_SEED = Number.parseInt(process.env.WSUS_DOCTOR_FUZZ_SEED ?? '', 10) || 20261207;
/** Multiplies every target's run count (`npm run fuzz` uses 50). */
export const FUZZ_SCALE = Number.parseFloat(process.env.WSUS_DOCTOR_FUZZ_SCALE ?? '') || 1;

/** A fuzz target: how to make inputs, the property, and how an input is stored as a fixture. */
export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Throws (an assertion) when the property does not hold. */
  check(input: T): void;
  /** Runs at scale 1. */
  runs: number;
  /** JSON form of an input for a fixture, and back (identity when absent). */
  encode?(input: T): unknown;
  decode?(stored: unknown): T;
}

/** Runs a target with the fixed seed; returns how many cases ran. On failure, writes the fixture and rethrows. */
export function runTarget<T>(target: FuzzTarget<T>): number {
  const numRuns = Math.max(1, Math.round(target.runs * FUZZ_SCALE));
  let cases = 0;
  const details = fc.check(
    fc.property(target.arbitrary, (input) => {
      cases++;
      target.check(input);
    }),
    { seed: FUZZ_SEED, numRuns },
  );
  if (details.failed) {
    const input = details.counterexample![0];
    mkdirSync(FUZZ_FIXTURES, { recursive: true });
    const file = join(FUZZ_FIXTURES, `${target.name}-${FUZZ_SEED}-${details.numRuns}.json`);
    writeFileSync(file, `${JSON.stringify({ target: target.name, seed: FUZZ_SEED, path: details.counterexamplePath, input: target.encode ? target.encode(input) : input }, null, 2)}\n`);
    const error = details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
    error.message = `${target.name}: failed after ${details.numRuns} cases (seed ${FUZZ_SEED}, path ${details.counterexamplePath}); counterexample kept in ${file}\n${error.message}`;
    throw error;
  }
  assert(cases >= numRuns, `${target.name}: ${cases} cases ran, ${numRuns} expected`);
  return cases;
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------- text mutations

const TOKENS = [
  '"', "'", '\t', ' ', '\r', '\n', '\u0000', '\ufeff', '\ud800', '\u001b[2J', '\u2028', '\\', '%', '#', ':', ',', '[', ']', '{', '}',
  '0x8024402C', '-2145107924', '8024401c', '503', '#Fields: date time c-ip sc-status', '#Date: 2026-11-24 00:00:00',
  '<![LOG[', ']LOG]!><', 'time="10:00:00.000+480" ', 'date="11-24-2026" ', 'component="WUAHandler" ', '$$<', '><thread=1 (0x1)>',
  '2026-11-24', '10:00:00', '2026/11/24 10:00:00.1234567', '10:55:33:204', '1160', '3ca0', 'Agent', '*FAILED*', 'WARNING:',
];

/** An edit of a text: insert a token or random text, delete a run, cut the end, or repeat a part. */
const textEdit: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 6 }))).map(
    ([at, piece]) =>
      (text: string) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + piece + text.slice(i);
      },
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })).map(([at, n]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + text.slice(i + n);
  }),
  fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
  fc.tuple(fc.nat(), fc.integer({ min: 2, max: 40 })).map(([at, times]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + text.slice(i, i + 8).repeat(times) + text.slice(i + 8);
  }),
);

/** A sample text with up to `edits` edits applied. */
export function mutated(samples: readonly string[], edits = 4): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...samples), fc.array(textEdit, { maxLength: edits })).map(([text, changes]) => changes.reduce((t, change) => change(t), text));
}

/** Log lines: real lines mutated, arbitrary Unicode, tokens; up to `max` of them. */
export function logLines(samples: readonly string[], max = 40): fc.Arbitrary<string[]> {
  const line = fc.oneof(
    { weight: 6, arbitrary: mutated(samples) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.constantFrom(...samples) },
  );
  return fc.array(line, { maxLength: max });
}

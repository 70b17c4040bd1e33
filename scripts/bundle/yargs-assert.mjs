// yargs' `assert` (lazy-start.mjs routes yargs here): the two
// checks yargs makes on every run, done in place; node:assert (~2 ms to load) is loaded only to
// throw its own AssertionError when a check fails, so failures read exactly as before.
// node:assert's strictEqual and notStrictEqual compare with Object.is.
import { createRequire } from 'node:module';

const nodeAssert = () => createRequire(import.meta.url)('node:assert');

export function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) nodeAssert().strictEqual(actual, expected, message);
}

export function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) nodeAssert().notStrictEqual(actual, expected, message);
}

// engine/cli/main.ts builds help text only for --help: it turns off yargs' help cache through an
// internal of yargs (getInternalMethods().getUsageInstance().cacheHelpMessage). If a yargs
// upgrade renames it, runs get slower (not wrong): this test says so first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import yargs from 'yargs';
import { main } from '../../engine/cli/main.js';
import { recordingIo } from './cli-helpers.js';

test("yargs still has the help cache that main() turns off outside --help", () => {
  const usage = (yargs([]) as unknown as { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage: unknown } } }).getInternalMethods().getUsageInstance();
  assert.equal(typeof usage.cacheHelpMessage, 'function');
});

test('help of a command is still complete with -h, and a command run renders none', async () => {
  const io = recordingIo();
  assert.equal(await main(['rules', 'list', '-h'], io), 0);
  assert.match(io.out, /wsus-doctor rules list/);
  const run = recordingIo();
  assert.equal(await main(['rules', 'list'], run), 0);
  assert.doesNotMatch(run.out, /Options:|--help/);
});

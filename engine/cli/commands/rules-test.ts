/**
 * `wsus-doctor rules test [dir|file|id...]`: runs the rules' own test cases (every built-in rule,
 * per-machine then fleet, when nothing is named) with the engine's rule-test harnesses (one
 * document per case for per-machine rules, a small fleet per case for fleet rules), one line per
 * case, then the line `N passed, N failed`. A rule without a fail and a pass case is untested and
 * counts as failed.
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { visible } from '../../terminal/visible.js';
// Imported statically (2 KB): every diagnose loads it for the text report, and a dynamic import
// here would make it a chunk file of its own.
import pc from 'picocolors';

const builder = (yargs: Argv) =>
  yargs
    .positional('targets', { type: 'string', array: true, describe: 'Rule files, folders of rule files, or built-in rule ids' })
    .example('$0 rules test my-rules/', 'Run the tests of every rule file in a folder')
    .example('$0 rules test wsus-service-not-running', 'Run the tests of one built-in rule')
    .example('$0 rules test', 'Run the tests of every built-in rule')
    .epilogue('Prints one line per test case and "N passed, N failed". Exit codes: 0 all passed; 1 some failed (or a rule is untested); 2 a rule file is invalid or a target unknown.');

/** targets: rule files, folders or built-in rule ids; none = every built-in rule. */
export type RulesTestOptions = OptionsOf<typeof builder>;

export const rulesTestCommand = defineCommand({
  command: 'test [targets..]',
  describe: "Run the rules' own test cases (all built-in rules when none is named)",
  builder,
  run: runRulesTest,
});

export async function runRulesTest(options: RulesTestOptions, io: CliIo): Promise<number> {
  const [{ resolveRuleTargets, reportTargetProblems }, { runRuleTests }, { runFleetRuleTests }] = await Promise.all([
    import('./rules-targets.js'),
    import('../../rule-testing/run-rule-test.js'),
    import('../../fleet/run-fleet-rule-test.js'),
  ]);
  const color = pc.createColors(useColor(io));
  // Coloured lines go to the raw stdout: their data (rule ids, test names, problems) is made visible first.
  const write = io.stdoutRaw ?? io.stdout;
  const targets = await resolveRuleTargets(options.targets ?? []);
  if (!reportTargetProblems(targets, io)) return EXIT.badInput;
  let passed = 0;
  let failed = 0;
  const runs = [
    ...targets.rules.map((rule) => ({ id: rule.id, run: () => runRuleTests(rule) })),
    ...targets.fleetRules.map((rule) => ({ id: rule.id, run: () => runFleetRuleTests(rule) })),
  ];
  for (const { id, run } of runs) {
    const { outcomes, untested } = await run();
    for (const outcome of outcomes) {
      if (outcome.ok) {
        passed++;
        write(`${color.green('✓')} ${visible(`${id} › ${outcome.name} (${outcome.expected})`)}\n`);
      } else {
        failed++;
        write(`${color.red('✗')} ${visible(`${id} › ${outcome.name} (${outcome.expected}): ${outcome.problem}`)}\n`);
      }
    }
    if (untested) {
      failed++;
      write(`${color.red('✗')} ${visible(`${id}: untested: ${untested}`)}\n`);
    }
  }
  io.stdout(`${passed} passed, ${failed} failed\n`);
  return failed ? EXIT.diagnoses : EXIT.ok;
}

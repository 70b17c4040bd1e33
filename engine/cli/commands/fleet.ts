/**
 * `wsus-doctor fleet <ndjson...>`: the fleet rules over the machine lines of several NDJSON
 * outputs of `batch` (the shards of a big fleet), reported like a batch in every format.
 * The yargs module only declares; `runFleetCommand` does the work and returns the exit code.
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { fleetThresholdOptions, formatOption, outputOption, ruleSelectionOptions, sarifBaseOption } from '../options.js';
import { otherInputsOf, resolveOutputs } from '../outputs.js';

const builder = (yargs: Argv) =>
  fleetThresholdOptions(
    ruleSelectionOptions(
      sarifBaseOption(outputOption(formatOption(yargs.positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'NDJSON files written by `batch --format ndjson=...` (e.g. one per --shard)' })))),
    ),
  )
    .example('$0 fleet part1.ndjson part2.ndjson part3.ndjson part4.ndjson', 'Fleet findings over four shards; summary on stdout')
    .example('$0 fleet part*.ndjson -f html=fleet.html -f json=fleet.json', 'The whole fleet in any report format')
    .epilogue(
      'Per-machine results are taken from the lines as they are (--rules/--only/--skip select the fleet rules and name the rule catalogue); ' +
        'duplicates across shards: the newest collectedAt wins. Exit codes as for batch.',
    );

/** As batch's, without the options of reading fact files (--waivers and --engine are accepted and unused). */
export type FleetCommandOptions = OptionsOf<typeof builder>;

export const fleetCommand = defineCommand({
  command: 'fleet <inputs..>',
  describe: 'Run the fleet rules over the NDJSON outputs of several batch shards and report like one batch',
  builder,
  run: runFleetCommand,
});

export async function runFleetCommand(options: FleetCommandOptions, io: CliIo): Promise<number> {
  const outputs = resolveOutputs(options.format, options.output);
  const [{ mergeShards }, { selectRules }] = await Promise.all([import('../../batch/merge-shards.js'), import('../rule-set.js')]);
  const { ruleSet, selectedFleet, fleetOptions } = await selectRules(options, io);
  const result = await mergeShards(
    { inputs: options.inputs, otherInputs: await otherInputsOf(options), rules: ruleSet.rules, fleetRules: selectedFleet, fleetOptions, outputs, failOn: options.failOn, reporterOptions: { color: useColor(io), sarifBase: options.sarifBase } },
    io,
  );
  if (result.machines === 0) {
    io.stderr(`wsus-doctor: no machine lines found in ${options.inputs.join(' ')}\n`);
    return EXIT.badInput;
  }
  return result.exitCode;
}

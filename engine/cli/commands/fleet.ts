/**
 * `wsus-doctor fleet <ndjson...>`: the fleet rules over the machine lines of several NDJSON
 * outputs of `batch` (the shards of a big fleet), reported like a batch in every format.
 * The yargs module only declares; `runFleetCommand` does the work and returns the exit code.
 */
import type { Argv, CommandModule } from 'yargs';
import type { Severity } from '../../dsl/rule-types.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { FORMAT_HELP, resolveOutputs } from '../outputs.js';
import { ruleSelectionOptions } from './diagnose.js';
import { fleetThresholdOptions, selectRules, type BatchCommandOptions } from './batch.js';

export type FleetCommandOptions = Omit<BatchCommandOptions, 'waivers' | 'quiet' | 'shard' | 'workers' | 'engine'>;

export async function runFleetCommand(options: FleetCommandOptions, io: CliIo): Promise<number> {
  const outputs = resolveOutputs(options.formats, options.outputs);
  const { mergeShards } = await import('../../batch/merge-shards.js');
  const { ruleSet, selectedFleet, fleetOptions } = await selectRules(options, io);
  const result = await mergeShards(
    { inputs: options.inputs, rules: ruleSet.rules, fleetRules: selectedFleet, fleetOptions, outputs, failOn: options.failOn, reporterOptions: { color: useColor(io) } },
    io,
  );
  if (result.machines === 0) {
    io.stderr(`wsus-doctor: no machine lines found in ${options.inputs.join(' ')}\n`);
    return EXIT.badInput;
  }
  return result.exitCode;
}

export function fleetCommand(io: CliIo, setExit: (code: number) => void): CommandModule {
  return {
    command: 'fleet <inputs..>',
    describe: 'Run the fleet rules over the NDJSON outputs of several batch shards and report like one batch',
    builder: (yargs: Argv) =>
      fleetThresholdOptions(
        ruleSelectionOptions(
          yargs
            .positional('inputs', { type: 'string', array: true, describe: 'NDJSON files written by `batch --format ndjson=...` (e.g. one per --shard)' })
            .option('format', { alias: 'f', type: 'string', array: true, describe: FORMAT_HELP })
            .option('output', { alias: 'o', type: 'string', array: true, describe: 'File for the --format without =path at the same position (repeatable); none = stdout' }),
        ),
      )
        .example('$0 fleet part1.ndjson part2.ndjson part3.ndjson part4.ndjson', 'Fleet findings over four shards; summary on stdout')
        .example('$0 fleet part*.ndjson -f html=fleet.html -f json=fleet.json', 'The whole fleet in any report format')
        .epilogue(
          'Per-machine results are taken from the lines as they are (--rules/--only/--skip select the fleet rules and name the rule catalogue); ' +
            'duplicates across shards: the newest collectedAt wins. Exit codes as for batch.',
        ),
    handler: async (argv) => {
      setExit(
        await runFleetCommand(
          {
            inputs: argv.inputs as string[],
            formats: argv.format as string[] | undefined,
            outputs: argv.output as string[] | undefined,
            failOn: argv['fail-on'] as Severity | 'none',
            rules: argv.rules as string[] | undefined,
            only: argv.only as string[] | undefined,
            skip: argv.skip as string[] | undefined,
            skipInvalidRules: argv['skip-invalid-rules'] as boolean,
            reportingDays: argv['reporting-days'] as number,
            reportingMinShare: argv['reporting-min-share'] as number,
            minorityShare: argv['minority-share'] as number,
            overloadToleranceMinutes: argv['overload-tolerance'] as number,
            collectionOutlierDays: argv['collection-outlier-days'] as number,
          },
          io,
        ),
      );
    },
  };
}

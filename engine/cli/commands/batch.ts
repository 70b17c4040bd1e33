/**
 * `wsus-doctor batch <folder|glob|file...>`: diagnose a whole fleet of fact files with worker
 * threads, correlate clients with their WSUS servers (fleet rules) and write several reports
 * in one run. The yargs module only declares; `runBatchCommand` does the work and returns the
 * exit code. Heavy modules are imported inside it so `--help` stays instant.
 */
import type { Argv, CommandModule } from 'yargs';
import type { Severity } from '../../dsl/rule-types.js';
import { InputError } from '../../errors.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { FORMAT_HELP, resolveOutputs } from '../outputs.js';
import { loadWaivers, ruleSelectionOptions } from './diagnose.js';

export interface BatchCommandOptions {
  inputs: string[];
  /** Report formats, each `name` or `name=path`. */
  formats?: string[];
  /** Targets for the formats given without `=path`, in order. */
  outputs?: string[];
  failOn: Severity | 'none';
  rules?: string[];
  only?: string[];
  skip?: string[];
  skipInvalidRules?: boolean;
  waivers?: string[];
  quiet?: boolean;
  shard?: string;
  workers?: number;
  engine?: 'compiled' | 'json-rules-engine';
  reportingDays?: number;
  reportingMinShare?: number;
  collectionOutlierDays?: number;
  minorityShare?: number;
  overloadToleranceMinutes?: number;
}

function shareOption(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(value >= 0 && value <= 1)) throw new InputError('E_USAGE', `--${name} must be a share between 0 and 1 (e.g. 0.9), not ${value}`);
  return value;
}

/** Rule selection and fleet options shared by batch and fleet: --only/--skip name per-machine and fleet rules alike. */
export async function selectRules(options: Pick<BatchCommandOptions, 'rules' | 'only' | 'skip' | 'skipInvalidRules' | 'reportingDays' | 'reportingMinShare' | 'minorityShare' | 'overloadToleranceMinutes' | 'collectionOutlierDays'>, io: CliIo) {
  const [{ resolveRuleSet }, { fleetRules }, { DEFAULT_FLEET_OPTIONS }] = await Promise.all([
    import('../rule-set.js'),
    import('../../../rules/fleet/index.js'),
    import('../../fleet/fleet-types.js'),
  ]);
  const fleetNames = new Set(['fleet', ...fleetRules.map((r) => r.id)]);
  const isFleet = (name: string) => fleetNames.has(name);
  const onlyMachine = options.only?.filter((n) => !isFleet(n));
  const onlyFleet = options.only?.filter(isFleet);
  const onlyFleetSelected = !!options.only?.length && !onlyMachine?.length;
  const ruleSet = onlyFleetSelected
    ? { rules: [], skipped: [] }
    : await resolveRuleSet({ rules: options.rules, only: onlyMachine, skip: options.skip?.filter((n) => !isFleet(n)), skipInvalidRules: options.skipInvalidRules });
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const selectedFleet = fleetRules.filter(
    (r) => (!options.only?.length || (onlyFleet!.length ? onlyFleet!.includes(r.id) || onlyFleet!.includes('fleet') : false)) && !options.skip?.includes(r.id) && !options.skip?.includes('fleet'),
  );
  const fleetOptions = {
    reportingDays: options.reportingDays ?? DEFAULT_FLEET_OPTIONS.reportingDays,
    reportingMinShare: shareOption(options.reportingMinShare, 'reporting-min-share') ?? DEFAULT_FLEET_OPTIONS.reportingMinShare,
    minorityShare: shareOption(options.minorityShare, 'minority-share') ?? DEFAULT_FLEET_OPTIONS.minorityShare,
    overloadToleranceMinutes: options.overloadToleranceMinutes ?? DEFAULT_FLEET_OPTIONS.overloadToleranceMinutes,
    collectionOutlierDays: options.collectionOutlierDays ?? DEFAULT_FLEET_OPTIONS.collectionOutlierDays,
  };
  return { ruleSet, selectedFleet, fleetOptions };
}

/** Fleet rule thresholds, shared by batch and fleet. */
export function fleetThresholdOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('reporting-days', { type: 'number', default: 7, describe: 'Fleet: a client has reported when its last successful detection is at most this many days older than its collection (or the median collection time, if earlier)' })
    .option('reporting-min-share', { type: 'number', default: 0.9, describe: 'Fleet: minimum share (0-1) of clients that reported' })
    .option('minority-share', { type: 'number', default: 0.05, describe: 'Fleet: a WSUS URL used by less than this share (0-1) of the clients is flagged' })
    .option('overload-tolerance', { type: 'number', default: 30, describe: 'Fleet: minutes around a server overload in which client time-outs count as the same window' })
    .option('collection-outlier-days', { type: 'number', default: 30, describe: 'Fleet: a fact file collected more than this many days from the median collection time is an outlier, left out of the reference time and the reporting share' });
}

export async function runBatchCommand(options: BatchCommandOptions, io: CliIo): Promise<number> {
  const outputs = resolveOutputs(options.formats, options.outputs);
  const [{ runBatch }, { parseShard }] = await Promise.all([import('../../batch/run-batch.js'), import('../../batch/shard.js')]);

  const { ruleSet, selectedFleet, fleetOptions } = await selectRules(options, io);
  const waivers = options.waivers?.length ? await loadWaivers(options.waivers, ruleSet.rules, io) : undefined;
  if (options.workers !== undefined && !(Number.isInteger(options.workers) && options.workers >= 0)) {
    throw new InputError('E_USAGE', `--workers must be a whole number (0 = no worker threads), not ${options.workers}`);
  }

  const progress = !options.quiet && io.stderrIsTTY ? await createProgress(io) : undefined;
  const result = await runBatch(
    {
      inputs: options.inputs,
      rules: ruleSet.rules,
      fleetRules: selectedFleet,
      fleetOptions,
      outputs,
      failOn: options.failOn,
      shard: options.shard ? parseShard(options.shard) : undefined,
      workers: options.workers,
      engine: options.engine,
      waivers,
      reporterOptions: { color: useColor(io) },
      onStart: (total) => progress?.start(total),
      onProgress: (done) => progress?.update(done),
    },
    io,
  ).finally(() => progress?.stop());

  if (result.files === 0) {
    // An empty share must not look like a healthy fleet; an empty shard of a small fleet is fine.
    io.stderr(`wsus-doctor: no fact files found in ${options.inputs.join(' ')}${options.shard ? ` (shard ${options.shard})` : ''}\n`);
    if (!options.shard) return EXIT.badInput;
  }
  if (!options.quiet) {
    for (const f of result.failed.slice(0, 20)) io.stderr(`wsus-doctor: ${f.file}${f.place ? `: at ${f.place}` : ''}: ${f.message}\n`);
    if (result.failed.length > 20) io.stderr(`wsus-doctor: ... and ${result.failed.length - 20} more files could not be diagnosed\n`);
  }
  return result.exitCode;
}

/** A progress bar on stderr (only called when stderr is a terminal). */
async function createProgress(io: CliIo): Promise<{ start(total: number): void; update(done: number): void; stop(): void }> {
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    format: 'Diagnosing {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 5,
  });
  const startedAt = Date.now();
  let running = false;
  let last = 0;
  return {
    start(total) {
      if (total === 0) return;
      running = true;
      bar.start(total, 0, { rate: '0' });
    },
    update(done) {
      const now = Date.now();
      if (!running || (now - last < 100 && done !== bar.getTotal())) return;
      last = now;
      bar.update(done, { rate: String(Math.round(done / Math.max(0.001, (now - startedAt) / 1000))) });
    },
    stop() {
      if (running) bar.stop();
      running = false;
      void io;
    },
  };
}

export function batchCommand(io: CliIo, setExit: (code: number) => void): CommandModule {
  return {
    command: 'batch <inputs..>',
    describe: 'Diagnose a fleet: every fact file under folders/globs, fleet rules across servers and clients, several reports in one run',
    builder: (yargs: Argv) =>
      fleetThresholdOptions(ruleSelectionOptions(
        yargs
          .positional('inputs', { type: 'string', array: true, describe: 'Folders (searched recursively for *.json), glob patterns or fact files' })
          .option('format', {
            alias: 'f',
            type: 'string',
            array: true,
            describe: FORMAT_HELP,
          })
          .option('output', { alias: 'o', type: 'string', array: true, describe: 'File for the --format without =path at the same position (repeatable); none = stdout' })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No progress bar and no per-file messages on stderr' })
          .option('shard', { type: 'string', describe: 'Take only part i of n of the files (e.g. 2/8), split by a stable hash of each path' })
          .option('workers', { type: 'number', describe: 'Worker threads (default: one per 3,000 files, at most one per CPU core; 0 = none)' }),
      ),
      )
        .example('$0 batch \\\\fileserver\\wsus-facts$', 'Diagnose every fact file of a share; summary on stdout')
        .example('$0 batch facts/ --format json=fleet.json --format csv=fleet.csv --format html=fleet.html', 'Several reports in one run')
        .example('$0 batch facts/ -f ndjson -o part1.ndjson --shard 1/4 --quiet', 'One of four jobs of a big fleet; merge them with `wsus-doctor fleet part*.ndjson`')
        .example('$0 batch "facts/**/*.json" -f junit=results.xml -f sarif=results.sarif --fail-on warning', 'For CI dashboards')
        .example('$0 batch facts/ --waivers waivers.yaml', 'Accepted risks: waived diagnoses are shown but do not count')
        .epilogue(
          'Exit codes (first that applies): 2 when any fact file could not be read or validated (the others are still diagnosed and reported) or none was found; ' +
            '1 when a diagnosis or fleet finding reaches --fail-on; 0 otherwise. ' +
            'Duplicate files of one machine: the newest collectedAt wins, the others are reported as superseded.',
        ),
    handler: async (argv) => {
      setExit(
        await runBatchCommand(
          {
            inputs: argv.inputs as string[],
            formats: argv.format as string[] | undefined,
            outputs: argv.output as string[] | undefined,
            failOn: argv['fail-on'] as Severity | 'none',
            rules: argv.rules as string[] | undefined,
            only: argv.only as string[] | undefined,
            skip: argv.skip as string[] | undefined,
            skipInvalidRules: argv['skip-invalid-rules'] as boolean,
            waivers: argv.waivers as string[] | undefined,
            quiet: argv.quiet as boolean,
            shard: argv.shard as string | undefined,
            workers: argv.workers as number | undefined,
            engine: argv.engine as 'compiled' | 'json-rules-engine',
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



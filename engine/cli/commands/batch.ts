/**
 * `wsus-doctor batch <folder|glob|file...>`: diagnose a whole fleet of fact files with worker
 * threads, correlate clients with their WSUS servers (fleet rules) and write several reports
 * in one run. The yargs module only declares; `runBatchCommand` does the work and returns the
 * exit code. Heavy modules are imported inside it so `--help` stays instant.
 */
import type { Argv } from 'yargs';
import { InputError } from '../../errors.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { configOption, fleetThresholdOptions, formatOption, limitOptions, outputOption, quietOption, ruleSelectionOptions, sarifBaseOption } from '../options.js';
import { otherInputsOf, resolveOutputs } from '../outputs.js';

const builder = (yargs: Argv) =>
  fleetThresholdOptions(
    limitOptions(configOption(ruleSelectionOptions(
      quietOption(sarifBaseOption(outputOption(formatOption(yargs.positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Folders (searched recursively for *.json), glob patterns or fact files' })))))
        .option('shard', { type: 'string', describe: 'Take only part i of n of the files (e.g. 2/8), split by a stable hash of each path' })
        .option('workers', { type: 'number', describe: 'Worker threads (default: one per 1,000 files, at most one per CPU core; 0 = none)' }),
    ))),
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
    );

/**
 * inputs; format (each `name` or `name=path`) and output (targets of the formats without `=path`,
 * in order); failOn; rule selection; waivers; config (thresholds file); quiet; shard (`i/n`); workers; engine; fleet thresholds.
 */
export type BatchCommandOptions = OptionsOf<typeof builder>;

export const batchCommand = defineCommand({
  command: 'batch <inputs..>',
  describe: 'Diagnose a fleet: every fact file under folders/globs, fleet rules across servers and clients, several reports in one run',
  builder,
  run: runBatchCommand,
});

export async function runBatchCommand(options: BatchCommandOptions, io: CliIo): Promise<number> {
  const outputs = resolveOutputs(options.format, options.output);
  const [{ runBatch }, { parseShard }, { selectRules, loadWaivers }, { loadConfig }, { limitsFromOptions }] = await Promise.all([
    import('../../batch/run-batch.js'),
    import('../../batch/shard.js'),
    import('../rule-set.js'),
    import('../../config/load-config.js'),
    import('../../load/limits.js'),
  ]);
  const limits = limitsFromOptions(options);
  const { thresholds } = loadConfig(options.config, process.cwd());

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
      otherInputs: await otherInputsOf(options),
      failOn: options.failOn,
      shard: options.shard ? parseShard(options.shard) : undefined,
      workers: options.workers,
      engine: options.engine,
      waivers,
      thresholds,
      limits,
      reporterOptions: { color: useColor(io), sarifBase: options.sarifBase },
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
  // Every report went to a file: stdout stays empty, so the summary and the files written go to
  // stderr (unless --quiet); it lists the files that could not be diagnosed too.
  const summaryOnStderr = !options.quiet && outputs.every((o) => o.target !== '-');
  if (summaryOnStderr) {
    const { batchTextSummary } = await import('../../report/batch-text-summary.js');
    io.stderr(batchTextSummary(result, result.fleet, 'batch'));
  } else if (!options.quiet) {
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

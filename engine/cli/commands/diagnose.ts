/**
 * `wsus-doctor diagnose <file...>`: one report for the given fact files.
 * The yargs module only declares; `runDiagnose` does the work and returns the exit code.
 */
import type { Argv } from 'yargs';
import { InputError } from '../../errors.js';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { configOption, formatOption, limitOptions, ruleSelectionOptions, sarifBaseOption, verboseOption } from '../options.js';
import { otherInputsOf, resolveOutputs } from '../outputs.js';
import { diagnoseBundle, isBundleInput } from './ingest.js';

const builder = (yargs: Argv) =>
  limitOptions(configOption(
    ruleSelectionOptions(
      sarifBaseOption(verboseOption(formatOption(yargs.positional('files', { type: 'string', array: true, demandOption: true, describe: 'Fact files written by Invoke-WsusDoctorCollection.ps1; - reads one from standard input' })))),
    ),
  ))
    .example('$0 diagnose wsus01.json', 'Diagnose one WSUS server')
    .example('$0 diagnose *.json --format json > report.json', 'Machine-readable report of several files')
    .example('cat wsus01.json | $0 diagnose -', 'A fact file from standard input')
    .example('$0 diagnose pc0042.json --fail-on warning', 'Exit 1 on warnings too (for scripts)')
    .example('$0 diagnose wsus01.json --format html=wsus01.html --format sarif=wsus01.sarif', 'Any report format, as batch writes them')
    .example('$0 diagnose customer-logs.zip', 'A folder or zip of raw logs: ingested first (see wsus-doctor ingest)')
    .example('$0 diagnose wsus01.json --config thresholds.yaml', 'Judge against your own thresholds (queue length, private memory, ...)')
    .epilogue('Exit codes: 0 no diagnosis at or above --fail-on; 1 some; 2 bad input (unreadable or invalid fact file) or usage error.');

/**
 * files; format: report formats, each `name` or `name=path` (default: text to stdout); failOn;
 * rules/only/skip/skipInvalidRules; waivers; config (thresholds file); verbose; engine: compiled (default, identical results)
 * or json-rules-engine (the reference engine).
 */
export type DiagnoseOptions = OptionsOf<typeof builder>;

export const diagnoseCommand = defineCommand({
  command: 'diagnose <files..>',
  describe: 'Diagnose one or more fact files and print what is wrong, the evidence and how to fix it',
  builder,
  run: runDiagnose,
});

async function readStdin(io: CliIo): Promise<Uint8Array> {
  if (!io.readStdin) throw new InputError('E_USAGE', 'no standard input to read the fact file `-` from');
  return io.readStdin();
}

export async function runDiagnose(options: DiagnoseOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  const outputs = resolveOutputs(options.format);
  // Before any work: no report may overwrite an input or another report.
  const { checkOutputTargets } = await import('../../report/output-paths.js');
  checkOutputTargets(
    outputs.map((o) => o.target),
    [...options.files, ...(await otherInputsOf(options))],
  );
  const [{ resolveRuleSet, loadWaivers }, { createEvaluator }, { diagnoseFile }, { RunTally }, { ReportRun }, { entryOf }, { TOOL_VERSION }, { hasConfigFile }, { limitsFromOptions }, { buildCatalogue }] = await Promise.all([
    import('../rule-set.js'),
    import('../../evaluate/evaluator.js'),
    import('../../diagnose/diagnose-file.js'),
    import('../../model/build-model.js'),
    import('../../report/report-run.js'),
    import('../../report/reporter.js'),
    import('../../version.js'),
    import('../../config/config-file-names.js'),
    import('../../load/limits.js'),
    import('../../model/compact-report.js'),
  ]);
  const limits = limitsFromOptions(options);
  // The configuration reader (YAML parser, schema) is loaded only when there is a file to read.
  const { thresholds } = hasConfigFile(options.config, process.cwd())
    ? (await import('../../config/load-config.js')).loadConfig(options.config, process.cwd())
    : { thresholds: (await import('../../knowledge/thresholds.js')).defaultThresholds() };
  const ruleSet = await resolveRuleSet(options);
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const waivers = options.waivers?.length ? await loadWaivers(options.waivers, ruleSet.rules, io) : undefined;
  // `-`: the fact file comes on standard input (`cat facts.json | wsus-doctor diagnose -`).
  const stdin = options.files.includes('-') ? await readStdin(io) : undefined;
  const setup = { evaluator: await createEvaluator(ruleSet.rules, options.engine ?? 'compiled'), waivers, thresholds, limits, stdin };
  const tally = new RunTally(ruleSet.rules);
  const reports = await ReportRun.start(outputs, io, { color: useColor(io), verbose: options.verbose, sarifBase: options.sarifBase });
  reports.begin({ command: 'diagnose', generatedAt: new Date().toISOString(), tool: { name: 'wsus-doctor', version: TOOL_VERSION }, rules: ruleSet.rules, fleetRules: [], catalogue: buildCatalogue(ruleSet.rules), machines: options.files.length });
  const failed = [];
  try {
    for (const file of options.files) {
      const fileStarted = process.hrtime.bigint();
      // A folder or zip of raw logs is ingested first (engine/cli/commands/ingest.ts).
      const { report } = file !== '-' && (await isBundleInput(file)) ? await diagnoseBundle(file, setup, io) : await diagnoseFile(file, setup);
      tally.report(report);
      if (report.status === 'failed') failed.push({ file, ...report.error! });
      // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (~2 ms of start-up).
      reports.machine(entryOf(report, undefined, Number(process.hrtime.bigint() - fileStarted) / 1e6));
    }
    for (const f of failed) io.stderr(`wsus-doctor: ${f.file}${f.place ? `: at ${f.place}` : ''}: ${f.message}\n`);
    reports.end({ summary: tally.summary(), durationMs: Date.now() - started, failed, superseded: [], ruleFailures: tally.ruleFailures() });
  } catch (error) {
    // A failed run leaves earlier reports as they were.
    reports.abort();
    throw error;
  }
  if (failed.length > 0) return EXIT.badInput;
  return tally.reaches(options.failOn) ? EXIT.diagnoses : EXIT.ok;
}


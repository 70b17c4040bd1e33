/**
 * `wsus-doctor diagnose <file...>`: one report for the given fact files.
 * The yargs module only declares; `runDiagnose` does the work and returns the exit code.
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { configOption, formatOption, ruleSelectionOptions, sarifBaseOption, verboseOption } from '../options.js';
import { resolveOutputs } from '../outputs.js';

const builder = (yargs: Argv) =>
  configOption(
    ruleSelectionOptions(
      sarifBaseOption(verboseOption(formatOption(yargs.positional('files', { type: 'string', array: true, demandOption: true, describe: 'Fact files written by Invoke-WsusDoctorCollection.ps1' })))),
    ),
  )
    .example('$0 diagnose wsus01.json', 'Diagnose one WSUS server')
    .example('$0 diagnose *.json --format json > report.json', 'Machine-readable report of several files')
    .example('$0 diagnose pc0042.json --fail-on warning', 'Exit 1 on warnings too (for scripts)')
    .example('$0 diagnose wsus01.json --format html=wsus01.html --format sarif=wsus01.sarif', 'Any report format, as batch writes them')
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

export async function runDiagnose(options: DiagnoseOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  const outputs = resolveOutputs(options.format);
  const [{ resolveRuleSet, loadWaivers }, { createEvaluator }, { diagnoseFile }, { RunTally }, { ReportRun }, { entryOf }, { TOOL_VERSION }, { hasConfigFile }] = await Promise.all([
    import('../rule-set.js'),
    import('../../evaluate/evaluator.js'),
    import('../../diagnose/diagnose-file.js'),
    import('../../model/build-model.js'),
    import('../../report/report-run.js'),
    import('../../report/reporter.js'),
    import('../../version.js'),
    import('../../config/config-file-names.js'),
  ]);
  // The configuration reader (YAML parser, schema) is loaded only when there is a file to read.
  const { thresholds } = hasConfigFile(options.config, process.cwd())
    ? (await import('../../config/load-config.js')).loadConfig(options.config, process.cwd())
    : { thresholds: (await import('../../knowledge/thresholds.js')).defaultThresholds() };
  const ruleSet = await resolveRuleSet(options);
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const waivers = options.waivers?.length ? await loadWaivers(options.waivers, ruleSet.rules, io) : undefined;
  const setup = { evaluator: await createEvaluator(ruleSet.rules, options.engine ?? 'compiled'), waivers, thresholds };
  const tally = new RunTally(ruleSet.rules);
  const reports = await ReportRun.start(outputs, io, { color: useColor(io), verbose: options.verbose, sarifBase: options.sarifBase });
  reports.begin({ command: 'diagnose', generatedAt: new Date().toISOString(), tool: { name: 'wsus-doctor', version: TOOL_VERSION }, rules: ruleSet.rules, fleetRules: [] });
  const failed = [];
  for (const file of options.files) {
    const fileStarted = performance.now();
    const { report } = await diagnoseFile(file, setup);
    tally.report(report);
    if (report.status === 'failed') failed.push({ file, ...report.error! });
    reports.machine(entryOf(report, undefined, performance.now() - fileStarted));
  }
  for (const f of failed) io.stderr(`wsus-doctor: ${f.file}${f.place ? `: at ${f.place}` : ''}: ${f.message}\n`);
  reports.end({ summary: tally.summary(), durationMs: Date.now() - started, failed, superseded: [], ruleFailures: tally.ruleFailures() });
  if (failed.length > 0) return EXIT.badInput;
  return tally.reaches(options.failOn) ? EXIT.diagnoses : EXIT.ok;
}


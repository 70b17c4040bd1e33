/**
 * `wsus-doctor diagnose <file...>`: one report for the given fact files.
 * The yargs module only declares; `runDiagnose` (diagnose-run.ts, loaded when the command runs) does
 * the work and returns the exit code.
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { configOption, formatOption, limitOptions, ruleSelectionOptions, sarifBaseOption, verboseOption } from '../options.js';

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
  // The work and everything it needs is one module, loaded when the command runs (one chunk in the bundle).
  run: async (options, io) => (await import('./diagnose-run.js')).runDiagnose(options, io),
});

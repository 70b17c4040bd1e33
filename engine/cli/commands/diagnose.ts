/**
 * `wsus-doctor diagnose <file...>`: one report for the given fact files.
 * The yargs module only declares; `runDiagnose` does the work and returns the exit code.
 */
import type { Argv, CommandModule } from 'yargs';
import { SEVERITIES, type Severity } from '../../dsl/rule-types.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import type { EngineName } from '../../evaluate/evaluator.js';
import type { Waiver } from '../../waivers/read-waivers.js';
import { FORMAT_HELP, resolveOutputs } from '../outputs.js';

export interface DiagnoseOptions {
  files: string[];
  /** Report formats, each `name` or `name=path` (default: text to stdout). */
  formats?: string[];
  failOn: Severity | 'none';
  rules?: string[];
  only?: string[];
  skip?: string[];
  skipInvalidRules?: boolean;
  waivers?: string[];
  verbose?: boolean;
  /** compiled (default, identical results) or json-rules-engine (the reference engine). */
  engine?: EngineName;
}

export async function runDiagnose(options: DiagnoseOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  const outputs = resolveOutputs(options.formats);
  const [{ resolveRuleSet }, { createEvaluator }, { diagnoseFile }, { RunTally }, { ReportRun }, { entryOf }, { TOOL_VERSION }] = await Promise.all([
    import('../rule-set.js'),
    import('../../evaluate/evaluator.js'),
    import('../../diagnose/diagnose-file.js'),
    import('../../model/build-model.js'),
    import('../../report/report-run.js'),
    import('../../report/reporter.js'),
    import('../../version.js'),
  ]);
  const ruleSet = await resolveRuleSet(options);
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const waivers = options.waivers?.length ? await loadWaivers(options.waivers, ruleSet.rules, io) : undefined;
  const setup = { evaluator: await createEvaluator(ruleSet.rules, options.engine ?? 'compiled'), waivers };
  const tally = new RunTally(ruleSet.rules);
  const reports = await ReportRun.start(outputs, io, { color: useColor(io), verbose: options.verbose });
  reports.begin({ command: 'diagnose', generatedAt: new Date().toISOString(), tool: { name: 'wsus-doctor', version: TOOL_VERSION }, rules: ruleSet.rules, fleetRules: [] });
  const failed = [];
  for (const file of options.files) {
    const { report } = await diagnoseFile(file, setup);
    tally.report(report);
    if (report.status === 'failed') failed.push({ file, ...report.error! });
    reports.machine(entryOf(report));
  }
  for (const f of failed) io.stderr(`wsus-doctor: ${f.file}${f.place ? `: at ${f.place}` : ''}: ${f.message}\n`);
  reports.end({ summary: tally.summary(), durationMs: Date.now() - started, failed, superseded: [], ruleFailures: tally.ruleFailures() });
  if (failed.length > 0) return EXIT.badInput;
  return tally.reaches(options.failOn) ? EXIT.diagnoses : EXIT.ok;
}

/** Reads the waiver files and keeps those that apply (warnings for the others on stderr). */
export async function loadWaivers(files: readonly string[], rules: ReadonlyArray<{ id: string }>, io: CliIo): Promise<Waiver[]> {
  const [{ readWaiverFile }, { activeWaivers }] = await Promise.all([import('../../waivers/read-waivers.js'), import('../../waivers/apply-waivers.js')]);
  const waivers: Waiver[] = [];
  for (const file of files) waivers.push(...(await readWaiverFile(file)));
  return activeWaivers(waivers, new Set(rules.map((r) => r.id)), (message) => io.stderr(`wsus-doctor: ${message}\n`));
}

/** Options shared by diagnose and batch. */
export function ruleSelectionOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('fail-on', {
      choices: [...SEVERITIES, 'none'] as const,
      default: 'error' as const,
      describe: 'Exit 1 when a diagnosis has this severity or worse (none: never)',
    })
    .option('rules', { type: 'string', array: true, describe: 'Folder of rule files (JSON/YAML) to add to the built-in rules; repeatable' })
    .option('only', { type: 'string', array: true, describe: 'Run only these rule ids or categories' })
    .option('skip', { type: 'string', array: true, describe: 'Do not run these rule ids or categories' })
    .option('skip-invalid-rules', { type: 'boolean', default: false, describe: 'Run even if a rule file is invalid (it is listed as skipped)' })
    .option('waivers', { type: 'string', array: true, describe: 'Waiver file(s) that suppress rules for named machines until an expiry date' })
    .option('engine', {
      choices: ['compiled', 'json-rules-engine'] as const,
      default: 'compiled' as const,
      describe: 'Rule engine: compiled (json-rules-engine semantics on the same rule JSON, results proven identical, faster) or json-rules-engine itself',
    });
}

export function diagnoseCommand(io: CliIo, setExit: (code: number) => void): CommandModule {
  return {
    command: 'diagnose <files..>',
    describe: 'Diagnose one or more fact files and print what is wrong, the evidence and how to fix it',
    builder: (yargs: Argv) =>
      ruleSelectionOptions(
        yargs
          .positional('files', { type: 'string', array: true, describe: 'Fact files written by Invoke-WsusDoctorCollection.ps1' })
          .option('format', { alias: 'f', type: 'string', array: true, describe: FORMAT_HELP })
          .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'Also list passed and not applicable rules (text format)' }),
      )
        .example('$0 diagnose wsus01.json', 'Diagnose one WSUS server')
        .example('$0 diagnose *.json --format json > report.json', 'Machine-readable report of several files')
        .example('$0 diagnose pc0042.json --fail-on warning', 'Exit 1 on warnings too (for scripts)')
        .example('$0 diagnose wsus01.json --format html=wsus01.html --format sarif=wsus01.sarif', 'Any report format, as batch writes them')
        .epilogue('Exit codes: 0 no diagnosis at or above --fail-on; 1 some; 2 bad input (unreadable or invalid fact file) or usage error.'),
    handler: async (argv) => {
      setExit(
        await runDiagnose(
          {
            files: argv.files as string[],
            formats: argv.format as string[] | undefined,
            failOn: argv['fail-on'] as Severity | 'none',
            rules: argv.rules as string[] | undefined,
            only: argv.only as string[] | undefined,
            skip: argv.skip as string[] | undefined,
            skipInvalidRules: argv['skip-invalid-rules'] as boolean,
            waivers: argv.waivers as string[] | undefined,
            verbose: argv.verbose as boolean,
            engine: argv.engine as EngineName,
          },
          io,
        ),
      );
    },
  };
}

/**
 * `wsus-doctor diagnose <file...>`: one report for the given fact files.
 * The yargs module only declares; `runDiagnose` does the work and returns the exit code.
 */
import type { Argv, CommandModule } from 'yargs';
import { SEVERITIES, type Severity } from '../../dsl/rule-types.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import type { EngineName } from '../../evaluate/evaluator.js';

export interface DiagnoseOptions {
  files: string[];
  format: 'text' | 'json';
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
  const [{ resolveRuleSet }, { createEvaluator }, { diagnoseFile }, { buildReport, reachesThreshold }, { fileSystemErrorFor }, { failedReport }] =
    await Promise.all([
      import('../rule-set.js'),
      import('../../evaluate/evaluator.js'),
      import('../../diagnose/diagnose-file.js'),
      import('../../report/build-report.js'),
      import('../../load/load-fact-file.js'),
      import('../../diagnose/diagnose-file.js'),
    ]);
  const ruleSet = await resolveRuleSet(options);
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const evaluator = await createEvaluator(ruleSet.rules, options.engine ?? 'compiled');
  const machines = [];
  for (const file of options.files) {
    const fsError = await fileSystemErrorFor(file);
    machines.push(fsError ? failedReport(file, fsError.code, fsError.message, fsError.place) : await diagnoseFile(file, evaluator));
  }
  if (options.waivers?.length) {
    const { applyWaiverFiles } = await import('../../waivers/apply-waivers.js');
    await applyWaiverFiles(options.waivers, machines, io);
  }
  const report = buildReport(machines);
  for (const machine of machines.filter((m) => m.status === 'failed')) {
    const place = machine.error?.place ? `: at ${machine.error.place}` : '';
    io.stderr(`wsus-doctor: ${machine.file}${place}: ${machine.error?.message}\n`);
  }
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (machines.some((m) => m.status !== 'failed')) {
    const { formatText } = await import('../../report/format-text.js');
    io.stdout(formatText(report, { color: useColor(io), verbose: options.verbose }));
  }
  if (report.summary.failed > 0) return EXIT.badInput;
  return reachesThreshold(report, options.failOn) ? EXIT.diagnoses : EXIT.ok;
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
          .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'text for people, json for tools (schemas/report.schema.json)' })
          .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'Also list passed and not applicable rules (text format)' }),
      )
        .example('$0 diagnose wsus01.json', 'Diagnose one WSUS server')
        .example('$0 diagnose *.json --format json > report.json', 'Machine-readable report of several files')
        .example('$0 diagnose pc0042.json --fail-on warning', 'Exit 1 on warnings too (for scripts)')
        .epilogue('Exit codes: 0 no diagnosis at or above --fail-on; 1 some; 2 bad input (unreadable or invalid fact file) or usage error.'),
    handler: async (argv) => {
      setExit(
        await runDiagnose(
          {
            files: argv.files as string[],
            format: argv.format as 'text' | 'json',
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

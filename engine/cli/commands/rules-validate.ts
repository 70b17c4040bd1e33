/**
 * `wsus-doctor rules validate <dir|file...>`: checks rule files as strictly as code and prints
 * every problem as `file:line:column: error Rnnn message` with a one-line fix. Exit 2 on any error.
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, type CliIo } from '../io.js';

const builder = (yargs: Argv) =>
  yargs
    .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Rule files or folders of rule files' })
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'text for people, json for tools' })
    .example('$0 rules validate my-rules/', 'Check every rule file of a folder')
    .example('$0 rules validate my-rules/pool-queue.yaml --format json', 'Problems as JSON (code, file, line, column, message, hint)')
    .epilogue('Exit codes: 0 every file is valid (warnings allowed); 2 some file has an error.');

export type RulesValidateOptions = OptionsOf<typeof builder>;

export const rulesValidateCommand = defineCommand({
  command: 'validate <paths..>',
  describe: 'Check rule files (JSON/YAML): schema, fact paths, operators, value types, regexes, tests',
  builder,
  run: runRulesValidate,
});

export async function runRulesValidate(options: RulesValidateOptions, io: CliIo): Promise<number> {
  const [{ builtInRules }, { checkRuleFiles }, { formatProblem, isError }] = await Promise.all([
    import('../../../rules/without-tests.js'),
    import('../../rule-files/check-rule-files.js'),
    import('../../rule-files/rule-problems.js'),
  ]);
  const files = await checkRuleFiles(options.paths, builtInRules);
  if (!files.length) {
    io.stderr(`wsus-doctor: no rule files (.json, .yaml, .yml) in ${options.paths.join(', ')}\n`);
    return EXIT.badInput;
  }
  const problems = files.flatMap((f) => f.problems);
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const invalid = files.filter((f) => f.problems.some(isError)).length;
  if (options.format === 'json') {
    const report = {
      files: files.map((f) => ({ file: f.file, valid: !f.problems.some(isError), ...(f.rule ? { id: f.rule.id } : {}), problems: f.problems })),
      summary: { files: files.length, valid: files.length - invalid, invalid, errors, warnings },
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const problem of problems) io.stdout(`${formatProblem(problem)}\n`);
    io.stdout(`${files.length} rule file${files.length === 1 ? '' : 's'} checked: ${files.length - invalid} valid, ${invalid} invalid (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n`);
  }
  return errors ? EXIT.badInput : EXIT.ok;
}

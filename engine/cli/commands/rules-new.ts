/**
 * `wsus-doctor rules new <id> [--from <existing-id>] [--dir <folder>]`: writes a valid starter
 * rule file (YAML) with a fail and a pass test, or a copy of an existing rule to adapt. Never
 * overwrites a file.
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, type CliIo } from '../io.js';

const builder = (yargs: Argv) =>
  yargs
    .positional('id', { type: 'string', demandOption: true, describe: 'Rule id, kebab-case; the file is <dir>/<id>.yaml' })
    .option('from', { type: 'string', describe: 'Start from a copy of this rule (built-in, or in --dir / --rules)' })
    .option('dir', { type: 'string', default: '.', describe: 'Folder to write the rule file into' })
    .option('rules', { type: 'string', array: true, describe: 'Folders of rule files --from may copy from' })
    .example('$0 rules new wsus-content-on-system-drive --dir my-rules', 'Start a new rule')
    .example('$0 rules new my-service-check --from wsus-service-not-running --dir my-rules', 'Start from a copy of a built-in rule');

/** id; from: an existing rule to copy; dir: where the file goes; rules: folders --from may also copy from. */
export type RulesNewOptions = OptionsOf<typeof builder>;

export const rulesNewCommand = defineCommand({
  command: 'new <id>',
  describe: 'Write a starter rule file (YAML) with a fail and a pass test',
  builder,
  run: runRulesNew,
});

export async function runRulesNew(options: RulesNewOptions, io: CliIo): Promise<number> {
  const [{ builtInRules }, { checkRuleFiles }, { starterRuleYaml, copyRuleYaml, nextRef }, fs, { join }] = await Promise.all([
    import('../../../rules/index.js'),
    import('../../rule-files/check-rule-files.js'),
    import('../../rule-files/scaffold-rule.js'),
    import('node:fs/promises'),
    import('node:path'),
  ]);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.id)) {
    io.stderr(`wsus-doctor: rule id "${options.id}" must be kebab-case (lower-case words joined by dashes)\n`);
    return EXIT.badInput;
  }
  const file = join(options.dir, `${options.id}.yaml`);
  const exists = await fs.stat(file).then(() => true, () => false);
  if (exists) {
    io.stderr(`wsus-doctor: ${file} already exists; pick another id or edit that file\n`);
    return EXIT.badInput;
  }
  const dirExists = await fs.stat(options.dir).then((s) => s.isDirectory(), () => false);
  const local = dirExists ? await checkRuleFiles([options.dir]) : [];
  const extra = options.rules?.length ? await checkRuleFiles(options.rules) : [];
  const known = [...builtInRules, ...[...local, ...extra].flatMap((f) => (f.rule ? [f.rule] : []))];
  if (known.some((r) => r.id === options.id)) {
    io.stderr(`wsus-doctor: rule id "${options.id}" is already used; rule ids are unique\n`);
    return EXIT.badInput;
  }
  const usedRefs = [...builtInRules.map((r) => r.ref), ...local.map((f) => refOf(f.source?.data))];
  const ref = nextRef(usedRefs);
  let text: string;
  if (options.from) {
    const from = known.find((r) => r.id === options.from);
    if (!from) {
      io.stderr(`wsus-doctor: no rule "${options.from}" to start from (see \`wsus-doctor rules list\`)\n`);
      return EXIT.badInput;
    }
    text = copyRuleYaml(from, options.id, ref);
  } else {
    text = starterRuleYaml(options.id, ref);
  }
  await fs.mkdir(options.dir, { recursive: true });
  await fs.writeFile(file, text, { flag: 'wx' });
  io.stdout(`${file}\n`);
  io.stderr(`wsus-doctor: wrote ${file} (${ref}). Edit it, then run \`wsus-doctor rules validate ${options.dir}\` and \`wsus-doctor rules test ${options.dir}\`.\n`);
  return EXIT.ok;
}

/** The `ref` of a parsed rule file, '' when it has none. */
function refOf(data: unknown): string {
  return typeof data === 'object' && data !== null && 'ref' in data ? String(data.ref ?? '') : '';
}

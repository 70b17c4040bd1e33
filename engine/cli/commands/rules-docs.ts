/**
 * `wsus-doctor rules docs --out <dir> [dir|file|id...]`: one Markdown page per rule plus an index
 * (README.md), for the built-in rules (per-machine and fleet) when nothing is named. Pages it wrote before for rules that
 * are gone are removed (only files carrying the generated marker are ever deleted).
 */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, type CliIo } from '../io.js';

const builder = (yargs: Argv) =>
  yargs
    .positional('targets', { type: 'string', array: true, describe: 'Rule files, folders of rule files, or built-in rule ids' })
    .option('out', { type: 'string', demandOption: true, describe: 'Folder for the pages (created if needed)' })
    .example('$0 rules docs --out docs/rules', 'Document the built-in rules')
    .example('$0 rules docs my-rules/ --out my-rules/docs', 'Document your own rules');

/** targets: rule files, folders or built-in rule ids (none = every built-in rule); out: the folder. */
export type RulesDocsOptions = OptionsOf<typeof builder>;

export const rulesDocsCommand = defineCommand({
  command: 'docs [targets..]',
  describe: 'Write one Markdown page per rule and an index (all built-in rules when none is named)',
  builder,
  run: runRulesDocs,
});

export async function runRulesDocs(options: RulesDocsOptions, io: CliIo): Promise<number> {
  const [{ resolveRuleTargets, reportTargetProblems }, { renderRuleDocs, GENERATED_MARKER }, { fleetRuleDocEntry }, fs, { join }] = await Promise.all([
    import('./rules-targets.js'),
    import('../../rule-files/render-rule-docs.js'),
    import('../../fleet/render-fleet-rule-docs.js'),
    import('node:fs/promises'),
    import('node:path'),
  ]);
  const targets = await resolveRuleTargets(options.targets ?? []);
  if (!reportTargetProblems(targets, io)) return EXIT.badInput;
  const pages = renderRuleDocs(targets.rules, targets.fleetRules.map(fleetRuleDocEntry));
  await fs.mkdir(options.out, { recursive: true });
  for (const name of await fs.readdir(options.out)) {
    if (!name.endsWith('.md') || pages.has(name)) continue;
    const text = await fs.readFile(join(options.out, name), 'utf8');
    if (text.startsWith(GENERATED_MARKER)) await fs.rm(join(options.out, name));
  }
  for (const [name, text] of pages) await fs.writeFile(join(options.out, name), text);
  io.stderr(`wsus-doctor: wrote ${pages.size - 1} rule page${pages.size === 2 ? '' : 's'} and README.md to ${options.out}\n`);
  return EXIT.ok;
}

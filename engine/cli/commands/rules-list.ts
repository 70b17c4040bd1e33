/** `wsus-doctor rules list`: the rule catalogue, per-machine and fleet rules. */
import type { Argv } from 'yargs';
import { defineCommand, type OptionsOf } from '../command.js';
import { EXIT, type CliIo } from '../io.js';

const builder = (yargs: Argv) =>
  yargs
    .option('rules', { type: 'string', array: true, describe: 'Also list the rules of these folders' })
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const });

export type RulesListOptions = OptionsOf<typeof builder>;

export const rulesListCommand = defineCommand({
  command: 'list',
  describe: 'Print the rule catalogue (ref, id, severity, role, title)',
  builder,
  run: runRulesList,
});

export async function runRulesList(options: RulesListOptions, io: CliIo): Promise<number> {
  const [{ resolveRuleSet }, { fleetRules }] = await Promise.all([import('../rule-set.js'), import('../../../rules/fleet-without-tests.js')]);
  const { rules } = await resolveRuleSet({ rules: options.rules });
  // Fleet rules run in `batch` only, across machines: listed with the role "fleet".
  const rows = [
    ...rules.map(({ id, ref, severity, category, title, appliesTo }) => ({ id, ref, severity, category, role: appliesTo.role ?? 'any', title })),
    ...fleetRules.map(({ id, ref, severity, category, title }) => ({ id, ref, severity, category, role: 'fleet', title })),
  ];
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const row of rows) io.stdout(`${row.ref}  ${row.id.padEnd(width)}  ${row.severity.padEnd(8)}  ${row.role.padEnd(6)}  ${row.title}\n`);
  io.stdout(`${rows.length} rules (${rules.length} per machine, ${fleetRules.length} fleet rules for batch)\n`);
  return EXIT.ok;
}

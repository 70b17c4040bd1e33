/** `wsus-doctor rules <command>`: the rule catalogue and rule tooling. */
import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';

export async function runRulesList(options: { rules?: string[]; format: 'text' | 'json' }, io: CliIo): Promise<number> {
  const [{ resolveRuleSet }, { fleetRules }] = await Promise.all([import('../rule-set.js'), import('../../../rules/fleet/index.js')]);
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

/** Subcommands of `rules`; other modules add theirs here (validate, test, docs, new). */
export function rulesCommand(io: CliIo, setExit: (code: number) => void, subcommands: CommandModule[] = []): CommandModule {
  return {
    command: 'rules <command>',
    describe: 'List, validate, test and document rules',
    builder: (yargs: Argv) => {
      let y = yargs.command({
        command: 'list',
        describe: 'Print the rule catalogue (ref, id, severity, role, title)',
        builder: (sub: Argv) =>
          sub
            .option('rules', { type: 'string', array: true, describe: 'Also list the rules of these folders' })
            .option('format', { choices: ['text', 'json'] as const, default: 'text' as const }),
        handler: async (argv) => setExit(await runRulesList({ rules: argv.rules as string[] | undefined, format: argv.format as 'text' | 'json' }, io)),
      });
      for (const sub of subcommands) y = y.command(sub);
      return y.demandCommand(1, 'Name a rules command.');
    },
    handler: () => undefined,
  };
}

/**
 * Every command of the CLI, listed explicitly in one place (no directory scanning), in the order
 * `--help` shows them. Each module declares its command, options and examples and calls a plain
 * runX(options, io); main() registers this list.
 */
import { defineGroup, type CliCommand } from '../command.js';
import { diagnoseCommand } from './diagnose.js';
import { batchCommand } from './batch.js';
import { fleetCommand } from './fleet.js';
import { ingestCommand } from './ingest.js';
import { redactCommand } from './redact.js';
import { rulesListCommand } from './rules-list.js';
import { rulesValidateCommand } from './rules-validate.js';
import { rulesTestCommand } from './rules-test.js';
import { rulesDocsCommand } from './rules-docs.js';
import { rulesNewCommand } from './rules-new.js';

/** `wsus-doctor rules <command>`: the rule catalogue and the tools of rule authors. */
export const rulesCommand = defineGroup({
  command: 'rules <command>',
  describe: 'List, validate, test and document rules',
  subcommands: [rulesListCommand, rulesValidateCommand, rulesTestCommand, rulesDocsCommand, rulesNewCommand],
  demand: 'Name a rules command.',
});

export const COMMANDS: readonly CliCommand[] = [diagnoseCommand, ingestCommand, batchCommand, fleetCommand, redactCommand, rulesCommand];

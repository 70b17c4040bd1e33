/** `rules` subcommands for rule authors (validate, test, docs, new): an explicit list. */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { rulesValidateCommand } from './rules-validate.js';
import { rulesTestCommand } from './rules-test.js';
import { rulesDocsCommand } from './rules-docs.js';
import { rulesNewCommand } from './rules-new.js';

export function ruleToolCommands(io: CliIo, setExit: (code: number) => void): CommandModule[] {
  return [rulesValidateCommand(io, setExit), rulesTestCommand(io, setExit), rulesDocsCommand(io, setExit), rulesNewCommand(io, setExit)];
}

/** `rules` subcommands for rule authors (validate, test, docs, new). */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';

export function ruleToolCommands(_io: CliIo, _setExit: (code: number) => void): CommandModule[] {
  return [];
}

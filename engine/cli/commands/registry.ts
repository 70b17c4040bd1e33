/**
 * Commands beyond diagnose and `rules list`, listed explicitly (no directory scanning):
 * batch (fleet) and rules validate/test/docs/new.
 */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { batchCommands } from './batch-commands.js';
import { ruleToolCommands } from './rule-tool-commands.js';

export function extraCommands(io: CliIo, setExit: (code: number) => void): CommandModule[] {
  return batchCommands(io, setExit);
}

export function extraRulesCommands(io: CliIo, setExit: (code: number) => void): CommandModule[] {
  return ruleToolCommands(io, setExit);
}

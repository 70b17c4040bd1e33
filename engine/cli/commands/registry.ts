/**
 * Commands beyond diagnose and `rules list`, listed explicitly (no directory scanning):
 * batch (fleet), rules validate/test/docs/new.
 */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';

export function extraCommands(_io: CliIo, _setExit: (code: number) => void): CommandModule[] {
  return [];
}

export function extraRulesCommands(_io: CliIo, _setExit: (code: number) => void): CommandModule[] {
  return [];
}

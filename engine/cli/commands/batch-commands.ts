/** Top-level fleet commands (batch). */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';

export function batchCommands(_io: CliIo, _setExit: (code: number) => void): CommandModule[] {
  return [];
}

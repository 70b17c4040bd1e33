/** Top-level fleet commands (batch). */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { batchCommand } from './batch.js';

export function batchCommands(io: CliIo, setExit: (code: number) => void): CommandModule[] {
  return [batchCommand(io, setExit)];
}

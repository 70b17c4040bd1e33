/** Top-level fleet commands (batch, and fleet over batch shards). */
import type { CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { batchCommand } from './batch.js';
import { fleetCommand } from './fleet.js';

export function batchCommands(io: CliIo, setExit: (code: number) => void): CommandModule[] {
  return [batchCommand(io, setExit), fleetCommand(io, setExit)];
}

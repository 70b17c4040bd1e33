/** Applies waiver files to machine reports. Placeholder until waivers land: refuses clearly. */
import type { MachineReport } from '../diagnose/machine-report.js';
import type { CliIo } from '../cli/io.js';
import { InputError } from '../errors.js';

export async function applyWaiverFiles(files: string[], _machines: MachineReport[], _io: CliIo): Promise<void> {
  throw new InputError('E_USAGE', `waiver files are not supported yet (--waivers ${files.join(' ')})`);
}

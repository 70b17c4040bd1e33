/** Bench section `powershell`: Invoke-WsusDiagnosis over the fleet's files beside batch (scripts/bench/powershell.ts). */
import { benchPowerShell } from './powershell.js';
import { root, type BenchSection } from './lib.js';

export const powershell: BenchSection = {
  name: 'powershell',
  about: 'Invoke-WsusDiagnosis -Path over --files N fact files (default 2000) beside batch: time and peak memory (skipped, with the reason, without pwsh)',
  async run(ctx) {
    const fleet = ctx.fleet(Number(ctx.opt('--files', '2000')));
    await benchPowerShell({ root, dir: fleet.dir, files: fleet.paths.length, log: ctx.log });
  },
};

/** Bench section `reports`: NDJSON bytes per machine and the HTML report of N machines (scripts/bench-reports.ts). */
import { benchReports } from '../bench-reports.js';
import { bin, type BenchSection } from './lib.js';

export const reports: BenchSection = {
  name: 'reports',
  about: 'report size per machine (NDJSON) and the HTML report of --html-machines N (default 20000; 0 skips it): time and peak RSS',
  async run(ctx) {
    await benchReports({ bin, htmlMachines: Number(ctx.opt('--html-machines', '20000')), log: ctx.log });
  },
};

// Preloaded (`node --import`) into every process `npm run bench` measures: at exit, writes the
// process's own CPU time (user + system, all threads) and peak RSS to $WSUS_DOCTOR_BENCH_RUSAGE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.WSUS_DOCTOR_BENCH_RUSAGE;
if (out && isMainThread) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRssKiB: r.maxRSS }));
  });
}

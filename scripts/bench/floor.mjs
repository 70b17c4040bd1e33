// The floor of `npm run bench`, as a whole process like the batch it is compared with:
// read + JSON.parse every file listed (one path a line) in argv[2], in argv[3] threads (1 or more;
// the list is cut into contiguous slices, one worker thread each). No output.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, workerData } from 'node:worker_threads';

function work(paths) {
  for (const p of paths) {
    try {
      JSON.parse(readFileSync(p, 'utf8'));
    } catch {
      // the planted bad files cost their read
    }
  }
}

if (isMainThread) {
  const paths = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
  const threads = Number(process.argv[3] ?? 1);
  if (threads <= 1) work(paths);
  else {
    const size = Math.ceil(paths.length / threads);
    const jobs = [];
    for (let t = 0; t < threads; t++) {
      const w = new Worker(new URL(import.meta.url), { workerData: paths.slice(t * size, (t + 1) * size) });
      jobs.push(new Promise((resolve, reject) => w.on('exit', resolve).on('error', reject)));
    }
    await Promise.all(jobs);
  }
} else {
  work(workerData);
}

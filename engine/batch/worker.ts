/**
 * Batch worker thread (bundled to dist/batch-worker.js; run from source through tsx in
 * tests). Builds one FileProcessor (one JsonRulesEngineEvaluator, one json-rules-engine Engine, the
 * compiled fact schema) from workerData once, then diagnoses the chunks of file paths the
 * main thread sends and posts back compact results. Files are read here, never in the main
 * thread, and only one file's document is alive at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileProcessor } from './file-processor.js';
import type { FromWorker, ToWorker, WorkerSetup } from './batch-types.js';

const port = parentPort;
if (!port) throw new Error('engine/batch/worker.ts must run as a worker thread');

const post = (message: FromWorker) => port.postMessage(message);
let processor: FileProcessor;
try {
  processor = new FileProcessor(workerData as WorkerSetup);
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'fatal', message: (error as Error).message });
  throw error;
}

// Chunks are processed one after another even when two are queued: one evaluator, one run at a time.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  if (message.type !== 'files') return;
  queue = queue.then(async () => {
    const items = [];
    for (const { index, file } of message.items) items.push(await processor.process(index, file));
    // The machine lines travel as transferred ArrayBuffers: no copy, no string work on the main thread.
    const transfer = items.flatMap((item) => (item.line ? [item.line.buffer as ArrayBuffer] : []));
    port.postMessage({ type: 'results', items } satisfies FromWorker, transfer);
  });
});

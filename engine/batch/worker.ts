/**
 * Batch worker thread (bundled to dist/batch-worker.js; run from source through tsx in
 * tests). Builds one FileProcessor (one evaluator, the compiled fact schema) from workerData
 * once, then diagnoses the chunks of file paths the main thread sends: each file's records go
 * to this worker's own spool file (the descriptor the main thread opened for it), and only a
 * small FileRecord per file goes back. Files are read here, never in the main thread, and only
 * one file's document is alive at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileProcessor, spoolFile } from './file-processor.js';
import { SpoolWriter } from './spool.js';
import type { FileRecord, FromWorker, ToWorker, WorkerSetup, WorkerSpool } from './batch-types.js';

const port = parentPort;
if (!port) throw new Error('engine/batch/worker.ts must run as a worker thread');

const post = (message: FromWorker) => port.postMessage(message);
const { setup, spool } = workerData as { setup: WorkerSetup; spool: WorkerSpool };
let processor: FileProcessor;
let writer: SpoolWriter;
try {
  processor = new FileProcessor(setup);
  writer = new SpoolWriter(spool.fd, spool.part);
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
    const items: FileRecord[] = [];
    for (const { index, file } of message.items) items.push(spoolFile(await processor.process(index, file), writer, setup.compactRecords === true));
    // On disk before the main thread learns where the records are.
    writer.flush();
    post({ type: 'results', items });
  });
});

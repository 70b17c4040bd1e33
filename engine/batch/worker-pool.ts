/**
 * A small pool of worker threads for the batch (plain node:worker_threads, no dependency):
 * chunks of files (index and path, made when sent: the pool keeps only the list of indexes) go
 * to whichever worker has room (at most two chunks in flight each, so a worker never waits for
 * the main thread), results come back in completion order. Each worker writes its files'
 * records to its own spool file, opened by `options.spool()` when the worker starts.
 *
 * Where the worker code lives: from the bundle, dist/batch-worker.js next to the CLI; from
 * TypeScript sources (tests, `node --import tsx`), engine/batch/worker.ts loaded through
 * tsx's ESM hooks registered inside the worker (Node 20 does not apply `--import tsx` to a
 * worker's entry module, so a tiny data: URL module registers tsx, then imports the worker).
 *
 * A worker that dies (an uncaught error, out of memory) is replaced; the files it held are
 * tried again one per message, and a file that kills a worker a second time is reported as
 * failed (E_WORKER). The batch goes on.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileRecord, FromWorker, ToWorker, WorkerSetup, WorkerSpool } from './batch-types.js';

export interface PoolOptions {
  workers: number;
  setup: WorkerSetup;
  /** A new spool file for a worker that starts. */
  spool: () => WorkerSpool;
  /** Files per message (default 8). */
  chunkSize?: number;
  onResult: (result: FileRecord) => void;
  /** The record of a file that killed a worker twice (written by the caller, in its own thread). */
  lost: (index: number, file: string, message: string) => FileRecord;
}

/** The batch's worker threads: source module (engine/batch) and bundled file (dist/). */
const ENTRIES = { files: { source: 'worker.ts', bundled: 'batch-worker.js' }, fleet: { source: 'fleet-worker.ts', bundled: 'fleet-worker.js' } } as const;

/** How to start a worker: the bundled file, or the TypeScript source through tsx. */
export function workerEntry(kind: keyof typeof ENTRIES = 'files'): { url: URL; viaTsx: boolean } {
  const { source, bundled } = ENTRIES[kind];
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { url: pathToFileURL(join(dirname(here), source)), viaTsx: true };
  // Bundled: this code sits in dist/ or dist/chunks/; the worker is dist/<bundled>.
  for (const candidate of [join(dirname(here), bundled), join(dirname(here), '..', bundled)]) {
    if (existsSync(candidate)) return { url: pathToFileURL(candidate), viaTsx: false };
  }
  throw new Error(`wsus-doctor: cannot find dist/${bundled} (run \`npm run build\`)`);
}

/**
 * A smaller young generation than V8's default: a worker's live data is one fact document at a
 * time, and the default semi-spaces made peak RSS ~35 MB higher on a 20,000-file batch at the
 * same speed (measured).
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8 };

function startWorker(setup: WorkerSetup, spool: WorkerSpool): Worker {
  return startThread('files', { setup, spool });
}

/** Starts one of the batch's worker threads with its data (and the small young generation). */
export function startThread(kind: keyof typeof ENTRIES, workerData: unknown): Worker {
  const { url, viaTsx } = workerEntry(kind);
  if (!viaTsx) return new Worker(url, { workerData, resourceLimits: RESOURCE_LIMITS });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(url.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData, resourceLimits: RESOURCE_LIMITS });
}

/** Diagnoses the files at `indexes` of `files` with `options.workers` threads; resolves when all results are in. */
export function runPool(files: readonly string[], indexes: ArrayLike<number>, options: PoolOptions): Promise<void> {
  const chunkSize = options.chunkSize ?? 8;
  const chunkCount = Math.ceil(indexes.length / chunkSize);
  /** The next chunk's first position in `indexes`. */
  let next = 0;
  let pending = indexes.length;
  const count = Math.max(1, Math.min(options.workers, chunkCount));
  /** Files of a dead worker, to be tried again alone. */
  const retry: number[] = [];
  const retried = new Set<number>();
  const nextChunk = (): number[] => {
    if (retry.length) return [retry.shift()!];
    const chunk: number[] = [];
    for (const end = Math.min(next + chunkSize, indexes.length); next < end; next++) chunk.push(indexes[next]!);
    return chunk;
  };

  return new Promise<void>((resolve, reject) => {
    if (pending === 0) return resolve();
    const slots: Array<{ worker: Worker; inFlight: number[][]; dead: boolean }> = [];
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      // Settle once the threads are gone: their heaps are freed before the fleet stage builds its own.
      const stopping = slots.filter((slot) => !slot.dead).map((slot) => slot.worker.terminate().catch(() => undefined));
      void Promise.all(stopping).then(() => (error ? reject(error) : resolve()));
    };
    const feed = (slot: (typeof slots)[number]) => {
      while (slot.inFlight.length < 2 && (retry.length || next < indexes.length)) {
        const chunk = nextChunk();
        slot.inFlight.push(chunk);
        slot.worker.postMessage({ type: 'files', items: chunk.map((index) => ({ index, file: files[index]! })) } satisfies ToWorker);
      }
    };
    const deliver = (result: FileRecord) => {
      try {
        options.onResult(result);
      } catch (error) {
        finish(error as Error);
        return;
      }
      if (--pending === 0) finish();
    };
    let spawned = 0;
    const spawn = (): void => {
      if (++spawned > count + 50) return finish(new Error('batch workers keep dying; giving up'));
      const slot = { worker: startWorker(options.setup, options.spool()), inFlight: [] as number[][], dead: false };
      slots.push(slot);
      slot.worker.on('message', (message: FromWorker) => {
        if (message.type === 'fatal') return finish(new Error(`batch worker could not start: ${message.message}`));
        if (message.type !== 'results') return;
        slot.inFlight.shift();
        feed(slot);
        for (const item of message.items) deliver(item);
      });
      const onDeath = (reason: string) => {
        if (slot.dead || settled) return;
        slot.dead = true;
        const lost = slot.inFlight.flat();
        slot.inFlight = [];
        for (const index of lost) {
          if (retried.has(index)) {
            let record: FileRecord;
            try {
              record = options.lost(index, files[index]!, `the worker diagnosing this file stopped (${reason}); the file was not diagnosed`);
            } catch (error) {
              finish(error as Error);
              return;
            }
            deliver(record);
          } else {
            retried.add(index);
            retry.push(index);
          }
        }
        if (!settled && (retry.length || next < indexes.length)) spawn();
        else if (!settled) for (const other of slots) if (!other.dead) feed(other);
      };
      slot.worker.on('error', (error) => onDeath(error.message));
      slot.worker.on('exit', (code) => onDeath(`exit code ${code}`));
      feed(slot);
    };
    for (let i = 0; i < count; i++) spawn();
  });
}

/**
 * The batch's fleet stage in a worker thread (bundled to dist/fleet-worker.js): reads the
 * winners' summaries from the spool, runs the fleet rules, posts the FleetSection and is
 * stopped by the main thread (engine/batch/fleet-stage.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runFleetStage, type FleetStageInput, type FromFleetWorker } from './fleet-stage.js';

const port = parentPort;
if (!port) throw new Error('engine/batch/fleet-worker.ts must run as a worker thread');

try {
  const section = await runFleetStage(workerData as FleetStageInput);
  port.postMessage({ type: 'fleet', section } satisfies FromFleetWorker);
} catch (error) {
  port.postMessage({ type: 'error', message: (error as Error).message, stack: (error as Error).stack } satisfies FromFleetWorker);
}

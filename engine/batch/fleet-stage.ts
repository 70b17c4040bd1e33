/**
 * The batch's fleet stage: the fleet rules over the winners' summaries, read back from the spool
 * in input order, each client kept as the part the fleet rules read (fleetClientOf).
 *
 * It holds every winner at once. For large batches it runs in a short-lived worker thread
 * (fleet-worker.ts, with the pool's small young generation): what it holds, and the young
 * generation V8 grows while it holds it, go away with the thread instead of staying in the main
 * thread's heap while it writes the reports. Small batches run it inline (no thread to start).
 * Both give the same FleetSection (a thread's arrives as a structured clone: plain data).
 */
import type { FleetSection } from '../model/report-model.js';
import { FleetEvaluator } from '../fleet/evaluate-fleet.js';
import type { FleetRuleDefinition } from '../fleet/fleet-rule.js';
import type { FleetClient, FleetMachine, FleetOptions, MachineSummary } from '../fleet/fleet-types.js';
import { fleetClientOf } from '../fleet/correlate.js';
import { SpoolReader } from './spool.js';
import { startThread } from './worker-pool.js';

/** What the fleet stage reads: the fleet rules, the options, and where the winners' summaries lie (input order). */
export interface FleetStageInput {
  fleetRules: readonly FleetRuleDefinition[];
  options: FleetOptions;
  /** Spool file descriptors by part. */
  fds: number[];
  parts: Uint16Array;
  offsets: Float64Array;
  lengths: Uint32Array;
}

export type FromFleetWorker = { type: 'fleet'; section: FleetSection } | { type: 'error'; message: string; stack?: string };

/** Runs the fleet stage in this thread. */
export async function runFleetStage(input: FleetStageInput): Promise<FleetSection> {
  const reader = new SpoolReader({ fd: (part) => input.fds[part]! });
  const slim = new FleetSlimmer();
  let machines: FleetMachine[] = [];
  for (let i = 0; i < input.parts.length; i++) {
    const summary = JSON.parse(reader.read({ part: input.parts[i]!, offset: input.offsets[i]!, length: input.lengths[i]! })) as MachineSummary;
    machines.push(slim.of(summary));
  }
  const evaluation = new FleetEvaluator(input.fleetRules).evaluate(machines, input.options);
  machines = [];
  return evaluation;
}

/** Runs the fleet stage in a worker thread; resolves once the thread has stopped (its heap freed). */
export function runFleetStageInWorker(input: FleetStageInput): Promise<FleetSection> {
  // Rules as data: their test cases stay here.
  const data: FleetStageInput = { ...input, fleetRules: input.fleetRules.map((r) => ({ ...r, tests: [] })) };
  return new Promise<FleetSection>((resolve, reject) => {
    const worker = startThread('fleet', data);
    let outcome: { section: FleetSection } | { error: Error } | undefined;
    worker.on('message', (message: FromFleetWorker) => {
      if (outcome) return;
      if (message.type === 'fleet') outcome = { section: message.section };
      else {
        const error = new Error(message.message);
        if (message.stack) error.stack = message.stack;
        outcome = { error };
      }
      void worker.terminate();
    });
    worker.on('error', (error) => {
      outcome ??= { error };
    });
    worker.on('exit', (code) => {
      if (outcome && 'section' in outcome) resolve(outcome.section);
      else reject(outcome?.error ?? new Error(`the fleet stage's worker stopped (exit code ${code})`));
    });
  });
}

/** What the fleet stage keeps of each machine: servers whole, clients as fleetClientOf makes them (one target object per URL). */
export class FleetSlimmer {
  private readonly targets = new Map<string, NonNullable<FleetClient['target']>>();

  of(summary: MachineSummary): FleetMachine {
    return summary.role === 'server' ? summary : fleetClientOf(summary, this.targets);
  }
}

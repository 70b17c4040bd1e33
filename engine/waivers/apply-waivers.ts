/**
 * Applies waivers to machine reports: a diagnosis (fail) or an insufficient-evidence result
 * of a waived rule on a matching machine is marked `waived` and stays in the report, but no
 * longer counts in the summaries or toward --fail-on. An expired waiver suppresses nothing and
 * a warning says so; so does a waiver whose rule id matches no rule that ran.
 *
 * Two steps so that a batch can check the waivers once and apply them in every worker:
 * activeWaivers (once per run, warns) then waiveMachine (once per machine, silent).
 */
import type { MachineReport } from '../model/report-model.js';
import { countOutcomes } from '../model/build-model.js';
import { matchesMachine } from './machine-pattern.js';
import type { Waiver } from './read-waivers.js';

/** The waivers that apply today to rules that run; `warn` gets one line per waiver left out. */
export function activeWaivers(waivers: readonly Waiver[], ruleIds: ReadonlySet<string>, warn: (message: string) => void, today: Date = new Date()): Waiver[] {
  const day = today.toISOString().slice(0, 10);
  const active: Waiver[] = [];
  for (const waiver of waivers) {
    if (waiver.expires < day) warn(`waiver ${waiver.source} (rule ${waiver.rule}, machines ${waiver.machines.join(', ')}) expired on ${waiver.expires}: it no longer suppresses anything`);
    else if (!ruleIds.has(waiver.rule)) warn(`waiver ${waiver.source} names rule "${waiver.rule}", which did not run (unknown id, or not selected)`);
    else active.push(waiver);
  }
  return active;
}

/** Marks a diagnosed machine's waived results in place and recomputes its summary. */
export function waiveMachine(active: readonly Waiver[], machine: MachineReport): void {
  if (machine.status !== 'diagnosed' || active.length === 0) return;
  let changed = false;
  for (const result of machine.results) {
    if (result.outcome !== 'fail' && result.outcome !== 'insufficientEvidence') continue;
    const waiver = active.find((w) => w.rule === result.ruleId && matchesMachine(w.machines, [machine.computerName, machine.fqdn]));
    if (waiver) {
      result.waived = { justification: waiver.justification, expires: waiver.expires, waiver: waiver.source };
      changed = true;
    }
  }
  if (changed) machine.summary = countOutcomes(machine.results);
}

/** Both steps over reports already made (the rules that ran are those the reports hold). */
export function applyWaivers(waivers: readonly Waiver[], machines: MachineReport[], warn: (message: string) => void, today: Date = new Date()): void {
  const ruleIds = new Set(machines.flatMap((m) => m.results.map((r) => r.ruleId)));
  const active = activeWaivers(machines.length ? waivers : waivers.filter((w) => w.expires < today.toISOString().slice(0, 10)), ruleIds, warn, today);
  for (const machine of machines) waiveMachine(active, machine);
}

/**
 * Applies waiver files to machine reports: a diagnosis (fail) or an insufficient-evidence result
 * of a waived rule on a matching machine is marked `waived` and stays in the report, but no
 * longer counts in the summaries or toward --fail-on. An expired waiver suppresses nothing and
 * a warning on stderr says so; so does a waiver whose rule id matches no rule that ran.
 */
import type { MachineReport } from '../diagnose/machine-report.js';
import { countOutcomes } from '../diagnose/machine-report.js';
import { matchesMachine } from './machine-pattern.js';
import { readWaiverFile, type Waiver } from './read-waivers.js';

/** Where warnings go: the CLI passes its CliIo (waivers sit below the CLI and do not import it). */
export interface WaiverIo {
  stderr(text: string): void;
}

export async function applyWaiverFiles(files: string[], machines: MachineReport[], io: WaiverIo, today: Date = new Date()): Promise<void> {
  const waivers: Waiver[] = [];
  for (const file of files) waivers.push(...(await readWaiverFile(file)));
  applyWaivers(waivers, machines, (message) => io.stderr(`wsus-doctor: ${message}\n`), today);
}

/** Marks waived results in place and recomputes each machine's summary; `warn` gets one line per problem. */
export function applyWaivers(waivers: readonly Waiver[], machines: MachineReport[], warn: (message: string) => void, today: Date = new Date()): void {
  const day = today.toISOString().slice(0, 10);
  const ruleIds = new Set(machines.flatMap((m) => m.results.map((r) => r.ruleId)));
  const active: Waiver[] = [];
  for (const waiver of waivers) {
    if (waiver.expires < day) warn(`waiver ${waiver.source} (rule ${waiver.rule}, machines ${waiver.machines.join(', ')}) expired on ${waiver.expires}: it no longer suppresses anything`);
    else if (machines.length && !ruleIds.has(waiver.rule)) warn(`waiver ${waiver.source} names rule "${waiver.rule}", which did not run (unknown id, or not selected)`);
    else active.push(waiver);
  }
  for (const machine of machines) {
    if (machine.status !== 'diagnosed') continue;
    for (const result of machine.results) {
      if (result.outcome !== 'fail' && result.outcome !== 'insufficientEvidence') continue;
      const waiver = active.find((w) => w.rule === result.ruleId && matchesMachine(w.machines, [machine.computerName, machine.fqdn]));
      if (waiver) result.waived = { justification: waiver.justification, expires: waiver.expires, waiver: waiver.source };
    }
    machine.summary = countOutcomes(machine.results);
  }
}

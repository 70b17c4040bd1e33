/** Per-machine and whole-report shapes (schemas/report.schema.json describes the JSON form). */
import type { Outcome } from '../dsl/rule-types.js';
import type { RuleResult } from '../evaluate/result-types.js';

export type OutcomeCounts = Record<Outcome, number>;

export interface MachineReport {
  /** The fact file as given on the command line. */
  file: string;
  computerName?: string;
  fqdn?: string;
  role?: 'server' | 'client';
  /** What kind of machine the facts say it is, when that is more than the role, e.g. "ConfigMgr site server (software update point on another machine)". */
  machineKind?: string;
  collectedAt?: string;
  /** diagnosed: rules ran; failed: the file could not be read/validated; superseded: a newer file of the same machine won. */
  status: 'diagnosed' | 'failed' | 'superseded';
  error?: { code: string; message: string; place?: string };
  /** superseded: the file that won. */
  supersededBy?: string;
  results: RuleResult[];
  summary: OutcomeCounts;
}

export function countOutcomes(results: readonly RuleResult[]): OutcomeCounts {
  const counts: OutcomeCounts = { fail: 0, pass: 0, notApplicable: 0, insufficientEvidence: 0 };
  for (const r of results) if (!r.waived) counts[r.outcome]++;
  return counts;
}

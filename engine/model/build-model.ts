/**
 * The one place that builds the shared shapes: rule results, machine reports (diagnosed,
 * failed, superseded), fleet findings attached to machines, the report summary and the
 * `--fail-on` decision. diagnose, batch and fleet all count through RunTally, so a summary
 * and an exit code mean the same thing whichever command made them.
 */
import { SEVERITIES, type Outcome, type RuleDefinition, type Severity } from '../dsl/rule-types.js';
import type { LogEvidence } from '../facts/derived-facts.generated.js';
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { FactEvidence, FleetFindingRef, FleetSection, MachineReport, MachineStatus, OutcomeCounts, ReportSummary, RuleResult } from './report-model.js';

/** Rule metadata a result repeats (a per-machine or a fleet rule). */
export type ResultRule = Pick<RuleDefinition<string>, 'id' | 'ref' | 'title' | 'severity' | 'category' | 'remediation' | 'references'>;

/**
 * A rule result with the rule's metadata, keys in the order every report relies on (the batch's
 * machine line writer encodes results of exactly this shape fast; see batch/machine-line.ts).
 */
export function ruleResultOf(rule: ResultRule, outcome: Outcome, message: string, evidence: FactEvidence[] = [], logEvidence: LogEvidence[] = []): RuleResult {
  return {
    ruleId: rule.id,
    ref: rule.ref,
    title: rule.title,
    severity: rule.severity,
    category: rule.category,
    outcome,
    message,
    evidence,
    logEvidence,
    remediation: rule.remediation,
    references: rule.references,
  };
}

export function countOutcomes(results: readonly RuleResult[]): OutcomeCounts {
  const counts: OutcomeCounts = { fail: 0, pass: 0, notApplicable: 0, insufficientEvidence: 0 };
  for (const r of results) if (!r.waived) counts[r.outcome]++;
  return counts;
}

/** The kind of machine when the facts say more than the role: a ConfigMgr site server without the WSUS role whose SUP is remote. */
export function machineKind(doc: FactDocument): string | undefined {
  const cm = doc.configMgr;
  if (doc.role === 'server' && doc.wsusServer?.status === 'notApplicable' && cm?.isSiteServer === true && cm.hasRemoteSoftwareUpdatePoint === true) {
    return 'ConfigMgr site server (software update point on another machine)';
  }
  return undefined;
}

/** The report of a diagnosed file (key order: file, names, role, machineKind, collectedAt, status, results, summary). */
export function diagnosedMachine(file: string, doc: FactDocument, results: RuleResult[], notices: readonly string[] = []): MachineReport {
  const kind = machineKind(doc);
  return {
    file,
    computerName: doc.host.computerName,
    ...(doc.host.fqdn !== undefined && { fqdn: doc.host.fqdn }),
    role: doc.role,
    ...(kind !== undefined && { machineKind: kind }),
    collectedAt: doc.collectedAt,
    status: 'diagnosed',
    ...(notices.length > 0 && { notices: [...notices] }),
    results,
    summary: countOutcomes(results),
    ...(doc.ingest !== undefined && { ingest: doc.ingest }),
  };
}

/** The report of a diagnosed machine known by its identity (a batch rebuilding it from a compact record). */
export function machineWithResults(identity: Pick<MachineReport, 'file' | 'computerName' | 'fqdn' | 'role' | 'collectedAt'>, results: RuleResult[]): MachineReport {
  const report: MachineReport = { file: identity.file, computerName: identity.computerName, role: identity.role, collectedAt: identity.collectedAt, status: 'diagnosed', results, summary: countOutcomes(results) };
  if (identity.fqdn !== undefined) report.fqdn = identity.fqdn;
  return report;
}

/** The report of a file that could not be read or validated. */
export function failedMachine(file: string, code: string, message: string, place?: string): MachineReport {
  return { file, status: 'failed', error: place ? { code, message, place } : { code, message }, results: [], summary: countOutcomes([]) };
}

/** The report of an older duplicate of a machine: its identity, no results. */
export function supersededMachine(identity: Pick<MachineReport, 'file' | 'computerName' | 'fqdn' | 'role' | 'collectedAt'>, by: string): MachineReport {
  const report: MachineReport = { file: identity.file, status: 'superseded', supersededBy: by, results: [], summary: countOutcomes([]) };
  if (identity.computerName !== undefined) report.computerName = identity.computerName;
  if (identity.fqdn !== undefined) report.fqdn = identity.fqdn;
  if (identity.role !== undefined) report.role = identity.role;
  if (identity.collectedAt !== undefined) report.collectedAt = identity.collectedAt;
  return report;
}

/** The name fleet findings use for a machine: FQDN when known, else the computer name. */
export function machineDisplayName(machine: Pick<MachineReport, 'fqdn' | 'computerName'>): string | undefined {
  return machine.fqdn?.trim() || machine.computerName;
}

/** Fleet findings (fail, not waived) by the machine names they list. */
export function fleetFindingsByMachine(fleet: FleetSection | undefined): Map<string, FleetFindingRef[]> {
  const out = new Map<string, FleetFindingRef[]>();
  for (const r of fleet?.results ?? []) {
    if (r.outcome !== 'fail' || r.waived) continue;
    const ref: FleetFindingRef = { ruleId: r.ruleId, ref: r.ref, title: r.title, severity: r.severity };
    if (r.subject !== undefined) ref.subject = r.subject;
    for (const name of new Set(r.machines ?? [])) {
      const list = out.get(name);
      if (list) list.push(ref);
      else out.set(name, [ref]);
    }
  }
  return out;
}

/** The fleet findings that name a diagnosed machine (undefined when none or not diagnosed). */
export function fleetFindingsOf(machine: Pick<MachineReport, 'status' | 'fqdn' | 'computerName'>, byMachine: ReadonlyMap<string, FleetFindingRef[]>): FleetFindingRef[] | undefined {
  if (machine.status !== 'diagnosed' || byMachine.size === 0) return undefined;
  const name = machineDisplayName(machine);
  return name === undefined ? undefined : byMachine.get(name);
}

/** Severity rank: critical 4 ... info 1. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export type FailOn = Severity | 'none';

/** A per-machine rule with diagnoses, and on how many machines. */
export interface RuleFailureCount {
  ruleId: string;
  ref: string;
  title: string;
  severity: Severity;
  machines: number;
}

/**
 * Counts a run as it goes: machines by status, outcomes and diagnoses per severity (waived
 * results not counted), machines per failing rule, the worst diagnosis (for --fail-on).
 */
export class RunTally {
  private readonly counts = { machines: 0, diagnosed: 0, failed: 0, superseded: 0 };
  private readonly outcomes: OutcomeCounts = { fail: 0, pass: 0, notApplicable: 0, insufficientEvidence: 0 };
  private readonly bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  private readonly perRule = new Map<string, RuleFailureCount>();
  private worst = 0;
  private fleetFailures: number | undefined;
  private waived = 0;
  private readonly order: Map<string, number>;

  /** `rules`: the per-machine rules in run order (ties in ruleFailures keep it). */
  constructor(rules: ReadonlyArray<{ id: string }> = []) {
    this.order = new Map(rules.map((r, i) => [r.id, i]));
  }

  /** One machine; for a diagnosed one, follow with result() per rule. */
  machine(status: MachineStatus): void {
    this.counts.machines++;
    this.counts[status]++;
  }

  /** One rule result of a diagnosed machine. */
  result(rule: Pick<ResultRule, 'id' | 'ref' | 'title' | 'severity'>, outcome: Outcome, waived: boolean): void {
    if (waived) {
      // Not an outcome that counts, but not gone either: the summary says how many were waived.
      if (outcome === 'fail') this.waived++;
      return;
    }
    this.outcomes[outcome]++;
    if (outcome !== 'fail') return;
    this.bySeverity[rule.severity]++;
    this.worst = Math.max(this.worst, severityRank(rule.severity));
    const seen = this.perRule.get(rule.id);
    if (seen) seen.machines++;
    else this.perRule.set(rule.id, { ruleId: rule.id, ref: rule.ref, title: rule.title, severity: rule.severity, machines: 1 });
  }

  /** A whole machine report. */
  report(machine: MachineReport): void {
    this.machine(machine.status);
    if (machine.status !== 'diagnosed') return;
    for (const r of machine.results) this.result({ id: r.ruleId, ref: r.ref, title: r.title, severity: r.severity }, r.outcome, !!r.waived);
  }

  /** The fleet section, when fleet rules ran. */
  fleet(section: FleetSection): void {
    const findings = section.results.filter((r) => r.outcome === 'fail' && !r.waived);
    this.fleetFailures = findings.length;
    for (const r of findings) this.worst = Math.max(this.worst, severityRank(r.severity));
  }

  summary(): ReportSummary {
    const summary: ReportSummary = { ...this.counts, outcomes: { ...this.outcomes }, failuresBySeverity: { ...this.bySeverity } };
    if (this.fleetFailures !== undefined) summary.fleetFailures = this.fleetFailures;
    if (this.waived) summary.waived = this.waived;
    return summary;
  }

  /** Per-machine rules with diagnoses: how many machines each, most first. */
  ruleFailures(): RuleFailureCount[] {
    const position = (id: string) => this.order.get(id) ?? this.order.size;
    return [...this.perRule.values()].sort((a, b) => b.machines - a.machines || severityRank(b.severity) - severityRank(a.severity) || position(a.ruleId) - position(b.ruleId));
  }

  /** True when some (not waived) diagnosis or fleet finding is at or above the threshold. */
  reaches(threshold: FailOn): boolean {
    return threshold !== 'none' && this.worst >= severityRank(threshold);
  }
}

/** The summary of machine reports already made (and of the fleet section, when fleet rules ran). */
export function summarize(machines: readonly MachineReport[], fleet?: FleetSection): ReportSummary {
  const tally = new RunTally();
  for (const m of machines) tally.report(m);
  if (fleet) tally.fleet(fleet);
  return tally.summary();
}

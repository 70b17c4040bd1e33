/** Assembles a Report from machine reports (and fleet results) and computes its summary. */
import { SEVERITIES, type Severity } from '../dsl/rule-types.js';
import type { MachineReport } from '../diagnose/machine-report.js';
import type { FleetSection, Report, ReportSummary } from './report-types.js';
import { TOOL_VERSION } from '../version.js';

export function buildReport(machines: MachineReport[], fleet?: FleetSection, now = new Date()): Report {
  const report: Report = {
    reportVersion: '1.0',
    generatedAt: now.toISOString(),
    tool: { name: 'wsus-doctor', version: TOOL_VERSION },
    machines,
    summary: summarize(machines, fleet),
  };
  if (fleet) report.fleet = fleet;
  return report;
}

export function summarize(machines: readonly MachineReport[], fleet?: FleetSection): ReportSummary {
  const summary: ReportSummary = {
    machines: machines.length,
    diagnosed: 0,
    failed: 0,
    superseded: 0,
    outcomes: { fail: 0, pass: 0, notApplicable: 0, insufficientEvidence: 0 },
    failuresBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
  };
  for (const machine of machines) {
    summary[machine.status]++;
    for (const result of machine.results) {
      if (result.waived) continue;
      summary.outcomes[result.outcome]++;
      if (result.outcome === 'fail') summary.failuresBySeverity[result.severity]++;
    }
  }
  if (fleet) summary.fleetFailures = fleet.results.filter((r) => r.outcome === 'fail' && !r.waived).length;
  return summary;
}

/** Severity rank: critical 4 ... info 1. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/** True when some (not waived) diagnosis is at or above the threshold. */
export function reachesThreshold(report: Report, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  const min = severityRank(threshold);
  const all = [...report.machines.flatMap((m) => m.results), ...(report.fleet?.results ?? [])];
  return all.some((r) => r.outcome === 'fail' && !r.waived && severityRank(r.severity) >= min);
}

/**
 * The data the HTML report embeds and renders from: the Report, made compact enough for fleets
 * of thousands of machines. Nothing a reader needs is lost:
 * - rule metadata (title, severity, category, remediation, references) is stored once per rule
 *   in `rules` and results point at it by index (a fleet of 5,000 machines × 60 rules would
 *   otherwise repeat the same remediation text 300,000 times);
 * - diagnoses, waived diagnoses and insufficient-evidence results keep every field;
 * - passed and not-applicable results keep only their rule (the page lists their titles; their
 *   message is the rule's generic summary).
 */
import type { Outcome, Reference, Severity } from '../../dsl/rule-types.js';
import type { FactEvidence, MissingEvidence, RuleResult } from '../../model/report-model.js';
import type { LogEvidence } from '../../derive/derived-types.js';
import type { MachineReport, OutcomeCounts } from '../../model/report-model.js';
import type { FleetSection, FleetServer, Report, ReportSummary } from '../../model/report-model.js';

/** Format marker of the embedded data, bumped when its shape changes. */
export const HTML_DATA_FORMAT = 'wsus-doctor-html/1';

export interface HtmlRule {
  id: string;
  ref: string;
  title: string;
  severity: Severity;
  category: string;
  remediation: string[];
  references: Reference[];
}

/** A result with everything but the rule metadata, which is `rules[rule]`. */
export interface HtmlResult {
  rule: number;
  outcome: Outcome;
  message: string;
  evidence: FactEvidence[];
  logEvidence: LogEvidence[];
  missing?: MissingEvidence[];
  waived?: RuleResult['waived'];
  /** Fleet results: the machines the finding names. */
  machines?: string[];
}

export interface HtmlMachine extends Omit<MachineReport, 'results'> {
  /** Diagnoses (waived or not) and insufficient-evidence results, in full. */
  results: HtmlResult[];
  /** Rules that passed (indexes into `rules`). */
  passed: number[];
  /** Rules not applicable to this machine (indexes into `rules`). */
  notApplicable: number[];
}

export interface HtmlData {
  format: typeof HTML_DATA_FORMAT;
  title: string;
  generatedAt: string;
  tool: Report['tool'];
  summary: ReportSummary;
  rules: HtmlRule[];
  machines: HtmlMachine[];
  fleet?: { results: HtmlResult[]; servers?: FleetServer[] };
}

/** A result with its rule as an index into the table. */
function fullResult(result: RuleResult & { machines?: string[] }, rules: RuleTable): HtmlResult {
  const out: HtmlResult = {
    rule: rules.indexOf(result),
    outcome: result.outcome,
    message: result.message,
    evidence: result.evidence,
    logEvidence: result.logEvidence,
  };
  if (result.missing) out.missing = result.missing;
  if (result.waived) out.waived = result.waived;
  if (result.machines) out.machines = result.machines;
  return out;
}

/** One machine of the embedded data (the HTML reporter writes each as it comes). */
export function htmlMachine(machine: MachineReport, rules: RuleTable): HtmlMachine {
  const out: HtmlMachine = {
    file: machine.file,
    computerName: machine.computerName,
    fqdn: machine.fqdn,
    role: machine.role,
    collectedAt: machine.collectedAt,
    status: machine.status,
    error: machine.error,
    supersededBy: machine.supersededBy,
    summary: machine.summary,
    results: [],
    passed: [],
    notApplicable: [],
  };
  if (machine.fleetFindings) out.fleetFindings = machine.fleetFindings;
  for (const result of machine.results) {
    if (result.waived || result.outcome === 'fail' || result.outcome === 'insufficientEvidence') out.results.push(fullResult(result, rules));
    else if (result.outcome === 'pass') out.passed.push(rules.indexOf(result));
    else out.notApplicable.push(rules.indexOf(result));
  }
  return out;
}

/** The fleet part of the embedded data. */
export function htmlFleet(fleet: FleetSection, rules: RuleTable): NonNullable<HtmlData['fleet']> {
  const out: NonNullable<HtmlData['fleet']> = { results: fleet.results.map((r) => fullResult(r, rules)) };
  if (fleet.servers) out.servers = fleet.servers;
  return out;
}

/** Builds the embedded data from a report held in memory. */
export function toHtmlData(report: Report, title: string): HtmlData {
  const rules = new RuleTable();
  const machines = report.machines.map((m) => htmlMachine(m, rules));
  const data: HtmlData = {
    format: HTML_DATA_FORMAT,
    title,
    generatedAt: report.generatedAt,
    tool: report.tool,
    summary: report.summary,
    rules: rules.rules,
    machines,
  };
  if (report.fleet) data.fleet = htmlFleet(report.fleet, rules);
  return data;
}

/** Interns rule metadata: one entry per distinct (rule id, metadata) pair, found in O(1) per result in the usual case. */
export class RuleTable {
  readonly rules: HtmlRule[] = [];
  private readonly byId = new Map<string, number[]>();

  indexOf(result: RuleResult): number {
    const candidates = this.byId.get(result.ruleId);
    if (candidates) {
      for (const index of candidates) if (sameMetadata(this.rules[index]!, result)) return index;
    }
    const index = this.rules.length;
    this.rules.push({
      id: result.ruleId,
      ref: result.ref,
      title: result.title,
      severity: result.severity,
      category: result.category,
      remediation: result.remediation,
      references: result.references,
    });
    if (candidates) candidates.push(index);
    else this.byId.set(result.ruleId, [index]);
    return index;
  }
}

function sameMetadata(rule: HtmlRule, result: RuleResult): boolean {
  return (
    rule.ref === result.ref &&
    rule.title === result.title &&
    rule.severity === result.severity &&
    rule.category === result.category &&
    sameList(rule.remediation, result.remediation, (a, b) => a === b) &&
    sameList(rule.references, result.references, (a, b) => a.url === b.url && a.title === b.title)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

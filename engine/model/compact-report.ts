/**
 * The compact form of reports on disk (json and ndjson; schemas/report.schema.json): every rule's
 * metadata (title, summary, rationale, fix steps, references, severity, the messages of a pass and
 * of a not-applicable result) once, in a catalogue, and results that refer to their rule by id
 * and keep only what belongs to the machine: outcome, message, evidence, log lines, what was
 * missing, the waiver. Like SARIF's `result.level`, a result keeps its rule's severity, so the
 * most common filter needs no join.
 *
 * - A result leaves out `message` when it is its rule's catalogue message for that outcome
 *   (`messages.pass`, `messages.notApplicable`), and `evidence` / `logEvidence` when empty.
 * - A machine's fleet findings keep the fleet rule id, severity and subject.
 *
 * `compact*` turn the in-memory shapes (report-model.ts, rule metadata repeated in each result,
 * what every reporter reads) into this form; `expand*` turn them back. The round trip gives the
 * same objects (test/report/compact-report.test.ts).
 */
import type { Outcome, Reference, RuleDefinition, Severity } from '../dsl/rule-types.js';
import type { FleetFindingRef, FleetResult, FleetSection, MachineReport, Report, RuleResult } from './report-model.js';

/** Version of the json and ndjson report formats (2.0: rule metadata in a catalogue, compact results). */
export const REPORT_VERSION = '2.0';

/** What a catalogue entry is made from: a per-machine rule, a fleet rule, or an entry read back. */
export type CatalogueSource = Pick<RuleDefinition<string>, 'id' | 'ref' | 'title' | 'severity' | 'category' | 'summary' | 'rationale' | 'remediation' | 'references'> & {
  appliesTo?: Pick<RuleDefinition<string>['appliesTo'], 'role' | 'osFamily' | 'wsusRole' | 'when'>;
  messages?: CatalogueEntry['messages'];
};

/** One rule in a report's catalogue. */
export interface CatalogueEntry {
  id: string;
  ref: string;
  title: string;
  severity: Severity;
  category: RuleDefinition<string>['category'];
  summary: string;
  rationale: string;
  remediation: string[];
  references: Reference[];
  /** The message of a pass and of a not-applicable result (results that carry exactly this leave it out). */
  messages: { pass: string; notApplicable: string };
}

/** A report's catalogue: the per-machine rules and the fleet rules that ran. */
export interface Catalogue {
  rules: CatalogueEntry[];
  fleetRules: CatalogueEntry[];
}

/** A result on disk. */
export interface CompactResult {
  ruleId: string;
  severity: Severity;
  outcome: Outcome;
  message?: string;
  evidence?: RuleResult['evidence'];
  logEvidence?: RuleResult['logEvidence'];
  missing?: RuleResult['missing'];
  waived?: RuleResult['waived'];
  machines?: string[];
  subject?: string;
}

export interface CompactFleetFindingRef {
  ruleId: string;
  severity: Severity;
  subject?: string;
}

/** A machine report on disk (results compact, fleet findings by rule id). */
export type CompactMachineReport = Omit<MachineReport, 'results' | 'fleetFindings'> & { results: CompactResult[]; fleetFindings?: CompactFleetFindingRef[] };

/** Why a rule did not apply, in words, from its applicability. */
export function describeGate(rule: Pick<CatalogueSource, 'appliesTo'>): string {
  const applies = rule.appliesTo ?? {};
  const parts: string[] = [];
  if (applies.role) parts.push(`the rule is about WSUS ${applies.role}s`);
  if (applies.osFamily?.length) parts.push(`on ${applies.osFamily.join('/')}`);
  if (applies.wsusRole) parts.push('with the WSUS role installed (not found on this machine)');
  if (applies.when) parts.push('and its conditions of applicability are not met');
  return parts.join(' ') || 'its conditions of applicability are not met';
}

/** The message of a passed rule. */
export function passMessage(rule: Pick<CatalogueSource, 'summary'>): string {
  return `No problem found: ${rule.summary}`;
}

/** The message of a rule that does not apply. */
export function notApplicableMessage(rule: Pick<CatalogueSource, 'appliesTo'>): string {
  return `Not applicable: ${describeGate(rule)}.`;
}

export function catalogueEntry(rule: CatalogueSource): CatalogueEntry {
  return {
    id: rule.id,
    ref: rule.ref,
    title: rule.title,
    severity: rule.severity,
    category: rule.category,
    summary: rule.summary,
    rationale: rule.rationale,
    remediation: rule.remediation,
    references: rule.references,
    messages: rule.messages ?? { pass: passMessage(rule), notApplicable: notApplicableMessage(rule) },
  };
}

export function buildCatalogue(rules: readonly CatalogueSource[], fleetRules: readonly CatalogueSource[] = []): Catalogue {
  return { rules: rules.map(catalogueEntry), fleetRules: fleetRules.map(catalogueEntry) };
}

/** A catalogue by rule id (per-machine and fleet rules apart: the ids could meet). */
export class CatalogueIndex {
  private readonly byId: Map<string, CatalogueEntry>;
  private readonly fleetById: Map<string, CatalogueEntry>;

  constructor(readonly catalogue: Catalogue) {
    this.byId = new Map(catalogue.rules.map((r) => [r.id, r]));
    this.fleetById = new Map(catalogue.fleetRules.map((r) => [r.id, r]));
  }

  rule(id: string): CatalogueEntry | undefined {
    return this.byId.get(id);
  }

  fleetRule(id: string): CatalogueEntry | undefined {
    return this.fleetById.get(id);
  }
}

/** A result on disk: its rule by id; the message only when it is not the catalogue's for the outcome. */
export function compactResult(r: RuleResult | FleetResult, entry: CatalogueEntry | undefined): CompactResult {
  const out: CompactResult = { ruleId: r.ruleId, severity: r.severity, outcome: r.outcome };
  const standard = entry && (r.outcome === 'pass' || r.outcome === 'notApplicable') ? entry.messages[r.outcome] : undefined;
  if (r.message !== standard) out.message = r.message;
  if (r.evidence.length) out.evidence = r.evidence;
  if (r.logEvidence.length) out.logEvidence = r.logEvidence;
  if (r.missing !== undefined) out.missing = r.missing;
  if (r.waived !== undefined) out.waived = r.waived;
  const fleet = r as FleetResult;
  if (fleet.machines !== undefined) out.machines = fleet.machines;
  if (fleet.subject !== undefined) out.subject = fleet.subject;
  return out;
}

/** A result with its rule's metadata again (key order of ruleResultOf). An unknown rule gets its id as title. */
export function expandResult(c: CompactResult, entry: CatalogueEntry | undefined): RuleResult & { machines?: string[]; subject?: string } {
  const standard = entry && (c.outcome === 'pass' || c.outcome === 'notApplicable') ? entry.messages[c.outcome] : undefined;
  const out: RuleResult & { machines?: string[]; subject?: string } = {
    ruleId: c.ruleId,
    ref: entry?.ref ?? '',
    title: entry?.title ?? c.ruleId,
    severity: c.severity ?? entry?.severity,
    category: entry?.category ?? ('fleet' as RuleResult['category']),
    outcome: c.outcome,
    message: c.message ?? standard ?? '',
    evidence: c.evidence ?? [],
    logEvidence: c.logEvidence ?? [],
    remediation: entry?.remediation ?? [],
    references: entry?.references ?? [],
  };
  if (c.missing !== undefined) out.missing = c.missing;
  if (c.waived !== undefined) out.waived = c.waived;
  if (c.machines !== undefined) out.machines = c.machines;
  if (c.subject !== undefined) out.subject = c.subject;
  return out;
}

export function compactFleetFinding(f: FleetFindingRef): CompactFleetFindingRef {
  const out: CompactFleetFindingRef = { ruleId: f.ruleId, severity: f.severity };
  if (f.subject !== undefined) out.subject = f.subject;
  return out;
}

export function expandFleetFinding(f: CompactFleetFindingRef, index: CatalogueIndex): FleetFindingRef {
  const entry = index.fleetRule(f.ruleId);
  const out: FleetFindingRef = { ruleId: f.ruleId, ref: entry?.ref ?? '', title: entry?.title ?? f.ruleId, severity: f.severity };
  if (f.subject !== undefined) out.subject = f.subject;
  return out;
}

/** A machine report on disk (same keys in the same order; results and fleet findings compact). */
export function compactMachine(report: MachineReport, index: CatalogueIndex): CompactMachineReport {
  const { results, fleetFindings, ...rest } = report;
  const out = { ...rest } as CompactMachineReport;
  // Keep the key order of the report: results before summary, fleet findings last.
  delete (out as Partial<CompactMachineReport>).summary;
  out.results = results.map((r) => compactResult(r, index.rule(r.ruleId)));
  out.summary = report.summary;
  if (fleetFindings) out.fleetFindings = fleetFindings.map(compactFleetFinding);
  return out;
}

/** A machine report read back from disk. */
export function expandMachine(machine: CompactMachineReport, index: CatalogueIndex): MachineReport {
  const { results, fleetFindings, ...rest } = machine;
  const out = { ...rest } as MachineReport;
  delete (out as Partial<MachineReport>).summary;
  out.results = (results ?? []).map((r) => expandResult(r, index.rule(r.ruleId)));
  out.summary = machine.summary;
  if (fleetFindings) out.fleetFindings = fleetFindings.map((f) => expandFleetFinding(f, index));
  return out;
}

/** The fleet section on disk: compact results by fleet rule id. */
export function compactFleet(section: FleetSection, index: CatalogueIndex): { results: CompactResult[]; servers?: FleetSection['servers'] } {
  const results = section.results.map((r) => compactResult(r, index.fleetRule(r.ruleId)));
  return section.servers ? { results, servers: section.servers } : { results };
}

/** A whole report in memory as the json format writes it (schemas/report.schema.json). */
export function compactReport(report: Report, catalogue: Catalogue): object {
  const index = new CatalogueIndex(catalogue);
  const out: Record<string, unknown> = { reportVersion: REPORT_VERSION, generatedAt: report.generatedAt, tool: report.tool, catalogue, machines: report.machines.map((m) => compactMachine(m, index)) };
  if (report.fleet) out.fleet = compactFleet(report.fleet, index);
  out.summary = report.summary;
  return out;
}

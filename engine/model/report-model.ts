/**
 * The shared shapes of wsus-doctor's results, in one place: a rule result, a machine report,
 * a fleet section, the whole report and its summary. Everything above (evaluate, fleet,
 * diagnose, batch, reporters, CLI) imports these downward; this module imports only the
 * rule DSL's vocabulary (severity, outcome, category, reference) and the log evidence shape.
 * JSON form (compact, rule metadata in a catalogue): schemas/report.schema.json, engine/model/compact-report.ts.
 */
import type { LogEvidence } from '../facts/derived-facts.generated.js';
import type { Category, Outcome, Reference, Severity } from '../dsl/rule-types.js';
import type { FactDocument } from '../facts/fact-types.generated.js';

export type { Category, Outcome, Reference, Severity };

export interface FactEvidence {
  /** Dotted fact path, e.g. services.items.WsusService.status. */
  path: string;
  /** Its value (undefined = not known). */
  value: unknown;
}

export interface MissingEvidence {
  /** The fact path the rule needed. */
  path: string;
  /** Status of the section it lives in (error, notCollected, notApplicable) or 'absent'. */
  status: string;
  /** The collector's message for that section, when it gave one. */
  message?: string;
}

/** What evaluating one rule on one machine gives: the outcome and everything a report shows. */
export interface RuleResult {
  ruleId: string;
  ref: string;
  title: string;
  severity: Severity;
  category: Category;
  outcome: Outcome;
  /** fail: the diagnosis with actual values; other outcomes: why. */
  message: string;
  evidence: FactEvidence[];
  logEvidence: LogEvidence[];
  /** insufficientEvidence: what was missing. */
  missing?: MissingEvidence[];
  remediation: string[];
  references: Reference[];
  /** Set when a waiver suppresses this diagnosis. */
  waived?: { justification: string; expires?: string; waiver?: string };
}

export type OutcomeCounts = Record<Outcome, number>;

/** A fleet finding as attached to a machine it names (the finding itself is in the fleet section). */
export interface FleetFindingRef {
  ruleId: string;
  ref: string;
  title: string;
  severity: Severity;
  /** What the finding is about (a WSUS server, a configured URL, the fleet). */
  subject?: string;
}

/** Results for one input fact file. */
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
  status: MachineStatus;
  /** What the input limits cut from the fact file (over-long log lines, oldest lines of an over-full excerpt), one sentence each. */
  notices?: string[];
  error?: { code: string; message: string; place?: string };
  /** superseded: the file that won. */
  supersededBy?: string;
  results: RuleResult[];
  summary: OutcomeCounts;
  /** Fleet findings (outcome fail, not waived) that name this machine; only when fleet rules ran. */
  fleetFindings?: FleetFindingRef[];
  /** When the facts were built by `ingest` from raw files: which file fed which facts, what was ignored, what to ask for. */
  ingest?: NonNullable<FactDocument['ingest']>;
}

export type MachineStatus = 'diagnosed' | 'failed' | 'superseded';

/** A fleet rule's result: about several machines. */
export type FleetResult = RuleResult & { machines?: string[]; subject?: string };

export interface FleetServer {
  /** Server name (FQDN when known). */
  server: string;
  /** WSUS URL the server answers on, e.g. http://wsus01.contoso.com:8530. */
  url?: string;
  /** Clients in the batch whose policy points at this server. */
  clients: number;
  /** Of those, clients with at least one diagnosis (outcome fail). */
  clientsWithDiagnoses: number;
}

export interface FleetSection {
  /** Results of the fleet rules, each about several machines. */
  results: FleetResult[];
  /** WSUS servers of the batch with their client counts. */
  servers?: FleetServer[];
}

export interface ReportSummary {
  machines: number;
  diagnosed: number;
  failed: number;
  superseded: number;
  /** Outcomes over all diagnosed machines (waived diagnoses not counted). */
  outcomes: OutcomeCounts;
  /** Diagnoses (outcome fail, not waived) per severity. */
  failuresBySeverity: Record<Severity, number>;
  /** Fleet findings (outcome fail, not waived), when fleet rules ran. */
  fleetFailures?: number;
  /** Diagnoses (outcome fail) suppressed by a waiver, when there are any: counted here, not in outcomes. */
  waived?: number;
}

/**
 * The whole report in memory, each result with its rule's metadata (what every reporter reads).
 * On disk, json and ndjson write it compact (engine/model/compact-report.ts, reportVersion 2.0):
 * rule metadata once in a catalogue, results by rule id.
 */
export interface Report {
  reportVersion: '1.0';
  generatedAt: string;
  tool: ToolInfo;
  machines: MachineReport[];
  fleet?: FleetSection;
  summary: ReportSummary;
}

export interface ToolInfo {
  name: 'wsus-doctor';
  version: string;
}

/** The whole report: per-machine results, optional fleet findings, totals. JSON form: schemas/report.schema.json. */
import type { Severity } from '../dsl/rule-types.js';
import type { RuleResult } from '../evaluate/result-types.js';
import type { MachineReport, OutcomeCounts } from '../diagnose/machine-report.js';

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
}

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
  results: Array<RuleResult & { machines?: string[]; subject?: string }>;
  /** WSUS servers of the batch with their client counts. */
  servers?: FleetServer[];
}

export interface Report {
  reportVersion: '1.0';
  generatedAt: string;
  tool: { name: 'wsus-doctor'; version: string };
  machines: MachineReport[];
  fleet?: FleetSection;
  summary: ReportSummary;
}

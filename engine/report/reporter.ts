/**
 * The reporter contract: every format (text, json, ndjson, csv, junit, sarif, html) is one
 * streaming reporter, driven the same way by `diagnose`, `batch` and `fleet`:
 *
 *   begin(run)        once: the run's metadata and its rule catalogue
 *   machine(entry)    once per input file, in input order
 *   fleet(section)    once, when fleet rules ran (batch, fleet; never diagnose)
 *   end(outcome)      once: the summary and what else the run knows (failed files, timings)
 *
 * A reporter writes to its ReportOutput as it goes and keeps only what its format needs at
 * the end (the HTML page embeds the whole report, so it keeps the machines; JUnit puts totals
 * in its first line, so it spools its suites to a temporary file). It never decides exit
 * codes and never writes to stderr.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import type { FleetRuleDefinition } from '../fleet/fleet-rule.js';
import type { MachineSummary } from '../fleet/fleet-types.js';
import type { RuleFailureCount } from '../model/build-model.js';
import type { FleetSection, MachineReport, ReportSummary, ToolInfo } from '../model/report-model.js';
import type { Catalogue } from '../model/compact-report.js';
import type { ReportOutput } from './report-output.js';

/** Rule metadata of the catalogue (a per-machine rule or a fleet rule). */
export type CatalogueRule = Pick<RuleDefinition<string>, 'id' | 'ref' | 'title' | 'severity' | 'category' | 'summary' | 'rationale' | 'remediation' | 'references'>;

export interface RunInfo {
  /** The command: diagnose shows machines in detail, batch and fleet summarise a fleet. */
  command: 'diagnose' | 'batch' | 'fleet';
  generatedAt: string;
  tool: ToolInfo;
  /** Per-machine rules that ran, in order. */
  rules: readonly CatalogueRule[];
  /** Fleet rules that ran (empty for diagnose). */
  fleetRules: readonly (CatalogueRule | FleetRuleDefinition)[];
  /** The catalogue json and ndjson write once (engine/model/compact-report.ts): made from the rules, or read back from shards. */
  catalogue: Catalogue;
  /** How many machines will follow, when the producer knows (the HTML page's title and its cap). */
  machines?: number;
}

/** One machine as the producer has it: the report, and cheaper views a reporter may prefer. */
export interface MachineEntry {
  /** The full machine report (fleet findings attached). */
  report(): MachineReport;
  /**
   * The report as far as diagnoses go: every result's outcome, the message, evidence and log
   * lines of diagnoses and undecided results (a batch may shorten long evidence), nothing of
   * passed and not-applicable results. What csv, junit and sarif show.
   */
  findings(): MachineReport;
  /**
   * The compact machine report's JSON members (compact-report.ts: results by rule id), without
   * the enclosing braces, as UTF-8 pieces written as they are, when the producer has them (a
   * batch's workers encode them); else json and ndjson compact report() themselves.
   */
  jsonBody?(): readonly Uint8Array[];
  /** The machine's fleet facts (NDJSON machine lines carry them so `fleet` can re-run the fleet rules over shards). */
  fleetFacts?: MachineSummary;
  /** How long diagnosing this file took, when the producer measured it (JUnit suite time). */
  durationMs?: number;
}

/** What the run knows when it ends. */
export interface RunEnd {
  summary: ReportSummary;
  durationMs: number;
  failed: Array<{ file: string; code: string; message: string; place?: string }>;
  superseded: Array<{ file: string; supersededBy: string }>;
  /** Per-machine rules with diagnoses, most machines first. */
  ruleFailures: RuleFailureCount[];
  /** Reports written to files before this one ended. */
  written: Array<{ format: string; target: string }>;
}

export interface Reporter {
  begin(run: RunInfo): void;
  machine(entry: MachineEntry): void;
  fleet(section: FleetSection): void;
  end(run: RunEnd): void;
}

export interface ReporterOptions {
  /** Colours (text on a terminal). */
  color?: boolean;
  /** Also list passed and not-applicable rules (text). */
  verbose?: boolean;
  /** Folder the SARIF artifact URIs are relative to (`--sarif-base`; default: the working directory). */
  sarifBase?: string;
}

/** A format: its name, what it reads of a machine (so a batch keeps only that), and its reporter. */
export interface ReportFormat {
  name: string;
  describe: string;
  /** report: machine.report(); findings: machine.findings(); json: machine.jsonBody() (else report()); none: nothing per machine for batch/fleet (text summarises). */
  reads: 'report' | 'findings' | 'json' | 'none';
  /** Written after the other formats (its end lists them). */
  last?: boolean;
  /**
   * Text read in a terminal or a CI log (text, markdown, github, azuredevops): every string the
   * reporter is given goes through visible() first, and what it writes too (unless coloured),
   * whether it goes to stdout or a file (engine/report/report-run.ts).
   */
  terminal?: boolean;
  create(out: ReportOutput, options: ReporterOptions): Reporter;
}

/** A MachineEntry over a report in memory (diagnose, tests). */
export function entryOf(report: MachineReport, fleetFacts?: MachineSummary, durationMs?: number): MachineEntry {
  const entry: MachineEntry = {
    report: () => report,
    findings: () => report,
  };
  if (fleetFacts) entry.fleetFacts = fleetFacts;
  if (durationMs !== undefined) entry.durationMs = durationMs;
  return entry;
}

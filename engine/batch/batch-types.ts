/**
 * What crosses the worker boundary in a batch, and the compact per-machine record. Workers are
 * handed file indexes and paths; per file they write to their own spool file the machine report
 * as one JSON line (only when a report format needs it), a compact record (outcome per rule,
 * messages of diagnoses and undecided rules; only when a report format reads it) and the fleet
 * summary, and send back a FileRecord: status, outcome letters, identity and where the records
 * lie. Never the fact document, never the records themselves.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import type { FactEvidence, RuleResult } from '../model/report-model.js';
import type { Waiver } from '../waivers/read-waivers.js';
import type { DerivedThresholds } from '../derive/derived-types.js';
import type { InputLimits } from '../load/limits.js';
import type { LogEvidence } from '../derive/derived-types.js';
import type { MachineSummary } from '../fleet/fleet-types.js';
import type { SpoolRef } from './spool.js';

/** One-letter outcome codes of CompactMachine.outcomes, in rule order. */
export const OUTCOME_CODES = { fail: 'f', pass: 'p', notApplicable: 'n', insufficientEvidence: 'i' } as const;
export const CODE_OUTCOMES = { f: 'fail', p: 'pass', n: 'notApplicable', i: 'insufficientEvidence' } as const;
/** Codes of waived results (upper case): they are reported but not counted. */
export const WAIVED_CODES = { fail: 'F', pass: 'P', notApplicable: 'N', insufficientEvidence: 'I' } as const;

/** The outcome of a code, upper or lower case. */
export function outcomeOfCode(code: string): (typeof CODE_OUTCOMES)[keyof typeof CODE_OUTCOMES] {
  return CODE_OUTCOMES[code.toLowerCase() as keyof typeof CODE_OUTCOMES];
}

/** A diagnosis or undecided rule of one machine, by rule position. */
export interface CompactNote {
  /** Position of the rule in the batch's rule list. */
  rule: number;
  message: string;
  /** fail: evidence values and up to 3 log lines; insufficientEvidence: what was missing, as evidence paths. */
  evidence?: FactEvidence[];
  logEvidence?: LogEvidence[];
  /** The waiver that suppresses this result. */
  waived?: RuleResult['waived'];
}

export interface CompactMachine {
  /** Position of the file in the batch's input list. */
  index: number;
  file: string;
  status: 'diagnosed' | 'failed' | 'superseded';
  computerName?: string;
  fqdn?: string;
  role?: 'server' | 'client';
  collectedAt?: string;
  error?: { code: string; message: string; place?: string };
  supersededBy?: string;
  /** One letter per rule (f, p, n, i; upper case when waived), in rule order; empty unless diagnosed. */
  outcomes: string;
  /** fail and insufficientEvidence results with their messages. */
  notes: CompactNote[];
}

/** Worker input: built once per worker. */
export interface WorkerSetup {
  /** The per-machine rule set, as data (rules are plain objects; tests stripped). */
  rules: RuleDefinition<string>[];
  /** Produce the full machine report JSON (json, ndjson and html reports need it). */
  machineJson: boolean;
  /** compiled: the fast path (identical results, see compiled-evaluator.ts); json-rules-engine: the reference engine. */
  engine?: 'compiled' | 'json-rules-engine';
  /** Waivers that apply (checked once by the main thread), applied to every machine. */
  waivers?: Waiver[];
  /** Thresholds of the run (engine/config loadConfig); defaults when absent. */
  thresholds?: DerivedThresholds;
  /** Input limits of the run (engine/load/limits.ts); defaults when absent. */
  limits?: InputLimits;
  /** Shape every result in full even without machineJson (tests compare with and without lazy shaping). */
  shapeAllResults?: boolean;
  /** Spool the compact records (formats that show only findings, and the JSON reports' superseded files read them). */
  compactRecords?: boolean;
}

/** A worker's own spool file (engine/batch/spool.ts): its part number and the descriptor the main thread opened. */
export interface WorkerSpool {
  part: number;
  fd: number;
}

export interface ProcessedFile {
  index: number;
  compact: CompactMachine;
  /** Identity for duplicates (lower-case FQDN or computer name); diagnosed files only. */
  key?: string;
  /** The NDJSON machine line `{"record":"machine",<machine report fields>}\n`, when WorkerSetup.machineJson. */
  line?: string;
  summary?: MachineSummary;
}

/**
 * What the main thread receives and keeps of a file (its records wait in the spool): status,
 * outcome letters, the failure, the machine key and collection time (for duplicates), and where
 * its machine line, compact record and fleet summary lie.
 */
export interface FileRecord {
  index: number;
  status: 'diagnosed' | 'failed';
  outcomes: string;
  failure?: { file: string; code: string; message: string; place?: string };
  /** Identity for duplicates (lower-case FQDN or computer name); diagnosed files only. */
  key?: string;
  /** collectedAt in ms since 1970; 0 when absent or not a date. */
  collectedAt: number;
  line?: SpoolRef;
  compact?: SpoolRef;
  summary?: SpoolRef;
}

export type ToWorker = { type: 'files'; items: Array<{ index: number; file: string }> };
export type FromWorker = { type: 'ready' } | { type: 'results'; items: FileRecord[] } | { type: 'fatal'; message: string };

/** Bytes every machine line starts with; the JSON report strips them (and the newline) to get the machine report. */
export const MACHINE_LINE_PREFIX = '{"record":"machine",';

/** A machine report as its NDJSON line. */
export function machineLineText(report: object): string {
  return `${JSON.stringify({ record: 'machine', ...report })}\n`;
}

/** A machine report as NDJSON line bytes. */
export function machineLine(report: object): Uint8Array {
  return Buffer.from(machineLineText(report), 'utf8');
}

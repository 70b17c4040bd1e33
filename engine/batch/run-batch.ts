/**
 * `wsus-doctor batch`: diagnoses many fact files with worker threads, supersedes older
 * duplicates of a machine, runs the fleet rules over the per-machine summaries and writes
 * every requested report. Memory stays flat as the number of files grows: the main thread
 * keeps per file only its status, an outcome letter per rule and its fleet summary; machine
 * reports go straight to the NDJSON outputs and to temporary spool files from which the
 * end-of-run reports (json, csv, junit, sarif) are written in input order.
 *
 * Nothing is lost: every input file ends up diagnosed, failed (with the reason) or
 * superseded (an older duplicate of a machine: the newest collectedAt wins; on a tie, the
 * file earlier in input order).
 *
 * Exit code precedence: 2 when any file failed; else 1 when a diagnosis or fleet finding
 * reaches --fail-on; else 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEVERITIES, type RuleDefinition, type Severity } from '../dsl/rule-types.js';
import { countOutcomes, type MachineReport } from '../diagnose/machine-report.js';
import type { RuleResult } from '../evaluate/result-types.js';
import type { FleetSection, Report, ReportSummary } from '../report/report-types.js';
import { severityRank } from '../report/build-report.js';
import { TOOL_VERSION } from '../version.js';
import { FleetEvaluator } from '../fleet/evaluate-fleet.js';
import type { FleetRuleDefinition } from '../fleet/fleet-rule.js';
import { DEFAULT_FLEET_OPTIONS, type FleetOptions, type MachineSummary } from '../fleet/fleet-types.js';
import { csvFleetRows, csvHeader, csvMachineRows, type MachineLookup } from '../report/format-csv.js';
import { ndjsonRecord } from '../report/format-ndjson.js';
import { addTotals, junitClose, junitFleetSuite, junitFleetTotals, junitMachineSuite, junitOpen, junitMachineTotals, type JunitTotals } from '../report/format-junit.js';
import { ruleIndexOf, sarifFleetResult, sarifHead, sarifMachineResults, sarifTail } from '../report/format-sarif.js';
import { CODE_OUTCOMES, MACHINE_LINE_PREFIX, machineLine, type CompactMachine, type ProcessedFile } from './batch-types.js';
import { expandInputs } from './expand-inputs.js';
import { inShard, type Shard } from './shard.js';
import { Spool } from './spool.js';
import { openOutput, type ReportOutput, type StdoutTarget } from './report-output.js';
import { FileProcessor } from './file-processor.js';
import { runPool } from './worker-pool.js';
import { batchTextSummary } from './batch-text-summary.js';

export const BATCH_FORMATS = ['text', 'json', 'ndjson', 'csv', 'junit', 'sarif', 'html'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export interface BatchOutput {
  format: BatchFormat;
  /** File path, or '-' for stdout. */
  target: string;
}

export interface BatchOptions {
  /** Folders, globs and files. */
  inputs: string[];
  /** Per-machine rules (the evaluator's rule set; handed to every worker as data). */
  rules: RuleDefinition<string>[];
  fleetRules: readonly FleetRuleDefinition[];
  fleetOptions?: FleetOptions;
  outputs: BatchOutput[];
  failOn: Severity | 'none';
  shard?: Shard;
  /** Worker threads; 0 = diagnose in this thread. Default: one per 3,000 files up to one per core; inline below 8 files. */
  workers?: number;
  /** Rule engine of the workers (default: the compiled fast path, identical results). */
  engine?: 'compiled' | 'json-rules-engine';
  /** The HTML formatter, when it is available (handed in by the CLI). */
  formatHtml?: (report: Report) => string;
  onStart?: (total: number) => void;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

export interface BatchResult {
  exitCode: 0 | 1 | 2;
  files: number;
  summary: ReportSummary;
  fleet: FleetSection;
  failed: Array<{ file: string; code: string; message: string; place?: string }>;
  superseded: Array<{ file: string; supersededBy: string }>;
  durationMs: number;
  /** Paths of the reports written to files. */
  written: BatchOutput[];
  /** Per-machine rules with diagnoses: how many machines each, most first. */
  ruleFailures: Array<{ ruleId: string; ref: string; title: string; severity: Severity; machines: number }>;
}

interface Winner {
  index: number;
  collectedAt: number;
}

export async function runBatch(options: BatchOptions, io: StdoutTarget): Promise<BatchResult> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const fleetOptions = options.fleetOptions ?? DEFAULT_FLEET_OPTIONS;
  const files = expandInputs(options.inputs).files.filter((f) => inShard(f, options.shard));
  const formats = new Set(options.outputs.map((o) => o.format));
  const needJson = formats.has('json') || formats.has('ndjson') || formats.has('html');
  const needMachineSpool = formats.has('json') || formats.has('html');
  const needCompactSpool = formats.has('json') || formats.has('html') || formats.has('csv') || formats.has('junit') || formats.has('sarif');
  const rules = options.rules.map((r) => ({ ...r, tests: [] }));

  const tmp = needMachineSpool || needCompactSpool ? mkdtempSync(join(tmpdir(), 'wsus-doctor-batch-')) : undefined;
  const machineSpool = needMachineSpool ? new Spool(join(tmp!, 'machines.jsonl'), files.length) : undefined;
  const compactSpool = needCompactSpool ? new Spool(join(tmp!, 'compact.jsonl'), files.length) : undefined;
  const ndjsonOutputs = options.outputs.filter((o) => o.format === 'ndjson').map((o) => openOutput(o.target, io));

  // What the main thread keeps per file (small): status, outcome letters, fleet summary of winners.
  const status: Array<CompactMachine['status']> = new Array(files.length);
  const outcomes: string[] = new Array(files.length);
  const winners = new Map<string, Winner>();
  const summaries = new Map<string, MachineSummary>();
  const supersededBy = new Map<number, string>();
  const failed: BatchResult['failed'] = [];
  let done = 0;

  const onResult = (result: ProcessedFile) => {
    const { index, compact } = result;
    status[index] = compact.status;
    outcomes[index] = compact.outcomes;
    let line = result.line;
    if (compact.status === 'failed') {
      failed.push({ file: compact.file, code: compact.error!.code, message: compact.error!.message, ...(compact.error!.place && { place: compact.error!.place }) });
    } else if (result.key !== undefined) {
      const collectedAt = Date.parse(compact.collectedAt ?? '') || 0;
      const previous = winners.get(result.key);
      const wins = !previous || collectedAt > previous.collectedAt || (collectedAt === previous.collectedAt && index < previous.index);
      if (!previous || wins) {
        if (previous) {
          supersededBy.set(previous.index, files[index]!);
          status[previous.index] = 'superseded';
          for (const out of ndjsonOutputs) out.write(ndjsonRecord('superseded', { file: files[previous.index], supersededBy: files[index] }));
        }
        winners.set(result.key, { index, collectedAt });
        if (result.summary) {
          // Share the input list's path string instead of keeping the worker's copy.
          result.summary.file = files[index]!;
          summaries.set(result.key, result.summary);
        }
      } else {
        supersededBy.set(index, files[previous.index]!);
        status[index] = 'superseded';
        if (line !== undefined) line = machineLine(supersededReport(compact, files[previous.index]!));
      }
    }
    if (line !== undefined) {
      machineSpool?.appendBytes(index, line);
      for (const out of ndjsonOutputs) out.writeBytes(line);
    }
    compactSpool?.append(index, JSON.stringify(compact));
    options.onProgress?.(++done, files.length);
  };

  const written: BatchOutput[] = [];
  try {
    options.onStart?.(files.length);
    const setup = { rules, machineJson: needJson, engine: options.engine ?? 'compiled' };
    // Each worker costs ~0.2 s to start and warms its own JIT: a second one pays off only for
    // batches of thousands of files (measured on 2 cores: 2,000 files faster with one worker,
    // 20,000 files 1.7x faster with two).
    const workers = options.workers ?? (files.length < 8 ? 0 : Math.min(availableParallelism(), Math.max(1, Math.ceil(files.length / 3000))));
    const items = files.map((file, index) => ({ index, file }));
    if (workers === 0) {
      const processor = new FileProcessor(setup);
      for (const item of items) onResult(await processor.process(item.index, item.file));
    } else {
      await runPool(items, { workers, setup, onResult });
    }

    // Fleet rules over the winners' summaries, in input order.
    const ordered = [...winners.values()].sort((a, b) => a.index - b.index);
    const byIndex = new Map([...winners].map(([key, w]) => [w.index, key]));
    const fleetMachines = ordered.map((w) => summaries.get(byIndex.get(w.index)!)!).filter(Boolean);
    const fleet = await new FleetEvaluator(options.fleetRules).evaluate(fleetMachines, fleetOptions);
    const summary = summarize(status, outcomes, rules, fleet);
    const generatedAt = now().toISOString();

    for (const out of ndjsonOutputs) {
      for (const r of fleet.results) out.write(ndjsonRecord('fleet', r));
      for (const s of fleet.servers ?? []) out.write(ndjsonRecord('server', s));
      out.write(ndjsonRecord('summary', summary));
      out.close();
      if (out.target !== '-') written.push({ format: 'ndjson', target: out.target });
    }

    const nameIndex = new Map([...summaries.values()].map((s) => [s.name, { role: s.role, file: s.file }]));
    const lookup: MachineLookup = (name) => nameIndex.get(name);
    const compactAt = (index: number): CompactMachine => {
      const c = JSON.parse(compactSpool!.read(index)!) as CompactMachine;
      if (status[index] === 'superseded') {
        c.status = 'superseded';
        c.supersededBy = supersededBy.get(index);
      }
      return c;
    };
    /** The machine's NDJSON line bytes (superseded files rebuilt as such). */
    const machineAt = (index: number): Uint8Array => {
      if (status[index] === 'superseded') return machineLine(supersededReport(compactAt(index), supersededBy.get(index)!));
      return machineSpool!.readBytes(index)!;
    };
    const allRules = [...rules, ...options.fleetRules];

    for (const output of options.outputs) {
      if (output.format === 'ndjson' || output.format === 'text') continue;
      if (output.format === 'html') {
        if (!options.formatHtml) throw new Error('the html report is not available yet');
        const machines = files.map((_, i) => {
          const { record: _record, ...machine } = JSON.parse(Buffer.from(machineAt(i)).toString('utf8')) as MachineReport & { record?: string };
          return machine as MachineReport;
        });
        const out = openOutput(output.target, io);
        out.write(options.formatHtml({ reportVersion: '1.0', generatedAt, tool: { name: 'wsus-doctor', version: TOOL_VERSION }, machines, fleet, summary }));
        out.close();
      } else {
        const out = openOutput(output.target, io);
        writeEndReport(output.format, out, { files, compactAt, machineAt, rules, allRules, fleet, summary, generatedAt, lookup, supersededBy });
        out.close();
      }
      if (output.target !== '-') written.push(output);
    }

    const supersededList = [...supersededBy].sort((a, b) => a[0] - b[0]).map(([index, by]) => ({ file: files[index]!, supersededBy: by }));
    const exitCode = failed.length ? 2 : reaches(outcomes, status, rules, fleet, options.failOn) ? 1 : 0;
    const result: BatchResult = {
      exitCode,
      files: files.length,
      summary,
      fleet,
      failed,
      superseded: supersededList,
      durationMs: Date.now() - started,
      written,
      ruleFailures: ruleFailures(outcomes, status, rules),
    };
    for (const output of options.outputs.filter((o) => o.format === 'text')) {
      const out = openOutput(output.target, io);
      out.write(batchTextSummary(result, rules));
      out.close();
      if (output.target !== '-') written.push(output);
    }
    return result;
  } finally {
    machineSpool?.close();
    compactSpool?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

function supersededReport(compact: CompactMachine, by: string): MachineReport {
  const report: MachineReport = { file: compact.file, status: 'superseded', supersededBy: by, results: [], summary: countOutcomes([]) };
  if (compact.computerName !== undefined) report.computerName = compact.computerName;
  if (compact.fqdn !== undefined) report.fqdn = compact.fqdn;
  if (compact.role !== undefined) report.role = compact.role;
  if (compact.collectedAt !== undefined) report.collectedAt = compact.collectedAt;
  return report;
}

/** A machine report rebuilt from a compact record and the rule metadata (messages only for diagnoses and undecided rules). */
export function lightMachineReport(compact: CompactMachine, rules: readonly RuleDefinition<string>[]): MachineReport {
  if (compact.status !== 'diagnosed') {
    const report = supersededReport(compact, compact.supersededBy ?? '');
    report.status = compact.status;
    if (compact.status === 'failed') {
      delete report.supersededBy;
      report.error = compact.error;
    }
    return report;
  }
  const notes = new Map(compact.notes.map((n) => [n.rule, n]));
  const results: RuleResult[] = [];
  for (let i = 0; i < compact.outcomes.length; i++) {
    const rule = rules[i]!;
    const note = notes.get(i);
    results.push({
      ruleId: rule.id,
      ref: rule.ref,
      title: rule.title,
      severity: rule.severity,
      category: rule.category,
      outcome: CODE_OUTCOMES[compact.outcomes[i] as keyof typeof CODE_OUTCOMES],
      message: note?.message ?? '',
      evidence: note?.evidence ?? [],
      logEvidence: note?.logEvidence ?? [],
      remediation: rule.remediation,
      references: rule.references,
    });
  }
  const report: MachineReport = { file: compact.file, computerName: compact.computerName, role: compact.role, collectedAt: compact.collectedAt, status: 'diagnosed', results, summary: countOutcomes(results) };
  if (compact.fqdn !== undefined) report.fqdn = compact.fqdn;
  return report;
}

interface EndReportContext {
  files: string[];
  compactAt: (index: number) => CompactMachine;
  machineAt: (index: number) => Uint8Array;
  rules: RuleDefinition<string>[];
  allRules: Array<RuleDefinition<string> | FleetRuleDefinition>;
  fleet: FleetSection;
  summary: ReportSummary;
  generatedAt: string;
  lookup: MachineLookup;
  supersededBy: Map<number, string>;
}

function writeEndReport(format: 'json' | 'csv' | 'junit' | 'sarif', out: ReportOutput, ctx: EndReportContext): void {
  const n = ctx.files.length;
  if (format === 'json') {
    out.write(`{"reportVersion":"1.0","generatedAt":${JSON.stringify(ctx.generatedAt)},"tool":${JSON.stringify({ name: 'wsus-doctor', version: TOOL_VERSION })},"machines":[`);
    // Each machine line without its `"record":"machine",` and newline is the machine report.
    const prefix = Buffer.byteLength(MACHINE_LINE_PREFIX);
    for (let i = 0; i < n; i++) {
      const line = ctx.machineAt(i);
      out.write(i ? ',\n{' : '\n{');
      out.writeBytes(line.subarray(prefix, line.length - 1));
    }
    out.write(`\n],"fleet":${JSON.stringify(ctx.fleet)},"summary":${JSON.stringify(ctx.summary)}}\n`);
  } else if (format === 'csv') {
    out.write(csvHeader());
    for (let i = 0; i < n; i++) out.write(csvMachineRows(lightMachineReport(ctx.compactAt(i), ctx.rules)));
    for (const r of ctx.fleet.results) out.write(csvFleetRows(r, ctx.lookup));
  } else if (format === 'junit') {
    let totals: JunitTotals = junitFleetTotals(ctx.fleet.results);
    for (let i = 0; i < n; i++) totals = addTotals(totals, junitMachineTotals(lightMachineReport(ctx.compactAt(i), ctx.rules)));
    out.write(junitOpen(totals));
    for (let i = 0; i < n; i++) out.write(junitMachineSuite(lightMachineReport(ctx.compactAt(i), ctx.rules)));
    out.write(junitFleetSuite(ctx.fleet.results));
    out.write(junitClose());
  } else {
    const index = ruleIndexOf(ctx.allRules);
    out.write(sarifHead(ctx.allRules, TOOL_VERSION));
    let first = true;
    const failedFiles: Array<{ file: string; code: string; message: string }> = [];
    const superseded: Array<{ file: string; supersededBy?: string }> = [];
    const emit = (line: string) => {
      out.write(first ? line : `,${line}`);
      first = false;
    };
    for (let i = 0; i < n; i++) {
      const compact = ctx.compactAt(i);
      if (compact.status === 'failed') failedFiles.push({ file: compact.file, code: compact.error?.code ?? 'E_READ', message: compact.error?.message ?? '' });
      if (compact.status === 'superseded') superseded.push({ file: compact.file, supersededBy: compact.supersededBy });
      for (const line of sarifMachineResults(lightMachineReport(compact, ctx.rules), index)) emit(line);
    }
    for (const r of ctx.fleet.results) {
      const line = sarifFleetResult(r, index, ctx.lookup);
      if (line) emit(line);
    }
    out.write(sarifTail(failedFiles, superseded));
  }
}

function summarize(status: Array<CompactMachine['status']>, outcomes: string[], rules: readonly RuleDefinition<string>[], fleet: FleetSection): ReportSummary {
  const summary: ReportSummary = {
    machines: status.length,
    diagnosed: 0,
    failed: 0,
    superseded: 0,
    outcomes: { fail: 0, pass: 0, notApplicable: 0, insufficientEvidence: 0 },
    failuresBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    fleetFailures: fleet.results.filter((r) => r.outcome === 'fail' && !r.waived).length,
  };
  for (let i = 0; i < status.length; i++) {
    summary[status[i]!]++;
    if (status[i] !== 'diagnosed') continue;
    const letters = outcomes[i]!;
    for (let r = 0; r < letters.length; r++) {
      const outcome = CODE_OUTCOMES[letters[r] as keyof typeof CODE_OUTCOMES];
      summary.outcomes[outcome]++;
      if (outcome === 'fail') summary.failuresBySeverity[rules[r]!.severity]++;
    }
  }
  return summary;
}

function ruleFailures(outcomes: string[], status: Array<CompactMachine['status']>, rules: readonly RuleDefinition<string>[]): BatchResult['ruleFailures'] {
  const counts = new Array<number>(rules.length).fill(0);
  for (let i = 0; i < outcomes.length; i++) {
    if (status[i] !== 'diagnosed') continue;
    const letters = outcomes[i]!;
    for (let r = 0; r < letters.length; r++) if (letters[r] === 'f') counts[r]!++;
  }
  return rules
    .map((rule, i) => ({ ruleId: rule.id, ref: rule.ref, title: rule.title, severity: rule.severity, machines: counts[i]! }))
    .filter((r) => r.machines > 0)
    .sort((a, b) => b.machines - a.machines || severityRank(b.severity) - severityRank(a.severity));
}

function reaches(outcomes: string[], status: Array<CompactMachine['status']>, rules: readonly RuleDefinition<string>[], fleet: FleetSection, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  const min = severityRank(threshold);
  if (fleet.results.some((r) => r.outcome === 'fail' && !r.waived && severityRank(r.severity) >= min)) return true;
  const failing = new Set(rules.map((r, i) => (severityRank(r.severity) >= min ? i : -1)).filter((i) => i >= 0));
  for (let i = 0; i < outcomes.length; i++) {
    if (status[i] !== 'diagnosed') continue;
    const letters = outcomes[i]!;
    for (let r = 0; r < letters.length; r++) if (letters[r] === 'f' && failing.has(r)) return true;
  }
  return false;
}

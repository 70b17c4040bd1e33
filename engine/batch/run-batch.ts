/**
 * `wsus-doctor batch`: diagnoses many fact files with worker threads, supersedes older
 * duplicates of a machine, runs the fleet rules over the per-machine summaries and hands
 * every machine, in input order, to the reporters (engine/report/report-run.ts). Memory stays
 * flat as the number of files grows: the main thread keeps per file only its status, its
 * outcome letters (shared between files with the same ones) and where its records lie; machine
 * reports and fleet summaries wait in temporary spool files (JSON lines, compact records for
 * the formats that show only findings, summaries), written by the workers themselves, until the
 * fleet findings are known and can be attached to the machines they name. The fleet stage reads
 * the winners' summaries back, keeping of each client only what the fleet rules read; for large
 * batches it runs in a thread of its own (fleet-stage.ts), so the main thread's heap stays small
 * while it writes the reports.
 *
 * Nothing is lost: every input file ends up diagnosed, failed (with the reason) or
 * superseded (an older duplicate of a machine: the newest collectedAt wins; on a tie, the
 * file earlier in input order).
 *
 * Exit code precedence: 2 when any file failed; else 1 when a diagnosis or fleet finding
 * reaches --fail-on; else 0.
 */
import { mkdtempSync } from 'node:fs';
import { registerTemporary } from '../cleanup.js';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RuleDefinition } from '../dsl/rule-types.js';
import type { FleetFindingRef, FleetSection, MachineReport, ReportSummary, RuleResult } from '../model/report-model.js';
import { failedMachine, fleetFindingsByMachine, machineWithResults, ruleResultOf, RunTally, supersededMachine, type FailOn, type RuleFailureCount } from '../model/build-model.js';
import { buildCatalogue, CatalogueIndex, compactFleetFinding, expandMachine, type CompactMachineReport } from '../model/compact-report.js';
import { TOOL_VERSION } from '../version.js';
import type { FleetRuleDefinition } from '../fleet/fleet-rule.js';
import { DEFAULT_FLEET_OPTIONS, type FleetOptions, type MachineSummary } from '../fleet/fleet-types.js';
import type { StdoutTarget } from '../report/report-output.js';
import { memoEntry, ReportRun, type OutputRequest } from '../report/report-run.js';
import { checkOutputTargets } from '../report/output-paths.js';
import type { ReporterOptions } from '../report/reporter.js';
import type { Waiver } from '../waivers/read-waivers.js';
import type { DerivedThresholds } from '../derive/derived-types.js';
import type { InputLimits } from '../load/limits.js';
import { MACHINE_LINE_PREFIX, machineLine, outcomeOfCode, type CompactMachine, type FileRecord, type ProcessedFile } from './batch-types.js';
import { expandInputs } from './expand-inputs.js';
import { inShard, type Shard } from './shard.js';
import { removeStaleSpools, spoolFolderPrefix, SpoolFiles, SpoolIndex, SpoolReader, SpoolWriter } from './spool.js';
import { failedFile, FileProcessor, spoolFile } from './file-processor.js';
import { runPool } from './worker-pool.js';
import { runFleetStage, runFleetStageInWorker, type FleetStageInput } from './fleet-stage.js';

export type BatchOutput = OutputRequest;

export interface BatchOptions {
  /** Folders, globs and files. */
  inputs: string[];
  /** Per-machine rules (the evaluator's rule set; handed to every worker as data). */
  rules: RuleDefinition<string>[];
  fleetRules: readonly FleetRuleDefinition[];
  fleetOptions?: FleetOptions;
  outputs: BatchOutput[];
  /** Other files the run reads (waivers, configuration): no report may overwrite them either. */
  otherInputs?: string[];
  failOn: FailOn;
  shard?: Shard;
  /** Waivers that apply (see activeWaivers): applied to every machine as `diagnose --waivers` does. */
  waivers?: Waiver[];
  /** Thresholds of the run (engine/config loadConfig(...).thresholds): every machine is judged against them; defaults when absent. */
  thresholds?: DerivedThresholds;
  /** Input limits of the run (engine/load/limits.ts); the documented defaults when absent. */
  limits?: InputLimits;
  /** Worker threads; 0 = diagnose in this thread. Default: one per 1,000 files up to one per core; inline below 8 files. */
  workers?: number;
  /** Run the fleet stage in a worker thread of its own (default: from FLEET_WORKER_FROM winners on); same results either way. */
  fleetInWorker?: boolean;
  /** Rule engine of the workers (default: the compiled fast path, identical results). */
  engine?: 'compiled' | 'json-rules-engine';
  reporterOptions?: ReporterOptions;
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
  /** Reports written to files. */
  written: BatchOutput[];
  /** Per-machine rules with diagnoses: how many machines each, most first. */
  ruleFailures: RuleFailureCount[];
}

/** A file's status as one byte (index into STATUS_NAMES). */
const DIAGNOSED = 0;
const FAILED = 1;
const SUPERSEDED = 2;
const STATUS_NAMES: ReadonlyArray<CompactMachine['status']> = ['diagnosed', 'failed', 'superseded'];

/**
 * Winners from which the fleet stage runs in a worker thread: below, what it holds is small and
 * starting a thread costs more than it saves.
 */
const FLEET_WORKER_FROM = 5000;

/** Distinct outcome-letter strings shared between files; beyond this many, files keep their own. */
const MAX_SHARED_OUTCOMES = 10_000;

const encoder = new TextEncoder();

export async function runBatch(options: BatchOptions, io: StdoutTarget): Promise<BatchResult> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const fleetOptions = options.fleetOptions ?? DEFAULT_FLEET_OPTIONS;
  const { files: expanded, refused } = expandInputs(options.inputs);
  // Before any work: no report may overwrite an input (of any shard) or another report.
  checkOutputTargets(
    options.outputs.map((o) => o.target),
    [...expanded, ...(options.otherInputs ?? [])],
  );
  const files = expanded.filter((f) => inShard(f, options.shard));
  const rules = options.rules.map((r) => ({ ...r, tests: [] }));
  const reports = await ReportRun.start(options.outputs, io, options.reporterOptions);
  const reads = reports.reads();
  const needJson = reads.has('json') || reads.has('report');
  const needCompact = needJson || reads.has('findings');

  // The spool folder holds every machine's report and fleet summary: registered so that every exit
  // path removes it (this function's finally, an uncaught exception, SIGINT/SIGTERM; engine/cleanup.ts).
  removeStaleSpools(tmpdir());
  const tmp = mkdtempSync(join(tmpdir(), spoolFolderPrefix()));
  const removeTmp = registerTemporary(tmp);
  // One spool file per writer: part 0 is this thread's (inline runs, files refused or lost), each
  // worker writes its own. Where each file's records lie, by kind: machine lines (when a report
  // needs them), compact records (idem), and the fleet summaries of the files that were winners
  // when they arrived: read back for the fleet stage and, one at a time, for the reports (NDJSON
  // fleetFacts, fleet findings by name).
  const spool = new SpoolFiles(tmp);
  const mainPart = spool.open();
  const writer = new SpoolWriter(mainPart.fd, mainPart.part);
  const lineAt = new SpoolIndex(needJson ? files.length : 0);
  const compactRecordAt = new SpoolIndex(needCompact ? files.length : 0);
  const summaryRecordAt = new SpoolIndex(files.length);
  // Machine lines are read into a buffer of their own (a report may hold a line while it reads a
  // compact record or a summary); compact records and summaries are turned into strings at once.
  const lineReader = new SpoolReader(spool);
  const textReader = new SpoolReader(spool);

  // What the main thread keeps per file (small): status, outcome letters (shared between files
  // with the same ones), and per machine key the index and collection time of its winner.
  const status = new Uint8Array(files.length);
  const outcomes: string[] = new Array(files.length);
  const sameOutcomes = new Map<string, string>();
  const winners = new Map<string, number>();
  const collectedAtOf = new Float64Array(files.length);
  const supersededBy = new Map<number, string>();
  const failed: BatchResult['failed'] = [];
  let done = 0;

  const onResult = (result: FileRecord) => {
    const { index } = result;
    status[index] = result.status === 'failed' ? FAILED : DIAGNOSED;
    let letters = sameOutcomes.get(result.outcomes);
    if (letters === undefined) {
      letters = result.outcomes;
      if (sameOutcomes.size < MAX_SHARED_OUTCOMES) sameOutcomes.set(letters, letters);
    }
    outcomes[index] = letters;
    if (result.failure) {
      failed.push(result.failure);
    } else if (result.key !== undefined) {
      const { collectedAt } = result;
      const previous = winners.get(result.key);
      if (previous === undefined || collectedAt > collectedAtOf[previous]! || (collectedAt === collectedAtOf[previous] && index < previous)) {
        if (previous !== undefined) {
          supersededBy.set(previous, files[index]!);
          status[previous] = SUPERSEDED;
        }
        winners.set(result.key, index);
        collectedAtOf[index] = collectedAt;
        if (result.summary) summaryRecordAt.set(index, result.summary);
      } else {
        supersededBy.set(index, files[previous]!);
        status[index] = SUPERSEDED;
      }
    }
    if (result.line && needJson) lineAt.set(index, result.line);
    if (result.compact && needCompact) compactRecordAt.set(index, result.compact);
    options.onProgress?.(++done, files.length);
  };
  /** A file diagnosed (or failed) in this thread: its records to part 0. */
  const recordHere = (processed: ProcessedFile): FileRecord => {
    const record = spoolFile(processed, writer, needCompact);
    writer.flush();
    return record;
  };

  try {
    options.onStart?.(files.length);
    const setup = { rules, machineJson: needJson, compactRecords: needCompact, engine: options.engine ?? 'compiled', waivers: options.waivers, thresholds: options.thresholds, limits: options.limits };
    // Each worker costs ~0.15 s of CPU to start and warms its own JIT: a second one pays off from
    // about a thousand files (measured on 2 idle cores, wall time with one / two workers:
    // 500 files 0.68 / 0.71 s, 1,000 files 1.05 / 0.89 s, 2,000 files 1.70 / 1.45 s).
    const workers = options.workers ?? (files.length < 8 ? 0 : Math.min(availableParallelism(), Math.max(1, Math.ceil(files.length / 1000))));
    // Entries refused while searching the folders (FIFOs, devices, dangling links, unreadable
    // folders) are failed with their reason and never opened.
    const indexes = new Int32Array(files.length);
    let toDiagnose = 0;
    files.forEach((file, index) => {
      const why = refused.get(file);
      if (why) onResult(recordHere(failedFile(index, file, why.code, why.message, needJson)));
      else indexes[toDiagnose++] = index;
    });
    if (workers === 0) {
      const processor = new FileProcessor(setup);
      for (const index of indexes.subarray(0, toDiagnose)) onResult(recordHere(await processor.process(index, files[index]!)));
    } else {
      await runPool(files, indexes.subarray(0, toDiagnose), {
        workers,
        setup,
        spool: () => spool.open(),
        onResult,
        lost: (index, file, message) => recordHere(failedFile(index, file, 'E_WORKER', message, needJson)),
      });
    }

    // Fleet rules over the winners' summaries, in input order. A winner's summary is the one in the
    // spool at its index (a file superseded later keeps its record there, unread).
    const summaryAt = (index: number): MachineSummary | undefined => {
      const ref = summaryRecordAt.ref(index);
      return ref === undefined ? undefined : (JSON.parse(textReader.read(ref)) as MachineSummary);
    };
    const winnerIndexes = Int32Array.from(winners.values()).sort();
    winners.clear();
    const stage: FleetStageInput = { fleetRules: options.fleetRules, options: fleetOptions, fds: spool.fds(), ...winnerRefs(winnerIndexes, summaryRecordAt) };
    const inWorker = options.fleetInWorker ?? stage.parts.length >= FLEET_WORKER_FROM;
    const fleet = inWorker ? await runFleetStageInWorker(stage) : await runFleetStage(stage);

    const tally = new RunTally(rules);
    for (let i = 0; i < files.length; i++) {
      tally.machine(STATUS_NAMES[status[i]!]!);
      if (status[i] !== DIAGNOSED) continue;
      const letters = outcomes[i]!;
      for (let r = 0; r < letters.length; r++) {
        const code = letters[r]!;
        tally.result(rules[r]!, outcomeOfCode(code), code !== code.toLowerCase());
      }
    }
    tally.fleet(fleet);
    const summary = tally.summary();

    const compactAt = (index: number): CompactMachine => {
      const c = JSON.parse(textReader.read(compactRecordAt.ref(index)!)) as CompactMachine;
      if (status[index] === SUPERSEDED) {
        c.status = 'superseded';
        c.supersededBy = supersededBy.get(index);
      }
      return c;
    };
    const findingsByName = fleetFindingsByMachine(fleet);
    /** The machine report's JSON members (superseded files rebuilt as such), fleet findings last. */
    const jsonBody = (index: number, findings: FleetFindingRef[] | undefined): Uint8Array[] => {
      // A spooled line is a view of the reader's buffer, valid until the next line is read: every
      // view of this machine reads this same line, and report outputs copy what they keep.
      const line = status[index] === SUPERSEDED ? machineLine(supersededMachine(compactAt(index), supersededBy.get(index)!)) : lineReader.readBytes(lineAt.ref(index)!);
      const body = [line.subarray(Buffer.byteLength(MACHINE_LINE_PREFIX), line.length - 2)];
      if (findings) body.push(encoder.encode(`,"fleetFindings":${JSON.stringify(findings.map(compactFleetFinding))}`));
      return body;
    };

    const catalogue = buildCatalogue(rules, options.fleetRules);
    const catalogueIndex = new CatalogueIndex(catalogue);
    reports.begin({ command: 'batch', generatedAt: now().toISOString(), tool: { name: 'wsus-doctor', version: TOOL_VERSION }, rules, fleetRules: options.fleetRules, catalogue, machines: files.length });
    for (let i = 0; i < files.length; i++) {
      // Only a diagnosed file's summary is its machine's (superseded files are no longer winners).
      const facts = status[i] === DIAGNOSED ? summaryAt(i) : undefined;
      const findings = facts === undefined ? undefined : findingsByName.get(facts.name);
      reports.machine(
        memoEntry(
          {
            report: () => expandMachine(JSON.parse(Buffer.concat(['{', ...jsonBody(i, findings), '}'].map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8')) as CompactMachineReport, catalogueIndex),
            findings: () => withFindings(lightMachineReport(compactAt(i), rules), findings),
            jsonBody: () => jsonBody(i, findings),
          },
          facts,
        ),
      );
    }
    reports.fleet(fleet);
    const superseded = [...supersededBy].sort((a, b) => a[0] - b[0]).map(([index, by]) => ({ file: files[index]!, supersededBy: by }));
    const ruleFailures = tally.ruleFailures();
    const durationMs = Date.now() - started;
    const written = reports.end({ summary, durationMs, failed, superseded, ruleFailures });
    const exitCode = failed.length ? 2 : tally.reaches(options.failOn) ? 1 : 0;
    return { exitCode, files: files.length, summary, fleet, failed, superseded, durationMs, written, ruleFailures };
  } catch (error) {
    reports.abort();
    throw error;
  } finally {
    spool.close();
    removeTmp();
  }
}

/** Where the winners' summaries lie, in input order (winners without a summary left out). */
function winnerRefs(winnerIndexes: Int32Array, summaryRecordAt: SpoolIndex): Pick<FleetStageInput, 'parts' | 'offsets' | 'lengths'> {
  const found = Array.from(winnerIndexes).filter((i) => summaryRecordAt.has(i));
  const parts = new Uint16Array(found.length);
  const offsets = new Float64Array(found.length);
  const lengths = new Uint32Array(found.length);
  found.forEach((index, i) => {
    const ref = summaryRecordAt.ref(index)!;
    parts[i] = ref.part;
    offsets[i] = ref.offset;
    lengths[i] = ref.length;
  });
  return { parts, offsets, lengths };
}

function withFindings(report: MachineReport, findings: FleetFindingRef[] | undefined): MachineReport {
  if (findings) report.fleetFindings = findings;
  return report;
}

/** A machine report rebuilt from a compact record and the rule metadata (messages only for diagnoses and undecided rules). */
export function lightMachineReport(compact: CompactMachine, rules: readonly RuleDefinition<string>[]): MachineReport {
  if (compact.status === 'failed') return failedMachine(compact.file, compact.error?.code ?? 'E_READ', compact.error?.message ?? '', compact.error?.place);
  if (compact.status === 'superseded') return supersededMachine(compact, compact.supersededBy ?? '');
  const notes = new Map(compact.notes.map((n) => [n.rule, n]));
  const results: RuleResult[] = [];
  for (let i = 0; i < compact.outcomes.length; i++) {
    const rule = rules[i]!;
    const note = notes.get(i);
    const result = ruleResultOf(rule, outcomeOfCode(compact.outcomes[i]!), note?.message ?? '', note?.evidence ?? [], note?.logEvidence ?? []);
    if (note?.waived) result.waived = note.waived;
    results.push(result);
  }
  return machineWithResults(compact, results);
}

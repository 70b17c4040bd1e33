/**
 * The batch's side of the per-file pipeline, run inside a worker (or inline for small
 * batches): diagnoseFile (the same read, validate, derive, evaluate and waivers as `diagnose`)
 * with the worker's one evaluator, then shape what the reports need: the machine report
 * as a JSON line, a compact record and the fleet summary, which spoolFile writes to the
 * thread's spool file, keeping for the main thread only a small FileRecord. The fact document
 * and its derived facts are dropped as soon as the file is done.
 *
 * Bad input never throws: it becomes a failed record with the loader's code and place. An
 * unexpected exception (a bug) on one file also becomes a failed record (E_INTERNAL) so the
 * batch goes on.
 */
import type { MachineReport } from '../model/report-model.js';
import { failedMachine } from '../model/build-model.js';
import { diagnoseFile, type PipelineSetup } from '../diagnose/diagnose-file.js';
import { JsonRulesEngineEvaluator } from '../evaluate/json-rules-engine-evaluator.js';
import { CompiledRuleEvaluator } from '../evaluate/compiled-evaluator.js';
import { machineKey, summarizeMachine } from '../fleet/summarize-machine.js';
import { MachineLineWriter } from './machine-line.js';
import { machineLineText, OUTCOME_CODES, WAIVED_CODES, type CompactMachine, type CompactNote, type FileRecord, type ProcessedFile, type WorkerSetup } from './batch-types.js';
import type { SpoolWriter } from './spool.js';

export class FileProcessor {
  private readonly pipeline: PipelineSetup;
  private readonly lines: MachineLineWriter;

  constructor(private readonly setup: WorkerSetup) {
    this.lines = new MachineLineWriter(setup.rules);
    // Without machine reports the main thread gets only outcome letters and the notes of failed
    // and undecided rules (compactOf): passes need no evidence, so they are shaped lazily.
    const lazyPasses = !setup.machineJson && setup.shapeAllResults !== true;
    const evaluator = setup.engine === 'json-rules-engine' ? new JsonRulesEngineEvaluator(setup.rules) : new CompiledRuleEvaluator(setup.rules, { lazyPasses });
    this.pipeline = { evaluator, waivers: setup.waivers, thresholds: setup.thresholds, limits: setup.limits, internalErrorsAsFailures: true };
  }

  async process(index: number, file: string): Promise<ProcessedFile> {
    const { report, doc, derived } = await diagnoseFile(file, this.pipeline);
    const compact = compactOf(index, report);
    const out: ProcessedFile = { index, compact };
    if (doc && derived) {
      out.key = machineKey(doc);
      out.summary = summarizeMachine(doc, derived, file, compact.outcomes.includes('f'));
    }
    if (this.setup.machineJson) out.line = this.lines.line(report);
    return out;
  }
}

/** The compact record of a machine report: an outcome letter per rule (upper case when waived), notes of diagnoses and undecided rules. */
function compactOf(index: number, report: MachineReport): CompactMachine {
  if (report.status !== 'diagnosed') return { index, file: report.file, status: report.status, error: report.error, outcomes: '', notes: [] };
  let outcomes = '';
  const notes: CompactNote[] = [];
  const results = report.results;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    outcomes += r.waived ? WAIVED_CODES[r.outcome] : OUTCOME_CODES[r.outcome];
    if (r.outcome === 'fail') {
      const note: CompactNote = { rule: i, message: r.message };
      if (r.evidence.length) note.evidence = r.evidence.slice(0, 10).map((e) => ({ path: e.path, value: shorten(e.value) }));
      if (r.logEvidence.length) note.logEvidence = r.logEvidence.slice(-3);
      if (r.waived) note.waived = r.waived;
      notes.push(note);
    } else if (r.outcome === 'insufficientEvidence') {
      const note: CompactNote = { rule: i, message: r.message };
      if (r.waived) note.waived = r.waived;
      notes.push(note);
    }
  }
  const compact: CompactMachine = { index, file: report.file, status: 'diagnosed', computerName: report.computerName, role: report.role, collectedAt: report.collectedAt, outcomes, notes };
  if (report.fqdn !== undefined) compact.fqdn = report.fqdn;
  return compact;
}

/** Evidence values in compact records stay small: long lists and texts are cut. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 297)}...` : value;
  if (Array.isArray(value)) return value.length > 10 ? [...value.slice(0, 10).map(shorten), `... ${value.length - 10} more`] : value.map(shorten);
  if (value && typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 300 ? `${text.slice(0, 297)}...` : value;
  }
  return value;
}

/** A file that could not be diagnosed for a reason outside the pipeline (a worker that stopped): its compact record and machine line. */
export function failedFile(index: number, file: string, code: string, message: string, machineJson: boolean): ProcessedFile {
  const report = failedMachine(file, code, message);
  const out: ProcessedFile = { index, compact: compactOf(index, report) };
  if (machineJson) out.line = machineLineText(report);
  return out;
}

/**
 * Writes a processed file's records (machine line, compact record when `compactRecords`, fleet
 * summary) to a spool file and returns what the main thread keeps of it. The caller flushes the
 * writer before the record leaves the thread.
 */
export function spoolFile(processed: ProcessedFile, writer: SpoolWriter, compactRecords: boolean): FileRecord {
  const { index, compact } = processed;
  const record: FileRecord = { index, status: compact.status === 'failed' ? 'failed' : 'diagnosed', outcomes: compact.outcomes, collectedAt: Date.parse(compact.collectedAt ?? '') || 0 };
  if (compact.status === 'failed') {
    const error = compact.error!;
    record.failure = { file: compact.file, code: error.code, message: error.message, ...(error.place && { place: error.place }) };
  }
  if (processed.key !== undefined) record.key = processed.key;
  if (processed.line !== undefined) record.line = writer.append(processed.line);
  if (compactRecords) record.compact = writer.append(JSON.stringify(compact));
  if (processed.summary) record.summary = writer.append(JSON.stringify(processed.summary));
  return record;
}

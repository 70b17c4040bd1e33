/**
 * The batch's per-file pipeline, run inside a worker (or inline for small batches): read the
 * bytes, decode + parse + validate (the single-file loader's own code), derive once, evaluate
 * with the worker's one RuleEvaluator, then shape what the main thread needs: the machine
 * report as a JSON line, a compact record and the fleet summary. The fact document and its
 * derived facts are dropped as soon as the file is done.
 *
 * Bad input never throws: it becomes a failed record with the loader's code and place. An
 * unexpected exception (a bug) on one file also becomes a failed record (E_INTERNAL) so the
 * batch goes on.
 */
import { readFileSync } from 'node:fs';
import type { FactDocument } from '../facts/fact-types.generated.js';
import { deriveFacts } from '../derive/derive-facts.js';
import { isInputError } from '../errors.js';
import { fileSystemError, parseFactBytes } from '../load/load-fact-file.js';
import { prepareValidator } from '../validate/schema-store.js';
import { RuleEvaluator } from '../evaluate/rule-evaluator.js';
import type { RuleResult } from '../evaluate/result-types.js';
import { countOutcomes, type MachineReport } from '../diagnose/machine-report.js';
import { machineKey, summarizeMachine } from '../fleet/summarize-machine.js';
import { CompiledRuleEvaluator } from '../evaluate/compiled-evaluator.js';
import { MachineLineWriter } from './machine-line.js';
import { machineLine, OUTCOME_CODES, type CompactMachine, type CompactNote, type ProcessedFile, type WorkerSetup } from './batch-types.js';

export class FileProcessor {
  private readonly evaluator: Pick<RuleEvaluator, 'evaluate'>;
  private readonly lines: MachineLineWriter;

  constructor(private readonly setup: WorkerSetup) {
    this.lines = new MachineLineWriter(setup.rules);
    this.evaluator = setup.engine === 'json-rules-engine' ? new RuleEvaluator(setup.rules) : new CompiledRuleEvaluator(setup.rules);
  }

  async process(index: number, file: string): Promise<ProcessedFile> {
    await prepareValidator('facts.schema.json'); // once per worker: the bundle's precompiled validator
    let doc: FactDocument;
    try {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw fileSystemError(error, file);
      }
      doc = parseFactBytes(bytes, file);
    } catch (error) {
      if (isInputError(error)) return failed(index, file, error.code, error.message, error.place, this.setup.machineJson);
      return failed(index, file, 'E_INTERNAL', `internal error while reading: ${(error as Error).message}`, undefined, this.setup.machineJson);
    }
    try {
      const derived = deriveFacts(doc);
      const results = await this.evaluator.evaluate(doc, derived);
      const compact = compactOf(index, file, doc, results);
      const out: ProcessedFile = {
        index,
        compact,
        key: machineKey(doc),
        summary: summarizeMachine(doc, derived, file, compact.outcomes.includes('f')),
      };
      if (this.setup.machineJson) out.line = this.lines.line(machineReportOf(file, doc, results));
      return out;
    } catch (error) {
      return failed(index, file, 'E_INTERNAL', `internal error while diagnosing (please report it): ${(error as Error).message}`, undefined, this.setup.machineJson);
    }
  }
}

/** The machine report of a diagnosed file (key order: file, names, role, collectedAt, status, results, summary). */
export function machineReportOf(file: string, doc: FactDocument, results: RuleResult[]): MachineReport {
  return {
    file,
    computerName: doc.host.computerName,
    ...(doc.host.fqdn !== undefined && { fqdn: doc.host.fqdn }),
    role: doc.role,
    collectedAt: doc.collectedAt,
    status: 'diagnosed',
    results,
    summary: countOutcomes(results),
  };
}

function compactOf(index: number, file: string, doc: FactDocument, results: RuleResult[]): CompactMachine {
  let outcomes = '';
  const notes: CompactNote[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    outcomes += OUTCOME_CODES[r.outcome];
    if (r.outcome === 'fail') {
      const note: CompactNote = { rule: i, message: r.message };
      if (r.evidence.length) note.evidence = r.evidence.slice(0, 10).map((e) => ({ path: e.path, value: shorten(e.value) }));
      if (r.logEvidence.length) note.logEvidence = r.logEvidence.slice(-3);
      notes.push(note);
    } else if (r.outcome === 'insufficientEvidence') {
      notes.push({ rule: i, message: r.message });
    }
  }
  const compact: CompactMachine = { index, file, status: 'diagnosed', computerName: doc.host.computerName, role: doc.role, collectedAt: doc.collectedAt, outcomes, notes };
  if (doc.host.fqdn !== undefined) compact.fqdn = doc.host.fqdn;
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

/** A failed file: its compact record and (when wanted) its machine report line. */
export function failed(index: number, file: string, code: string, message: string, place: string | undefined, machineJson: boolean): ProcessedFile {
  const error = place ? { code, message, place } : { code, message };
  const out: ProcessedFile = { index, compact: { index, file, status: 'failed', error, outcomes: '', notes: [] } };
  if (machineJson) {
    const report: MachineReport = { file, status: 'failed', error, results: [], summary: countOutcomes([]) };
    out.line = machineLine(report);
  }
  return out;
}

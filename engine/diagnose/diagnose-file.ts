/**
 * The per-file pipeline, the same for `diagnose` (a few files) and `batch` (every worker):
 * read -> decode, parse and validate (the loader) -> derive -> evaluate -> waivers -> machine
 * report. Bad input becomes a `failed` machine report carrying the one-line reason; it never
 * throws for input problems. The derived facts are handed back too (the batch makes the
 * machine's fleet summary from them) and dropped by the caller when done.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts, DerivedThresholds } from '../derive/derived-types.js';
import { deriveFacts } from '../derive/derive-facts.js';
import { isInputError } from '../errors.js';
import { loadFactBytes, readFactBytes } from '../load/load-fact-file.js';
import { DEFAULT_LIMITS, type InputLimits } from '../load/limits.js';
import { prepareValidator } from '../validate/schema-store.js';
import type { Evaluator } from '../evaluate/evaluator.js';
import type { MachineReport } from '../model/report-model.js';
import { diagnosedMachine, failedMachine } from '../model/build-model.js';
import { waiveMachine } from '../waivers/apply-waivers.js';
import type { Waiver } from '../waivers/read-waivers.js';

export interface PipelineSetup {
  /** The rules to run, as an evaluator (one per thread: it is not re-entrant). */
  evaluator: Pick<Evaluator, 'evaluate'>;
  /** Waivers already checked for expiry and rule ids (activeWaivers). */
  waivers?: readonly Waiver[];
  /** A bug on one file becomes a failed report (E_INTERNAL) instead of an exception: a batch goes on. */
  internalErrorsAsFailures?: boolean;
  /**
   * Thresholds of the run (engine/config loadConfig(...).thresholds), set as `derived.thresholds`
   * before evaluation; the documented defaults when absent. Plain data: it can cross to workers.
   */
  thresholds?: DerivedThresholds;
  /** Input limits of the run (engine/load/limits.ts); the documented defaults when absent. Plain data. */
  limits?: InputLimits;
  /** The bytes read from standard input, diagnosed as the file `-` (`diagnose -`). */
  stdin?: Uint8Array;
}

export interface Diagnosed {
  report: MachineReport;
  /** Diagnosed files only. */
  doc?: FactDocument;
  derived?: DerivedFacts;
}

/**
 * A loaded, valid document through derive, evaluate and waivers to its machine report; `notices`
 * (what the input limits cut while loading) go into the report.
 */
export async function diagnoseDocument(file: string, doc: FactDocument, setup: PipelineSetup, notices: readonly string[] = []): Promise<Diagnosed> {
  const derived = deriveFacts(doc, setup.thresholds);
  const results = await setup.evaluator.evaluate(doc, derived);
  const report = diagnosedMachine(file, doc, results, notices);
  if (setup.waivers) waiveMachine(setup.waivers, report);
  return { report, doc, derived };
}

/** One fact file from disk to its machine report. */
export async function diagnoseFile(file: string, setup: PipelineSetup): Promise<Diagnosed> {
  await prepareValidator('facts.schema.json'); // once per thread: the bundle's precompiled validator
  const limits = setup.limits ?? DEFAULT_LIMITS;
  let doc: FactDocument;
  let notices: string[];
  try {
    ({ doc, notices } = loadFactBytes(setup.stdin && file === '-' ? setup.stdin : readFactBytes(file, limits.maxFileBytes), file, limits));
  } catch (error) {
    if (isInputError(error)) return { report: failedMachine(file, error.code, error.message, error.place) };
    if (!setup.internalErrorsAsFailures) throw error;
    return { report: failedMachine(file, 'E_INTERNAL', `internal error while reading: ${(error as Error).message}`) };
  }
  try {
    return await diagnoseDocument(file, doc, setup, notices);
  } catch (error) {
    if (!setup.internalErrorsAsFailures) throw error;
    return { report: failedMachine(file, 'E_INTERNAL', `internal error while diagnosing (please report it): ${(error as Error).message}`) };
  }
}

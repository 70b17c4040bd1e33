/**
 * Single-machine pipeline: load -> validate -> derive -> evaluate. Bad input becomes a
 * `failed` machine report carrying the one-line reason; it never throws for input problems.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts } from '../derive/derived-types.js';
import { deriveFacts } from '../derive/derive-facts.js';
import { isInputError } from '../errors.js';
import { loadFactFile } from '../load/load-fact-file.js';
import type { Evaluator } from '../evaluate/evaluator.js';
import type { RuleResult } from '../evaluate/result-types.js';
import { countOutcomes, type MachineReport } from './machine-report.js';

export async function diagnoseDocument(doc: FactDocument, evaluator: Evaluator, derived: DerivedFacts = deriveFacts(doc)): Promise<RuleResult[]> {
  return evaluator.evaluate(doc, derived);
}

export async function diagnoseFile(file: string, evaluator: Evaluator): Promise<MachineReport> {
  let doc: FactDocument;
  try {
    doc = await loadFactFile(file);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return failedReport(file, error.code, error.message, error.place);
  }
  const results = await diagnoseDocument(doc, evaluator);
  return machineReport(file, doc, results);
}

export function machineReport(file: string, doc: FactDocument, results: RuleResult[]): MachineReport {
  const kind = machineKind(doc);
  return {
    file,
    computerName: doc.host.computerName,
    fqdn: doc.host.fqdn,
    role: doc.role,
    ...(kind === undefined ? {} : { machineKind: kind }),
    collectedAt: doc.collectedAt,
    status: 'diagnosed',
    results,
    summary: countOutcomes(results),
  };
}

/** The kind of machine when the facts say more than the role: a ConfigMgr site server without the WSUS role whose SUP is remote. */
export function machineKind(doc: FactDocument): string | undefined {
  const cm = doc.configMgr;
  if (doc.role === 'server' && doc.wsusServer?.status === 'notApplicable' && cm?.isSiteServer === true && cm.hasRemoteSoftwareUpdatePoint === true) {
    return 'ConfigMgr site server (software update point on another machine)';
  }
  return undefined;
}

export function failedReport(file: string, code: string, message: string, place?: string): MachineReport {
  return { file, status: 'failed', error: place ? { code, message, place } : { code, message }, results: [], summary: countOutcomes([]) };
}

/**
 * Serialises a machine report to its NDJSON line bytes in a batch worker: the compact form of
 * engine/model/compact-report.ts (results by rule id, rule metadata left to the report's
 * catalogue), `{"record":"machine",...}\n`; the worker writes it to its spool file.
 *
 * The worker's catalogue is built from the same rules as the main thread's, so a result leaves
 * out exactly the messages the report's catalogue holds.
 */
import type { RuleDefinition } from '../dsl/rule-types.js';
import { buildCatalogue, CatalogueIndex, compactMachine } from '../model/compact-report.js';
import type { MachineReport } from '../model/report-model.js';
import { machineLineText } from './batch-types.js';

export class MachineLineWriter {
  private readonly index: CatalogueIndex;

  constructor(rules: readonly RuleDefinition<string>[]) {
    this.index = new CatalogueIndex(buildCatalogue(rules));
  }

  /** The NDJSON line of a machine report (diagnosed, failed or superseded). */
  line(report: MachineReport): string {
    return machineLineText(compactMachine(report, this.index));
  }
}

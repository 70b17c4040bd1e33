/**
 * NDJSON report: one JSON object per line, for big fleets and log pipelines (jq, Splunk,
 * Elastic), and the output of sharded batches that `wsus-doctor fleet` merges. Every line has
 * `record` first:
 *
 * - `catalogue`: first line, once: `reportVersion`, `generatedAt`, `tool`, and the rule
 *   metadata (`rules`, `fleetRules`: $defs/catalogueEntry of report.schema.json) that the other
 *   lines refer to by rule id.
 * - `machine`: one per input file, in input order: the compact machine report of
 *   report.schema.json ($defs/machine: results by rule id, fleet findings attached) plus
 *   `record` and, for a diagnosed machine of a batch, `fleetFacts`: the small per-machine
 *   summary the fleet rules read (engine/fleet/fleet-types.ts), so the fleet rules can run again
 *   over several shards.
 * - `fleet`: one per fleet rule result ($defs/result plus machines and subject).
 * - `server`: one per WSUS server of the batch (fleet.servers).
 * - `summary`: last line, the report summary.
 *
 * Merging shards: `wsus-doctor fleet shard1.ndjson shard2.ndjson ...` re-runs the fleet rules
 * over the machine lines and reports like a batch.
 */
import { CatalogueIndex, compactMachine, compactResult, REPORT_VERSION } from '../model/compact-report.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

export const MACHINE_RECORD_OPEN = '{"record":"machine",';

export function ndjsonRecord(record: 'catalogue' | 'fleet' | 'server' | 'summary', payload: object): string {
  return `${JSON.stringify({ record, ...payload })}\n`;
}

export const ndjsonFormat: ReportFormat = {
  name: 'ndjson',
  describe: 'one JSON object per line (rule catalogue, machines, fleet findings, servers, summary); shards merge with `wsus-doctor fleet`',
  reads: 'json',
  create(out: ReportOutput): Reporter {
    let index: CatalogueIndex;
    return {
      begin(run) {
        index = new CatalogueIndex(run.catalogue);
        out.write(ndjsonRecord('catalogue', { reportVersion: REPORT_VERSION, generatedAt: run.generatedAt, tool: run.tool, ...run.catalogue }));
      },
      machine(entry) {
        out.write(MACHINE_RECORD_OPEN);
        if (entry.jsonBody) for (const piece of entry.jsonBody()) out.writeBytes(piece);
        else out.write(JSON.stringify(compactMachine(entry.report(), index)).slice(1, -1));
        out.write(entry.fleetFacts ? `,"fleetFacts":${JSON.stringify(entry.fleetFacts)}}\n` : '}\n');
      },
      fleet(section) {
        for (const r of section.results) out.write(ndjsonRecord('fleet', compactResult(r, index.fleetRule(r.ruleId))));
        for (const s of section.servers ?? []) out.write(ndjsonRecord('server', s));
      },
      end({ summary }) {
        out.write(ndjsonRecord('summary', summary));
      },
    };
  },
};

/**
 * NDJSON report: one JSON object per line, for big fleets and log pipelines (jq, Splunk,
 * Elastic), and the output of sharded batches that `wsus-doctor fleet` merges. Every line has
 * `record` first:
 *
 * - `machine`: one per input file, in input order: the machine report of report.schema.json
 *   ($defs/machine, fleet findings attached) plus `record` and, for a diagnosed machine of a
 *   batch, `fleetFacts`: the small per-machine summary the fleet rules read
 *   (engine/fleet/fleet-types.ts), so the fleet rules can run again over several shards.
 * - `fleet`: one per fleet rule result ($defs/result plus machines and subject).
 * - `server`: one per WSUS server of the batch (fleet.servers).
 * - `summary`: last line, the report summary.
 *
 * Merging shards: `wsus-doctor fleet shard1.ndjson shard2.ndjson ...` re-runs the fleet rules
 * over the machine lines and reports like a batch.
 */
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

export const MACHINE_RECORD_OPEN = '{"record":"machine",';

export function ndjsonRecord(record: 'fleet' | 'server' | 'summary', payload: object): string {
  return `${JSON.stringify({ record, ...payload })}\n`;
}

export const ndjsonFormat: ReportFormat = {
  name: 'ndjson',
  describe: 'one JSON object per line (machines, fleet findings, servers, summary); shards merge with `wsus-doctor fleet`',
  reads: 'json',
  create(out: ReportOutput): Reporter {
    return {
      begin() {},
      machine(entry) {
        out.write(MACHINE_RECORD_OPEN);
        for (const piece of entry.jsonBody()) out.writeBytes(piece);
        out.write(entry.fleetFacts ? `,"fleetFacts":${JSON.stringify(entry.fleetFacts)}}\n` : '}\n');
      },
      fleet(section) {
        for (const r of section.results) out.write(ndjsonRecord('fleet', r));
        for (const s of section.servers ?? []) out.write(ndjsonRecord('server', s));
      },
      end({ summary }) {
        out.write(ndjsonRecord('summary', summary));
      },
    };
  },
};

/**
 * NDJSON report: one JSON object per line, for big fleets and log pipelines (jq, Splunk,
 * Elastic). Every line has `record` first:
 *
 * - `machine`: one per input file, written as soon as it is diagnosed (so in completion
 *   order, not input order): the machine report of report.schema.json ($defs/machine) plus
 *   `record`. A file already known to be an older duplicate is written with status superseded.
 * - `superseded`: a machine line written earlier turned out older than another file of the
 *   same machine: { record, file, supersededBy }.
 * - `fleet`: one per fleet rule result ($defs/result plus machines and subject).
 * - `server`: one per WSUS server of the batch (fleet.servers).
 * - `summary`: last line, the report summary.
 *
 * Merging shards: concatenate the files; machine lines are complete on their own.
 */
import type { Report } from './report-types.js';

/** A machine line from its already serialised machine report (no re-parsing). */
export function ndjsonMachineLine(machineJson: string): string {
  return `{"record":"machine",${machineJson.slice(1)}\n`;
}

export function ndjsonRecord(record: 'superseded' | 'fleet' | 'server' | 'summary', payload: object): string {
  return `${JSON.stringify({ record, ...payload })}\n`;
}

/** The whole report as NDJSON (machines in report order). */
export function formatNdjson(report: Report): string {
  let out = '';
  for (const machine of report.machines) out += ndjsonMachineLine(JSON.stringify(machine));
  for (const result of report.fleet?.results ?? []) out += ndjsonRecord('fleet', result);
  for (const server of report.fleet?.servers ?? []) out += ndjsonRecord('server', server);
  return out + ndjsonRecord('summary', report.summary);
}

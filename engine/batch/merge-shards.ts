/**
 * `wsus-doctor fleet <ndjson...>`: the fleet stage of a batch run over the machine lines of
 * several NDJSON outputs (the shards of `batch --shard i/n --format ndjson=...`). Each
 * diagnosed machine line carries its fleet facts (the summary the fleet rules read), so the
 * fleet rules run again over the whole fleet without the fact files, and the merged run is
 * reported like a batch, in every format, through the same reporters.
 *
 * Two passes over the files, so memory stays small: the first keeps per machine its status,
 * identity, outcome counts and fleet facts, and decides duplicates across shards (the newest
 * collectedAt wins, as in a batch); the second hands each machine line to the reporters with
 * the new fleet findings attached. Machines are reported in the order of the inputs and
 * their lines (the fleet findings are the same whatever the sharding; the order in which a
 * finding lists its machines follows that order).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RuleDefinition } from '../dsl/rule-types.js';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { scanJson } from '../load/scan-json.js';
import type { FleetSection, MachineReport, MachineStatus, ReportSummary } from '../model/report-model.js';
import { buildCatalogue, CatalogueIndex, expandMachine, type Catalogue, type CatalogueEntry, type CompactMachineReport } from '../model/compact-report.js';
import { fleetFindingsByMachine, RunTally, supersededMachine, type FailOn, type RuleFailureCount } from '../model/build-model.js';
import { FleetEvaluator } from '../fleet/evaluate-fleet.js';
import type { FleetRuleDefinition } from '../fleet/fleet-rule.js';
import { DEFAULT_FLEET_OPTIONS, type FleetOptions, type MachineSummary } from '../fleet/fleet-types.js';
import type { StdoutTarget } from '../report/report-output.js';
import { memoEntry, ReportRun, type OutputRequest } from '../report/report-run.js';
import { checkOutputTargets } from '../report/output-paths.js';
import type { ReporterOptions } from '../report/reporter.js';
import { TOOL_VERSION } from '../version.js';

export interface MergeOptions {
  /** NDJSON files written by `batch --format ndjson=...`. */
  inputs: string[];
  /** Other files the run reads (rule files): no report may overwrite them either. */
  otherInputs?: string[];
  /** Per-machine rules of this run (unused: the shards' catalogue records say which rules ran in them). */
  rules: readonly RuleDefinition<string>[];
  fleetRules: readonly FleetRuleDefinition[];
  fleetOptions?: FleetOptions;
  outputs: OutputRequest[];
  failOn: FailOn;
  reporterOptions?: ReporterOptions;
  now?: () => Date;
}

export interface MergeResult {
  exitCode: 0 | 1 | 2;
  machines: number;
  summary: ReportSummary;
  fleet: FleetSection;
  failed: Array<{ file: string; code: string; message: string; place?: string }>;
  superseded: Array<{ file: string; supersededBy: string }>;
  ruleFailures: RuleFailureCount[];
  written: OutputRequest[];
}

/** What the first pass keeps of a machine line. */
interface Seen {
  file: string;
  status: MachineStatus;
  supersededBy?: string;
  collectedAt: number;
  facts?: MachineSummary;
}

type MachineLine = CompactMachineReport & { record: 'machine'; fleetFacts?: MachineSummary };
type CatalogueLine = Catalogue & { record: 'catalogue'; reportVersion?: string };

type ShardRecord = { line: number; machine: MachineLine; catalogue?: undefined } | { line: number; catalogue: CatalogueLine; machine?: undefined };

async function* shardRecords(path: string): AsyncGenerator<ShardRecord> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (!text.trim()) continue;
    let record: { record?: string };
    // A line nested absurdly deep would overflow the stack of every step after JSON.parse.
    const deep = scanJson(text, DEFAULT_LIMITS.maxDepth, { duplicateKeys: false });
    if (deep) throw new InputError('E_TOO_DEEP', `not an NDJSON line of wsus-doctor batch: nested more than ${DEFAULT_LIMITS.maxDepth} levels deep`, { file: path, place: `line ${n}` });
    try {
      record = JSON.parse(text) as { record?: string };
    } catch (error) {
      throw new InputError('E_JSON_SYNTAX', `not an NDJSON line of wsus-doctor batch: ${(error as Error).message}`, { file: path, place: `line ${n}` });
    }
    if (record.record === 'machine') yield { line: n, machine: record as MachineLine };
    else if (record.record === 'catalogue') yield { line: n, catalogue: record as CatalogueLine };
  }
}

async function* machineLines(path: string): AsyncGenerator<{ line: number; machine: MachineLine }> {
  for await (const r of shardRecords(path)) if (r.machine) yield { line: r.line, machine: r.machine };
}

/** The per-machine rules of the shards' catalogues: every shard must have one, and the same rules. */
function sameRules(catalogues: Array<{ file: string; rules: CatalogueEntry[] | undefined }>): CatalogueEntry[] {
  const missing = catalogues.filter((c) => !c.rules);
  if (missing.length) {
    throw new InputError('E_USAGE', 'no catalogue record (the rule metadata line that `wsus-doctor batch` writes first): merge NDJSON written by this version of `wsus-doctor batch`', { file: missing.map((c) => c.file).join(', ') });
  }
  const first = catalogues[0]!;
  const known = new Map(first.rules!.map((r) => [r.id, JSON.stringify(r)]));
  for (const other of catalogues.slice(1)) {
    for (const rule of other.rules!) {
      const seen = known.get(rule.id);
      if (seen === undefined) known.set(rule.id, JSON.stringify(rule));
      else if (seen !== JSON.stringify(rule)) {
        throw new InputError('E_USAGE', `rule ${rule.id} differs from its entry in ${first.file}: merge shards written by the same version of wsus-doctor with the same rules`, { file: other.file });
      }
    }
  }
  const rules = [...first.rules!];
  const ids = new Set(rules.map((r) => r.id));
  for (const other of catalogues.slice(1)) for (const rule of other.rules!) if (!ids.has(rule.id)) (ids.add(rule.id), rules.push(rule));
  return rules;
}

export async function mergeShards(options: MergeOptions, io: StdoutTarget): Promise<MergeResult> {
  const started = Date.now();
  // Before any work: no report may overwrite a shard or another report.
  checkOutputTargets(
    options.outputs.map((o) => o.target),
    [...options.inputs, ...(options.otherInputs ?? [])],
  );
  // Pass 1: identities, statuses, fleet facts; duplicates across shards.
  const seen: Seen[] = [];
  let withoutFacts = 0;
  const catalogues: Array<{ file: string; rules: CatalogueEntry[] | undefined }> = [];
  for (let source = 0; source < options.inputs.length; source++) {
    const shard: { file: string; rules: CatalogueEntry[] | undefined } = { file: options.inputs[source]!, rules: undefined };
    catalogues.push(shard);
    for await (const record of shardRecords(options.inputs[source]!)) {
      if (record.catalogue) {
        shard.rules ??= record.catalogue.rules ?? [];
        continue;
      }
      const machine = record.machine;
      const entry: Seen = { file: machine.file, status: machine.status, collectedAt: Date.parse(machine.collectedAt ?? '') || 0 };
      if (machine.supersededBy !== undefined) entry.supersededBy = machine.supersededBy;
      if (machine.status === 'diagnosed') {
        if (machine.fleetFacts) entry.facts = machine.fleetFacts;
        else withoutFacts++;
      }
      seen.push(entry);
    }
  }
  const catalogue: Catalogue = { rules: seen.length ? sameRules(catalogues) : [], fleetRules: buildCatalogue([], options.fleetRules).fleetRules };
  const index = new CatalogueIndex(catalogue);
  if (withoutFacts) {
    throw new InputError('E_USAGE', `${withoutFacts} machine line(s) carry no fleet facts: merge NDJSON written by this version of \`wsus-doctor batch\``, { file: options.inputs.join(', ') });
  }
  const order = seen.map((_, i) => i);
  const winners = new Map<string, number>();
  for (const i of order) {
    const m = seen[i]!;
    if (m.status !== 'diagnosed' || !m.facts) continue;
    const previous = winners.get(m.facts.key);
    if (previous === undefined) {
      winners.set(m.facts.key, i);
    } else if (m.collectedAt > seen[previous]!.collectedAt) {
      seen[previous]!.status = 'superseded';
      seen[previous]!.supersededBy = m.file;
      winners.set(m.facts.key, i);
    } else {
      m.status = 'superseded';
      m.supersededBy = seen[previous]!.file;
    }
  }
  const winnerFacts = order.flatMap((i) => (seen[i]!.status === 'diagnosed' && seen[i]!.facts ? [seen[i]!.facts!] : []));
  const fleet = await new FleetEvaluator(options.fleetRules).evaluate(winnerFacts, options.fleetOptions ?? DEFAULT_FLEET_OPTIONS);
  const findingsByName = fleetFindingsByMachine(fleet);

  // Pass 2: the machine lines again, in the same order, to the reporters.
  const reports = await ReportRun.start(options.outputs, io, options.reporterOptions);
  const tally = new RunTally(catalogue.rules);
  const failed: MergeResult['failed'] = [];
  const superseded: MergeResult['superseded'] = [];
  try {
    reports.begin({ command: 'fleet', generatedAt: (options.now ?? (() => new Date()))().toISOString(), tool: { name: 'wsus-doctor', version: TOOL_VERSION }, rules: catalogue.rules, fleetRules: options.fleetRules, catalogue, machines: seen.length });
    let i = 0;
    for (let source = 0; source < options.inputs.length; source++) {
      for await (const { machine } of machineLines(options.inputs[source]!)) {
        const m = seen[i++]!;
        const { record: _record, fleetFacts: _facts, fleetFindings: _old, ...rest } = machine;
        const report: MachineReport = m.status === 'superseded' && rest.status !== 'superseded' ? supersededMachine(rest, m.supersededBy!) : expandMachine(rest, index);
        if (m.status === 'diagnosed') {
          const findings = findingsByName.get(m.facts!.name);
          if (findings) report.fleetFindings = findings;
        }
        tally.report(report);
        if (report.status === 'failed') failed.push({ file: report.file, code: report.error?.code ?? 'E_READ', message: report.error?.message ?? '', ...(report.error?.place && { place: report.error.place }) });
        if (report.status === 'superseded') superseded.push({ file: report.file, supersededBy: report.supersededBy ?? '' });
        reports.machine(memoEntry({ report: () => report }, m.status === 'diagnosed' ? m.facts : undefined));
      }
    }
    tally.fleet(fleet);
    reports.fleet(fleet);
    const summary = tally.summary();
    const ruleFailures = tally.ruleFailures();
    const written = reports.end({ summary, durationMs: Date.now() - started, failed, superseded, ruleFailures });
    const exitCode = failed.length ? 2 : tally.reaches(options.failOn) ? 1 : 0;
    return { exitCode, machines: seen.length, summary, fleet, failed, superseded, ruleFailures, written };
  } catch (error) {
    reports.abort();
    throw error;
  }
}

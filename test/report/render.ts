// Renders a report held in memory through the production reporters (the same ReportRun driver
// and format modules that diagnose, batch and fleet use), for the format tests.
import { RunTally } from '../../engine/model/build-model.js';
import { buildCatalogue, type Catalogue, type CatalogueSource } from '../../engine/model/compact-report.js';
import type { Report, RuleResult } from '../../engine/model/report-model.js';
import type { FormatName } from '../../engine/report/formats.js';
import { ReportRun } from '../../engine/report/report-run.js';
import { entryOf, type CatalogueRule, type ReporterOptions, type RunInfo } from '../../engine/report/reporter.js';

export interface RenderOptions extends ReporterOptions {
  command?: RunInfo['command'];
  rules?: readonly CatalogueRule[];
  fleetRules?: readonly CatalogueRule[];
}

export async function render(format: FormatName, report: Report, options: RenderOptions = {}): Promise<string> {
  let text = '';
  const run = await ReportRun.start([{ format, target: '-' }], { stdout: (t) => void (text += t) }, options);
  const catalogue = options.rules || options.fleetRules ? buildCatalogue(options.rules ?? [], options.fleetRules ?? []) : catalogueOf(report);
  run.begin({ command: options.command ?? 'batch', generatedAt: report.generatedAt, tool: report.tool, rules: options.rules ?? [], fleetRules: options.fleetRules ?? [], catalogue, machines: report.machines.length });
  for (const machine of report.machines) run.machine(entryOf(machine));
  if (report.fleet) run.fleet(report.fleet);
  const failed = report.machines.filter((m) => m.status === 'failed').map((m) => ({ file: m.file, code: m.error?.code ?? '', message: m.error?.message ?? '' }));
  const superseded = report.machines.filter((m) => m.status === 'superseded').map((m) => ({ file: m.file, supersededBy: m.supersededBy ?? '' }));
  const tally = new RunTally(options.rules ?? []);
  for (const machine of report.machines) tally.report(machine);
  run.end({ summary: report.summary, durationMs: 0, failed, superseded, ruleFailures: tally.ruleFailures() });
  return text;
}

/** A catalogue made from the rule metadata the results of a hand-made report repeat (summary and rationale empty). */
export function catalogueOf(report: Report): Catalogue {
  const entry = (r: RuleResult): CatalogueSource => ({ id: r.ruleId, ref: r.ref, title: r.title, severity: r.severity, category: r.category, summary: '', rationale: '', remediation: r.remediation, references: r.references });
  const rules = new Map<string, CatalogueSource>();
  for (const m of report.machines) for (const r of m.results) if (!rules.has(r.ruleId)) rules.set(r.ruleId, entry(r));
  const fleet = new Map<string, CatalogueSource>();
  for (const r of report.fleet?.results ?? []) if (!fleet.has(r.ruleId)) fleet.set(r.ruleId, entry(r));
  return buildCatalogue([...rules.values()], [...fleet.values()]);
}

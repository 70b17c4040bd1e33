// Renders a report held in memory through the production reporters (the same ReportRun driver
// and format modules that diagnose, batch and fleet use), for the format tests.
import { RunTally } from '../../engine/model/build-model.js';
import type { Report } from '../../engine/model/report-model.js';
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
  run.begin({ command: options.command ?? 'batch', generatedAt: report.generatedAt, tool: report.tool, rules: options.rules ?? [], fleetRules: options.fleetRules ?? [] });
  for (const machine of report.machines) run.machine(entryOf(machine));
  if (report.fleet) run.fleet(report.fleet);
  const failed = report.machines.filter((m) => m.status === 'failed').map((m) => ({ file: m.file, code: m.error?.code ?? '', message: m.error?.message ?? '' }));
  const superseded = report.machines.filter((m) => m.status === 'superseded').map((m) => ({ file: m.file, supersededBy: m.supersededBy ?? '' }));
  const tally = new RunTally(options.rules ?? []);
  for (const machine of report.machines) tally.report(machine);
  run.end({ summary: report.summary, durationMs: 0, failed, superseded, ruleFailures: tally.ruleFailures() });
  return text;
}

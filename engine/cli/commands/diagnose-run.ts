/**
 * The work of `wsus-doctor diagnose` (engine/cli/commands/diagnose.ts declares the command and
 * loads this module when it runs): every file through the pipeline, one report run. What a run
 * always needs is imported statically, so the bundle gives it in a few chunks instead of one file
 * per module (resolving and reading ~50 small chunks was ~15 % of a one-file diagnose); what only
 * some runs need (a thresholds file, user rule folders, a bundle to ingest, a report format) stays
 * behind dynamic imports.
 */
import { InputError } from '../../errors.js';
import { EXIT, useColor, type CliIo } from '../io.js';
import { otherInputsOf, resolveOutputs } from '../outputs.js';
import { loadWaivers, resolveRuleSet } from '../rule-set.js';
import { createEvaluator } from '../../evaluate/evaluator.js';
import { diagnoseFile } from '../../diagnose/diagnose-file.js';
import { RunTally } from '../../model/build-model.js';
import { ReportRun } from '../../report/report-run.js';
import { entryOf } from '../../report/reporter.js';
import { checkOutputTargets } from '../../report/output-paths.js';
import { TOOL_VERSION } from '../../version.js';
import { hasConfigFile } from '../../config/config-file-names.js';
import { limitsFromOptions } from '../../load/limits.js';
import { buildCatalogue } from '../../model/compact-report.js';
import { defaultThresholds } from '../../knowledge/thresholds.js';
import { diagnoseBundle, isBundleInput } from './ingest.js';
import type { DiagnoseOptions } from './diagnose.js';

async function readStdin(io: CliIo): Promise<Uint8Array> {
  if (!io.readStdin) throw new InputError('E_USAGE', 'no standard input to read the fact file `-` from');
  return io.readStdin();
}

export async function runDiagnose(options: DiagnoseOptions, io: CliIo): Promise<number> {
  const started = Date.now();
  const outputs = resolveOutputs(options.format);
  // Before any work: no report may overwrite an input or another report.
  checkOutputTargets(
    outputs.map((o) => o.target),
    [...options.files, ...(await otherInputsOf(options))],
  );
  const limits = limitsFromOptions(options);
  // The configuration reader (YAML parser, schema) is loaded only when there is a file to read.
  const { thresholds } = hasConfigFile(options.config, process.cwd())
    ? (await import('../../config/load-config.js')).loadConfig(options.config, process.cwd())
    : { thresholds: defaultThresholds() };
  const ruleSet = await resolveRuleSet(options);
  for (const skipped of ruleSet.skipped) io.stderr(`wsus-doctor: skipped invalid rule file ${skipped.file}: ${skipped.problem}\n`);
  const waivers = options.waivers?.length ? await loadWaivers(options.waivers, ruleSet.rules, io) : undefined;
  // `-`: the fact file comes on standard input (`cat facts.json | wsus-doctor diagnose -`).
  const stdin = options.files.includes('-') ? await readStdin(io) : undefined;
  const setup = { evaluator: await createEvaluator(ruleSet.rules, options.engine ?? 'compiled'), waivers, thresholds, limits, stdin };
  const tally = new RunTally(ruleSet.rules);
  const reports = await ReportRun.start(outputs, io, { color: useColor(io), verbose: options.verbose, sarifBase: options.sarifBase });
  reports.begin({ command: 'diagnose', generatedAt: new Date().toISOString(), tool: { name: 'wsus-doctor', version: TOOL_VERSION }, rules: ruleSet.rules, fleetRules: [], catalogue: buildCatalogue(ruleSet.rules), machines: options.files.length });
  const failed = [];
  try {
    for (const file of options.files) {
      const fileStarted = process.hrtime.bigint();
      // A folder or zip of raw logs is ingested first (engine/cli/commands/ingest.ts).
      const { report } = file !== '-' && (await isBundleInput(file)) ? await diagnoseBundle(file, setup, io) : await diagnoseFile(file, setup);
      tally.report(report);
      if (report.status === 'failed') failed.push({ file, ...report.error! });
      // process.hrtime, not performance.now(): the global `performance` loads perf_hooks (~2 ms of start-up).
      reports.machine(entryOf(report, undefined, Number(process.hrtime.bigint() - fileStarted) / 1e6));
    }
    for (const f of failed) io.stderr(`wsus-doctor: ${f.file}${f.place ? `: at ${f.place}` : ''}: ${f.message}\n`);
    reports.end({ summary: tally.summary(), durationMs: Date.now() - started, failed, superseded: [], ruleFailures: tally.ruleFailures() });
  } catch (error) {
    // A failed run leaves earlier reports as they were.
    reports.abort();
    throw error;
  }
  if (failed.length > 0) return EXIT.badInput;
  return tally.reaches(options.failOn) ? EXIT.diagnoses : EXIT.ok;
}


/**
 * Human report for a terminal: per machine, the diagnoses grouped by severity (what was found,
 * evidence values, log lines, fix steps, reference), the fleet findings that name it, then
 * what could not be checked, then a one-line summary. Colours only when asked (TTY and no
 * NO_COLOR). A batch or fleet run gets the short fleet summary of batch-text-summary.ts.
 */
import pc from 'picocolors';
import { describeIngest } from '../ingest/describe-ingest.js';
import { SEVERITIES, type Severity } from '../dsl/rule-types.js';
import type { FleetSection, MachineReport, ReportSummary, RuleResult } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter, ReporterOptions, RunInfo } from './reporter.js';
import { batchTextSummary } from './batch-text-summary.js';

export interface TextOptions {
  color: boolean;
  /** Also list passed and not-applicable rules. */
  verbose?: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

function formatMachine(machine: MachineReport, c: Colors, options: TextOptions): string[] {
  const out: string[] = [];
  if (machine.status === 'failed') {
    const place = machine.error?.place ? ` at ${machine.error.place}` : '';
    out.push(`${c.red(c.bold('✖ cannot diagnose'))} ${machine.file}${place}: ${machine.error?.message ?? 'unknown error'}`, '');
    return out;
  }
  if (machine.status === 'superseded') {
    out.push(c.dim(`- ${machine.file}: superseded by a newer fact file of ${machine.computerName} (${machine.supersededBy})`), '');
    return out;
  }
  const name = machine.fqdn ?? machine.computerName ?? machine.file;
  const kind = machine.machineKind ? ` - ${machine.machineKind}` : '';
  out.push(c.bold(`${name} (${machine.role})${kind}`) + c.dim(`  ${machine.file}, collected ${machine.collectedAt}`), '');
  for (const notice of machine.notices ?? []) out.push(c.yellow(`  ! input cut: ${notice}`));
  if (machine.notices?.length) out.push('');
  if (machine.ingest) out.push(...describeIngest(machine.ingest).map((line) => c.dim(`  ${line}`)), '');
  const failures = machine.results.filter((r) => r.outcome === 'fail' && !r.waived);
  for (const severity of SEVERITIES) {
    for (const result of failures.filter((r) => r.severity === severity)) out.push(...formatDiagnosis(result, c), '');
  }
  for (const f of machine.fleetFindings ?? []) {
    out.push(`${severityColor(f.severity, c)(`${f.severity === 'info' ? 'i' : '✖'} ${SEVERITY_LABEL[f.severity]}`)} ${c.bold(f.title)} ${c.dim(`[${f.ref} ${f.ruleId}]`)}`);
    out.push(`  Fleet finding${f.subject && f.subject !== 'fleet' ? ` about ${f.subject}` : ''}: see the fleet findings.`, '');
  }
  const waived = machine.results.filter((r) => r.waived);
  for (const result of waived) out.push(c.dim(`  ~ waived: ${result.title} (${result.waived!.justification}${result.waived!.expires ? `, until ${result.waived!.expires}` : ''})`));
  const unknown = machine.results.filter((r) => r.outcome === 'insufficientEvidence' && !r.waived);
  if (unknown.length) {
    out.push(c.yellow('  Insufficient evidence:'));
    for (const result of unknown) out.push(`  ${c.yellow('?')} ${result.title}${c.dim(` [${result.ruleId}]`)}: ${result.message.replace(/^Cannot tell: /, '')}`);
    out.push('');
  }
  if (options.verbose) {
    // A pass is shown as what holds (the rule's pass message), never under the problem's title.
    for (const result of machine.results.filter((r) => r.outcome === 'pass')) out.push(`  ${c.green('✓')} ${result.message.replace(/^No problem found: /, '')}${c.dim(` [${result.ruleId}]`)}`);
    for (const result of machine.results.filter((r) => r.outcome === 'notApplicable')) out.push(c.dim(`  - ${result.title} [${result.ruleId}]: not applicable`));
    out.push('');
  }
  const s = machine.summary;
  const bySeverity = SEVERITIES.map((sev) => [sev, failures.filter((r) => r.severity === sev).length] as const).filter(([, n]) => n > 0);
  const failText = `${s.fail} diagnos${s.fail === 1 ? 'is' : 'es'}${bySeverity.length ? ` (${bySeverity.map(([sev, n]) => `${n} ${sev}`).join(', ')})` : ''}`;
  const fleetText = machine.fleetFindings?.length ? c.red(`, ${machine.fleetFindings.length} fleet finding${machine.fleetFindings.length === 1 ? '' : 's'}`) : '';
  out.push(
    `${s.fail ? c.red(failText) : c.green(failText)}${fleetText}, ${s.pass} passed, ${s.notApplicable} not applicable, ${s.insufficientEvidence ? c.yellow(`${s.insufficientEvidence} insufficient evidence`) : '0 insufficient evidence'}`,
    '',
  );
  return out;
}

const SEVERITY_LABEL: Record<Severity, string> = { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING', info: 'INFO' };

function severityColor(severity: Severity, c: Colors): (s: string) => string {
  return severity === 'critical' || severity === 'error' ? (s) => c.red(c.bold(s)) : severity === 'warning' ? c.yellow : c.cyan;
}

export function formatDiagnosis(result: RuleResult & { machines?: string[] }, c: Colors): string[] {
  const out: string[] = [];
  const mark = result.severity === 'info' ? 'i' : '✖';
  out.push(`${severityColor(result.severity, c)(`${mark} ${SEVERITY_LABEL[result.severity]}`)} ${c.bold(result.title)} ${c.dim(`[${result.ref} ${result.ruleId}]`)}`);
  out.push(`  Found: ${result.message}`);
  if (result.machines?.length) out.push(`  Machines: ${result.machines.slice(0, 20).join(', ')}${result.machines.length > 20 ? ` and ${result.machines.length - 20} more` : ''}`);
  const evidence = result.evidence.filter((e) => e.value !== undefined);
  if (evidence.length) {
    out.push('  Evidence:');
    for (const e of evidence.slice(0, 8)) out.push(`    ${c.dim(e.path)} = ${showValue(e.value)}`);
  }
  if (result.logEvidence.length) {
    out.push('  Log lines:');
    for (const line of result.logEvidence.slice(0, 5)) {
      const where = [line.file, line.line].filter((x) => x !== undefined).join(':');
      out.push(`    ${c.dim(where)}${where ? ' ' : ''}${truncate(line.text, 200)}`);
    }
  }
  if (result.remediation.length) {
    out.push('  Fix:');
    result.remediation.forEach((step, i) => out.push(`    ${i + 1}. ${step}`));
  }
  for (const ref of result.references.slice(0, 2)) out.push(`  See: ${ref.title} ${c.underline(ref.url)}`);
  return out;
}

function formatTotals(s: ReportSummary, c: Colors): string {
  const parts = [
    `${s.machines} file${s.machines === 1 ? '' : 's'}`,
    `${s.diagnosed} diagnosed`,
    s.failed ? c.red(`${s.failed} could not be read`) : undefined,
    s.superseded ? `${s.superseded} superseded` : undefined,
    `${s.outcomes.fail} diagnoses (${SEVERITIES.map((sev) => `${s.failuresBySeverity[sev]} ${sev}`).join(', ')})`,
    s.waived ? `${s.waived} waived` : undefined,
    s.fleetFailures !== undefined ? `${s.fleetFailures} fleet findings` : undefined,
    `${s.outcomes.insufficientEvidence} insufficient evidence`,
  ].filter(Boolean);
  return c.bold(`Total: ${parts.join(', ')}`);
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return truncate(JSON.stringify(value), 160);
  return truncate(JSON.stringify(value) ?? 'undefined', 160);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The text reporter. diagnose: every machine in detail as it comes, then the fleet findings
 * and totals. batch and fleet: the fleet summary of batchTextSummary (per-machine detail is
 * in the other formats).
 */
export const textFormat: ReportFormat = {
  name: 'text',
  terminal: true,
  describe: 'for people: each machine in detail (diagnose) or the fleet summary (batch, fleet)',
  reads: 'none',
  last: true,
  create(out: ReportOutput, options: ReporterOptions): Reporter {
    const c = pc.createColors(options.color ?? false);
    const textOptions: TextOptions = { color: options.color ?? false, verbose: options.verbose };
    let run: RunInfo;
    let machines = 0;
    let anyRead = false;
    const parts: string[] = [];
    let fleet: FleetSection | undefined;
    return {
      begin(info) {
        run = info;
      },
      machine(entry) {
        if (run.command !== 'diagnose') return;
        const machine = entry.report();
        machines++;
        if (machine.status !== 'failed') anyRead = true;
        parts.push(...formatMachine(machine, c, textOptions));
      },
      fleet(section) {
        fleet = section;
      },
      end(end) {
        if (run.command !== 'diagnose') {
          out.write(batchTextSummary(end, fleet ?? { results: [] }, run.command));
          return;
        }
        // A run where no file could be read prints nothing here: stderr says why.
        if (!anyRead) return;
        if (fleet?.results.length) {
          parts.push(c.bold('Fleet findings'), '');
          for (const result of fleet.results.filter((r) => r.outcome === 'fail')) parts.push(...formatDiagnosis(result, c), '');
        }
        if (machines > 1 || fleet) parts.push(formatTotals(end.summary, c));
        out.write(`${parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
      },
    };
  },
};

/**
 * The batch's text output for people: totals, the rules with most diagnosed machines, the
 * fleet findings with the machines they name, files that failed and what was written.
 * Short on purpose: per-machine detail is in the json/csv/html reports.
 */
import type { FleetSection } from '../model/report-model.js';
import type { RunEnd, RunInfo } from './reporter.js';

function names(list: readonly string[], max = 8): string {
  return list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}

export function batchTextSummary(result: RunEnd, fleet: FleetSection, command: RunInfo['command']): string {
  const s = result.summary;
  const seconds = result.durationMs / 1000;
  const lines: string[] = [];
  lines.push(
    `wsus-doctor ${command}: ${s.machines} file${s.machines === 1 ? '' : 's'}: ${s.diagnosed} diagnosed, ${s.failed} failed, ${s.superseded} superseded (${seconds.toFixed(1)} s${seconds > 0 ? `, ${Math.round(s.machines / seconds)} files/s` : ''})`,
  );
  const sev = s.failuresBySeverity;
  lines.push(
    `Diagnoses: ${sev.critical} critical, ${sev.error} error, ${sev.warning} warning, ${sev.info} info${s.waived ? ` (and ${s.waived} waived)` : ''}; ${s.outcomes.insufficientEvidence} rule results with insufficient evidence`,
  );
  if (result.ruleFailures.length) {
    lines.push('', 'Most frequent diagnoses (machines):');
    for (const r of result.ruleFailures.slice(0, 10)) lines.push(`  ${String(r.machines).padStart(6)}  ${r.severity.padEnd(8)}  ${r.ref}  ${r.ruleId}: ${r.title}`);
  }
  const findings = fleet.results.filter((r) => r.outcome === 'fail' && !r.waived);
  const undecided = fleet.results.filter((r) => r.outcome === 'insufficientEvidence');
  lines.push('', `Fleet findings: ${findings.length}${undecided.length ? ` (${undecided.length} fleet checks with insufficient evidence)` : ''}`);
  for (const r of findings) {
    lines.push(`  [${r.severity}] ${r.ref} ${r.ruleId}${r.subject && r.subject !== 'fleet' ? ` (${r.subject})` : ''}`);
    lines.push(`      ${r.message}`);
    if (r.machines?.length) lines.push(`      Machines (${r.machines.length}): ${names(r.machines)}`);
  }
  if (result.failed.length) {
    lines.push('', `Files that could not be diagnosed: ${result.failed.length}`);
    for (const f of result.failed.slice(0, 20)) lines.push(`  ${f.file}: ${f.code}${f.place ? ` at ${f.place}` : ''}: ${f.message}`);
    if (result.failed.length > 20) lines.push(`  ... and ${result.failed.length - 20} more (see the json/ndjson/csv report)`);
  }
  if (result.superseded.length) lines.push('', `Superseded (older duplicates of a machine): ${result.superseded.length}`);
  if (result.written.length) {
    lines.push('', 'Reports:');
    for (const w of result.written) lines.push(`  ${w.format.padEnd(6)} ${w.target}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Markdown for tickets and chat (GitHub/GitLab/Azure DevOps issues, Teams, Slack-style
 * renderers). One machine: its diagnoses, most severe first, each with what was found, the
 * evidence values, the log lines, numbered fix steps and a reference, then what could not be
 * checked. Several machines (or a fleet): a summary table, the machines with diagnoses (worst
 * first, at most 50 rows), the most frequent diagnoses with their fix steps, the fleet findings
 * and the files that could not be read.
 *
 * Text from fact files never becomes markup: inline text has Markdown and HTML punctuation
 * backslash-escaped and line breaks folded into spaces (so it cannot start a heading, list,
 * table row or HTML block), evidence values are code spans and log lines a fenced block whose
 * fence is longer than any backtick run inside.
 */
import { SEVERITIES, type Severity } from '../dsl/rule-types.js';
import { severityRank } from '../model/build-model.js';
import type { FleetResult, MachineReport, RuleResult } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { CatalogueRule, ReportFormat, Reporter, RunInfo } from './reporter.js';

/**
 * Inline text: one line, the punctuation that can make Markdown or HTML escaped (emphasis,
 * code, links and images, raw HTML and entities, table cells, strike-through, heading closers).
 * Never at the start of a line (each line starts with our own markup), so list and heading
 * starters need no escaping.
 */
export function mdText(value: unknown): string {
  return String(value ?? '')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&');
}

/** A code span that holds any text (one line). */
export function mdCode(value: string): string {
  const text = value.replace(/\r\n|[\r\n]/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block of lines (the fence outlasts any backtick run inside). */
export function mdBlock(lines: readonly string[]): string[] {
  const body = lines.map((l) => l.replace(/\r\n|[\r\n]/g, ' '));
  const longest = Math.max(2, ...body.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, ...body, fence];
}

/** A link whose target cannot break out of the parentheses. */
function mdLink(title: string, url: string): string {
  return `[${mdText(title)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

const LABEL: Record<Severity, string> = { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING', info: 'INFO' };
const ICON: Record<Severity, string> = { critical: '🛑', error: '❌', warning: '⚠️', info: 'ℹ️' };

function machineName(m: MachineReport): string {
  return m.fqdn ?? m.computerName ?? m.file;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function diagnosis(r: RuleResult): string[] {
  const out = [`### ${ICON[r.severity]} ${LABEL[r.severity]}: ${mdText(r.title)} (${mdText(r.ref)} ${mdCode(r.ruleId)})`, '', `**Found:** ${mdText(r.message)}`, ''];
  if (r.evidence.length) {
    out.push('**Evidence:**', '');
    for (const e of r.evidence) out.push(`- ${mdCode(e.path)} = ${mdCode(e.value === undefined ? 'unknown' : JSON.stringify(e.value))}`);
    out.push('');
  }
  if (r.logEvidence.length) {
    out.push('**Log lines:**', '', ...mdBlock(r.logEvidence.map((l) => `${l.file ? `${l.file}${l.line ? `:${l.line}` : ''}: ` : ''}${l.text}`)), '');
  }
  if (r.remediation.length) {
    out.push('**Fix:**', '', ...r.remediation.map((s, i) => `${i + 1}. ${mdText(s)}`), '');
  }
  if (r.references.length) out.push(`**See:** ${r.references.map((ref) => mdLink(ref.title, ref.url)).join(' · ')}`, '');
  return out;
}

/** The detail of one machine. */
export function markdownMachine(m: MachineReport): string {
  const name = machineName(m);
  if (m.status === 'failed') {
    return `## ${mdText(m.file)}: cannot diagnose\n\n${mdText(`${m.error?.code ?? 'E_READ'}${m.error?.place ? ` at ${m.error.place}` : ''}: ${m.error?.message ?? ''}`)}\n`;
  }
  if (m.status === 'superseded') return `## ${mdText(m.file)}: superseded\n\nA newer fact file of ${mdText(name)} was used: ${mdCode(m.supersededBy ?? '')}\n`;
  const failures = m.results.filter((r) => r.outcome === 'fail' && !r.waived).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const bySeverity = SEVERITIES.map((s) => [s, failures.filter((r) => r.severity === s).length] as const).filter(([, n]) => n > 0);
  const s = m.summary;
  const out = [
    `## ${mdText(name)} (${mdText(m.role ?? 'unknown role')})${m.machineKind ? `: ${mdText(m.machineKind)}` : ''}`,
    '',
    `${mdCode(m.file)}, collected ${mdText(m.collectedAt ?? 'at an unknown time')}. **${plural(s.fail, 'diagnosis', 'diagnoses')}**${bySeverity.length ? ` (${bySeverity.map(([sev, n]) => `${n} ${sev}`).join(', ')})` : ''}, ${s.pass} passed, ${s.notApplicable} not applicable, ${s.insufficientEvidence} insufficient evidence.`,
    '',
  ];
  for (const r of failures) out.push(...diagnosis(r));
  for (const f of m.fleetFindings ?? []) out.push(`- ${ICON[f.severity]} **${LABEL[f.severity]}** fleet finding: ${mdText(f.title)} (${mdText(f.ref)} ${mdCode(f.ruleId)})${f.subject && f.subject !== 'fleet' ? ` about ${mdText(f.subject)}` : ''}`);
  if (m.fleetFindings?.length) out.push('');
  const waived = m.results.filter((r) => r.waived);
  if (waived.length) {
    out.push('**Waived:**', '', ...waived.map((r) => `- ${mdText(r.title)} (${mdCode(r.ruleId)}): ${mdText(r.waived!.justification)}${r.waived!.expires ? `, until ${mdText(r.waived!.expires)}` : ''}`), '');
  }
  const unknown = m.results.filter((r) => r.outcome === 'insufficientEvidence' && !r.waived);
  if (unknown.length) {
    out.push('### Insufficient evidence', '', ...unknown.map((r) => `- ${mdText(r.title)} (${mdCode(r.ruleId)}): ${mdText(r.message.replace(/^Cannot tell: /, ''))}`), '');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

interface Row {
  name: string;
  role: string;
  counts: Record<Severity, number>;
  top?: string;
  fleet: number;
}

const MAX_ROWS = 50;

export const markdownFormat: ReportFormat = {
  name: 'markdown',
  terminal: true,
  describe: 'Markdown for tickets and chat: one machine in detail, or a fleet summary with the top findings',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    let run: RunInfo | undefined;
    let only: MachineReport | undefined;
    let machines = 0;
    const rows: Row[] = [];
    let fleetResults: FleetResult[] = [];
    const catalogue = new Map<string, CatalogueRule>();
    return {
      begin(info) {
        run = info;
        for (const r of [...info.rules, ...info.fleetRules]) catalogue.set(r.id, r);
      },
      machine(entry) {
        const m = entry.findings();
        machines++;
        only = machines === 1 ? m : undefined;
        if (m.status !== 'diagnosed') return;
        const failures = m.results.filter((r) => r.outcome === 'fail' && !r.waived);
        if (!failures.length && !m.fleetFindings?.length) return;
        const counts = Object.fromEntries(SEVERITIES.map((s) => [s, failures.filter((r) => r.severity === s).length])) as Record<Severity, number>;
        const worst = [...failures].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
        rows.push({ name: machineName(m), role: m.role ?? '', counts, ...(worst && { top: `${worst.ref} ${worst.title}` }), fleet: m.fleetFindings?.length ?? 0 });
      },
      fleet(section) {
        fleetResults = section.results;
      },
      end(end) {
        const findings = fleetResults.filter((r) => r.outcome === 'fail' && !r.waived);
        if (machines === 1 && only && !findings.length) {
          out.write(markdownMachine(only));
          return;
        }
        const s = end.summary;
        const sev = s.failuresBySeverity;
        const lines = [
          `## wsus-doctor ${run?.command ?? 'batch'}: ${plural(s.machines, 'fact file')}`,
          '',
          '| Machines | Diagnosed | Failed | Superseded | Critical | Error | Warning | Info | Fleet findings | Insufficient evidence |',
          '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
          `| ${s.machines} | ${s.diagnosed} | ${s.failed} | ${s.superseded} | ${sev.critical} | ${sev.error} | ${sev.warning} | ${sev.info} | ${s.fleetFailures ?? 0} | ${s.outcomes.insufficientEvidence} |`,
          '',
        ];
        if (end.ruleFailures.length) {
          lines.push('### Top findings', '', '| Machines | Severity | Rule | Title |', '| ---: | --- | --- | --- |');
          for (const r of end.ruleFailures.slice(0, 10)) lines.push(`| ${r.machines} | ${LABEL[r.severity]} | ${mdText(r.ref)} ${mdCode(r.ruleId)} | ${mdText(r.title)} |`);
          lines.push('');
          for (const r of end.ruleFailures.slice(0, 3)) {
            const rule = catalogue.get(r.ruleId);
            if (!rule?.remediation.length) continue;
            lines.push(`**Fix ${mdText(r.ref)} (${mdText(r.title)}):**`, '', ...rule.remediation.map((step, i) => `${i + 1}. ${mdText(step)}`), '');
          }
        }
        if (findings.length) {
          lines.push('### Fleet findings', '');
          for (const r of findings) {
            const names = r.machines ?? [];
            lines.push(`- ${ICON[r.severity]} **${LABEL[r.severity]}** ${mdText(r.title)} (${mdText(r.ref)} ${mdCode(r.ruleId)})${r.subject && r.subject !== 'fleet' ? ` about ${mdText(r.subject)}` : ''}: ${mdText(r.message)}${names.length ? ` Machines (${names.length}): ${mdText(names.slice(0, 10).join(', '))}${names.length > 10 ? ` and ${names.length - 10} more` : ''}.` : ''}`);
          }
          lines.push('');
        }
        if (rows.length) {
          const sorted = rows.sort((a, b) => SEVERITIES.reduce((d, s) => d || b.counts[s] - a.counts[s], 0) || b.fleet - a.fleet || a.name.localeCompare(b.name));
          lines.push(`### Machines with diagnoses (${rows.length})`, '', '| Machine | Role | Critical | Error | Warning | Info | Fleet | Worst diagnosis |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
          for (const r of sorted.slice(0, MAX_ROWS)) lines.push(`| ${mdText(r.name)} | ${mdText(r.role)} | ${r.counts.critical} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.info} | ${r.fleet} | ${mdText(r.top ?? '')} |`);
          if (rows.length > MAX_ROWS) lines.push('', `… and ${rows.length - MAX_ROWS} more machines with diagnoses (see the json, csv or html report).`);
          lines.push('');
        }
        if (end.failed.length) {
          lines.push(`### Files that could not be diagnosed (${end.failed.length})`, '');
          for (const f of end.failed.slice(0, 20)) lines.push(`- ${mdCode(f.file)}: ${mdText(`${f.code}${f.place ? ` at ${f.place}` : ''}: ${f.message}`)}`);
          if (end.failed.length > 20) lines.push(`- … and ${end.failed.length - 20} more`);
          lines.push('');
        }
        out.write(`${lines.join('\n').replace(/\n+$/, '')}\n`);
      },
    };
  },
};

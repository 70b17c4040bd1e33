/**
 * What the CI annotation formats (github, azuredevops) share: one annotation per unwaived
 * diagnosis, per unreadable fact file and per fleet finding (located at the first machine's fact
 * file it names), with the same text. Each format only encodes an annotation as its command line.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../dsl/rule-types.js';
import type { FleetResult, MachineReport, RuleResult } from '../model/report-model.js';
import { MachineNames } from './format-csv.js';
import type { ReportOutput } from './report-output.js';
import type { Reporter } from './reporter.js';

/** One annotation, before a format encodes it. */
export interface Annotation {
  severity: Severity;
  /** The fact file it is located at (relative to the working directory when under it). */
  file: string | undefined;
  /** The rule's ref, or the read error's code for an unreadable file. */
  code: string;
  /** The rule's title, or "fact file could not be diagnosed". */
  title: string;
  text: string;
  /** The fact file could not be read or validated. */
  unreadable?: boolean;
}

/** A fact file as the annotation's file: relative to the working directory when under it, forward slashes. */
export function workspacePath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, file));
  const inside = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  return (inside ? rel : file).replace(/\\/g, '/');
}

/** The annotation text of a diagnosis: the machine and message, log lines, fix steps, a reference. */
export function annotationText(machine: string, r: RuleResult & { machines?: string[] }): string {
  const lines = [`${machine}: ${r.message}`];
  if (r.machines && r.machines.length > 1) lines.push(`Machines: ${r.machines.slice(0, 20).join(', ')}${r.machines.length > 20 ? `, ... (${r.machines.length} in all)` : ''}`);
  const logs = r.logEvidence.slice(0, 5);
  if (logs.length) lines.push('Log lines:', ...logs.map((l) => `  ${l.file ? `${l.file}${l.line ? `:${l.line}` : ''}: ` : ''}${l.text}`));
  if (r.remediation.length) lines.push('Fix:', ...r.remediation.map((s, i) => `  ${i + 1}. ${s}`));
  if (r.references[0]) lines.push(`See: ${r.references[0].url}`);
  return lines.join('\n');
}

function machineName(m: MachineReport): string {
  return m.fqdn ?? m.computerName ?? m.file;
}

/** A reporter that writes `encode(annotation)` for every annotation of the run. */
export function annotationReporter(out: ReportOutput, encode: (annotation: Annotation) => string): Reporter {
  const names = new MachineNames();
  return {
    begin() {},
    machine(entry) {
      const m = entry.findings();
      names.add(m);
      const file = workspacePath(m.file);
      if (m.status === 'failed') {
        const e = m.error;
        const text = `${m.file}${e?.place ? ` (at ${e.place})` : ''}: ${e?.message ?? ''}`;
        out.write(encode({ severity: 'error', file, code: e?.code ?? 'E_READ', title: 'fact file could not be diagnosed', text, unreadable: true }));
        return;
      }
      if (m.status !== 'diagnosed') return;
      for (const r of m.results) {
        if (r.outcome !== 'fail' || r.waived) continue;
        out.write(encode({ severity: r.severity, file, code: r.ref, title: r.title, text: annotationText(machineName(m), r) }));
      }
    },
    fleet(section) {
      for (const r of section.results as FleetResult[]) {
        if (r.outcome !== 'fail' || r.waived) continue;
        const first = r.machines?.map((n) => names.lookup(n)?.file).find((f) => f !== undefined);
        out.write(encode({ severity: r.severity, file: first && workspacePath(first), code: r.ref, title: r.title, text: annotationText(r.subject ?? 'fleet', r) }));
      }
    },
    end() {},
  };
}

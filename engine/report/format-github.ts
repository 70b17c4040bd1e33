/**
 * GitHub Actions workflow commands: one annotation per diagnosis, so a workflow run shows each
 * finding on its summary page (and on the fact file when the file is in the repository):
 *
 *   ::error file=facts/wsus01.json,title=WSUS-0004 Update Services is not running::wsus01: ...
 *
 * critical and error -> ::error, warning -> ::warning, info -> ::notice. A fleet finding is one
 * annotation located at the first machine's fact file it names; a file that could not be read
 * is an ::error on that file. Files are written relative to the working directory (the
 * workspace in a workflow) with forward slashes.
 *
 * Escaping follows the runner's rules (@actions/core toCommand): the message escapes % CR LF as
 * %25 %0D %0A, property values also : and , as %3A %2C. Every command is therefore one line
 * that starts with `::`, and text from fact files (log lines holding `::error::`, newlines)
 * can never start a command of its own. There is no line number: the line of a log excerpt is
 * a line of the log on the collected machine, not of the fact file; it is quoted in the message.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../dsl/rule-types.js';
import type { FleetResult, MachineReport, RuleResult } from '../model/report-model.js';
import { MachineNames } from './format-csv.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

/** The data (message) of a workflow command. */
export function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command. */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubLevel(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'critical' || severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

/** A fact file as the annotation's file: relative to the working directory when under it, forward slashes. */
export function workspacePath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, file));
  const inside = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  return (inside ? rel : file).replace(/\\/g, '/');
}

/** One workflow command line. */
export function githubCommand(level: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${githubProperty(String(v))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${githubData(message)}\n`;
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

export const githubFormat: ReportFormat = {
  name: 'github',
  describe: 'GitHub Actions annotations (::error/::warning/::notice workflow commands), one per diagnosis',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    const names = new MachineNames();
    return {
      begin() {},
      machine(entry) {
        const m = entry.findings();
        names.add(m);
        const file = workspacePath(m.file);
        if (m.status === 'failed') {
          const e = m.error;
          out.write(githubCommand('error', { file, title: `wsus-doctor: ${e?.code ?? 'E_READ'} fact file could not be diagnosed` }, `${m.file}${e?.place ? ` (at ${e.place})` : ''}: ${e?.message ?? ''}`));
          return;
        }
        if (m.status !== 'diagnosed') return;
        for (const r of m.results) {
          if (r.outcome !== 'fail' || r.waived) continue;
          out.write(githubCommand(githubLevel(r.severity), { file, title: `${r.ref} ${r.title}` }, annotationText(machineName(m), r)));
        }
      },
      fleet(section) {
        for (const r of section.results as FleetResult[]) {
          if (r.outcome !== 'fail' || r.waived) continue;
          const first = r.machines?.map((n) => names.lookup(n)?.file).find((f) => f !== undefined);
          out.write(githubCommand(githubLevel(r.severity), { file: first && workspacePath(first), title: `${r.ref} ${r.title}` }, annotationText(r.subject ?? 'fleet', r)));
        }
      },
      end() {},
    };
  },
};

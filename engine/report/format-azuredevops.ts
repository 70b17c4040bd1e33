/**
 * Azure Pipelines logging commands: one `task.logissue` per diagnosis, so a pipeline run lists
 * each finding as an error or warning of its step:
 *
 *   ##vso[task.logissue type=error;sourcepath=facts/wsus01.json;code=WSUS-0004]wsus01: ...
 *
 * critical and error -> type=error; warning and info -> type=warning (logissue knows no lower
 * level; info messages say so). A fleet finding is located at the first machine's fact file it
 * names; a file that could not be read is an error on that file (its error code as code).
 *
 * Escaping follows azure-pipelines-task-lib: the message escapes % CR LF as %AZP25 %0D %0A,
 * property values also ; and ] as %3B %5D. Every command is one line that starts with
 * `##vso[` (the agent reads the first `##vso[` of a line), so `##vso[` inside a log line stays
 * part of the message. No linenumber: the line of a log excerpt is a line of the log on the
 * collected machine, not of the fact file; it is quoted in the message.
 */
import type { Severity } from '../dsl/rule-types.js';
import type { FleetResult, MachineReport } from '../model/report-model.js';
import { MachineNames } from './format-csv.js';
import { annotationText, workspacePath } from './format-github.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

/** The data (message) of a logging command. */
export function vsoData(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a logging command. */
export function vsoProperty(text: string): string {
  return vsoData(text).replace(/;/g, '%3B').replace(/\]/g, '%5D');
}

export function vsoType(severity: Severity): 'error' | 'warning' {
  return severity === 'critical' || severity === 'error' ? 'error' : 'warning';
}

/** One `##vso[task.logissue ...]` line. */
export function vsoLogIssue(type: 'error' | 'warning', properties: Record<string, string | number | undefined>, message: string): string {
  const all: Record<string, string | number | undefined> = { type, ...properties };
  const props = Object.entries(all)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${vsoProperty(String(v))}`)
    .join(';');
  return `##vso[task.logissue ${props}]${vsoData(message)}\n`;
}

function machineName(m: MachineReport): string {
  return m.fqdn ?? m.computerName ?? m.file;
}

function message(severity: Severity, title: string, text: string): string {
  return `${severity === 'info' ? '[info] ' : ''}${title}: ${text}`;
}

export const azureDevOpsFormat: ReportFormat = {
  name: 'azuredevops',
  describe: 'Azure Pipelines logging commands (##vso[task.logissue]), one per diagnosis',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    const names = new MachineNames();
    return {
      begin() {},
      machine(entry) {
        const m = entry.findings();
        names.add(m);
        const sourcepath = workspacePath(m.file);
        if (m.status === 'failed') {
          const e = m.error;
          out.write(vsoLogIssue('error', { sourcepath, code: e?.code ?? 'E_READ' }, `fact file could not be diagnosed: ${m.file}${e?.place ? ` (at ${e.place})` : ''}: ${e?.message ?? ''}`));
          return;
        }
        if (m.status !== 'diagnosed') return;
        for (const r of m.results) {
          if (r.outcome !== 'fail' || r.waived) continue;
          out.write(vsoLogIssue(vsoType(r.severity), { sourcepath, code: r.ref }, message(r.severity, r.title, annotationText(machineName(m), r))));
        }
      },
      fleet(section) {
        for (const r of section.results as FleetResult[]) {
          if (r.outcome !== 'fail' || r.waived) continue;
          const first = r.machines?.map((n) => names.lookup(n)?.file).find((f) => f !== undefined);
          out.write(vsoLogIssue(vsoType(r.severity), { sourcepath: first && workspacePath(first), code: r.ref }, message(r.severity, r.title, annotationText(r.subject ?? 'fleet', r))));
        }
      },
      end() {},
    };
  },
};

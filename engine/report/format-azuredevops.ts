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
import { annotationReporter } from './annotations.js';
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

function message(severity: Severity, title: string, text: string): string {
  return `${severity === 'info' ? '[info] ' : ''}${title}: ${text}`;
}

export const azureDevOpsFormat: ReportFormat = {
  name: 'azuredevops',
  terminal: true,
  describe: 'Azure Pipelines logging commands (##vso[task.logissue]), one per diagnosis',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    return annotationReporter(out, (a) =>
      a.unreadable
        ? vsoLogIssue('error', { sourcepath: a.file, code: a.code }, `${a.title}: ${a.text}`)
        : vsoLogIssue(vsoType(a.severity), { sourcepath: a.file, code: a.code }, message(a.severity, a.title, a.text)),
    );
  },
};

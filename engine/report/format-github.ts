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
import type { Severity } from '../dsl/rule-types.js';
import { annotationReporter } from './annotations.js';
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

/** One workflow command line. */
export function githubCommand(level: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${githubProperty(String(v))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${githubData(message)}\n`;
}

export const githubFormat: ReportFormat = {
  name: 'github',
  terminal: true,
  describe: 'GitHub Actions annotations (::error/::warning/::notice workflow commands), one per diagnosis',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    return annotationReporter(out, (a) =>
      a.unreadable
        ? githubCommand('error', { file: a.file, title: `wsus-doctor: ${a.code} ${a.title}` }, a.text)
        : githubCommand(githubLevel(a.severity), { file: a.file, title: `${a.code} ${a.title}` }, a.text),
    );
  },
};

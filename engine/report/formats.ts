/**
 * The report formats by name: the one list both `diagnose --format` and `batch --format` (and
 * `fleet --format`) accept. Each format is one module exporting a ReportFormat; it is loaded
 * only when asked for, so `--help` stays instant. Adding a format: its module and one line here.
 */
import type { ReportFormat } from './reporter.js';

const LOADERS = {
  text: async () => (await import('./format-text.js')).textFormat,
  json: async () => (await import('./format-json.js')).jsonFormat,
  ndjson: async () => (await import('./format-ndjson.js')).ndjsonFormat,
  csv: async () => (await import('./format-csv.js')).csvFormat,
  junit: async () => (await import('./format-junit.js')).junitFormat,
  sarif: async () => (await import('./format-sarif.js')).sarifFormat,
  html: async () => (await import('./format-html.js')).htmlFormat,
  github: async () => (await import('./format-github.js')).githubFormat,
  azuredevops: async () => (await import('./format-azuredevops.js')).azureDevOpsFormat,
  markdown: async () => (await import('./format-markdown.js')).markdownFormat,
} satisfies Record<string, () => Promise<ReportFormat>>;

export type FormatName = keyof typeof LOADERS;
export const FORMAT_NAMES = Object.keys(LOADERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(LOADERS, name);
}

export async function loadFormat(name: FormatName): Promise<ReportFormat> {
  return LOADERS[name]();
}

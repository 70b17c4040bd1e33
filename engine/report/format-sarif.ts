/**
 * SARIF 2.1.0 report (OASIS Static Analysis Results Interchange Format) for security and CI
 * tooling (GitHub code scanning, Azure DevOps, Defender for DevOps). One run: the driver lists
 * every rule (per-machine rules, then fleet rules) with its metadata; each diagnosis is a
 * result located at the fact file of its machine (artifact URI) and at the machine (logical
 * location, kind "resource"); a fleet finding is located at the fact files of the machines it
 * names. Files that could not be read are tool execution notifications of the invocation.
 *
 * Locations: a fact file under the base folder (`--sarif-base`, default the working directory)
 * is a relative URI with uriBaseId SRCROOT, and run.originalUriBaseIds says where SRCROOT was
 * (so a dashboard can map it onto its checkout); a file elsewhere is an absolute file: URL.
 * Log lines that are evidence are relatedLocations: the log file on the collected machine
 * (a file: URL of its Windows path) with a region (startLine, the line as snippet).
 *
 * Levels: critical and error -> error, warning -> warning, info -> note. partialFingerprints
 * carry a hash of machine + rule so that a dashboard tracks one finding across runs.
 *
 * Streamed: the head (rule catalogue) at begin, results as machines come, the invocation at end.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import type { RuleDefinition, Severity } from '../dsl/rule-types.js';
import type { MachineReport, RuleResult } from '../model/report-model.js';
import { MachineNames, type MachineLookup } from './format-csv.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Rule metadata the driver lists (a RuleDefinition or a fleet rule). */
export type SarifRule = Pick<RuleDefinition<string>, 'id' | 'ref' | 'title' | 'severity' | 'category' | 'summary' | 'rationale' | 'remediation' | 'references'>;

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'critical' || severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

const WINDOWS_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\|\/\/)/;

function encodePath(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/** A Windows path (C:\\x, \\\\server\\share\\x) as a file: URL, on any platform. */
export function windowsFileUrl(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('//')) {
    const [host = '', ...rest] = slashed.slice(2).split('/');
    return `file://${encodeURIComponent(host)}/${rest.map(encodeURIComponent).join('/')}`;
  }
  const [drive = '', ...rest] = slashed.split('/');
  return `file:///${drive}/${rest.map(encodeURIComponent).join('/')}`;
}

/** A fact file path as a SARIF artifact URI: relative paths as URI references, absolute ones as file: URLs. */
export function artifactUri(file: string): string {
  if (WINDOWS_ABSOLUTE.test(file)) return windowsFileUrl(file);
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return encodePath(file);
}

/** The uriBaseId of fact files under the base folder. */
export const SARIF_BASE_ID = 'SRCROOT';

/** Builds the artifact locations of fact files relative to a base folder (an absolute path). */
export function artifactLocator(base: string): { location: (file: string) => { uri: string; uriBaseId?: string }; originalUriBaseIds: Record<string, { uri: string }> } {
  const root = resolve(base);
  const rootUri = pathToFileURL(root).href.replace(/\/?$/, '/');
  return {
    location(file) {
      if (WINDOWS_ABSOLUTE.test(file) && sep === '/') return { uri: windowsFileUrl(file) };
      const rel = relative(root, resolve(file));
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: artifactUri(resolve(file)) };
      return { uri: encodePath(rel), uriBaseId: SARIF_BASE_ID };
    },
    originalUriBaseIds: { [SARIF_BASE_ID]: { uri: rootUri } },
  };
}

/**
 * The driver's informationUri: the package's homepage or repository when package.json names one,
 * else the README shipped with this installation as a file: URL (the project names no web host,
 * and the schema wants an absolute URI). Undefined when neither is found.
 */
export function toolInformationUri(): string | undefined {
  const meta = pkg as { homepage?: string; repository?: string | { url?: string } };
  const named = meta.homepage ?? (typeof meta.repository === 'string' ? meta.repository : meta.repository?.url);
  if (named && /^https?:\/\//.test(named)) return named;
  // Source (engine/report) or bundle (dist, dist/chunks): the package root is a few folders up.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'README.md'))) return pathToFileURL(join(dir, 'README.md')).href;
  }
  return undefined;
}

/** 32-bit FNV-1a as 8 hex digits (stable fingerprints). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

export function sarifRuleDescriptor(rule: SarifRule): Record<string, unknown> {
  const descriptor: Record<string, unknown> = {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.summary}\n\nFix:\n${rule.remediation.map((s, i) => `${i + 1}. ${s}`).join('\n')}`,
      markdown: `${rule.summary}\n\n**Fix**\n\n${rule.remediation.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n\n${rule.references.map((r) => `- [${r.title}](${r.url})`).join('\n')}`,
    },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: { ref: rule.ref, severity: rule.severity, category: rule.category, tags: ['wsus', rule.category] },
  };
  if (rule.references[0]) descriptor.helpUri = rule.references[0].url;
  return descriptor;
}

/** Everything before the results array. Close with sarifTail. */
export function sarifHead(rules: readonly SarifRule[], toolVersion: string, originalUriBaseIds?: Record<string, { uri: string }>): string {
  const informationUri = toolInformationUri();
  const driver = { name: 'wsus-doctor', version: toolVersion, semanticVersion: toolVersion, ...(informationUri && { informationUri }), rules: rules.map(sarifRuleDescriptor) };
  const bases = originalUriBaseIds ? `"originalUriBaseIds":${JSON.stringify(originalUriBaseIds)},` : '';
  return `{"$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},${bases}"columnKind":"utf16CodeUnits","results":[`;
}

/** Where a fact file is (relative to the base, or absolute). */
export type FactLocator = (file: string) => { uri: string; uriBaseId?: string };

const plainLocator: FactLocator = (file) => ({ uri: artifactUri(file) });

/** The log lines of a result as related locations: the log file on the machine, the line as region. */
function logLocations(r: RuleResult): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const l of r.logEvidence) {
    if (!l.file) continue;
    out.push({
      id: out.length,
      physicalLocation: {
        artifactLocation: { uri: WINDOWS_ABSOLUTE.test(l.file) ? windowsFileUrl(l.file) : encodePath(l.file) },
        ...(l.line !== undefined && l.line >= 1 && { region: { startLine: l.line, snippet: { text: l.text } } }),
      },
      message: { text: `log line${l.timestamp ? ` of ${l.timestamp}` : ''}` },
    });
    if (out.length >= 20) break;
  }
  return out;
}

export interface SarifNotification {
  file: string;
  code: string;
  message: string;
}

/** After the results: the invocation with notifications for files that could not be read. */
export function sarifTail(failedFiles: readonly SarifNotification[], superseded: ReadonlyArray<{ file: string; supersededBy?: string }> = [], locate: FactLocator = plainLocator): string {
  const notifications = [
    ...failedFiles.map((f) => ({
      level: 'error',
      message: { text: `${f.file}: ${f.message}` },
      descriptor: { id: f.code },
      locations: [{ physicalLocation: { artifactLocation: locate(f.file) } }],
    })),
    ...superseded.map((s) => ({
      level: 'note',
      message: { text: `${s.file}: superseded by ${s.supersededBy ?? 'a newer file of the same machine'}` },
      descriptor: { id: 'SUPERSEDED' },
      locations: [{ physicalLocation: { artifactLocation: locate(s.file) } }],
    })),
  ];
  const invocation = { executionSuccessful: failedFiles.length === 0, toolExecutionNotifications: notifications };
  return `],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
}

/** Results of one machine's diagnoses (JSON objects, each followed by nothing: join with commas). */
export function sarifMachineResults(machine: MachineReport, ruleIndex: ReadonlyMap<string, number>, locate: FactLocator = plainLocator): string[] {
  if (machine.status !== 'diagnosed') return [];
  const name = machine.fqdn ?? machine.computerName ?? machine.file;
  const out: string[] = [];
  for (const r of machine.results) {
    if (r.outcome !== 'fail' || r.waived) continue;
    const related = logLocations(r);
    out.push(
      JSON.stringify({
        ruleId: r.ruleId,
        ...(ruleIndex.has(r.ruleId) && { ruleIndex: ruleIndex.get(r.ruleId) }),
        level: sarifLevel(r.severity),
        message: { text: r.message },
        locations: [{ physicalLocation: { artifactLocation: locate(machine.file) }, logicalLocations: [{ name, kind: 'resource' }] }],
        ...(related.length && { relatedLocations: related }),
        partialFingerprints: { 'wsusDoctorMachineRule/v1': fingerprint(`${name.toLowerCase()}|${r.ruleId}`) },
        properties: { machine: name, role: machine.role, severity: r.severity, ...(r.evidence.length && { evidence: r.evidence }) },
      }),
    );
  }
  return out;
}

/** Result of one fleet finding, located at the files of the machines it names. */
export function sarifFleetResult(r: RuleResult & { machines?: string[]; subject?: string }, ruleIndex: ReadonlyMap<string, number>, lookup: MachineLookup, locate: FactLocator = plainLocator): string | undefined {
  if (r.outcome !== 'fail' || r.waived) return undefined;
  const machines = r.machines ?? [];
  const locations = machines.slice(0, 1000).map((name) => {
    const file = lookup(name)?.file;
    return {
      ...(file && { physicalLocation: { artifactLocation: locate(file) } }),
      logicalLocations: [{ name, kind: 'resource' }],
    };
  });
  return JSON.stringify({
    ruleId: r.ruleId,
    ...(ruleIndex.has(r.ruleId) && { ruleIndex: ruleIndex.get(r.ruleId) }),
    level: sarifLevel(r.severity),
    message: { text: r.message },
    ...(locations.length ? { locations } : {}),
    partialFingerprints: { 'wsusDoctorFleetRule/v1': fingerprint(`${r.ruleId}|${r.subject ?? ''}`) },
    properties: { subject: r.subject, machines, severity: r.severity },
  });
}

export function ruleIndexOf(rules: readonly SarifRule[]): Map<string, number> {
  return new Map(rules.map((r, i) => [r.id, i]));
}

/** The SARIF reporter: the driver's rule catalogue first, results as machines come, fleet results, the invocation last. */
export const sarifFormat: ReportFormat = {
  name: 'sarif',
  describe: 'SARIF 2.1.0 for code-scanning and security dashboards',
  reads: 'findings',
  create(out: ReportOutput, options): Reporter {
    const locator = artifactLocator(options.sarifBase ?? process.cwd());
    let index = new Map<string, number>();
    let first = true;
    const names = new MachineNames();
    const failedFiles: SarifNotification[] = [];
    const superseded: Array<{ file: string; supersededBy?: string }> = [];
    const emit = (line: string) => {
      out.write(first ? line : `,${line}`);
      first = false;
    };
    return {
      begin(run) {
        const rules = [...run.rules, ...run.fleetRules];
        index = ruleIndexOf(rules);
        out.write(sarifHead(rules, run.tool.version, locator.originalUriBaseIds));
      },
      machine(entry) {
        const m = entry.findings();
        names.add(m);
        if (m.status === 'failed') failedFiles.push({ file: m.file, code: m.error?.code ?? 'E_READ', message: m.error?.message ?? '' });
        if (m.status === 'superseded') superseded.push({ file: m.file, supersededBy: m.supersededBy });
        for (const line of sarifMachineResults(m, index, locator.location)) emit(line);
      },
      fleet(section) {
        for (const r of section.results) {
          const line = sarifFleetResult(r, index, names.lookup, locator.location);
          if (line) emit(line);
        }
      },
      end() {
        out.write(sarifTail(failedFiles, superseded, locator.location));
      },
    };
  },
};

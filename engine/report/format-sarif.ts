/**
 * SARIF 2.1.0 report (OASIS Static Analysis Results Interchange Format) for security and CI
 * tooling (GitHub code scanning, Azure DevOps, Defender for DevOps). One run: the driver lists
 * every rule (per-machine rules, then fleet rules) with its metadata; each diagnosis is a
 * result located at the fact file of its machine (artifact URI) and at the machine (logical
 * location, kind "resource"); a fleet finding is located at the fact files of the machines it
 * names. Files that could not be read are tool execution notifications of the invocation.
 *
 * Levels: critical and error -> error, warning -> warning, info -> note. partialFingerprints
 * carry a hash of machine + rule so that a dashboard tracks one finding across runs.
 *
 * Streamed: the head (rule catalogue) at begin, results as machines come, the invocation at end.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** A fact file path as a SARIF artifact URI: relative paths as URI references, absolute ones as file: URLs. */
export function artifactUri(file: string): string {
  if (isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
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
export function sarifHead(rules: readonly SarifRule[], toolVersion: string): string {
  const driver = { name: 'wsus-doctor', version: toolVersion, semanticVersion: toolVersion, rules: rules.map(sarifRuleDescriptor) };
  return `{"$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"version":"2.1.0","runs":[{"tool":{"driver":${JSON.stringify(driver)}},"columnKind":"utf16CodeUnits","results":[`;
}

export interface SarifNotification {
  file: string;
  code: string;
  message: string;
}

/** After the results: the invocation with notifications for files that could not be read. */
export function sarifTail(failedFiles: readonly SarifNotification[], superseded: ReadonlyArray<{ file: string; supersededBy?: string }> = []): string {
  const notifications = [
    ...failedFiles.map((f) => ({
      level: 'error',
      message: { text: `${f.file}: ${f.message}` },
      descriptor: { id: f.code },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.file) } } }],
    })),
    ...superseded.map((s) => ({
      level: 'note',
      message: { text: `${s.file}: superseded by ${s.supersededBy ?? 'a newer file of the same machine'}` },
      descriptor: { id: 'SUPERSEDED' },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(s.file) } } }],
    })),
  ];
  const invocation = { executionSuccessful: failedFiles.length === 0, toolExecutionNotifications: notifications };
  return `],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
}

/** Results of one machine's diagnoses (JSON objects, each followed by nothing: join with commas). */
export function sarifMachineResults(machine: MachineReport, ruleIndex: ReadonlyMap<string, number>): string[] {
  if (machine.status !== 'diagnosed') return [];
  const name = machine.fqdn ?? machine.computerName ?? machine.file;
  const out: string[] = [];
  for (const r of machine.results) {
    if (r.outcome !== 'fail' || r.waived) continue;
    out.push(
      JSON.stringify({
        ruleId: r.ruleId,
        ...(ruleIndex.has(r.ruleId) && { ruleIndex: ruleIndex.get(r.ruleId) }),
        level: sarifLevel(r.severity),
        message: { text: r.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(machine.file) } }, logicalLocations: [{ name, kind: 'resource' }] }],
        partialFingerprints: { 'wsusDoctorMachineRule/v1': fingerprint(`${name.toLowerCase()}|${r.ruleId}`) },
        properties: { machine: name, role: machine.role, severity: r.severity, ...(r.evidence.length && { evidence: r.evidence }) },
      }),
    );
  }
  return out;
}

/** Result of one fleet finding, located at the files of the machines it names. */
export function sarifFleetResult(r: RuleResult & { machines?: string[]; subject?: string }, ruleIndex: ReadonlyMap<string, number>, lookup: MachineLookup): string | undefined {
  if (r.outcome !== 'fail' || r.waived) return undefined;
  const machines = r.machines ?? [];
  const locations = machines.slice(0, 1000).map((name) => {
    const file = lookup(name)?.file;
    return {
      ...(file && { physicalLocation: { artifactLocation: { uri: artifactUri(file) } } }),
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
  create(out: ReportOutput): Reporter {
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
        out.write(sarifHead(rules, run.tool.version));
      },
      machine(entry) {
        const m = entry.findings();
        names.add(m);
        if (m.status === 'failed') failedFiles.push({ file: m.file, code: m.error?.code ?? 'E_READ', message: m.error?.message ?? '' });
        if (m.status === 'superseded') superseded.push({ file: m.file, supersededBy: m.supersededBy });
        for (const line of sarifMachineResults(m, index)) emit(line);
      },
      fleet(section) {
        for (const r of section.results) {
          const line = sarifFleetResult(r, index, names.lookup);
          if (line) emit(line);
        }
      },
      end() {
        out.write(sarifTail(failedFiles, superseded));
      },
    };
  },
};

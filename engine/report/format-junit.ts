/**
 * JUnit XML report for CI dashboards (Jenkins, GitLab, Azure DevOps): one <testsuite> per
 * machine, one <testcase> per machine x applicable rule. A diagnosis is a <failure> (type =
 * severity, body = message, evidence, log lines, fix); insufficient evidence is <skipped> with
 * the reason as its message; a not-applicable rule is no test case at all (it was never a test
 * of this machine); a file that could not be read is a suite with one <error>; fleet findings
 * are a "fleet" suite. Text from fact files is escaped, and characters XML 1.0 forbids (control
 * characters a log line may hold) are dropped.
 *
 * Times (seconds): <testsuites> the run's duration, a machine's <testsuite> the time its file
 * took when the producer measured it (diagnose does; batch workers do not), every <testcase>
 * and anything unmeasured 0 (rules are not timed one by one).
 */
import { closeSync, mkdtempSync, openSync, readSync, writeSync } from 'node:fs';
import { registerTemporary } from '../cleanup.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FleetSection, MachineReport, RuleResult } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

/** Characters not allowed in XML 1.0 documents (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: unknown): string {
  return String(value ?? '')
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute value: as text, with line breaks kept as character references. */
function attr(value: unknown): string {
  return xmlText(value).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

export interface JunitTotals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** A time attribute in seconds (0 when unknown). */
function time(ms: number | undefined): string {
  return ` time="${((ms ?? 0) / 1000).toFixed(3)}"`;
}

export function junitOpen(totals: JunitTotals, seconds?: number): string {
  const time = ` time="${(seconds ?? 0).toFixed(3)}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="wsus-doctor" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}"${time}>\n`;
}

export function junitClose(): string {
  return '</testsuites>\n';
}

/** Counts a machine contributes to the <testsuites> totals. */
export function junitMachineTotals(machine: MachineReport): JunitTotals {
  if (machine.status === 'failed') return { tests: 1, failures: 0, errors: 1, skipped: 0 };
  if (machine.status === 'superseded') return { tests: 1, failures: 0, errors: 0, skipped: 1 };
  return junitFleetTotals(machine.results);
}

/** Counts of the test cases of some results (not-applicable results are no test cases). */
export function junitFleetTotals(results: readonly RuleResult[]): JunitTotals {
  const t = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const r of results) {
    if (r.outcome === 'notApplicable') continue;
    t.tests++;
    if (r.outcome === 'fail' && !r.waived) t.failures++;
    else if (r.outcome !== 'pass') t.skipped++;
  }
  return t;
}

function details(r: RuleResult & { machines?: string[] }): string {
  const lines = [r.message];
  if (r.machines?.length) lines.push('', `Machines: ${r.machines.join(', ')}`);
  if (r.evidence.length) lines.push('', 'Evidence:', ...r.evidence.map((e) => `  ${e.path} = ${e.value === undefined ? 'unknown' : JSON.stringify(e.value)}`));
  if (r.logEvidence.length) lines.push('', 'Log lines:', ...r.logEvidence.map((l) => `  ${l.file ? `${l.file}${l.line ? `:${l.line}` : ''}: ` : ''}${l.text}`));
  if (r.remediation.length) lines.push('', 'Fix:', ...r.remediation.map((s, i) => `  ${i + 1}. ${s}`));
  if (r.references[0]) lines.push('', `See: ${r.references[0].url}`);
  return lines.join('\n');
}

/** The reason evidence was insufficient: the message, and the sections that were missing. */
function insufficientReason(r: RuleResult): string {
  const missing = (r.missing ?? []).map((m) => `${m.path} ${m.status}${m.message ? ` (${m.message})` : ''}`);
  return missing.length && !missing.every((m) => r.message.includes(m.split(' ')[0]!)) ? `${r.message} Missing: ${missing.join('; ')}` : r.message;
}

function testcase(classname: string, r: RuleResult & { machines?: string[]; subject?: string }): string {
  if (r.outcome === 'notApplicable') return '';
  const name = `${r.ref} ${r.ruleId}${r.subject && r.subject !== 'fleet' ? ` (${r.subject})` : ''}`;
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" time="0.000"`;
  if (r.outcome === 'fail' && !r.waived) return `${open}>\n      <failure message="${attr(`${r.title}: ${r.message}`)}" type="${r.severity}">${xmlText(details(r))}</failure>\n    </testcase>\n`;
  if (r.outcome === 'fail') return `${open}>\n      <skipped message="${attr(`waived: ${r.waived?.justification ?? ''}`)}"/>\n    </testcase>\n`;
  if (r.outcome === 'insufficientEvidence') return `${open}>\n      <skipped message="${attr(`insufficient evidence: ${insufficientReason(r)}`)}"/>\n    </testcase>\n`;
  return `${open}/>\n`;
}

/** The <testsuite> of one machine. */
export function junitMachineSuite(machine: MachineReport, durationMs?: number): string {
  const name = machine.fqdn ?? machine.computerName ?? machine.file;
  const t = junitMachineTotals(machine);
  const head = `  <testsuite name="${attr(name)}" tests="${t.tests}" failures="${t.failures}" errors="${t.errors}" skipped="${t.skipped}"${time(durationMs)}${machine.collectedAt ? ` timestamp="${attr(machine.collectedAt.replace(/Z$/, ''))}"` : ''} hostname="${attr(name)}">\n`;
  const fleet = (machine.fleetFindings ?? []).map((f) => `      <property name="fleetFinding" value="${attr(`${f.ref} ${f.ruleId}${f.subject && f.subject !== 'fleet' ? ` (${f.subject})` : ''} [${f.severity}]: ${f.title}`)}"/>\n`).join('');
  const props = `    <properties>\n      <property name="file" value="${attr(machine.file)}"/>\n${machine.role ? `      <property name="role" value="${machine.role}"/>\n` : ''}${fleet}    </properties>\n`;
  if (machine.status === 'failed') {
    const e = machine.error;
    return `${head}${props}    <testcase classname="${attr(name)}" name="load fact file" time="0.000">\n      <error message="${attr(`${e?.message ?? ''}${e?.place ? ` (at ${e.place})` : ''}`)}" type="${attr(e?.code ?? 'E_READ')}"/>\n    </testcase>\n  </testsuite>\n`;
  }
  if (machine.status === 'superseded') {
    return `${head}${props}    <testcase classname="${attr(name)}" name="load fact file" time="0.000">\n      <skipped message="${attr(`superseded by ${machine.supersededBy ?? 'a newer file of the same machine'}`)}"/>\n    </testcase>\n  </testsuite>\n`;
  }
  let out = head + props;
  for (const r of machine.results) out += testcase(name, r);
  return `${out}  </testsuite>\n`;
}

/** The "fleet" <testsuite>. */
export function junitFleetSuite(results: ReadonlyArray<RuleResult & { machines?: string[]; subject?: string }>): string {
  if (!results.length) return '';
  const t = junitFleetTotals(results);
  if (!t.tests) return '';
  let out = `  <testsuite name="fleet" tests="${t.tests}" failures="${t.failures}" errors="0" skipped="${t.skipped}"${time(undefined)}>\n`;
  for (const r of results) out += testcase('fleet', r);
  return `${out}  </testsuite>\n`;
}

export function addTotals(a: JunitTotals, b: JunitTotals): JunitTotals {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped };
}

/** Suites kept in memory up to this many characters, then spooled to a temporary file. */
const SPILL_CHARS = 1 << 24;

/**
 * The JUnit reporter. The totals belong in the first line, so the machines' suites are held
 * (in a temporary file once they grow large) until the end.
 */
export const junitFormat: ReportFormat = {
  name: 'junit',
  describe: 'JUnit XML for CI dashboards: one test suite per machine, one test case per rule',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    let totals: JunitTotals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    let held: string[] = [];
    let heldChars = 0;
    let spill: { dir: string; fd: number; path: string; remove: () => void } | undefined;
    let fleetResults: FleetSection['results'] = [];
    const flush = () => {
      if (!spill) {
        const dir = mkdtempSync(join(tmpdir(), 'wsus-doctor-junit-'));
        const path = join(dir, 'suites.xml');
        // Registered so that an interrupted run removes it too (engine/cleanup.ts).
        spill = { dir, path, fd: openSync(path, 'w'), remove: registerTemporary(dir) };
      }
      writeSync(spill.fd, held.join(''));
      held = [];
      heldChars = 0;
    };
    return {
      begin() {},
      machine(entry) {
        const m = entry.findings();
        totals = addTotals(totals, junitMachineTotals(m));
        const suite = junitMachineSuite(m, entry.durationMs);
        held.push(suite);
        heldChars += suite.length;
        if (heldChars >= SPILL_CHARS) flush();
      },
      fleet(section) {
        fleetResults = section.results;
        totals = addTotals(totals, junitFleetTotals(section.results));
      },
      end(run) {
        out.write(junitOpen(totals, run.durationMs / 1000));
        if (spill) {
          closeSync(spill.fd);
          try {
            const fd = openSync(spill.path, 'r');
            const chunk = Buffer.alloc(1 << 20);
            for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) out.writeBytes(Uint8Array.prototype.slice.call(chunk, 0, n));
            closeSync(fd);
          } finally {
            spill.remove();
          }
        }
        for (const suite of held) out.write(suite);
        out.write(junitFleetSuite(fleetResults));
        out.write(junitClose());
      },
    };
  },
};

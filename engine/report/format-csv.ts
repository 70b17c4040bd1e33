/**
 * CSV report: one row per diagnosis (outcome fail, not waived), for Excel and scripts.
 *
 * - UTF-8 with a byte-order mark (Excel otherwise reads UTF-8 as the ANSI code page), CRLF
 *   between rows, every cell quoted, `"` doubled (RFC 4180). Remediation steps are separated
 *   by line breaks inside their cell.
 * - Cells that start with = + - @ (or their full-width forms), or with any control character
 *   (NUL, tab, CR, ...: a spreadsheet may skip it and read the formula behind it), get a leading
 *   apostrophe: text from fact files must not become an Excel formula (CSV injection).
 * - A fleet finding gives one row per machine it names (so filtering on a machine shows it);
 *   a file that could not be read gives one row with its error code in the rule column.
 *
 * Fleet rows come after the machines' rows (the fleet rules run when every machine is done).
 */
import type { MachineReport, RuleResult } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter } from './reporter.js';

export const CSV_COLUMNS = ['machine', 'role', 'file', 'status', 'ruleId', 'ref', 'severity', 'category', 'title', 'message', 'remediation', 'reference'] as const;

/** Byte-order mark: makes Excel read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/** Looks a machine up by the name fleet findings use (FQDN or computer name). */
export type MachineLookup = (name: string) => { role?: string; file?: string } | undefined;

const FORMULA_START = /^[=+\-@\u0000-\u001f\u007f\uff0b\uff0d\uff1d\uff20]/;

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + CRLF;
}

export function csvHeader(): string {
  return CSV_BOM + csvRow(CSV_COLUMNS);
}

function steps(remediation: readonly string[]): string {
  return remediation.map((step, i) => (remediation.length > 1 ? `${i + 1}. ${step}` : step)).join('\n');
}

function diagnosisCells(machine: string, role: string | undefined, file: string | undefined, r: RuleResult): unknown[] {
  return [machine, role ?? '', file ?? '', 'diagnosed', r.ruleId, r.ref, r.severity, r.category, r.title, r.message, steps(r.remediation), r.references[0]?.url ?? ''];
}

/** Rows of one machine: its diagnoses, or one row when its file failed. Superseded files give none. */
export function csvMachineRows(machine: MachineReport): string {
  const name = machine.fqdn ?? machine.computerName ?? machine.file;
  if (machine.status === 'failed') {
    const where = machine.error?.place ? ` (at ${machine.error.place})` : '';
    return csvRow([name, machine.role ?? '', machine.file, 'failed', machine.error?.code ?? '', '', 'error', '', 'Fact file could not be diagnosed', `${machine.error?.message ?? ''}${where}`, 'Collect the facts of this machine again, or fix the file as the message says.', '']);
  }
  if (machine.status !== 'diagnosed') return '';
  let out = '';
  for (const r of machine.results) if (r.outcome === 'fail' && !r.waived) out += csvRow(diagnosisCells(name, machine.role, machine.file, r));
  return out;
}

/** Rows of one fleet finding: one per machine it names (or one row for the fleet). */
export function csvFleetRows(result: RuleResult & { machines?: string[] }, lookup: MachineLookup): string {
  if (result.outcome !== 'fail' || result.waived) return '';
  const names = result.machines?.length ? result.machines : ['(fleet)'];
  let out = '';
  for (const name of names) {
    const known = lookup(name);
    out += csvRow(diagnosisCells(name, known?.role, known?.file, result));
  }
  return out;
}

/** Collects the names fleet findings use (FQDN, computer name) of diagnosed machines as they come. */
export class MachineNames {
  private readonly byName = new Map<string, { role?: string; file?: string }>();
  readonly lookup: MachineLookup = (name) => this.byName.get(name);

  add(m: MachineReport): void {
    if (m.status !== 'diagnosed') return;
    for (const name of [m.fqdn, m.computerName]) if (name && !this.byName.has(name)) this.byName.set(name, { role: m.role, file: m.file });
  }
}

/** The CSV reporter: header first, each machine's rows as it comes, the fleet rows at the end. */
export const csvFormat: ReportFormat = {
  name: 'csv',
  describe: 'one row per diagnosis, for Excel and scripts (UTF-8 with BOM)',
  reads: 'findings',
  create(out: ReportOutput): Reporter {
    const names = new MachineNames();
    return {
      begin() {
        out.write(csvHeader());
      },
      machine(entry) {
        const m = entry.findings();
        names.add(m);
        out.write(csvMachineRows(m));
      },
      fleet(section) {
        for (const r of section.results) out.write(csvFleetRows(r, names.lookup));
      },
      end() {},
    };
  },
};

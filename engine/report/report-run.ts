/**
 * Drives the reporters of a run: opens each output, begins every reporter with the run's
 * metadata, hands each machine to all of them in input order, then the fleet section, then
 * ends them (text last: its summary lists the reports written). The same driver serves
 * diagnose, batch and fleet, so a format is written by the same code whichever command runs.
 */
import type { FleetSection, MachineReport } from '../model/report-model.js';
import { openOutput, type ReportOutput, type StdoutTarget } from './report-output.js';
import { loadFormat, type FormatName } from './formats.js';
import type { MachineEntry, Reporter, ReporterOptions, ReportFormat, RunEnd, RunInfo } from './reporter.js';

export interface OutputRequest {
  format: FormatName;
  /** File path, or '-' for stdout. */
  target: string;
}

interface Open {
  request: OutputRequest;
  format: ReportFormat;
  out: ReportOutput;
  reporter: Reporter;
}

export class ReportRun {
  private constructor(private readonly open: Open[]) {}

  /** Loads the formats and opens their outputs. */
  static async start(requests: readonly OutputRequest[], io: StdoutTarget, options: ReporterOptions = {}): Promise<ReportRun> {
    const formats = await Promise.all(requests.map((r) => loadFormat(r.format)));
    return new ReportRun(
      requests.map((request, i) => {
        const out = openOutput(request.target, io);
        return { request, format: formats[i]!, out, reporter: formats[i]!.create(out, options) };
      }),
    );
  }

  /** What the reporters read of each machine (a batch keeps only what is read). */
  reads(): Set<ReportFormat['reads']> {
    return new Set(this.open.map((o) => o.format.reads));
  }

  begin(run: RunInfo): void {
    for (const o of this.open) o.reporter.begin(run);
  }

  machine(entry: MachineEntry): void {
    for (const o of this.open) o.reporter.machine(entry);
  }

  fleet(section: FleetSection): void {
    for (const o of this.open) o.reporter.fleet(section);
  }

  /** Ends every reporter and closes its output; returns the reports written to files. */
  end(run: Omit<RunEnd, 'written'>): OutputRequest[] {
    const written: OutputRequest[] = [];
    const ordered = [...this.open.filter((o) => !o.format.last), ...this.open.filter((o) => o.format.last)];
    for (const o of ordered) {
      o.reporter.end({ ...run, written: [...written] });
      o.out.close();
      if (o.request.target !== '-') written.push(o.request);
    }
    return written;
  }

  /** Closes outputs without ending (the run failed). */
  abort(): void {
    for (const o of this.open) {
      try {
        o.out.close();
      } catch {
        // already closed or never written
      }
    }
  }
}

/** A memoised MachineEntry: each view is made once, whichever reporters ask for it. */
export function memoEntry(views: { report: () => MachineReport; findings?: () => MachineReport; jsonBody?: () => readonly Uint8Array[] }, fleetFacts?: MachineEntry['fleetFacts']): MachineEntry {
  let report: MachineReport | undefined;
  let findings: MachineReport | undefined;
  let body: readonly Uint8Array[] | undefined;
  const entry: MachineEntry = {
    report: () => (report ??= views.report()),
    findings: () => (findings ??= views.findings ? views.findings() : entry.report()),
  };
  const makeBody = views.jsonBody;
  if (makeBody) entry.jsonBody = () => (body ??= makeBody());
  if (fleetFacts) entry.fleetFacts = fleetFacts;
  return entry;
}

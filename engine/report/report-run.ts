/**
 * Drives the reporters of a run: opens each output, begins every reporter with the run's
 * metadata, hands each machine to all of them in input order, then the fleet section, then
 * ends them (text last: its summary lists the reports written). The same driver serves
 * diagnose, batch and fleet, so a format is written by the same code whichever command runs.
 */
import type { FleetSection, MachineReport } from '../model/report-model.js';
import { openOutput, type ReportOutput, type StdoutTarget } from './report-output.js';
import { loadFormat, type FormatName } from './formats.js';
import { visible, visibleDeep } from '../terminal/visible.js';
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
        const format = formats[i]!;
        // Terminal formats (text, markdown, github, azuredevops): their data is made visible before
        // they see it, and their output too unless it is coloured (the colour codes are control
        // characters of their own); other formats to stdout pass the CLI's visible() stdout.
        const colored = Boolean(format.terminal && options.color);
        const out = openOutput(request.target, io, { raw: colored, visibleText: Boolean(format.terminal) && !colored });
        const reporter = format.create(out, options);
        return { request, format, out, reporter: format.terminal ? visibleReporter(reporter) : reporter };
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

  /** Drops every output without ending it (the run failed): file targets keep their previous content. */
  abort(): void {
    for (const o of this.open) {
      try {
        o.out.abort();
      } catch {
        // already closed or never written
      }
    }
  }
}

/** A reporter that is handed only visible text: every string of the run, the machines and the fleet section goes through visible(). */
function visibleReporter(reporter: Reporter): Reporter {
  return {
    begin: (run) => reporter.begin(visibleRun(run)),
    machine: (entry) => {
      const safe: MachineEntry = {
        report: () => visibleDeep(entry.report()),
        findings: () => visibleDeep(entry.findings()),
      };
      // Pre-encoded JSON members (batch workers): their strings are made visible too (a \uXXXX text is a valid JSON escape).
      const body = entry.jsonBody;
      if (body) safe.jsonBody = () => [Buffer.from(visible(Buffer.concat(body.call(entry).map((b) => Buffer.from(b))).toString('utf8')), 'utf8')];
      if (entry.fleetFacts) safe.fleetFacts = visibleDeep(entry.fleetFacts);
      if (entry.durationMs !== undefined) safe.durationMs = entry.durationMs;
      reporter.machine(safe);
    },
    fleet: (section) => reporter.fleet(visibleDeep(section)),
    end: (run) => reporter.end(visibleDeep(run)),
  };
}

/**
 * The run's metadata made visible, its rule lists and catalogue (~250 KB of rule text) only when
 * a reporter reads them: the text format of a one-file diagnose never does, and walking them cost
 * ~15 ms of its start-up. Same keys in the same order, each made visible once.
 */
function visibleRun(run: RunInfo): RunInfo {
  const out = {} as RunInfo;
  for (const key of Object.keys(run) as (keyof RunInfo)[]) {
    const value = run[key];
    if (key === 'rules' || key === 'fleetRules' || key === 'catalogue') {
      let made: unknown;
      let done = false;
      Object.defineProperty(out, key, {
        enumerable: true,
        configurable: true,
        get: () => {
          if (!done) {
            made = visibleDeep(value);
            done = true;
          }
          return made;
        },
      });
    } else {
      Object.defineProperty(out, key, { enumerable: true, configurable: true, writable: true, value: visibleDeep(value) });
    }
  }
  return out;
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

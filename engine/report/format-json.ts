/**
 * JSON report (schemas/report.schema.json): `{reportVersion, generatedAt, tool, machines,
 * fleet?, summary}`. Streamed: each machine is written as it comes, from the producer's JSON
 * bytes when it has them (a batch's workers encode them; nothing is parsed again here).
 * diagnose (a few files, also read by people) indents it as JSON.stringify(report, null, 2)
 * does; batch and fleet write one machine per line.
 */
import type { FleetSection } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter, RunInfo } from './reporter.js';

export const jsonFormat: ReportFormat = {
  name: 'json',
  describe: 'for tools: the whole report as one JSON document (schemas/report.schema.json)',
  reads: 'json',
  create(out: ReportOutput): Reporter {
    let pretty = false;
    let count = 0;
    let fleet: FleetSection | undefined;
    const head = (run: RunInfo) => ({ reportVersion: '1.0', generatedAt: run.generatedAt, tool: run.tool });
    return {
      begin(run) {
        pretty = run.command === 'diagnose';
        const text = pretty ? JSON.stringify(head(run), null, 2) : JSON.stringify(head(run));
        out.write(`${text.slice(0, -(pretty ? 2 : 1))}${pretty ? ',\n  "machines": [' : ',"machines":['}`);
      },
      machine(entry) {
        if (pretty) {
          out.write(`${count ? ',' : ''}\n    ${JSON.stringify(entry.report(), null, 2).replace(/\n/g, '\n    ')}`);
        } else {
          out.write(count ? ',\n{' : '\n{');
          for (const piece of entry.jsonBody()) out.writeBytes(piece);
          out.write('}');
        }
        count++;
      },
      fleet(section) {
        fleet = section;
      },
      end({ summary }) {
        if (pretty) {
          const member = (name: string, value: unknown) => `,\n  ${JSON.stringify(name)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
          out.write(`${count ? '\n  ]' : ']'}${fleet ? member('fleet', fleet) : ''}${member('summary', summary)}\n}\n`);
        } else {
          out.write(`\n]${fleet ? `,"fleet":${JSON.stringify(fleet)}` : ''},"summary":${JSON.stringify(summary)}}\n`);
        }
      },
    };
  },
};

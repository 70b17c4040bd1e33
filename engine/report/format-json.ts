/**
 * JSON report (schemas/report.schema.json): `{reportVersion, generatedAt, tool, catalogue,
 * machines, fleet?, summary}`. Compact (engine/model/compact-report.ts): each rule's metadata once
 * in `catalogue`, results by rule id with only the machine's data. Streamed: each machine is
 * written as it comes, from the producer's compact JSON bytes when it has them (a batch's workers
 * encode them; nothing is parsed again here). diagnose (a few files, also read by people) indents
 * it as JSON.stringify(value, null, 2) does; batch and fleet write one machine per line.
 */
import { CatalogueIndex, compactFleet, compactMachine, REPORT_VERSION } from '../model/compact-report.js';
import type { FleetSection } from '../model/report-model.js';
import type { ReportOutput } from './report-output.js';
import type { ReportFormat, Reporter, RunInfo } from './reporter.js';

export const jsonFormat: ReportFormat = {
  name: 'json',
  describe: 'for tools: the whole report as one JSON document, rule metadata once in its catalogue (schemas/report.schema.json)',
  reads: 'json',
  create(out: ReportOutput): Reporter {
    let pretty = false;
    let count = 0;
    let fleet: FleetSection | undefined;
    let index: CatalogueIndex;
    const head = (run: RunInfo) => ({ reportVersion: REPORT_VERSION, generatedAt: run.generatedAt, tool: run.tool, catalogue: run.catalogue });
    return {
      begin(run) {
        pretty = run.command === 'diagnose';
        index = new CatalogueIndex(run.catalogue);
        const text = pretty ? JSON.stringify(head(run), null, 2) : JSON.stringify(head(run));
        out.write(`${text.slice(0, -(pretty ? 2 : 1))}${pretty ? ',\n  "machines": [' : ',"machines":['}`);
      },
      machine(entry) {
        if (pretty) {
          out.write(`${count ? ',' : ''}\n    ${JSON.stringify(compactMachine(entry.report(), index), null, 2).replace(/\n/g, '\n    ')}`);
        } else {
          out.write(count ? ',\n{' : '\n{');
          if (entry.jsonBody) for (const piece of entry.jsonBody()) out.writeBytes(piece);
          else out.write(JSON.stringify(compactMachine(entry.report(), index)).slice(1, -1));
          out.write('}');
        }
        count++;
      },
      fleet(section) {
        fleet = section;
      },
      end({ summary }) {
        const fleetJson = fleet && compactFleet(fleet, index);
        if (pretty) {
          const member = (name: string, value: unknown) => `,\n  ${JSON.stringify(name)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
          out.write(`${count ? '\n  ]' : ']'}${fleetJson ? member('fleet', fleetJson) : ''}${member('summary', summary)}\n}\n`);
        } else {
          out.write(`\n]${fleetJson ? `,"fleet":${JSON.stringify(fleetJson)}` : ''},"summary":${JSON.stringify(summary)}}\n`);
        }
      },
    };
  },
};

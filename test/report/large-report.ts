/** Grows the fixture fleet to N machines (renamed copies of its machines) for the scale tests. */
import { summarize } from '../../engine/model/build-model.js';
import type { Report } from '../../engine/model/report-model.js';

export function scaleReport(report: Report, count: number): Report {
  const machines = [];
  for (let i = 0; i < count; i++) {
    const source = report.machines[i % report.machines.length]!;
    const suffix = `-${String(i).padStart(5, '0')}`;
    machines.push({
      ...source,
      file: source.file.replace(/\.json$/, `${suffix}.json`),
      computerName: source.computerName ? `${source.computerName}${suffix}` : undefined,
      fqdn: source.fqdn ? source.fqdn.replace('.', `${suffix}.`) : undefined,
    });
  }
  return { ...report, machines, summary: summarize(machines, report.fleet) };
}

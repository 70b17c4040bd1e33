// Small hand-made fact documents for the derive tests.
import type { FactDocument, LogExcerpt, LogFile } from '../../engine/facts/fact-types.generated.js';

/** A minimal valid document: only the required top-level properties, every section absent. */
export function makeDoc(sections: Partial<FactDocument> = {}, role: FactDocument['role'] = 'server'): FactDocument {
  return {
    schemaVersion: '1.0',
    role,
    host: { computerName: 'WSUS01' },
    collectedAt: '2024-05-01T12:00:00Z',
    collector: { name: 'test', version: '0.0.0' },
    ...sections,
  };
}

/** An ok log excerpt with one file per entry of `files`. */
export function okExcerpt(...files: Array<Partial<LogFile> & { lines: string[] }>): LogExcerpt {
  return {
    status: 'ok',
    files: files.map((f, i) => ({ path: f.path ?? `C:\\logs\\file${i}.log`, ...f })),
  };
}

/** The IIS default #Fields line. */
export const IIS_FIELDS =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';

/** One IIS default-layout row. */
export function iisRow(p: {
  time?: string;
  method?: string;
  stem: string;
  ip?: string;
  ua?: string;
  status: number;
  sub?: number;
  win32?: number;
}): string {
  return [
    '2024-05-01', p.time ?? '10:00:00', '10.0.0.5', p.method ?? 'POST', p.stem, '-', '8530', '-', p.ip ?? '10.0.1.1',
    p.ua ?? 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.50', '-', p.status, p.sub ?? 0, p.win32 ?? 0, 15,
  ].join(' ');
}

/** A CMTrace record line (full format). */
export function cmRecord(message: string, component = 'LocationServices', time = '12:18:00.000+000', date = '01-20-2014'): string {
  return `<![LOG[${message}]LOG]!><time="${time}" date="${date}" component="${component}" context="" type="1" thread="1234" file="x.cpp:1">`;
}

/** SoftwareDistribution.log lines (knowledge 4.7, KB 909131 and real WSUS logs) shared by the rules' test cases. */
import type { FactPatch } from '../../../engine/dsl/rule-types.js';

/** What a healthy WSUS server logs: web services starting, health checks, no database errors. */
export const SD_HEALTHY_LINES: string[] = [
  '2026-11-24 06:00:01.120 UTC Info w3wp.12 ThreadEntry ThreadHelper.ThreadStart',
  '2026-11-24 06:00:01.122 UTC Info w3wp.12 ClientImplementation..ctor Initializing ClientWebService ProcessID = 380, Process Start Time = 11/24/2026 6:00:00 AM, Product Version = 10.0.17763.5830',
  '2026-11-24 06:00:01.130 UTC Info w3wp.12 WsusTestKeys.AreTestKeysAllowed Server test key check: test keys are NOT allowed',
  '2026-11-24 06:00:07.410 UTC Info WsusService.9 SusService.ValidateServerCertificate CheckValidationResult Succeeds: CertOK',
];

/** One database time-out with its exception lines. */
export function sqlTimeout(time: string): string[] {
  return [
    `2026-11-24 ${time} UTC Error w3wp.21 DBConnection.LogSqlException DBLAYER: SqlException occurred in the database layer`,
    'System.Data.SqlClient.SqlException (0x80131904): Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.',
    '   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
  ];
}

/** A fact patch with these SoftwareDistribution.log lines. */
export function softwareDistribution(lines: string[]): FactPatch {
  return {
    logs: {
      softwareDistribution: {
        status: 'ok',
        format: 'text',
        maxAgeDays: 3,
        files: [{ path: 'C:\\Program Files\\Update Services\\LogFiles\\SoftwareDistribution.log', lines }],
      },
    },
  };
}

/**
 * Test-case helpers for log-based server rules: a fact patch that replaces the IIS (W3C) or
 * HTTPERR log excerpt of the base server document with the given lines, under the same header
 * and field order as the base document (lists replace in a patch, so the header is repeated).
 */
import type { FactPatch } from '../../../engine/dsl/rule-types.js';

export const W3C_FIELDS =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
export const WUA_AGENT = 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71';

/** logs.iisW3c patch with one file holding the W3C header and `lines`. */
export function iisLog(lines: string[]): FactPatch {
  return {
    logs: {
      iisW3c: {
        files: [
          {
            path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log',
            truncated: false,
            startLine: 1,
            lines: ['#Software: Microsoft Internet Information Services 10.0', '#Version: 1.0', '#Date: 2026-11-24 08:00:00', W3C_FIELDS, ...lines],
          },
        ],
      },
    },
  };
}

/** logs.httpErr patch with one file holding the HTTPERR header (with streamid) and `lines`. */
export function httpErrLog(lines: string[]): FactPatch {
  return {
    logs: {
      httpErr: {
        files: [
          {
            path: 'C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr1.log',
            truncated: false,
            startLine: 1,
            lines: [
              '#Software: Microsoft HTTP API 2.0',
              '#Version: 1.0',
              '#Date: 2026-11-24 08:10:00',
              '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
              ...lines,
            ],
          },
        ],
      },
    },
  };
}

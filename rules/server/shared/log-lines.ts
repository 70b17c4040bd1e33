/**
 * Test-case helpers for log-based server rules: a fact patch that replaces the IIS (W3C) or
 * HTTPERR log excerpt of the base server document with the given lines, under the same header
 * and field order as the base document (lists replace in a patch, so the header is repeated).
 */
import type { FactPatch } from '../../../engine/dsl/rule-types.js';
import type { EventEntry } from '../../../engine/facts/fact-types.generated.js';

export const W3C_FIELDS =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
export const WUA_AGENT = 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71';
/** Real user agents seen on WSUS sites (W3C writes spaces as `+`). */
export const BITS_AGENT = 'Microsoft+BITS/7.8';
export const DO_AGENT = 'Microsoft-Delivery-Optimization/10.0';
/** The .NET SOAP client of downstream servers, the console and the UpdateServices API. */
export const SOAP_AGENT = 'Mozilla/4.0+(compatible;+MSIE+6.0;+MS+Web+Services+Client+Protocol+4.0.30319.42000)';
export const BROWSER_AGENT = 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0';
const NIKTO = 'Mozilla/5.00+(Nikto/2.5.0)+(Evasions:None)+(Test:000003)';

/**
 * What a healthy WSUS site really logs around its clients' traffic (knowledge 8a): an admin
 * opening http://wsus01:8530/Selfupdate/wuident.cab in a browser as KB 3090184 says (and the
 * browser's /favicon.ico 404), a monitoring probe hitting / every minute, a load-balancer
 * health check, curl and Invoke-WebRequest tests, a Nikto burst of 404s (and a 403.4 and a
 * sqlmap 500 on WSUS paths), console 401-then-200 handshakes, one 500.0 SOAP fault among many
 * 200s, one 503 blip followed by 200s, and an excerpt that ends in the middle of a handshake.
 */
export const HEALTHY_IIS_NOISE: string[] = [
  `2026-11-24 09:00:00 10.0.0.10 GET / - 8530 - 10.0.9.5 - - 403 14 0 0`,
  `2026-11-24 09:00:05 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 187`,
  `2026-11-24 09:00:06 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 200 0 0 203`,
  `2026-11-24 09:00:10 10.0.0.10 GET /Selfupdate/wuident.cab - 8530 - 10.0.5.20 ${BROWSER_AGENT} - 200 0 0 12`,
  `2026-11-24 09:00:10 10.0.0.10 GET /favicon.ico - 8530 - 10.0.5.20 ${BROWSER_AGENT} http://wsus01:8530/Selfupdate/wuident.cab 404 0 2 1`,
  `2026-11-24 09:00:12 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.5.20 ${BROWSER_AGENT} - 403 14 0 2`,
  `2026-11-24 09:00:13 10.0.0.10 GET /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.5.20 ${BROWSER_AGENT} - 403 4 5 1`,
  `2026-11-24 09:00:20 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.20 ${SOAP_AGENT} - 401 2 5 0`,
  `2026-11-24 09:00:20 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.20 ${SOAP_AGENT} - 401 1 2148074254 0`,
  `2026-11-24 09:00:20 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 CONTOSO\\svc-sccm 10.0.0.20 ${SOAP_AGENT} - 200 0 0 46`,
  `2026-11-24 09:00:30 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.9.6 KEMP+1.0 - 200 0 0 3`,
  `2026-11-24 09:00:31 10.0.0.10 GET /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.9.7 Zabbix - 200 0 0 4`,
  `2026-11-24 09:00:40 10.0.0.10 GET /ClientWebService/client.asmx - 8530 - 10.0.5.21 curl/8.4.0 - 403 14 0 0`,
  `2026-11-24 09:00:41 10.0.0.10 GET /Selfupdate/wuident.cab - 8530 - 10.0.5.21 Mozilla/5.0+(Windows+NT;+Windows+NT+10.0;+en-US)+WindowsPowerShell/5.1.20348.2849 - 200 0 0 9`,
  `2026-11-24 09:00:50 10.0.0.10 HEAD /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 ${BITS_AGENT} - 200 0 0 15`,
  `2026-11-24 09:00:51 10.0.0.10 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - 8530 - 10.0.1.21 ${BITS_AGENT} - 206 0 0 1203`,
  `2026-11-24 09:00:52 10.0.0.10 GET /Content/3F/5C1A2B3C4D5E6F708192A3B4C5D6E7F80912A3F.esd - 8530 - 10.0.1.23 ${DO_AGENT} - 206 0 0 4012`,
  `2026-11-24 09:01:00 10.0.0.10 GET / - 8530 - 10.0.9.5 - - 403 14 0 0`,
  `2026-11-24 09:01:10 10.0.0.10 GET /wp-login.php - 8530 - 10.0.66.6 ${NIKTO} - 404 0 2 0`,
  `2026-11-24 09:01:10 10.0.0.10 GET /.env - 8530 - 10.0.66.6 ${NIKTO} - 404 0 2 0`,
  `2026-11-24 09:01:10 10.0.0.10 GET /admin - 8530 - 10.0.66.6 ${NIKTO} - 404 0 2 0`,
  `2026-11-24 09:01:11 10.0.0.10 GET /phpmyadmin/index.php - 8530 - 10.0.66.6 ${NIKTO} - 404 0 2 0`,
  `2026-11-24 09:01:11 10.0.0.10 GET /Content/../../web.config - 8530 - 10.0.66.6 ${NIKTO} - 404 5 0 0`,
  `2026-11-24 09:01:12 10.0.0.10 GET /ApiRemoting30/WebService.asmx - 8530 - 10.0.66.6 ${NIKTO} - 401 2 5 0`,
  `2026-11-24 09:01:13 10.0.0.10 POST /ReportingWebService/ReportingWebService.asmx - 8530 - 10.0.66.7 sqlmap/1.7.2#stable+(https://sqlmap.org) - 500 0 0 5`,
  `2026-11-24 09:01:20 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.24 ${WUA_AGENT} - 200 0 0 190`,
  `2026-11-24 09:01:21 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.25 ${WUA_AGENT} - 500 0 0 31`,
  `2026-11-24 09:01:22 10.0.0.10 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.1.25 ${WUA_AGENT} - 200 0 0 20`,
  `2026-11-24 09:01:23 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.25 ${WUA_AGENT} - 200 0 0 240`,
  `2026-11-24 09:01:30 10.0.0.10 POST /ReportingWebService/ReportingWebService.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 200 0 0 12`,
  `2026-11-24 09:01:40 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.26 ${WUA_AGENT} - 503 0 0 0`,
  `2026-11-24 09:01:55 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.26 ${WUA_AGENT} - 200 0 0 211`,
  `2026-11-24 09:01:56 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.27 ${WUA_AGENT} - 200 0 0 198`,
  `2026-11-24 09:01:57 10.0.0.10 GET /selfupdate/wuident.cab - 8530 - 10.0.1.28 Windows-Update-Agent - 200 0 0 3`,
  `2026-11-24 09:01:58 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.28 ${WUA_AGENT} - 200 0 0 305`,
  `2026-11-24 09:01:59 10.0.0.10 POST /ServerSyncWebService/ServerSyncWebService.asmx - 8530 - 10.0.0.30 ${SOAP_AGENT} - 200 0 0 96`,
  `2026-11-24 09:02:00 10.0.0.10 GET / - 8530 - 10.0.9.5 - - 403 14 0 0`,
  `2026-11-24 09:02:05 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.21 ${SOAP_AGENT} - 401 2 5 0`,
];

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

/**
 * What a healthy server's HTTPERR log really holds: idle keep-alive time-outs, clients that
 * closed their download, a scanner's malformed requests (400), WinRM's idle connections, and
 * another application pool taken offline on port 80.
 */
export const HEALTHY_HTTPERR_NOISE: string[] = [
  '2026-11-24 08:10:05 10.0.1.21 50211 10.0.0.10 8530 - - - - - - Timer_ConnectionIdle -',
  '2026-11-24 08:11:00 10.0.1.22 50212 10.0.0.10 8530 HTTP/1.1 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - - 1234567 Connection_Dropped WsusPool',
  '2026-11-24 08:11:30 10.0.1.23 50213 10.0.0.10 8530 HTTP/1.1 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - - 1234567 Client_Reset WsusPool',
  '2026-11-24 08:12:00 10.0.66.6 40001 10.0.0.10 8530 HTTP/1.1 GET /%c0%ae%c0%ae/etc/passwd - 400 - BadRequest -',
  '2026-11-24 08:12:01 10.0.66.6 40002 10.0.0.10 8530 HTTP/1.1 GET / - 400 - Hostname -',
  '2026-11-24 08:13:00 10.0.0.5 50600 10.0.0.10 5985 HTTP/1.1 POST /wsman - - - Timer_ConnectionIdle -',
  '2026-11-24 08:14:00 10.0.2.5 50500 10.0.0.10 80 HTTP/1.1 GET /default.aspx - 503 1 AppOffline DefaultAppPool',
  '2026-11-24 08:15:05 10.0.1.24 50214 10.0.0.10 8530 - - - - - - Timer_ConnectionIdle -',
];

/**
 * What a healthy server's System log holds from WAS: another pool disabled and recycled, and
 * idle shutdowns. None names the WSUS pool.
 */
export const HEALTHY_WAS_NOISE: EventEntry[] = [
  {
    logName: 'System',
    providerName: 'Microsoft-Windows-WAS',
    id: 5186,
    level: 'Information',
    timeCreated: '2026-11-24T03:10:00Z',
    message: "A worker process with process id of '4242' serving application pool 'DefaultAppPool' was shutdown due to inactivity.",
  },
  {
    logName: 'System',
    providerName: 'Microsoft-Windows-WAS',
    id: 5117,
    level: 'Information',
    timeCreated: '2026-11-24T05:20:00Z',
    message: "A worker process with process id of '5120' serving application pool 'SharePoint Web Services Root' has requested a recycle because it reached its private bytes memory limit.",
  },
  {
    logName: 'System',
    providerName: 'Microsoft-Windows-WAS',
    id: 5002,
    level: 'Error',
    timeCreated: '2026-11-24T06:41:12Z',
    message: "Application pool 'ReportServerPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool.",
  },
];

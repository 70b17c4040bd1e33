/**
 * Small fleets for the fleet rules' test cases: patches over the base server (WSUS01,
 * wsus01.contoso.com, 10.0.0.10, http 8530 / https 8531, IIS log 2026-11-24 08:00-08:00:05Z)
 * and the base client (PC0042, 10.0.1.21, WUServer http://wsus01.contoso.com:8530, registry
 * last detection 2026-11-24T09:30:00Z, a WindowsUpdate.log without scan results unless `scans`
 * says otherwise; all collected 2026-11-24T12:00:00Z). Each helper names only what a case is about.
 */
import type { FleetRuleTestMachine } from '../../../engine/fleet/fleet-rule.js';

const W3C_HEADER = [
  '#Software: Microsoft Internet Information Services 10.0',
  '#Version: 1.0',
  '#Date: 2026-11-24 06:00:00',
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
];
const HTTPERR_HEADER = [
  '#Software: Microsoft HTTP API 2.0',
  '#Version: 1.0',
  '#Date: 2026-11-24 06:00:00',
  '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
];

/** One IIS access-log line of a client scan on 2026-11-24 (time HH:MM:SS, UTC). */
export function scanLine(time: string, clientIp: string, status = 200, serverIp = '10.0.0.10'): string {
  return `2026-11-24 ${time} ${serverIp} POST /ClientWebService/client.asmx - 8530 - ${clientIp} Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71 - ${status} 0 0 187`;
}

/** One HTTPERR line with an overload reason on 2026-11-24 (time HH:MM:SS, UTC). */
export function httpErrLine(time: string, clientIp: string, reason = 'QueueFull'): string {
  return `2026-11-24 ${time} ${clientIp} 50123 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 ${reason} WsusPool`;
}

export interface ServerOptions {
  name?: string;
  domain?: string;
  ip?: string;
  /** IIS access-log data lines (header added); default: one scan per client IP at 08:00-10:00. */
  iisLines?: string[];
  httpErrLines?: string[];
  iisCollected?: boolean;
  usingSsl?: boolean;
  /** wsusServer.targetingMode and computerTargetGroups (WSUS API). */
  targeting?: { mode?: 'client' | 'server'; groups?: string[] };
}

/** A WSUS server; by default its IIS log (06:00-12:00Z) shows the given client IPs. */
export function server(options: ServerOptions = {}, clientIps: string[] = ['10.0.1.21']): FleetRuleTestMachine {
  const name = options.name ?? 'WSUS01';
  const domain = options.domain ?? 'contoso.com';
  const ip = options.ip ?? '10.0.0.10';
  const lines = options.iisLines ?? [scanLine('06:00:00', ip), ...clientIps.map((c, i) => scanLine(`0${8 + (i % 2)}:0${i % 10}:00`, c, 200, ip)), scanLine('12:00:00', ip)];
  const facts: Record<string, unknown> = {
    host: { computerName: name, fqdn: `${name.toLowerCase()}.${domain}`, domain, ipv4Addresses: [ip] },
    logs: {
      iisW3c:
        options.iisCollected === false
          ? { status: 'notCollected', message: 'not requested', files: null, format: null, maxAgeDays: null, maxBytes: null }
          : { files: [{ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log', truncated: false, startLine: 1, lines: [...W3C_HEADER, ...lines] }] },
      httpErr: { files: [{ path: 'C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr1.log', truncated: false, startLine: 1, lines: [...HTTPERR_HEADER, ...(options.httpErrLines ?? [])] }] },
    },
  };
  const setup: Record<string, unknown> = {};
  if (options.usingSsl !== undefined) setup.usingSsl = options.usingSsl;
  if (options.targeting?.mode !== undefined) setup.targetingMode = options.targeting.mode;
  if (options.targeting?.groups !== undefined) setup.computerTargetGroups = options.targeting.groups;
  if (Object.keys(setup).length) facts.wsusServer = setup;
  return { role: 'server', facts };
}

export interface ClientOptions {
  ip?: string;
  /** WUServer (and WUStatusServer); null: no WSUS policy. */
  url?: string | null;
  susClientId?: string;
  /** Registry Auto Update\Results\Detect\LastSuccessTime (pre-Windows 10); null: not written (Windows 10/11). */
  lastDetect?: string | null;
  /** WindowsUpdateClient event 25 errors: [code, ISO time]. */
  errors?: Array<[string, string]>;
  /**
   * Successful WSUS scans. `log`: local times (YYYY-MM-DDTHH:MM:SS, no zone) of a WSUS call with
   * "* Found N updates" in WindowsUpdate.log (Get-WindowsUpdateLog format); `events`: UTC times
   * of WindowsUpdateClient event 26. Without `scans` the log holds no scan result (only the
   * "WSUS server:" lines), so the registry value alone dates the last detection.
   */
  scans?: { log?: string[]; events?: string[] };
  /** false: WindowsUpdate.log not collected. */
  logCollected?: boolean;
  /** collectedAt of the fact file (default 2026-11-24T12:00:00Z). */
  collectedAt?: string;
  domain?: string;
  /** Client-side targeting: TargetGroupEnabled = 1 with this TargetGroup. */
  targetGroup?: string;
}

const WSUS_SERVICE_ID = '{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}';

/** "2026-11-24T09:12:03" -> "2026/11/24 09:12:03" (Get-WindowsUpdateLog time, without the fraction). */
function etlClock(local: string): string {
  return local.replace('T', ' ').replace(/-/g, '/');
}

/** Two WindowsUpdate.log lines of one successful WSUS scan (same pid/tid), 2 s apart, ending at `local`. */
export function wsusScanLines(local: string, url: string, tid: number): string[] {
  const end = Date.parse(`${local}Z`);
  const start = new Date(end - 2000).toISOString().slice(0, 19);
  return [
    `${etlClock(start)}.5000000 1228 ${tid} ProtocolTalker ServiceId = ${WSUS_SERVICE_ID}, Server URL = ${url}/ClientWebService/client.asmx`,
    `${etlClock(local)}.0000000 1228 ${tid} Agent * Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities`,
  ];
}

let counter = 0;

/** A WSUS client named `name` (computer name; FQDN <name>.contoso.com). */
export function client(name: string, options: ClientOptions = {}): FleetRuleTestMachine {
  const domain = options.domain ?? 'contoso.com';
  const url = options.url === undefined ? 'http://wsus01.contoso.com:8530' : options.url;
  counter++;
  const facts: Record<string, unknown> = {
    host: { computerName: name, fqdn: `${name.toLowerCase()}.${domain}`, domain, ipv4Addresses: [options.ip ?? '10.0.1.21'] },
    windowsUpdateClient: {
      susClientId: options.susClientId ?? `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      lastDetectSuccessTime: options.lastDetect === undefined ? '2026-11-24T09:30:00Z' : options.lastDetect,
    },
    clientPolicy:
      url === null
        ? { windowsUpdate: null, au: { UseWUServer: 0 } }
        : { windowsUpdate: { WUServer: url, WUStatusServer: url, ...(options.targetGroup !== undefined ? { TargetGroupEnabled: 1, TargetGroup: options.targetGroup } : {}) } },
  };
  const wsusUrl = url ?? 'http://wsus01.contoso.com:8530';
  facts.logs = {
    windowsUpdate:
      options.logCollected === false
        ? { status: 'notCollected', message: 'not requested', files: null, format: null }
        : {
            status: 'ok',
            format: 'windowsUpdateEtl',
            files: [
              {
                path: 'C:\\Windows\\Temp\\WindowsUpdate.log',
                truncated: false,
                startLine: 1,
                lines: [
                  `2026/11/20 07:00:00.1234567 1228 7000 Agent WSUS server: ${wsusUrl}`,
                  ...(options.scans?.log ?? []).flatMap((local, i) => wsusScanLines(local, wsusUrl, 7012 + i)),
                ],
              },
            ],
          },
  };
  const items: Array<Record<string, unknown>> = [];
  for (const [code, time] of options.errors ?? []) {
    items.push({
      logName: 'Microsoft-Windows-WindowsUpdateClient/Operational',
      providerName: 'Microsoft-Windows-WindowsUpdateClient',
      id: 25,
      level: 'Error',
      timeCreated: time,
      message: `Windows Update failed to check for updates with error ${code}.`,
    });
  }
  for (const time of options.scans?.events ?? []) {
    items.push({
      logName: 'Microsoft-Windows-WindowsUpdateClient/Operational',
      providerName: 'Microsoft-Windows-WindowsUpdateClient',
      id: 26,
      level: 'Information',
      timeCreated: time,
      message: 'Windows Update successfully found 2 updates.',
    });
  }
  if (items.length) facts.events = { items };
  if (options.collectedAt) facts.collectedAt = options.collectedAt;
  return { role: 'client', facts };
}

/**
 * Builders for the facts of client rule test cases: real-looking WindowsUpdate.log lines
 * (legacy tab-separated and Windows 10 Get-WindowsUpdateLog text), WindowsUpdateClient events
 * and CMTrace records of the ConfigMgr client logs, wrapped as patches over the base client
 * document. Test data only: rules import them for their `tests`.
 */
import type { FactPatch } from '../../../engine/dsl/rule-types.js';
import type { EventEntry } from '../../../engine/facts/fact-types.generated.js';

const DATE = '2026-11-24';

/** Legacy %windir%\WindowsUpdate.log line: date, time (colon before ms), PID, TID (hex), component, message, tab-separated. */
export function legacyLine(time: string, component: string, message: string, pid = '964', tid = '1a3c'): string {
  return [DATE, time, pid, tid, component, message].join('\t');
}

/** Windows 10+ Get-WindowsUpdateLog line: `2026/11/24 HH:MM:SS.fffffff PID TID Component Message`. */
export function etlLine(time: string, component: string, message: string, pid = '1056', tid = '5308'): string {
  return `${DATE.replaceAll('-', '/')} ${time} ${pid} ${tid} ${component} ${message}`;
}

/** The WSUS server of the base client document's policy. */
export const BASE_WSUS = 'http://wsus01.contoso.com:8530';

/**
 * The line that opens a legacy agent's call to the WSUS web service (the protocol talker names
 * the WSUS service and its URL), so that the codes the call then logs are tied to WSUS.
 */
export function legacyWsusCall(time: string, server = BASE_WSUS, pid = '964', tid = '1a3c'): string {
  return legacyLine(time, 'PT', `  + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${server}/ClientWebService/client.asmx`, pid, tid);
}

/** The same for a Windows 10/11 agent (ProtocolTalker component). */
export function etlWsusCall(time: string, server = BASE_WSUS): string {
  return etlLine(time, 'ProtocolTalker', `ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${server}/ClientWebService/client.asmx`);
}

/** A completed WSUS scan on a Windows 10/11 agent (the call line, then the search result). */
export function etlWsusScanSucceeded(time: string, server = BASE_WSUS): string[] {
  return [etlWsusCall(time, server), etlLine(time.replace(/\d$/, '9'), 'Agent', '* Found 3 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities')];
}

/** logs.windowsUpdate replaced by one legacy WindowsUpdate.log excerpt. */
export function legacyLog(...lines: string[]): FactPatch {
  return {
    logs: {
      windowsUpdate: {
        status: 'ok',
        format: 'windowsUpdateLegacy',
        files: [{ path: 'C:\\Windows\\WindowsUpdate.log', truncated: true, lines }],
      },
    },
  };
}

/** logs.windowsUpdate replaced by one Get-WindowsUpdateLog text file. */
export function etlLog(...lines: string[]): FactPatch {
  return {
    logs: {
      windowsUpdate: {
        status: 'ok',
        format: 'windowsUpdateEtl',
        files: [{ path: 'C:\\Windows\\Temp\\WindowsUpdate.log', truncated: false, startLine: 1, lines }],
      },
    },
  };
}

/** A Microsoft-Windows-WindowsUpdateClient event (Operational log unless the id is a System-log one). */
export function wuClientEvent(id: number, message: string, timeCreated = `${DATE}T09:40:03Z`, level: EventEntry['level'] = 'Error'): EventEntry {
  const system = id >= 16 && id <= 22;
  return {
    logName: system ? 'System' : 'Microsoft-Windows-WindowsUpdateClient/Operational',
    providerName: 'Microsoft-Windows-WindowsUpdateClient',
    id,
    level,
    timeCreated,
    message,
  };
}

/** events.items replaced by these entries. */
export function eventLog(...items: EventEntry[]): FactPatch {
  return { events: { status: 'ok', maxAgeDays: 3, items } };
}

/** One CMTrace record as the ConfigMgr client writes it (local time with its UTC bias in minutes: UTC = local + bias, so -060 is Central European time). */
export function cmtraceLine(message: string, component: string, time = '09:12:44.123-060', file = '', type = 1, thread = 4312): string {
  return `<![LOG[${message}]LOG]!><time="${time}" date="11-24-2026" component="${component}" context="" type="${type}" thread="${thread}" file="${file}">`;
}

const CM_LOG_FILES = {
  locationServices: 'LocationServices.log',
  wuaHandler: 'WUAHandler.log',
  scanAgent: 'ScanAgent.log',
} as const;

/** logs.configMgrClient.<log> collected with these CMTrace lines. */
export function configMgrLog(log: keyof typeof CM_LOG_FILES, ...lines: string[]): FactPatch {
  return {
    logs: {
      configMgrClient: {
        [log]: {
          status: 'ok',
          message: null,
          format: 'cmtrace',
          files: [{ path: `C:\\Windows\\CCM\\Logs\\${CM_LOG_FILES[log]}`, truncated: false, startLine: 1, lines }],
        },
      },
    },
  };
}

/** The machine runs the ConfigMgr client. */
export const CONFIGMGR_CLIENT: FactPatch = { configMgr: { status: 'ok', isClient: true, clientVersion: '5.00.9128.1007' } };

/** Client policy as ConfigMgr's WUAHandler writes it for a SUP (local policy, native key). */
export function wsusPolicy(wuServer: string, statusServer = wuServer, useWUServer = 1): FactPatch {
  return { clientPolicy: { status: 'ok', windowsUpdate: { WUServer: wuServer, WUStatusServer: statusServer }, au: { UseWUServer: useWUServer } } };
}

/** Deep-merges patches left to right (objects merge, lists and scalars replace, null kept as a delete marker). */
export function facts(...patches: FactPatch[]): FactPatch {
  const merge = (a: unknown, b: unknown): unknown => {
    if (!isObject(a) || !isObject(b)) return b;
    const out: Record<string, unknown> = { ...a };
    for (const [key, value] of Object.entries(b)) out[key] = key in out ? merge(out[key], value) : value;
    return out;
  };
  return patches.reduce<unknown>((acc, patch) => merge(acc, patch), {}) as FactPatch;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Neither WindowsUpdate.log nor the event log was collected. */
export const NO_CLIENT_LOGS: FactPatch = {
  logs: { windowsUpdate: { status: 'notCollected', message: 'Get-WindowsUpdateLog failed: access denied', format: null, files: null } },
  events: { status: 'error', message: 'The RPC server is unavailable', maxAgeDays: null, items: null },
};

/** WindowsUpdate.log not collected; only the event log is (events replaced by the given entries). */
export function eventsOnly(...items: EventEntry[]): FactPatch {
  return facts({ logs: { windowsUpdate: { status: 'notCollected', message: 'Get-WindowsUpdateLog timed out', format: null, files: null } } }, eventLog(...items));
}

/** A client that is not managed by WSUS (no policy values). */
export const NOT_MANAGED: FactPatch = { clientPolicy: { windowsUpdate: null, au: null } };

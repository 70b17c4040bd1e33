/**
 * Tells what a file of a bundle is from its content (never its name): the log kinds the fact
 * schema stores as excerpts, registry exports, `netsh winhttp show proxy` output, event exports
 * and fact files. Anything else is `ignored` with a reason an engineer can act on.
 *
 * Only the first lines are looked at for most kinds (a header or the first records), so a
 * large log costs one decode and one split.
 */
import { decodeText } from '../load/decode-text.js';
import { parseCmTraceLog } from '../parsers/cmtrace.js';
import { w3cLogKind } from '../parsers/w3c.js';
import { parseWindowsUpdateLine } from '../parsers/windows-update-log.js';
import { isEventClixml, isEventCsv, isEventXml } from './event-export.js';
import { isNetshProxyText } from './netsh-proxy.js';
import { isRegText } from './reg-file.js';

/** Where a log goes in the fact document: a path under `logs`. */
export type LogSlot =
  | 'iisW3c'
  | 'httpErr'
  | 'windowsUpdate'
  | 'softwareDistribution'
  | `configMgrClient.${'locationServices' | 'wuaHandler' | 'scanAgent' | 'updatesDeployment'}`
  | `configMgrSite.${'wsyncmgr' | 'wcm' | 'wsusCtrl'}`;

export type LogFormat = 'w3c' | 'httperr' | 'windowsUpdateLegacy' | 'windowsUpdateEtl' | 'cmtrace' | 'text';

export type Detection =
  | { kind: 'log'; slot: LogSlot; format: LogFormat; label: string }
  | { kind: 'reg'; label: string }
  | { kind: 'netshProxy'; label: string }
  | { kind: 'eventsXml'; label: string }
  | { kind: 'eventsCsv'; label: string }
  | { kind: 'eventsClixml'; label: string }
  | { kind: 'facts'; label: string; data: Record<string, unknown> }
  | { kind: 'ignored'; reason: string };

/** Lines looked at to recognise a kind. */
const HEAD_LINES = 200;

const IIS_SOFTWARE = /^Microsoft Internet Information Serv(?:ices|er)\b/i;
const SOFTWARE_DISTRIBUTION = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?\s+UTC\s+(?:Info|Warning|Error|Verbose|Critical)\b/;

/** CMTrace component → log slot (the component names each log's records carry). */
const CM_COMPONENTS: Record<string, LogSlot> = {
  wuahandler: 'configMgrClient.wuaHandler',
  locationservices: 'configMgrClient.locationServices',
  wsuslocation: 'configMgrClient.locationServices',
  scanagent: 'configMgrClient.scanAgent',
  updatesdeploymentagent: 'configMgrClient.updatesDeployment',
  updatesdeployment: 'configMgrClient.updatesDeployment',
  sms_wsus_sync_manager: 'configMgrSite.wsyncmgr',
  sms_wsus_configuration_manager: 'configMgrSite.wcm',
  sms_wsus_control_manager: 'configMgrSite.wsusCtrl',
};

const SLOT_LABELS: Record<string, string> = {
  'configMgrClient.wuaHandler': 'ConfigMgr WUAHandler.log',
  'configMgrClient.locationServices': 'ConfigMgr LocationServices.log',
  'configMgrClient.scanAgent': 'ConfigMgr ScanAgent.log',
  'configMgrClient.updatesDeployment': 'ConfigMgr UpdatesDeployment.log',
  'configMgrSite.wsyncmgr': 'ConfigMgr wsyncmgr.log',
  'configMgrSite.wcm': 'ConfigMgr WCM.log',
  'configMgrSite.wsusCtrl': 'ConfigMgr WSUSCtrl.log',
};

/** Top-level properties of a fact document (a partial fact file has some of them). */
const FACT_SECTIONS = ['os', 'updates', 'services', 'wsusServer', 'configMgr', 'iis', 'clientPolicy', 'windowsUpdateClient', 'proxy', 'events', 'logs', 'susdb', 'upstreamSync', 'contentStore', 'sslCertificate'];

const windows1252 = new TextDecoder('windows-1252');

/**
 * Decode a file's bytes (UTF-8 with or without BOM, UTF-16); undefined for binary data. Unlike
 * fact files, raw logs may be in the ANSI code page (a legacy WindowsUpdate.log with a German
 * path): bytes that are not UTF-8 and hold no NUL are read as Windows-1252.
 */
export function decodeBundleText(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return '';
  try {
    let text: string;
    try {
      text = decodeText(bytes).text;
    } catch (error) {
      if (bytes.subarray(0, 4096).includes(0)) throw error;
      text = windows1252.decode(bytes);
    }
    // Text files do not hold NULs or many control characters.
    const head = text.slice(0, 4096);
    let control = 0;
    for (let i = 0; i < head.length; i++) {
      const c = head.charCodeAt(i);
      if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
    }
    return control > head.length / 100 + 1 ? undefined : text;
  } catch {
    return undefined;
  }
}

/** What a binary file probably is, for the ignore reason. */
function binaryReason(bytes: Uint8Array): string {
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (magic.startsWith('ElfFile')) return 'an .evtx event log (binary): export the events as XML instead, e.g. wevtutil qe <log or file.evtx> /lf:true /rd:true /f:xml > events.xml';
  if (bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0x01 && bytes[3] === 0x00) return 'an image or icon, not a log';
  if (magic.startsWith('\x89PNG') || magic.startsWith('\xff\xd8\xff')) return 'a picture (a screenshot cannot be read: send the text, e.g. netsh winhttp show proxy > proxy.txt)';
  return 'binary data, not a text log (an .etl trace? on Windows 10/11 turn the Windows Update traces into text with Get-WindowsUpdateLog)';
}

/** Classify one file by its content. */
export function detect(bytes: Uint8Array): { detection: Detection; text?: string } {
  const text = decodeBundleText(bytes);
  if (text === undefined) return { detection: { kind: 'ignored', reason: binaryReason(bytes) } };
  if (text.trim() === '') return { detection: { kind: 'ignored', reason: 'empty file' }, text };
  return { detection: detectText(text), text };
}

/** Classify a decoded text. */
export function detectText(text: string): Detection {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) return detectJson(trimmed);
  if (trimmed.startsWith('[')) return { kind: 'ignored', reason: 'JSON that is not a wsus-doctor fact file (a list, not an object)' };
  if (isRegText(body)) return { kind: 'reg', label: 'registry export (.reg)' };
  if (isEventXml(body)) return { kind: 'eventsXml', label: 'event export (XML)' };
  if (isEventClixml(body)) return { kind: 'eventsClixml', label: 'event export (Export-Clixml)' };
  if (isNetshProxyText(body)) return { kind: 'netshProxy', label: 'netsh winhttp show proxy output' };
  const head = headLines(body, HEAD_LINES);
  if (head.some((l) => l.startsWith('#Software:') || l.startsWith('#Fields:') || l.startsWith('#Version:'))) return detectW3c(head);
  if (body.includes('<![LOG[') || head.some((l) => l.includes('$$<'))) return detectCmTrace(head);
  let wu = 0;
  let wuLegacy = 0;
  let sd = 0;
  for (const [i, line] of head.entries()) {
    const e = parseWindowsUpdateLine(line, i);
    if (e) {
      wu++;
      if (e.format === 'legacy') wuLegacy++;
    } else if (SOFTWARE_DISTRIBUTION.test(line)) sd++;
  }
  const nonBlank = head.filter((l) => l.trim() !== '').length;
  if (wu > 0 && wu >= nonBlank / 2) {
    return { kind: 'log', slot: 'windowsUpdate', format: wuLegacy >= wu - wuLegacy ? 'windowsUpdateLegacy' : 'windowsUpdateEtl', label: wuLegacy >= wu - wuLegacy ? 'WindowsUpdate.log (legacy, Windows 7 / Server 2012 R2 and older)' : 'WindowsUpdate.log (Get-WindowsUpdateLog output)' };
  }
  if (sd > 0) return { kind: 'log', slot: 'softwareDistribution', format: 'text', label: 'WSUS SoftwareDistribution.log' };
  if (isEventCsv(body)) return { kind: 'eventsCsv', label: 'event export (CSV)' };
  return { kind: 'ignored', reason: unknownTextReason(head) };
}

function headLines(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < n && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push(text.slice(start, end).replace(/\r$/, ''));
    start = end + 1;
  }
  return out;
}

function detectJson(text: string): Detection {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'ignored', reason: 'JSON that cannot be parsed (a fact file cut short? run the collector again)' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'ignored', reason: 'JSON that is not a wsus-doctor fact file' };
  const record = data as Record<string, unknown>;
  if ('schemaVersion' in record && 'host' in record) return { kind: 'facts', label: 'wsus-doctor fact file', data: record };
  if (FACT_SECTIONS.some((s) => s in record)) return { kind: 'facts', label: 'part of a wsus-doctor fact file', data: record };
  return { kind: 'ignored', reason: 'JSON that is not a wsus-doctor fact file (none of its sections)' };
}

function detectW3c(head: string[]): Detection {
  const kind = w3cLogKind(head);
  if (kind.kind === 'httpErr') return { kind: 'log', slot: 'httpErr', format: 'httperr', label: 'HTTPERR log (HTTP.sys)' };
  if (kind.kind === 'firewall') return { kind: 'ignored', reason: `a Windows Firewall log (#Software: ${kind.software ?? 'unknown'}), not an IIS log` };
  if (kind.software === undefined) return { kind: 'ignored', reason: 'a W3C-style log without the "#Software:" header IIS writes: cannot tell it is an IIS log (send the original u_ex*.log files)' };
  if (!IIS_SOFTWARE.test(kind.software)) return { kind: 'ignored', reason: `a W3C log written by "${kind.software}", not by IIS` };
  return { kind: 'log', slot: 'iisW3c', format: 'w3c', label: `IIS log (${kind.software})` };
}

function detectCmTrace(head: string[]): Detection {
  const counts = new Map<LogSlot, number>();
  const others = new Map<string, number>();
  for (const entry of parseCmTraceLog(head)) {
    const component = (entry.component ?? '').trim();
    const slot = CM_COMPONENTS[component.toLowerCase()];
    if (slot) counts.set(slot, (counts.get(slot) ?? 0) + 1);
    else if (component !== '') others.set(component, (others.get(component) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return { kind: 'log', slot: best[0], format: 'cmtrace', label: SLOT_LABELS[best[0]]! };
  const names = [...others.keys()].slice(0, 5).join(', ');
  return {
    kind: 'ignored',
    reason: names
      ? `a ConfigMgr log of ${names}: not one wsus-doctor reads (it reads WUAHandler, LocationServices, ScanAgent, UpdatesDeployment, wsyncmgr, WCM and WSUSCtrl)`
      : 'a ConfigMgr (CMTrace) log without readable records',
  };
}

function unknownTextReason(head: string[]): string {
  const lines = head.filter((l) => l.trim() !== '');
  // A guess is offered only when most lines fit it (a README that names WUAHandler is not a log).
  const most = (re: RegExp) => lines.length > 0 && lines.filter((l) => re.test(l)).length >= Math.max(1, lines.length / 2);
  if (most(/^(?:ScanAgent|LocationServices|WUAHandler|UpdatesDeploymentAgent|WSUSLocation)\t/)) {
    return 'ConfigMgr log lines copied from CMTrace without their time stamps: send the .log files from C:\\Windows\\CCM\\Logs';
  }
  if (most(/\b(?:GET|POST|HEAD)\s+\/\S*\s.*\b[1-5]\d\d\b/)) {
    return 'IIS log lines without the "#Software:" / "#Fields:" header IIS writes (an excerpt?): send the original u_ex*.log files';
  }
  if (most(/WUAHandler|WUA Managed server|Group policy settings were overwritten|SucceededWithErrors|HResult: 0x|WU Agent reported/i)) {
    return 'WUAHandler.log messages without their time stamps (copied text?): send the file C:\\Windows\\CCM\\Logs\\WUAHandler.log itself';
  }
  if (most(/\*FAILED\*|WSUS server:|SyncUpdates|WinHttp:|WARNING:|WS error/i)) {
    return 'WindowsUpdate.log messages without their time stamps (copied text?): send the log itself (Get-WindowsUpdateLog on Windows 10/11)';
  }
  return 'not a log or export that wsus-doctor reads';
}

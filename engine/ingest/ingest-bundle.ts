/**
 * `ingest`: a bundle of raw files (folders, zips, single files) -> one valid fact document.
 * Each file is recognised by its content (detect.ts) and fed into the section it belongs to:
 * log excerpts (log-excerpt.ts), the client policy and SusClientId from `.reg` exports
 * (reg-file.ts), the WinHTTP proxy (netsh-proxy.ts), events (event-export.ts), and the
 * sections of fact files or parts of them. The `ingest` section records which file fed which
 * facts, which were ignored and why, and what to ask for next; every section of the role that
 * stays empty is notCollected with the reason.
 *
 * Which policy values and ConfigMgr log slots exist is read from the fact schema itself, so a
 * value the schema gains later is filled without a change here.
 */
import type { Events, FactDocument, LogExcerpt } from '../facts/fact-types.generated.js';
import { InputError } from '../errors.js';
import { validateFactDocument } from '../validate/validate-facts.js';
import { loadSchema } from '../validate/schema-store.js';
import { TOOL_VERSION } from '../version.js';
import { detect, type LogFormat, type LogSlot } from './detect.js';
import { parseEventClixml, parseEventCsv, parseEventXml, type IngestedEvent } from './event-export.js';
import { buildExcerpt, MAX_CHARS_PER_LOG, MAX_FILES_PER_LOG, prepareLog, type PreparedLog } from './log-excerpt.js';
import { parseNetshProxy } from './netsh-proxy.js';
import { DEFAULT_BUNDLE_LIMITS, readBundle, type BundleFile, type BundleLimits } from './read-bundle.js';
import { parseRegFile, type RegValue } from './reg-file.js';

export type IngestSection = NonNullable<FactDocument['ingest']>;

export interface IngestOptions {
  role?: 'server' | 'client';
  computerName?: string;
  limits?: BundleLimits;
  /** Clock for collectedAt when nothing in the bundle has a time (tests pass a fixed one). */
  now?: () => Date;
}

const MAX_EVENTS = 5000;

const POLICY_ROOT = /^(?:HKEY_LOCAL_MACHINE|HKLM)\\SOFTWARE\\(WOW6432NODE\\)?POLICIES\\MICROSOFT\\WINDOWS\\WINDOWSUPDATE(\\AU)?$/i;
const WU_CLIENT_KEY = /^(?:HKEY_LOCAL_MACHINE|HKLM)\\SOFTWARE\\MICROSOFT\\WINDOWS\\CURRENTVERSION\\WINDOWSUPDATE$/i;

const ASKS: Record<string, string> = {
  'logs.iisW3c': 'no IIS log of the WSUS site: send C:\\inetpub\\logs\\LogFiles\\W3SVC<site id>\\u_ex*.log of the last days (the site id is in IIS Manager, WSUS Administration, Advanced Settings)',
  'logs.httpErr': 'no HTTPERR log: send C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr*.log',
  'logs.softwareDistribution': 'no SoftwareDistribution.log: send C:\\Program Files\\Update Services\\LogFiles\\SoftwareDistribution.log',
  'logs.windowsUpdate': 'no WindowsUpdate.log: on Windows 10/11 and Server 2016+ run Get-WindowsUpdateLog -LogPath C:\\Temp\\WindowsUpdate.log and send that file; on older Windows send C:\\Windows\\WindowsUpdate.log',
  clientPolicy: 'no Windows Update policy: send reg export HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate wu-policy.reg (the AU subkey comes with it)',
  proxy: 'no WinHTTP proxy setting: send the output of netsh winhttp show proxy > proxy.txt',
  'events:server': 'no event export: send wevtutil qe System /q:"*[System[Provider[@Name=\'Microsoft-Windows-WAS\']]]" /c:500 /rd:true /f:xml > was.xml and wevtutil qe Application /q:"*[System[Provider[@Name=\'Windows Server Update Services\']]]" /c:500 /rd:true /f:xml > wsus-events.xml',
  'events:client': 'no event export: send wevtutil qe Microsoft-Windows-WindowsUpdateClient/Operational /c:500 /rd:true /f:xml > wuclient-events.xml',
  'logs.configMgrClient': 'ConfigMgr client logs incomplete: send LocationServices.log, WUAHandler.log, ScanAgent.log and UpdatesDeployment.log from C:\\Windows\\CCM\\Logs',
  'logs.configMgrSite': 'ConfigMgr site logs incomplete: send wsyncmgr.log, WCM.log and WSUSCtrl.log from the Logs folder of the ConfigMgr installation directory',
};

const COLLECTOR_ONLY = 'ingest reads logs and exports only: run Invoke-WsusDoctorCollection.ps1 on the machine for this section';

const SERVER_SECTIONS = ['os', 'updates', 'services', 'wsusServer', 'configMgr', 'iis', 'events', 'susdb', 'upstreamSync', 'contentStore', 'sslCertificate'] as const;
const CLIENT_SECTIONS = ['os', 'updates', 'services', 'configMgr', 'clientPolicy', 'windowsUpdateClient', 'proxy', 'events'] as const;

type Doc = Record<string, unknown> & { logs?: Record<string, unknown> };

interface LogBucket {
  logs: PreparedLog[];
  formats: LogFormat[];
}

/** The schema's property names of a $defs entry (for policy values and log slots). */
function schemaProperties(def: string): Map<string, string | undefined> {
  const defs = (loadSchema('facts.schema.json').$defs ?? {}) as Record<string, { properties?: Record<string, { type?: string; $ref?: string }> }>;
  const props = defs[def]?.properties ?? {};
  return new Map(Object.entries(props).map(([k, v]) => [k, v.type]));
}

/** Read the inputs and build the fact document (validated). Throws InputError for bad inputs. */
export function ingestBundle(inputs: readonly string[], options: IngestOptions = {}): FactDocument {
  const files = readBundle(inputs, options.limits ?? DEFAULT_BUNDLE_LIMITS);
  if (files.length === 0) {
    throw new InputError('E_EMPTY', 'holds no files: nothing to ingest (put the logs, .reg exports and event exports of one machine in the folder or zip)', { file: inputs.join(', ') });
  }
  return ingestFiles(inputs, files, options);
}

/** The part of ingestBundle after reading: files already in memory. */
export function ingestFiles(inputs: readonly string[], files: readonly BundleFile[], options: IngestOptions = {}): FactDocument {
  const used: IngestSection['used'] = [];
  const ignored: IngestSection['ignored'] = [];
  const warnings: string[] = [];
  const buckets = new Map<LogSlot, LogBucket>();
  const events: IngestedEvent[] = [];
  const policy: { windowsUpdate: Record<string, unknown>; au: Record<string, unknown>; wowWindowsUpdate: Record<string, unknown>; wowAu: Record<string, unknown> } = { windowsUpdate: {}, au: {}, wowWindowsUpdate: {}, wowAu: {} };
  let policySeen = false;
  let susClientId: string | undefined;
  let proxy: Record<string, unknown> | undefined;
  let base: Doc | undefined;
  let baseFile: string | undefined;
  const fragments: Array<{ file: string; data: Doc }> = [];
  let hostFromContent: { computerName?: string; fqdn?: string } = {};
  let localTimes = false;
  const clientSlots = schemaProperties('configMgrClientLogs');
  const wuProps = schemaProperties('policyWindowsUpdate');
  const auProps = schemaProperties('policyAu');

  for (const file of files) {
    const { detection, text } = detect(file.bytes);
    if (detection.kind === 'ignored') {
      ignored.push({ file: file.name, reason: detection.reason });
      continue;
    }
    const body = text!;
    switch (detection.kind) {
      case 'log': {
        const slotName = detection.slot.split('.')[1];
        if (detection.slot.startsWith('configMgrClient.') && slotName !== undefined && !clientSlots.has(slotName)) {
          ignored.push({ file: file.name, reason: `${detection.label}: recognised, but this version's fact schema has no place for it yet` });
          break;
        }
        const prepared = prepareLog({ name: file.name, text: body, format: detection.format, sizeBytes: file.bytes.length, ...(file.lastWriteTime !== undefined && { lastWriteTime: file.lastWriteTime }) });
        if (prepared.localTimes) localTimes = true;
        if (prepared.computerName && hostFromContent.computerName === undefined) hostFromContent = { computerName: prepared.computerName };
        const bucket = buckets.get(detection.slot) ?? { logs: [], formats: [] };
        bucket.logs.push(prepared);
        bucket.formats.push(detection.format);
        buckets.set(detection.slot, bucket);
        const note = prepared.file.truncated ? `only the newest ${prepared.file.lines.length} lines kept` : undefined;
        used.push({ file: file.name, kind: detection.label, facts: [`logs.${detection.slot}`], ...(note !== undefined && { note }) });
        break;
      }
      case 'reg': {
        const reg = parseRegFile(body);
        const facts = new Set<string>();
        const notes: string[] = [];
        const skipped: string[] = [];
        let deletions = 0;
        for (const key of reg.keys) {
          const m = POLICY_ROOT.exec(key.path);
          if (m) {
            if (key.deleted) {
              deletions++;
              continue;
            }
            const wow = m[1] !== undefined;
            const isAu = m[2] !== undefined;
            const target = wow ? (isAu ? policy.wowAu : policy.wowWindowsUpdate) : isAu ? policy.au : policy.windowsUpdate;
            const props = isAu ? auProps : wuProps;
            for (const [name, value] of key.values) {
              if (value.type === 'delete') {
                deletions++;
                continue;
              }
              const type = props.get(name);
              const converted = type === undefined ? undefined : convert(value, type);
              if (converted === undefined) {
                skipped.push(name);
                continue;
              }
              target[name] = converted;
              policySeen = true;
              facts.add(wow ? `clientPolicy.wow6432Node.${isAu ? 'au' : 'windowsUpdate'}` : `clientPolicy.${isAu ? 'au' : 'windowsUpdate'}`);
            }
          } else if (WU_CLIENT_KEY.test(key.path)) {
            const id = key.values.get('SusClientId');
            if (id && (id.type === 'sz' || id.type === 'expandSz')) {
              susClientId = id.value.slice(0, 64);
              facts.add('windowsUpdateClient.susClientId');
            }
          }
        }
        if (skipped.length > 0) notes.push(`values the fact schema does not hold (or of another type) skipped: ${[...new Set(skipped)].slice(0, 20).join(', ')}`);
        if (reg.problems.length > 0) notes.push(`lines not read: ${reg.problems.slice(0, 5).map((p) => `line ${p.line} (${p.problem})`).join('; ')}${reg.problems.length > 5 ? `; and ${reg.problems.length - 5} more` : ''}`);
        if (facts.size === 0) {
          const why =
            deletions > 0
              ? `a .reg script that deletes ${deletions} Windows Update polic${deletions === 1 ? 'y value' : 'y values or keys'} ("=-"): a change, not an export of the machine's state`
              : 'a .reg file without values under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate (or \\AU): send reg export HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate wu-policy.reg';
          ignored.push({ file: file.name, reason: why });
          break;
        }
        if (deletions > 0) notes.push(`${deletions} deletion(s) ("=-") not applied: a .reg that deletes values is a change, not a state`);
        if (!/^Windows Registry Editor Version 5\.00$/.test(reg.header) && reg.header !== 'REGEDIT4') notes.push(`unexpected header: ${reg.header}`);
        used.push({ file: file.name, kind: detection.label, facts: [...facts], ...(notes.length > 0 && { note: notes.join('; ').slice(0, 2000) }) });
        break;
      }
      case 'netshProxy': {
        const parsed = parseNetshProxy(body);
        if (!parsed) {
          ignored.push({ file: file.name, reason: 'netsh winhttp show proxy output without a proxy setting in it' });
          break;
        }
        proxy = { status: 'ok', ...parsed };
        used.push({ file: file.name, kind: detection.label, facts: ['proxy'] });
        break;
      }
      case 'eventsXml':
      case 'eventsClixml':
      case 'eventsCsv': {
        const parsed = detection.kind === 'eventsXml' ? parseEventXml(body) : detection.kind === 'eventsClixml' ? parseEventClixml(body) : parseEventCsv(body);
        if (parsed.events.length === 0) {
          ignored.push({ file: file.name, reason: `${detection.label} without a readable event` });
          break;
        }
        events.push(...parsed.events);
        const computer = 'computer' in parsed ? (parsed.computer as string | undefined) : undefined;
        if (computer !== undefined && hostFromContent.fqdn === undefined) {
          hostFromContent = { computerName: computer.split('.')[0]!, ...(computer.includes('.') && { fqdn: computer }) };
        }
        const notes: string[] = [];
        if (detection.kind === 'eventsCsv') notes.push('CSV times are local times without a zone: read as UTC');
        if (parsed.skipped > 0) notes.push(`${parsed.skipped} record(s) without provider, id or time skipped`);
        used.push({ file: file.name, kind: detection.label, facts: ['events'], ...(notes.length > 0 && { note: notes.join('; ') }) });
        break;
      }
      case 'facts': {
        const data = detection.data as Doc;
        if ('schemaVersion' in data && (data.ingest !== undefined || (data.collector as { name?: string } | undefined)?.name === 'wsus-doctor ingest')) {
          ignored.push({ file: file.name, reason: 'the output of an earlier ingest: the raw files are read again instead' });
          break;
        }
        if ('schemaVersion' in data) {
          try {
            validateFactDocument(data, file.name);
          } catch (error) {
            ignored.push({ file: file.name, reason: `a fact file that is not valid: ${error instanceof InputError ? error.toLine() : (error as Error).message}` });
            break;
          }
          if (base !== undefined) {
            ignored.push({ file: file.name, reason: `a second complete fact file (host ${String((data.host as { computerName?: string })?.computerName)}): ingest builds one machine's document from ${baseFile}; diagnose this one on its own` });
            break;
          }
          base = structuredClone(data);
          delete base.ingest;
          baseFile = file.name;
          used.push({ file: file.name, kind: detection.label, facts: Object.keys(data).filter((k) => !['$schema', 'schemaVersion', 'ingest'].includes(k)) });
        } else {
          const probe = { schemaVersion: '1.0', role: 'client', host: { computerName: 'x' }, collectedAt: '2000-01-01T00:00:00Z', collector: { name: 'x', version: 'x' }, ...data };
          try {
            validateFactDocument(probe, file.name);
          } catch (error) {
            ignored.push({ file: file.name, reason: `part of a fact file that is not valid: ${error instanceof InputError ? error.toLine() : (error as Error).message}` });
            break;
          }
          fragments.push({ file: file.name, data: structuredClone(data) });
          used.push({ file: file.name, kind: detection.label, facts: Object.keys(data) });
        }
        break;
      }
    }
  }

  // The role: --role, else the fact file's, else what the bundle holds.
  const serverSlots = [...buckets.keys()].filter((s) => s === 'iisW3c' || s === 'httpErr' || s === 'softwareDistribution' || s.startsWith('configMgrSite.'));
  const serverEvents = events.some((e) => /^(?:Windows Server Update Services|Microsoft-Windows-WAS)$/i.test(e.providerName));
  let role: 'server' | 'client';
  let roleSource: IngestSection['roleSource'];
  let roleReason: string;
  if (options.role) {
    role = options.role;
    roleSource = 'option';
    roleReason = `--role ${options.role}`;
  } else if (base) {
    role = base.role as 'server' | 'client';
    roleSource = 'factFile';
    roleReason = `the role of the fact file ${baseFile}`;
  } else if (serverSlots.length > 0 || serverEvents) {
    role = 'server';
    roleSource = 'inferred';
    roleReason = `the bundle holds WSUS server sources (${[...serverSlots.map((s) => `logs.${s}`), ...(serverEvents ? ['WSUS/WAS events'] : [])].join(', ')})`;
  } else {
    role = 'client';
    roleSource = 'inferred';
    roleReason = 'no IIS, HTTPERR, SoftwareDistribution.log, ConfigMgr site-server log or WSUS/WAS event in the bundle: taken as a WSUS client (use --role server to override)';
  }
  if (base && options.role === undefined && role === 'client' && serverSlots.length > 0) warnings.push(`the fact file says client but the bundle holds server logs (${serverSlots.join(', ')}); use --role to choose`);

  // Start from the fact file, or an empty document.
  const doc: Doc = base ?? { schemaVersion: '1.0', role, host: { computerName: 'UNKNOWN' }, collectedAt: '', collector: { name: 'wsus-doctor ingest', version: TOOL_VERSION } };
  doc.role = role;
  for (const fragment of fragments) mergeSections(doc, fragment.data);

  // Raw sources fill (and replace) their sections.
  if (buckets.size > 0) {
    const logs = (doc.logs ??= {}) as Record<string, unknown>;
    for (const [slot, bucket] of buckets) {
      const { excerpt, dropped } = buildExcerpt(bucket.logs, bucket.formats);
      for (const path of dropped) {
        const index = used.findIndex((u) => u.file === path);
        if (index >= 0) used.splice(index, 1);
        ignored.push({ file: path, reason: `older than the newest logs.${slot} files kept (at most ${MAX_FILES_PER_LOG} files and ${MAX_CHARS_PER_LOG / 1024 / 1024} Mi characters per kind of log)` });
      }
      const [group, name] = slot.split('.') as [string, string | undefined];
      if (name === undefined) logs[group] = excerpt;
      else ((logs[group] ??= {}) as Record<string, LogExcerpt>)[name] = excerpt;
    }
  }
  if (policySeen) {
    const section: Record<string, unknown> = { status: 'ok' };
    if (Object.keys(policy.windowsUpdate).length > 0) section.windowsUpdate = policy.windowsUpdate;
    if (Object.keys(policy.au).length > 0) section.au = policy.au;
    if (Object.keys(policy.wowWindowsUpdate).length + Object.keys(policy.wowAu).length > 0) {
      section.wow6432Node = { ...(Object.keys(policy.wowWindowsUpdate).length > 0 && { windowsUpdate: policy.wowWindowsUpdate }), ...(Object.keys(policy.wowAu).length > 0 && { au: policy.wowAu }) };
    }
    doc.clientPolicy = section;
  }
  if (susClientId !== undefined) doc.windowsUpdateClient = { ...(isOkSection(doc.windowsUpdateClient) ? (doc.windowsUpdateClient as object) : {}), status: 'ok', susClientId };
  if (proxy) doc.proxy = proxy;
  if (events.length > 0) {
    events.sort((a, b) => a.timeCreated.localeCompare(b.timeCreated));
    const kept = events.slice(-MAX_EVENTS);
    if (kept.length < events.length) warnings.push(`${events.length} events in the exports: only the newest ${MAX_EVENTS} kept`);
    const section: Events = { status: 'ok', coveredFrom: kept[0]!.timeCreated, coveredTo: kept.at(-1)!.timeCreated, items: kept };
    doc.events = section;
  }

  // Identity and time.
  const host = doc.host as { computerName: string; fqdn?: string };
  if (options.computerName) host.computerName = options.computerName.slice(0, 255);
  else if (!base) {
    if (hostFromContent.computerName) {
      host.computerName = hostFromContent.computerName.slice(0, 255);
      if (hostFromContent.fqdn) host.fqdn = hostFromContent.fqdn.slice(0, 255);
    } else warnings.push('no computer name in the bundle: the document says UNKNOWN (use --computer-name)');
  }
  if (!base) doc.collectedAt = collectedAtOf(doc, files, options.now ?? (() => new Date()));
  if (localTimes) warnings.push('WindowsUpdate.log and CMTrace times without a zone were read as UTC: the bundle does not say which time zone the machine was in');

  // Everything the role needs that is still empty: notCollected with the reason.
  const missing: IngestSection['missing'] = [];
  const sections = role === 'server' ? SERVER_SECTIONS : CLIENT_SECTIONS;
  for (const name of sections) {
    if (doc[name] !== undefined) continue;
    const askKey = name === 'events' ? `events:${role}` : name;
    const ask = ASKS[askKey];
    if (ask) missing.push({ facts: name, ask });
    doc[name] = { status: 'notCollected', message: ask ?? COLLECTOR_ONLY };
  }
  const logs = (doc.logs ??= {}) as Record<string, unknown>;
  const logSlots = role === 'server' ? ['iisW3c', 'httpErr', 'softwareDistribution'] : ['windowsUpdate'];
  for (const slot of logSlots) {
    if (logs[slot] !== undefined) continue;
    const ask = ASKS[`logs.${slot}`]!;
    missing.push({ facts: `logs.${slot}`, ask });
    logs[slot] = { status: 'notCollected', message: ask };
  }
  fillGroup(logs, 'configMgrClient', [...clientSlots.keys()], role === 'client', missing);
  fillGroup(logs, 'configMgrSite', [...schemaProperties('configMgrSiteLogs').keys()], role === 'server', missing);

  const ingest: IngestSection = { inputs: inputs.map((i) => i.slice(0, 1024)).slice(0, 200), role, roleSource, roleReason, used: used.slice(0, 20000), ignored: ignored.slice(0, 20000), missing };
  if (warnings.length > 0) ingest.warnings = warnings;
  doc.ingest = ingest;
  return validateFactDocument(doc, inputs.join(', '));
}

function isOkSection(section: unknown): boolean {
  return typeof section === 'object' && section !== null && (section as { status?: string }).status === 'ok';
}

/** A ConfigMgr log group: slots not found stay notCollected; asked for only when the group is partly there. */
function fillGroup(logs: Record<string, unknown>, group: string, slots: readonly string[], roleWants: boolean, missing: IngestSection['missing']): void {
  const existing = logs[group] as Record<string, unknown> | undefined;
  if (existing === undefined && !roleWants) return;
  const found = existing !== undefined && Object.values(existing).some(isOkSection);
  const target = (logs[group] ??= {}) as Record<string, unknown>;
  const ask = ASKS[`logs.${group}`]!;
  for (const slot of slots) {
    if (target[slot] !== undefined) continue;
    target[slot] = { status: 'notCollected', message: found ? ask : 'no ConfigMgr log of this kind in the bundle (if ConfigMgr manages this machine, send it)' };
  }
  if (found && slots.some((s) => !isOkSection(target[s]))) missing.push({ facts: `logs.${group}`, ask });
}

/** Merge a partial fact file: a section replaces one that is absent or not ok; logs merge per slot. */
function mergeSections(doc: Doc, data: Doc): void {
  for (const [key, value] of Object.entries(data)) {
    if (key === 'logs' && typeof value === 'object' && value !== null) {
      const logs = (doc.logs ??= {}) as Record<string, unknown>;
      for (const [slot, excerpt] of Object.entries(value as Record<string, unknown>)) {
        if (slot === 'configMgrClient' || slot === 'configMgrSite') {
          const group = (logs[slot] ??= {}) as Record<string, unknown>;
          for (const [name, e] of Object.entries(excerpt as Record<string, unknown>)) if (!isOkSection(group[name])) group[name] = e;
        } else if (!isOkSection(logs[slot])) logs[slot] = excerpt;
      }
    } else if (['schemaVersion', 'role', 'collector', '$schema', 'ingest'].includes(key)) {
      continue;
    } else if (key === 'host' || key === 'collectedAt') {
      if (doc[key] === undefined || (key === 'host' && (doc.host as { computerName?: string }).computerName === 'UNKNOWN')) doc[key] = value;
    } else if (!isOkSection(doc[key])) {
      doc[key] = value;
    }
  }
}

/** collectedAt of an ingested bundle: the newest time stamp in it, else the newest file time, else now. */
function collectedAtOf(doc: Doc, files: readonly BundleFile[], now: () => Date): string {
  const times: string[] = [];
  const visit = (excerpt: unknown) => {
    const to = (excerpt as { coveredTo?: string } | undefined)?.coveredTo;
    if (to) times.push(to);
  };
  const logs = (doc.logs ?? {}) as Record<string, unknown>;
  for (const [slot, value] of Object.entries(logs)) {
    if (slot === 'configMgrClient' || slot === 'configMgrSite') Object.values(value as Record<string, unknown>).forEach(visit);
    else visit(value);
  }
  visit(doc.events);
  if (typeof doc.collectedAt === 'string' && doc.collectedAt !== '') times.push(new Date(doc.collectedAt).toISOString());
  if (times.length > 0) return times.sort().at(-1)!;
  const fileTimes = files.map((f) => f.lastWriteTime).filter((t): t is string => t !== undefined).sort();
  return fileTimes.at(-1) ?? now().toISOString();
}

/** A .reg value as the schema type of the property; undefined when it does not fit. */
function convert(value: RegValue, type: string): string | number | boolean | undefined {
  if (type === 'integer' || type === 'number') {
    if (value.type === 'dword' || value.type === 'qword') return value.value;
    if ((value.type === 'sz' || value.type === 'expandSz') && /^\d{1,10}$/.test(value.value.trim())) return Number(value.value.trim());
    return undefined;
  }
  if (type === 'string') {
    if (value.type === 'sz' || value.type === 'expandSz') return value.value.slice(0, 2048);
    if (value.type === 'multiSz') return value.value.join(';').slice(0, 2048);
    if (value.type === 'dword' || value.type === 'qword') return String(value.value);
    return undefined;
  }
  if (type === 'boolean' && (value.type === 'dword' || value.type === 'qword')) return value.value !== 0;
  return undefined;
}

/**
 * Generates a synthetic WSUS fleet of fact files (servers and clients of realistic size, 20-40 KB
 * for a client with WindowsUpdate.log and event excerpts; servers carry one IIS log line per
 * client) with fleet failures planted on purpose, and the list of fleet findings a batch must
 * report for it. Used by the batch tests (small fleets) and by `npm run bench` (large ones).
 *
 * Deterministic: the same options give the same files. Machines live in corp.fabrikam.test so a
 * generated fleet does not collide with examples/.
 *
 * Planted (each on its own clients, so the expected findings are exact):
 *   notSeen      clients of server 0 that logged an error inside its IIS log window but are not in it
 *   unknown      clients whose WUServer names a server that is not in the fleet
 *   wrongPort    clients pointing at server 1 on port 80
 *   wrongScheme  clients using plain HTTP against the SSL server (server 2, or 0 when there are 2)
 *   spelling     clients of server 1 using its short name (a minority spelling)
 *   overload     server 1 answers 503 / HTTPERR QueueFull and some of its clients log 0x80072EE2 then
 *   duplicateIds pairs of clients sharing one SusClientId
 *   stale        20 % of the clients without a detection for 30 days
 *   bad files    invalid JSON, a schema violation, an empty file
 *   duplicates   older fact files of a few machines (superseded)
 *
 * CLI: node --import tsx scripts/generate-fleet.ts --out <dir> [--machines 60] [--seed 1]
 *      [--no-plants] [--manifest <file>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FactDocument } from '../engine/facts/fact-types.generated.js';
import { baseClientDocument, baseServerDocument } from '../engine/rule-testing/base-documents.js';

export const FLEET_DOMAIN = 'corp.fabrikam.test';
/** Newest collection time of a generated fleet: the reference time of the fleet rules. */
export const REFERENCE_TIME = Date.parse('2026-11-24T12:00:00Z');
const HOUR = 3600_000;
const MINUTE = 60_000;

export interface FleetOptions {
  machines: number;
  seed?: number;
  /** Plant fleet failures, bad files and duplicates (default true). */
  plants?: boolean;
  /** File name prefix, e.g. to mix two fleets in one folder. */
  prefix?: string;
}

export interface ExpectedFinding {
  ruleId: string;
  /** Server name, configured URL, or "fleet". */
  subject: string;
  machines: string[];
}

export interface FleetManifest {
  servers: number;
  clients: number;
  files: string[];
  expected: {
    findings: ExpectedFinding[];
    failedFiles: string[];
    superseded: Array<{ file: string; supersededBy: string }>;
  };
  /** Names of every generated machine. */
  machineNames: string[];
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const w3cTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
const etlTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}0000`;
};

/** 10.20.0.1, 10.20.0.2, ... (octets 0 and 255 never used). */
function clientIp(i: number): string {
  const rest = Math.floor(i / 250);
  return `10.${20 + Math.floor(rest / 250)}.${rest % 250}.${(i % 250) + 1}`;
}

interface Plan {
  servers: number;
  clients: number;
  sslServer: number;
  /** Per client: its server and how its WUServer is planted. */
  target: Array<{ server: number; kind: 'ok' | 'unknown' | 'wrongPort' | 'wrongScheme' | 'spelling' }>;
  notSeen: Set<number>;
  timeout: Set<number>;
  stale: Set<number>;
  sharedId: Map<number, number>;
  overloadServer: number;
}

function plan(options: FleetOptions): Plan {
  const total = Math.max(3, options.machines);
  const servers = total < 30 ? 2 : Math.max(3, Math.min(10, Math.round(total / 500)));
  const clients = total - servers;
  const plants = options.plants !== false;
  const k = Math.max(1, Math.round(clients * 0.005));
  const sslServer = servers >= 3 ? 2 : 0;
  const target: Plan['target'] = [];
  for (let c = 0; c < clients; c++) target.push({ server: c % servers, kind: 'ok' });
  const p: Plan = { servers, clients, sslServer, target, notSeen: new Set(), timeout: new Set(), stale: new Set(), sharedId: new Map(), overloadServer: 1 };
  if (!plants) return p;
  // Clients are taken from the end of the list, one block per plant, so no client carries two plants.
  let next = clients - 1;
  const take = (n: number, server?: number) => {
    const out: number[] = [];
    while (out.length < n && next >= 0) {
      if (server === undefined || target[next]!.server === server) out.push(next);
      next--;
    }
    return out;
  };
  for (const c of take(k, 0)) p.notSeen.add(c);
  for (const c of take(k)) target[c]!.kind = 'unknown';
  for (const c of take(k)) target[c] = { server: 1, kind: 'wrongPort' };
  for (const c of take(k)) target[c] = { server: sslServer, kind: 'wrongScheme' };
  for (const c of take(k, 1)) target[c]!.kind = 'spelling';
  for (const c of take(Math.max(2, k), 1)) p.timeout.add(c);
  const pairs = take(2 * k);
  for (let i = 0; i + 1 < pairs.length; i += 2) p.sharedId.set(pairs[i + 1]!, pairs[i]!);
  // Stale clients: 20 % of all clients (taken from the rest, odd positions first), still pointing at their server.
  const staleCount = Math.ceil(clients * 0.2);
  for (let c = 1; c <= next && p.stale.size < staleCount; c += 2) p.stale.add(c);
  for (let c = 0; c <= next && p.stale.size < staleCount; c += 2) p.stale.add(c);
  return p;
}

function serverName(s: number): string {
  return `WSUS${pad(s + 1)}`;
}
function serverFqdn(s: number): string {
  return `${serverName(s).toLowerCase()}.${FLEET_DOMAIN}`;
}
function clientName(c: number): string {
  return `PC${pad(c + 1, 5)}`;
}
function clientFqdn(c: number): string {
  return `${clientName(c).toLowerCase()}.${FLEET_DOMAIN}`;
}
function serverIp(s: number): string {
  return `10.19.0.${s + 10}`;
}

/** The fact document of server `s`. */
function serverDoc(p: Plan, s: number, rand: () => number, collectedAt: number): FactDocument {
  const doc = baseServerDocument();
  doc.host = { computerName: serverName(s), fqdn: serverFqdn(s), domain: FLEET_DOMAIN, ipv4Addresses: [serverIp(s)] };
  doc.collectedAt = iso(collectedAt);
  if (s === p.sslServer) doc.wsusServer = { ...doc.wsusServer!, usingSsl: true };
  const from = REFERENCE_TIME - 6 * HOUR;
  const to = REFERENCE_TIME - 5 * MINUTE;
  const ip = serverIp(s);
  const lines: Array<[number, string]> = [];
  const ua = 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71';
  const port = s === p.sslServer ? 8531 : 8530;
  lines.push([from, `${w3cTime(from)} ${ip} GET /selfupdate/wuident.cab 1811091430 ${port} - ${ip} Windows-Update-Agent - 200 0 0 15`]);
  lines.push([to, `${w3cTime(to)} ${ip} GET /selfupdate/wuident.cab 1811091430 ${port} - ${ip} Windows-Update-Agent - 200 0 0 15`]);
  for (let c = 0; c < p.clients; c++) {
    const t = p.target[c]!;
    if (t.server !== s || (t.kind !== 'ok' && t.kind !== 'spelling') || p.notSeen.has(c)) continue;
    const at = from + Math.floor(rand() * (to - from));
    lines.push([at, `${w3cTime(at)} ${ip} POST /ClientWebService/client.asmx - ${port} - ${clientIp(c)} ${ua} - 200 0 0 ${50 + Math.floor(rand() * 400)}`]);
  }
  const httpErr: string[] = [
    '#Software: Microsoft HTTP API 2.0',
    '#Version: 1.0',
    `#Date: ${w3cTime(from)}`,
    '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
    `${w3cTime(from + HOUR)} 10.20.0.9 50123 ${ip} ${port} - - - - - - Timer_ConnectionIdle -`,
  ];
  if (s === p.overloadServer && p.timeout.size) {
    const t0 = REFERENCE_TIME - 3 * HOUR;
    for (let i = 0; i < 6; i++) lines.push([t0 + i * MINUTE, `${w3cTime(t0 + i * MINUTE)} ${ip} POST /ClientWebService/client.asmx - ${port} - 10.20.0.${200 + i} ${ua} - 503 0 0 15`]);
    httpErr.push(`${w3cTime(t0 + 90_000)} 10.20.0.210 50124 ${ip} ${port} HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 QueueFull WsusPool`);
  }
  lines.sort((a, b) => a[0] - b[0]);
  const iis = doc.logs!.iisW3c!;
  const header = iis.files![0]!.lines.slice(0, 4);
  header[2] = `#Date: ${w3cTime(from)}`;
  iis.files = [{ path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log', truncated: false, startLine: 1, lines: [...header, ...lines.map((l) => l[1])] }];
  doc.logs!.httpErr!.files = [{ path: 'C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr1.log', truncated: false, startLine: 1, lines: httpErr }];
  return doc;
}

const WU_TEMPLATES = [
  'Agent * START * Finding updates CallerId = UpdateOrchestrator  Id = {id}',
  'Agent Online = Yes; AllowCachedResults = No; Ignore download priority = No',
  'Agent Criteria = IsInstalled=0 and DeploymentAction=* or IsInstalled=1 and DeploymentAction=Uninstallation or IsPresent=1 and DeploymentAction=Uninstallation',
  'Agent ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Third party service',
  'ProtocolTalker OK to reuse existing configuration',
  'ProtocolTalker Existing cookie is valid, just use it',
  'ProtocolTalker PTInfo: Server requested registration',
  'WebServices Auto proxy settings for this web service call.',
  'ProtocolTalker SyncUpdates round trips: 1',
  'Agent Found 0 updates and 93 categories in search; evaluated appl. rules of 1815 out of 3220 deployed entities',
  'Agent * END * Finding updates CallerId = UpdateOrchestrator  Id = {id}',
  'Shared Power status changed',
  'DownloadManager PurgeExpiredFiles::Found 0 expired files to delete.',
  'Misc Got WSUS Client/Server URL: http://{server}/ClientWebService/client.asmx',
];

/** The fact document of client `c` (and its older duplicate when `older`). */
function clientDoc(p: Plan, c: number, rand: () => number, collectedAt: number, seed: number): FactDocument {
  const doc = baseClientDocument();
  const t = p.target[c]!;
  doc.host = { computerName: clientName(c), fqdn: clientFqdn(c), domain: FLEET_DOMAIN, ipv4Addresses: [clientIp(c)] };
  doc.collectedAt = iso(collectedAt);
  const url =
    t.kind === 'unknown' ? `http://oldwsus.${FLEET_DOMAIN}:8530`
    : t.kind === 'wrongPort' ? `http://${serverFqdn(t.server)}`
    : t.kind === 'wrongScheme' ? `http://${serverFqdn(t.server)}:8530`
    : t.kind === 'spelling' ? `http://${serverName(t.server)}:8530`
    : t.server === p.sslServer ? `https://${serverFqdn(t.server)}:8531`
    : `http://${serverFqdn(t.server)}:8530`;
  doc.clientPolicy = { status: 'ok', windowsUpdate: { WUServer: url, WUStatusServer: url }, au: { UseWUServer: 1, NoAutoUpdate: 0, AUOptions: 4 } };
  const idOf = (i: number) => {
    const h = (Math.imul(i + 1, 2654435761) ^ seed) >>> 0;
    return `${h.toString(16).padStart(8, '0')}-${pad((i >> 16) & 0xffff, 4)}-4${pad(i & 0xfff, 3)}-8000-${String(i).padStart(12, '0')}`;
  };
  const detect = p.stale.has(c) ? REFERENCE_TIME - 30 * 24 * HOUR : REFERENCE_TIME - Math.floor(rand() * 20 * HOUR) - HOUR;
  doc.windowsUpdateClient = { status: 'ok', susClientId: idOf(p.sharedId.get(c) ?? c), lastDetectSuccessTime: iso(detect) };

  // WindowsUpdate.log excerpt (ETL text, local time = UTC here) of ~150-280 lines.
  const lines: string[] = [];
  const count = 150 + Math.floor(rand() * 130);
  let at = REFERENCE_TIME - 40 * HOUR;
  for (let i = 0; i < count; i++) {
    at += Math.floor(rand() * 12 * MINUTE);
    const template = WU_TEMPLATES[i % WU_TEMPLATES.length]!;
    lines.push(`${etlTime(at)} 1056 ${5300 + (i % 17)} ${template.replace('{id}', `{${idOf(c + i)}}`).replace('{server}', url.replace(/^https?:\/\//, ''))}`);
  }
  doc.logs!.windowsUpdate!.files = [{ path: 'C:\\Windows\\Temp\\WindowsUpdate.log', truncated: false, startLine: 1, lines }];

  const events: NonNullable<FactDocument['events']>['items'] = [];
  for (let i = 0; i < 4; i++) {
    events!.push({
      logName: 'Microsoft-Windows-WindowsUpdateClient/Operational',
      providerName: 'Microsoft-Windows-WindowsUpdateClient',
      id: 19,
      level: 'Information',
      timeCreated: iso(REFERENCE_TIME - (30 - i * 7) * HOUR),
      message: `Installation Successful: Windows successfully installed the following update: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.421.${(c + i) % 900}.0)`,
    });
  }
  if (p.notSeen.has(c)) {
    events!.push({ logName: 'Microsoft-Windows-WindowsUpdateClient/Operational', providerName: 'Microsoft-Windows-WindowsUpdateClient', id: 25, level: 'Error', timeCreated: iso(REFERENCE_TIME - 2 * HOUR), message: 'Windows Update failed to check for updates with error 0x80072EFD.' });
  }
  if (p.timeout.has(c)) {
    events!.push({ logName: 'Microsoft-Windows-WindowsUpdateClient/Operational', providerName: 'Microsoft-Windows-WindowsUpdateClient', id: 25, level: 'Error', timeCreated: iso(REFERENCE_TIME - 3 * HOUR + 4 * MINUTE), message: 'Windows Update failed to check for updates with error 0x80072EE2.' });
  }
  doc.events = { status: 'ok', maxAgeDays: 3, items: events };
  return doc;
}

/** Writes the fleet into `dir` and returns what a batch must find in it. */
export function writeFleet(dir: string, options: FleetOptions): FleetManifest {
  mkdirSync(dir, { recursive: true });
  const seed = options.seed ?? 1;
  const rand = prng(seed);
  const p = plan(options);
  const prefix = options.prefix ?? '';
  const files: string[] = [];
  const names: string[] = [];
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    files.push(file);
    return file;
  };
  const collected = (i: number) => REFERENCE_TIME - ((i * 7919) % 50) * MINUTE;
  for (let s = 0; s < p.servers; s++) {
    write(`${prefix}${serverName(s).toLowerCase()}.json`, JSON.stringify(serverDoc(p, s, rand, s === 0 ? REFERENCE_TIME : collected(s)), null, 2));
    names.push(serverFqdn(s));
  }
  const superseded: FleetManifest['expected']['superseded'] = [];
  const plants = options.plants !== false;
  for (let c = 0; c < p.clients; c++) {
    const file = write(`${prefix}${clientName(c).toLowerCase()}.json`, JSON.stringify(clientDoc(p, c, rand, collected(c + p.servers), seed), null, 2));
    names.push(clientFqdn(c));
    if (plants && c % 97 === 5) {
      // An older fact file of the same machine, in a sub-folder: it must be superseded.
      mkdirSync(join(dir, 'older'), { recursive: true });
      const old = clientDoc(p, c, prng(seed + c), REFERENCE_TIME - 48 * HOUR, seed);
      superseded.push({ file: write(join('older', `${prefix}${clientName(c).toLowerCase()}-2026-11-22.json`), JSON.stringify(old)), supersededBy: file });
    }
  }
  const failedFiles: string[] = [];
  if (plants) {
    failedFiles.push(write(`${prefix}broken-truncated.json`, '{"schemaVersion": "1.0", "role": "client", "host": {'));
    const invalid = baseClientDocument() as unknown as Record<string, unknown>;
    (invalid.host as Record<string, unknown>).computerName = 'BADPC';
    invalid.role = 'printer';
    failedFiles.push(write(`${prefix}broken-schema.json`, JSON.stringify(invalid)));
    failedFiles.push(write(`${prefix}broken-empty.json`, ''));
  }

  const findings: ExpectedFinding[] = [];
  if (plants) {
    const group = (kind: Plan['target'][number]['kind']) => p.target.map((t, c) => (t.kind === kind ? c : -1)).filter((c) => c >= 0);
    const n = (list: Iterable<number>) => [...list].map(clientFqdn);
    findings.push({ ruleId: 'fleet-client-not-in-iis-log', subject: serverFqdn(0), machines: [serverFqdn(0), ...n(p.notSeen)] });
    findings.push({ ruleId: 'fleet-client-target-mismatch', subject: `http://oldwsus.${FLEET_DOMAIN}:8530`, machines: n(group('unknown')) });
    findings.push({ ruleId: 'fleet-client-target-mismatch', subject: `http://${serverFqdn(1)}:80`, machines: n(group('wrongPort')) });
    findings.push({ ruleId: 'fleet-client-target-mismatch', subject: `http://${serverFqdn(p.sslServer)}:8530`, machines: n(group('wrongScheme')) });
    findings.push({ ruleId: 'fleet-target-audit', subject: 'fleet', machines: n([...group('unknown'), ...group('wrongPort'), ...group('wrongScheme'), ...group('spelling')]) });
    findings.push({ ruleId: 'fleet-overload-client-timeouts', subject: serverFqdn(p.overloadServer), machines: [serverFqdn(p.overloadServer), ...n(p.timeout)] });
    findings.push({ ruleId: 'fleet-duplicate-sus-client-id', subject: 'fleet', machines: n([...p.sharedId].flatMap(([a, b]) => [a, b])) });
    findings.push({ ruleId: 'fleet-stale-reporting', subject: 'fleet', machines: n(p.stale) });
  }
  return { servers: p.servers, clients: p.clients, files, expected: { findings, failedFiles, superseded }, machineNames: names };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const out = value('--out');
  if (!out) {
    process.stderr.write('usage: node --import tsx scripts/generate-fleet.ts --out <dir> [--machines 60] [--seed 1] [--no-plants] [--manifest <file>]\n');
    process.exit(2);
  }
  const manifest = writeFleet(out, { machines: Number(value('--machines') ?? 60), seed: Number(value('--seed') ?? 1), plants: !args.includes('--no-plants') });
  const manifestFile = value('--manifest');
  if (manifestFile) writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  process.stdout.write(`${manifest.files.length} files (${manifest.servers} servers, ${manifest.clients} clients) in ${out}; ${manifest.expected.findings.length} planted fleet findings\n`);
}

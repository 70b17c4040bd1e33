/**
 * The per-machine summary the fleet rules need (see fleet-types.ts), made from a fact
 * document and its derived facts right after diagnosis, in the worker. It is small (a few
 * hundred bytes for a client; a server's IIS client-IP set is the largest part) so a batch of
 * any size keeps only these, never the fact documents.
 *
 * A server's overload intervals are read from the IIS and HTTPERR log lines here (servers
 * are few) because the derived facts keep only five samples per finding.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts, LogEvidence } from '../derive/derived-types.js';
import { parseW3cLog } from '../parsers/w3c.js';
import { parseHttpErrLog } from '../parsers/httperr.js';
import { describeHttpErrReason } from '../knowledge/httperr-reasons.js';
import type { ClientSummary, FleetEndpoint, MachineSummary, ServerSummary } from './fleet-types.js';
import { hasZone, latestInstant, shortIso, toIntervals, toMs } from './fleet-time.js';

/** Entries further apart than this start a new overload interval. */
export const OVERLOAD_GAP_MS = 15 * 60_000;
/** Times kept per client summary (activity, timeouts). */
const MAX_TIMES = 40;
/** Codes that mean "the server timed out / answered 503" on a client. */
export const TIMEOUT_CODES = /^0x[0-9A-F]{4}2EE2$|^0x80244022$/;

/** Identity key of a machine: lower-case FQDN, else lower-case computer name. */
export function machineKey(doc: Pick<FactDocument, 'host'>): string {
  return (doc.host.fqdn?.trim() || doc.host.computerName).toLowerCase();
}

/** Display name of a machine: FQDN when known, else the computer name. */
export function machineName(doc: Pick<FactDocument, 'host'>): string {
  return doc.host.fqdn?.trim() || doc.host.computerName;
}

export function summarizeMachine(doc: FactDocument, derived: DerivedFacts, file: string, hasDiagnoses: boolean): MachineSummary {
  return doc.role === 'server' ? summarizeServer(doc, derived, file, hasDiagnoses) : summarizeClient(doc, derived, file, hasDiagnoses);
}

function addresses(doc: FactDocument): string[] {
  const out = new Set<string>();
  for (const ip of doc.host.ipv4Addresses ?? []) out.add(ip.toLowerCase());
  for (const ip of doc.host.ipv6Addresses ?? []) out.add(stripZone(ip).toLowerCase());
  return [...out];
}

/** fe80::1%11 -> fe80::1 */
export function stripZone(ip: string): string {
  const percent = ip.indexOf('%');
  return percent === -1 ? ip : ip.slice(0, percent);
}

function summarizeServer(doc: FactDocument, derived: DerivedFacts, file: string, hasDiagnoses: boolean): ServerSummary {
  const aliases = new Set<string>([doc.host.computerName.toLowerCase()]);
  if (doc.host.fqdn) aliases.add(doc.host.fqdn.toLowerCase());
  else if (doc.host.domain && doc.host.domain.includes('.')) aliases.add(`${doc.host.computerName}.${doc.host.domain}`.toLowerCase());
  for (const ip of addresses(doc)) aliases.add(ip);

  const endpoints: FleetEndpoint[] = [];
  const addEndpoint = (scheme: string, port: number | undefined) => {
    const s = scheme.toLowerCase();
    if ((s === 'http' || s === 'https') && port && !endpoints.some((e) => e.scheme === s && e.port === port)) endpoints.push({ scheme: s, port });
  };
  const site = derived.wsusSite.found && doc.iis?.status === 'ok' ? doc.iis.sites?.find((s) => s.id === derived.wsusSite.id) : undefined;
  for (const binding of site?.bindings ?? []) {
    addEndpoint(binding.protocol, binding.port);
    if (binding.hostName) aliases.add(binding.hostName.toLowerCase());
  }
  const setup = doc.wsusServer?.status === 'ok' ? doc.wsusServer : undefined;
  if (endpoints.length === 0 && setup?.portNumber) {
    // No IIS bindings: KB 4025764's pairing (2.2): HTTP on PortNumber; HTTPS on 443 with 80, else PortNumber + 1.
    addEndpoint('http', setup.portNumber);
    if (setup.usingSsl) addEndpoint('https', setup.portNumber === 80 ? 443 : setup.portNumber + 1);
  }
  const summary: ServerSummary = {
    role: 'server',
    key: machineKey(doc),
    name: machineName(doc),
    file,
    collectedAt: doc.collectedAt,
    hasDiagnoses,
    aliases: [...aliases],
    endpoints,
  };
  if (setup?.usingSsl !== undefined) summary.usingSsl = setup.usingSsl;
  const preferred = setup?.usingSsl ? endpoints.find((e) => e.scheme === 'https') : endpoints.find((e) => e.scheme === 'http');
  if (preferred) summary.url = `${preferred.scheme}://${summary.name.toLowerCase()}:${preferred.port}`;
  if (derived.iisLog.available) {
    summary.iisLog = { clientIps: derived.iisLog.clientIps.map((ip) => stripZone(ip).toLowerCase()) };
    if (derived.iisLog.window.from) summary.iisLog.from = derived.iisLog.window.from;
    if (derived.iisLog.window.to) summary.iisLog.to = derived.iisLog.window.to;
  }
  if (derived.iisLog.available || derived.httpErr.available) summary.overload = overloadOf(doc, derived);
  if (setup?.targetingMode !== undefined || setup?.computerTargetGroups !== undefined) {
    summary.targeting = {};
    if (setup.targetingMode !== undefined) summary.targeting.mode = setup.targetingMode;
    if (setup.computerTargetGroups !== undefined) summary.targeting.groups = [...setup.computerTargetGroups];
  }
  return summary;
}

/** 503s of the IIS log and overload reasons of HTTPERR, grouped into intervals. */
function overloadOf(doc: FactDocument, derived: DerivedFacts): NonNullable<ServerSummary['overload']> {
  const times: number[] = [];
  const samples: LogEvidence[] = [];
  if (derived.iisLog.available && derived.iisLog.status503.count > 0) {
    for (const file of doc.logs?.iisW3c?.files ?? []) {
      for (const entry of parseW3cLog(file.lines)) {
        if (entry.status !== 503) continue;
        const ms = toMs(entry.timestamp);
        if (ms !== undefined) times.push(ms);
      }
    }
    samples.push(...derived.iisLog.status503.samples);
  }
  if (derived.httpErr.available && derived.httpErr.serviceUnavailable.count > 0) {
    for (const file of doc.logs?.httpErr?.files ?? []) {
      for (const entry of parseHttpErrLog(file.lines)) {
        if (!entry.reason || !describeHttpErrReason(entry.reason)?.overload) continue;
        const ms = toMs(entry.timestamp);
        if (ms !== undefined) times.push(ms);
      }
    }
    samples.push(...derived.httpErr.serviceUnavailable.samples);
  }
  return {
    events: times.length,
    intervals: toIntervals(times, OVERLOAD_GAP_MS).map((i) => ({ from: shortIso(i.from), to: shortIso(i.to), count: i.count })),
    samples: samples.slice(-5),
  };
}

function summarizeClient(doc: FactDocument, derived: DerivedFacts, file: string, hasDiagnoses: boolean): ClientSummary {
  const wuClient = doc.windowsUpdateClient?.status === 'ok' ? doc.windowsUpdateClient : undefined;
  const summary: ClientSummary = {
    role: 'client',
    key: machineKey(doc),
    name: machineName(doc),
    file,
    collectedAt: doc.collectedAt,
    hasDiagnoses,
    ips: addresses(doc),
    policyAvailable: derived.policy.available,
    wuClientAvailable: wuClient !== undefined,
    activity: [],
    timeouts: [],
  };
  const url = derived.policy.wuServer;
  if (derived.policy.available && derived.policy.useWUServer === 1 && url.valid && url.scheme && url.host && url.port) {
    const host = url.host.toLowerCase().replace(/\.$/, '');
    summary.target = { url: `${url.scheme}://${host.includes(':') ? `[${host}]` : host}:${url.port}`, scheme: url.scheme, host, port: url.port };
  }
  if (wuClient?.susClientId) summary.susClientId = wuClient.susClientId.toLowerCase();
  // Client-side targeting (native policy key): TargetGroupEnabled = 1 and the group names, ";"-separated.
  const policyKey = derived.policy.available ? doc.clientPolicy?.windowsUpdate : undefined;
  if (policyKey?.TargetGroupEnabled === 1) {
    const groups = (policyKey.TargetGroup ?? '').split(';').map((g) => g.trim()).filter((g) => g.length > 0);
    if (groups.length) summary.targetGroups = groups;
  }
  // Newest successful detection: registry (pre-Windows 10 only), the log / event 26 (knowledge 8a),
  // or ConfigMgr's WUAHandler "Successfully completed scan.".
  const candidates: NonNullable<ClientSummary['lastScanSuccess']>[] = [];
  if (wuClient?.lastDetectSuccessTime) candidates.push({ at: wuClient.lastDetectSuccessTime, source: 'registry' });
  const scans = derived.clientErrors.wsusScan;
  if (scans.lastSuccess) candidates.push({ at: scans.lastSuccess, source: hasZone(scans.lastSuccess) ? 'events' : 'log' });
  const cmScan = derived.configMgrClient.lastSuccessfulScan;
  if (cmScan) candidates.push({ at: cmScan, source: 'configMgr' });
  for (const candidate of candidates) {
    if (latestInstant(candidate.at) === undefined) continue;
    if (!summary.lastScanSuccess || latestInstant(candidate.at)! > latestInstant(summary.lastScanSuccess.at)!) summary.lastScanSuccess = candidate;
    summary.activity.push({ at: candidate.at });
  }
  if (scans.lastFailure && toMs(scans.lastFailure) !== undefined) summary.lastScanFailure = scans.lastFailure;
  // Bounded: a summary stays a few hundred bytes whatever the logs hold.
  const seen = new Set(summary.activity.map((t) => t.at));
  // Time-outs only where the log ties them to WSUS (persistent or recovered), never other endpoints'.
  const wsusTimeouts = new Set<string>();
  for (const group of [derived.clientErrors.byFamily.timeout, derived.clientErrors.byFamily.serviceUnavailable, derived.clientErrors.recovered]) {
    for (const code of group.codes) if (TIMEOUT_CODES.test(code.code)) for (const s of code.samples) if (s.timestamp) wsusTimeouts.add(s.timestamp);
  }
  for (const code of derived.clientErrors.codes) {
    const timeout = TIMEOUT_CODES.test(code.code);
    for (const sample of code.samples) {
      if (!sample.timestamp) continue;
      if (!seen.has(sample.timestamp) && summary.activity.length < MAX_TIMES) {
        seen.add(sample.timestamp);
        summary.activity.push({ at: sample.timestamp });
      }
      if (timeout && wsusTimeouts.has(sample.timestamp) && summary.timeouts.length < MAX_TIMES) summary.timeouts.push({ at: sample.timestamp, code: code.code });
    }
  }
  return summary;
}

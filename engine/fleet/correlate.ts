/**
 * Correlates the machine summaries of a batch into the fact roots of the fleet rules: one
 * root per WSUS server, one per configured WSUS URL (target), one for the fleet. This is the
 * fleet's "derive" step: the rules then only compare these facts with operators.
 *
 * Matching a client's WUServer to a server: the host is compared, case-insensitively, with
 * each server's computer name, FQDN, IP addresses and IIS binding host names (a short name
 * also matches the first label of a server FQDN). DNS aliases (CNAMEs) cannot be resolved
 * offline: a URL that uses one shows up as a target with no server in the batch.
 */
import type {
  ClientSummary,
  FleetClient,
  FleetOptions,
  FleetRoot,
  FleetWideFacts,
  FleetMachine,
  MachineSummary,
  ServerRoot,
  ServerSummary,
  TargetRoot,
  TargetSubjectFacts,
} from './fleet-types.js';
import { latestInstant, median, possibleRange, possiblyNear, shortIso, toMs } from './fleet-time.js';
import type { FleetServer } from '../model/report-model.js';

export interface FleetCorrelation {
  servers: ServerRoot[];
  targets: TargetRoot[];
  fleet: FleetRoot;
  /** For the report's fleet.servers. */
  serverTable: FleetServer[];
}

const DAY_MS = 86_400_000;

export function correlateFleet(input: readonly (FleetMachine | MachineSummary)[], options: FleetOptions): FleetCorrelation {
  const targetsByUrl = new Map<string, NonNullable<FleetClient['target']>>();
  const machines: FleetMachine[] = input.map((m) => (m.role === 'client' && !isFleetClient(m) ? fleetClientOf(m, targetsByUrl) : m));
  const servers = machines.filter((m): m is ServerSummary => m.role === 'server');
  const clients = machines.filter((m): m is FleetClient => m.role === 'client');
  const resolver = new ServerResolver(servers);

  // Clients grouped by configured URL, each group matched to a server.
  const groups = new Map<string, { target: NonNullable<FleetClient['target']>; clients: FleetClient[] }>();
  for (const client of clients) {
    if (!client.target) continue;
    let group = groups.get(client.target.url);
    if (!group) groups.set(client.target.url, (group = { target: client.target, clients: [] }));
    group.clients.push(client);
  }
  const targetFacts: TargetSubjectFacts[] = [];
  const clientsOfServer = new Map<ServerSummary, FleetClient[]>(servers.map((s) => [s, []]));
  const pointingAtServer = new Map<ServerSummary, FleetClient[]>(servers.map((s) => [s, []]));
  for (const { target, clients: members } of groups.values()) {
    const server = resolver.resolve(target.host);
    const facts: TargetSubjectFacts = {
      url: target.url,
      scheme: target.scheme,
      host: target.host,
      port: target.port,
      clients: members.map((c) => c.name),
      clientCount: members.length,
      match: server ? matchEndpoint(server, target.scheme, target.port) : 'unknown',
      clientsText: nameList(members.map((c) => c.name)),
    };
    if (!server) facts.problem = `no WSUS server of the batch is called ${target.host} (a DNS alias of one cannot be resolved offline)`;
    if (server) {
      facts.server = server.name;
      facts.serverEndpoints = server.endpoints.map((e) => `${e.scheme}:${e.port}`).join(', ') || 'unknown';
      if (server.url) facts.expectedUrl = server.url;
      const should = server.url ? `; use ${server.url}` : '';
      if (facts.match === 'wrongPort') facts.problem = `${server.name} has no WSUS endpoint on port ${target.port} (it answers on ${facts.serverEndpoints})${should}`;
      if (facts.match === 'wrongScheme') {
        facts.problem = server.usingSsl && target.scheme === 'http'
          ? `${server.name} requires SSL (UsingSSL = 1): the web services answer only on HTTPS${should}`
          : `${server.name} does not answer ${target.scheme.toUpperCase()} on port ${target.port} (it answers on ${facts.serverEndpoints})${should}`;
      }
      if (facts.match === 'undecided') facts.problem = `the endpoints of ${server.name} are not known (neither IIS nor the WSUS setup values were collected)`;
      // One by one: spreading a group of 100,000 clients as arguments overflows the stack.
      pushAll(pointingAtServer.get(server)!, members);
      if (facts.match === 'ok') pushAll(clientsOfServer.get(server)!, members);
    }
    targetFacts.push(facts);
  }

  const fleet = fleetWide(machines, servers, clients, targetFacts, options);
  const serverRoots = servers.map((server): ServerRoot => ({
    subject: { kind: 'server', name: server.name },
    server: serverFacts(server, clientsOfServer.get(server)!, options),
    fleet,
  }));
  const targetRoots = targetFacts.map((target): TargetRoot => ({ subject: { kind: 'target', name: target.url }, target, fleet }));
  const serverTable: FleetServer[] = servers.map((server) => {
    const pointing = pointingAtServer.get(server)!;
    const row: FleetServer = { server: server.name, clients: pointing.length, clientsWithDiagnoses: pointing.filter((c) => c.hasDiagnoses).length };
    if (server.url) row.url = server.url;
    return row;
  });
  return { servers: serverRoots, targets: targetRoots, fleet: { subject: { kind: 'fleet', name: 'fleet' }, fleet }, serverTable };
}

const NONE: never[] = [];

function pushAll<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function isFleetClient(client: FleetClient | ClientSummary): client is FleetClient {
  return 'activityRanges' in client;
}

/**
 * What the fleet stage keeps of a client summary. `targets`: one target object per configured URL
 * (and one empty list for all), for callers that hold many clients at once.
 */
export function fleetClientOf(summary: ClientSummary, targets?: Map<string, NonNullable<FleetClient['target']>>): FleetClient {
  // Held by the thousand: every member in one literal (one hidden class, all in-object, no
  // property array) and the ranges in an array of their exact length (push leaves ~17 slots).
  const ranges: number[] = [];
  for (const t of summary.activity) {
    const range = possibleRange(t.at);
    if (range) ranges.push(range[0], range[1]);
  }
  let target: FleetClient['target'];
  if (summary.target) {
    target = targets?.get(summary.target.url);
    if (!target) targets?.set(summary.target.url, (target = summary.target));
  }
  return {
    role: 'client',
    name: summary.name,
    hasDiagnoses: summary.hasDiagnoses,
    ips: summary.ips.length ? summary.ips : NONE,
    scanEvidence: Boolean(summary.lastScanSuccess || summary.lastScanFailure),
    activityRanges: ranges.length ? ranges.slice() : NONE,
    timeouts: summary.timeouts.length ? summary.timeouts : NONE,
    collectedMs: toMs(summary.collectedAt),
    lastSuccessLatest: latestInstant(summary.lastScanSuccess?.at),
    target,
    susClientId: summary.susClientId,
    targetGroups: summary.targetGroups,
  };
}

/** Finds the server a host name or address names. */
export class ServerResolver {
  private readonly byAlias = new Map<string, ServerSummary>();
  private readonly byShortName = new Map<string, ServerSummary>();

  constructor(servers: readonly ServerSummary[]) {
    for (const server of servers) {
      for (const alias of server.aliases) if (!this.byAlias.has(alias)) this.byAlias.set(alias, server);
      for (const alias of server.aliases) {
        const short = alias.split('.')[0]!;
        if (!/^\d+$/.test(short) && !alias.includes(':') && !this.byShortName.has(short)) this.byShortName.set(short, server);
      }
    }
  }

  resolve(host: string): ServerSummary | undefined {
    const h = host.toLowerCase().replace(/\.$/, '');
    return this.byAlias.get(h) ?? (h.includes('.') ? undefined : this.byShortName.get(h));
  }
}

function matchEndpoint(server: ServerSummary, scheme: 'http' | 'https', port: number): TargetSubjectFacts['match'] {
  if (server.endpoints.length === 0) return 'undecided';
  if (server.endpoints.some((e) => e.scheme === scheme && e.port === port)) {
    // With UsingSSL the web services require HTTPS (KB 4025764 2.2/2.3): plain HTTP serves content only.
    return server.usingSsl && scheme === 'http' ? 'wrongScheme' : 'ok';
  }
  return server.endpoints.some((e) => e.port === port) ? 'wrongScheme' : 'wrongPort';
}

/** Names as text: the first `max`, then "and N more". */
export function nameList(names: readonly string[], max = 20): string {
  if (names.length === 0) return 'none';
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function percent(share: number): string {
  const p = share * 100;
  return `${p >= 10 || Number.isInteger(p) ? Math.round(p) : p.toFixed(1)}%`;
}

function fleetWide(
  machines: readonly FleetMachine[],
  servers: ServerSummary[],
  clients: FleetClient[],
  targets: TargetSubjectFacts[],
  options: FleetOptions,
): FleetWideFacts {
  const collection = collectionTimes(machines, options);
  const reference = collection.reference;

  // Target audit: minority URLs and URLs that name no server of the batch.
  const withTarget = targets.reduce((n, t) => n + t.clientCount, 0);
  const sortedTargets = [...targets].sort((a, b) => b.clientCount - a.clientCount || a.url.localeCompare(b.url));
  const describe = (t: TargetSubjectFacts) =>
    `${t.url}: ${t.clientCount} client${t.clientCount === 1 ? '' : 's'} (${percent(t.clientCount / withTarget)}), ${
      t.server ? `server ${t.server}${t.match === 'ok' ? '' : ` (${t.match === 'wrongPort' ? 'wrong port' : t.match === 'wrongScheme' ? 'wrong scheme' : 'endpoints unknown'})`}` : 'no server of the batch'
    }`;
  const flagged = sortedTargets.filter((t) => t.match === 'unknown' || (targets.length > 1 && t.clientCount / withTarget < options.minorityShare));

  // Duplicate SusClientIds: a list only for an id seen twice (a batch has one id per client).
  const byId = new Map<string, string | string[]>();
  for (const c of clients) {
    if (!c.susClientId) continue;
    const seen = byId.get(c.susClientId);
    if (seen === undefined) byId.set(c.susClientId, c.name);
    else if (typeof seen === 'string') byId.set(c.susClientId, [seen, c.name]);
    else seen.push(c.name);
  }
  const duplicates: Array<[string, string[]]> = [];
  byId.forEach((names, id) => {
    if (typeof names !== 'string') duplicates.push([id, names]);
  });
  duplicates.sort((a, b) => a[0].localeCompare(b[0]));

  // Reporting share: over the clients with dated scan evidence whose collection time is not an outlier.
  // Each client is judged at min(its collectedAt, reference): never later than it could know, never
  // later than the fleet's "now"; a local log time counts as its latest possible instant (+14 h).
  const inTime = clients.filter((c) => !collection.outliers.has(c));
  const considered = inTime.filter((c) => c.scanEvidence);
  const noEvidence = inTime.filter((c) => !c.scanEvidence);
  const stale = considered.filter((c) => {
    const last = c.lastSuccessLatest;
    const collected = c.collectedMs;
    if (last === undefined || reference === undefined) return true;
    const now = collected === undefined ? reference : Math.min(collected, reference);
    return last < now - options.reportingDays * DAY_MS;
  });

  const facts: FleetWideFacts = {
    machines: machines.length,
    serverCount: servers.length,
    clientCount: clients.length,
    serverNames: servers.map((s) => s.name),
    targets: {
      clients: withTarget,
      groups: targets.length,
      all: sortedTargets.map(describe),
      flagged: flagged.map(describe),
      flaggedClients: flagged.flatMap((t) => t.clients),
      flaggedText: flagged.map(describe).join('; ') || 'none',
      minorityShare: options.minorityShare,
      minoritySharePercent: percent(options.minorityShare),
    },
    susClientIds: {
      duplicates: duplicates.map(([id, names]) => `${id}: ${names.join(', ')}`),
      duplicateClients: duplicates.flatMap(([, names]) => names),
      duplicatesText: duplicates.slice(0, 20).map(([id, names]) => `${id}: ${nameList(names)}`).join('; ') + (duplicates.length > 20 ? `; and ${duplicates.length - 20} more ids` : '') || 'none',
    },
    reporting: {
      days: options.reportingDays,
      minShare: options.reportingMinShare,
      considered: considered.length,
      reported: considered.length - stale.length,
      minSharePercent: percent(options.reportingMinShare),
      staleClients: stale.map((c) => c.name),
      staleClientsText: nameList(stale.map((c) => c.name)),
      noEvidenceClients: noEvidence.map((c) => c.name),
      noEvidenceClientsText: nameList(noEvidence.map((c) => c.name)),
      outlierClients: clients.filter((c) => collection.outliers.has(c)).map((c) => c.name),
    },
    collection: collection.facts,
  };
  if (reference !== undefined) facts.referenceTime = shortIso(reference);
  const known = clients.filter((c) => c.susClientId).length;
  if (known > 0) facts.susClientIds.known = known;
  if (considered.length > 0) {
    facts.reporting.share = facts.reporting.reported / considered.length;
    facts.reporting.sharePercent = percent(facts.reporting.share);
  }
  return facts;
}

/**
 * Collection times against the fleet. Outliers: machines collected more than
 * `collectionOutlierDays` from the median collectedAt of all machines (a wrong clock, a file
 * from another collection). The reference time is the median of the others: robust (half of
 * the files would have to be wrong to move it out of the fleet's own range), and unlike the
 * newest collectedAt it cannot be pushed forward by one file dated in the future.
 */
export function collectionTimes(machines: readonly FleetMachine[], options: FleetOptions): {
  reference?: number;
  outliers: Set<FleetMachine>;
  facts: FleetWideFacts['collection'];
} {
  // The dated machines and their times side by side (no object per machine: a batch may hold 100,000).
  const datedMachines: FleetMachine[] = [];
  const datedMs: number[] = [];
  for (const m of machines) {
    const ms = m.role === 'client' ? m.collectedMs : toMs(m.collectedAt);
    if (ms === undefined) continue;
    datedMachines.push(m);
    datedMs.push(ms);
  }
  const middle = median(datedMs);
  const limit = options.collectionOutlierDays * DAY_MS;
  /** Positions in datedMachines / datedMs. */
  const far: number[] = [];
  if (middle !== undefined) for (let i = 0; i < datedMs.length; i++) if (Math.abs(datedMs[i]! - middle) > limit) far.push(i);
  // Only a strict majority of close collection times tells which files are off; without one
  // (e.g. two files 90 days apart) the far machines are undecided and nothing is left out.
  const majority = datedMs.length - far.length > datedMs.length / 2;
  const outlying = majority ? far : [];
  const outliers = new Set(outlying.map((i) => datedMachines[i]!));
  const others = outliers.size ? datedMs.filter((_, i) => !outliers.has(datedMachines[i]!)) : datedMs;
  const reference = median(others);
  const days = (ms: number) => {
    const d = Math.abs(ms - middle!) / DAY_MS;
    return `${d >= 10 ? Math.round(d) : d.toFixed(1)} days ${ms > middle! ? 'after' : 'before'}`;
  };
  const details = outlying.map((i) => `${datedMachines[i]!.name}: collected ${shortIso(datedMs[i]!)} (${days(datedMs[i]!)} the median ${shortIso(middle!)})`);
  const facts: FleetWideFacts['collection'] = {
    machines: datedMs.length,
    outlierDays: options.collectionOutlierDays,
    outliers: outlying.map((i) => datedMachines[i]!.name),
    outlierDetails: details,
    outliersText: nameList(details),
    undecided: majority ? [] : far.map((i) => datedMachines[i]!.name),
  };
  if (middle !== undefined) facts.median = shortIso(middle);
  if (others.length) facts.inTimeRange = `${shortIso(others.reduce((a, b) => Math.min(a, b)))} – ${shortIso(others.reduce((a, b) => Math.max(a, b)))}`;
  return { ...(reference !== undefined && { reference }), outliers, facts };
}

/**
 * Client-side targeting against the server's groups: with the server in client-side targeting mode
 * (or its mode unknown), a TargetGroup the server does not have puts the client in Unassigned
 * Computers. Group names compare case-insensitively; in server-side mode TargetGroup is ignored.
 */
function targetingFacts(server: ServerSummary, clients: FleetClient[]): ServerRoot['server']['targeting'] {
  const using = clients.filter((c) => c.targetGroups !== undefined);
  const out: ServerRoot['server']['targeting'] = { clientsUsingTargeting: using.length, missing: { clients: [], machines: [], details: [], text: 'none' } };
  if (server.targeting?.mode) out.mode = server.targeting.mode;
  const groups = server.targeting?.groups;
  if (groups === undefined) return out;
  out.groupsText = nameList(groups);
  if (server.targeting?.mode === 'server') return out;
  const known = new Set(groups.map((g) => g.toLowerCase()));
  for (const client of using) {
    const absent = client.targetGroups!.filter((g) => !known.has(g.toLowerCase()));
    if (!absent.length) continue;
    out.missing.clients.push(client.name);
    out.missing.details.push(`${client.name}: ${absent.join('; ')}`);
  }
  if (out.missing.clients.length) out.missing.machines = [server.name, ...out.missing.clients];
  out.missing.text = nameList(out.missing.details);
  return out;
}

function serverFacts(server: ServerSummary, clients: FleetClient[], options: FleetOptions): ServerRoot['server'] {
  const facts: ServerRoot['server'] = {
    name: server.name,
    file: server.file,
    clients: clients.map((c) => c.name),
    clientCount: clients.length,
    notSeen: { clients: [], machines: [], undecided: [], undecidedMachines: [], clientsText: 'none', undecidedText: 'none' },
    targeting: targetingFacts(server, clients),
    overload: { events: 0, intervals: [], affectedClients: [], machines: [], clientErrors: [], clientErrorsText: 'none', samples: [] },
  };
  if (server.url) facts.url = server.url;

  // Rule 1: clients never seen in the IIS log while it was recording.
  const log = server.iisLog;
  if (log) {
    facts.iisAccessLog = `${log.from ?? '?'} – ${log.to ?? '?'} (${log.clientIps.length} client IPs)`;
    const from = toMs(log.from);
    const to = toMs(log.to);
    const seen = new Set(log.clientIps);
    for (const client of clients) {
      if (anyIn(client.ips, seen)) continue;
      const active = from !== undefined && to !== undefined && client.ips.length > 0 && surelyInsideAny(client.activityRanges, from, to);
      (active ? facts.notSeen.clients : facts.notSeen.undecided).push(client.name);
    }
    facts.notSeen.clientsText = nameList(facts.notSeen.clients);
    facts.notSeen.undecidedText = nameList(facts.notSeen.undecided);
    if (facts.notSeen.clients.length) facts.notSeen.machines = [server.name, ...facts.notSeen.clients];
    if (facts.notSeen.undecided.length) facts.notSeen.undecidedMachines = [server.name, ...facts.notSeen.undecided];
  }

  // Rule 4: client timeouts inside the server's overload intervals.
  const overload = server.overload;
  if (overload) {
    const intervals = overload.intervals.map((i) => ({ ...i, fromMs: toMs(i.from)!, toMs: toMs(i.to)! }));
    const tolerance = options.overloadToleranceMinutes * 60_000;
    facts.overload.events = overload.events;
    facts.overload.intervals = overload.intervals.map((i) => (i.from === i.to ? `${i.from} (${i.count})` : `${i.from} – ${i.to} (${i.count})`));
    facts.overload.logs = overload.events
      ? `${overload.events} overload entries in ${intervals.length} interval${intervals.length === 1 ? '' : 's'}`
      : 'no 503 or HTTPERR overload entries';
    for (const client of clients) {
      if (client.timeouts.length === 0) continue;
      const hit = client.timeouts.find((t) => intervals.some((i) => possiblyNear(t.at, i.fromMs, i.toMs, tolerance)));
      if (!hit) continue;
      facts.overload.affectedClients.push(client.name);
      facts.overload.clientErrors.push(`${client.name}: ${hit.code} at ${hit.at}`);
    }
    facts.overload.clientErrorsText = nameList(facts.overload.clientErrors);
    facts.overload.samples = overload.samples;
    if (facts.overload.affectedClients.length) facts.overload.machines = [server.name, ...facts.overload.affectedClients];
  }
  return facts;
}

/** One of the IPs is in the set (a loop: no closure per client). */
function anyIn(ips: readonly string[], set: ReadonlySet<string>): boolean {
  for (const ip of ips) if (set.has(ip)) return true;
  return false;
}

/** Some activity time surely lies in [from, to] (fleet-time.ts surelyInside over possible-instant ranges). */
function surelyInsideAny(ranges: readonly number[], from: number, to: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! >= from && ranges[i + 1]! <= to) return true;
  return false;
}

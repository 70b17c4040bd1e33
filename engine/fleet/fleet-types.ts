/**
 * Fleet facts: the small per-machine summaries a batch keeps for the fleet rules (instead of
 * whole fact documents), and the fact roots the fleet rules are evaluated against.
 *
 * A summary is made once per fact file, in the worker that diagnosed it, and is all the
 * fleet stage ever sees of that machine: per server its names, WSUS endpoints, the client IPs
 * of its IIS log with the log's time window, and its overload (503 / HTTPERR) intervals; per
 * client its policy target, IPs, SusClientId, the times it was seen trying (detections and
 * errors) and its timeout errors.
 *
 * Times: ISO 8601 strings. Times with a zone (Z or an offset) are instants; times without one
 * are the machine's local clock (WindowsUpdate.log writes no zone) and are compared with a
 * slack of the widest UTC offset (see fleet-time.ts).
 */
import type { LogEvidence } from '../derive/derived-types.js';
import type { PathsOf } from '../dsl/fact-paths.js';

/** One moment a machine logged something, UTC instant or local clock time. */
export interface FleetTime {
  /** ISO 8601; with a zone = instant, without = local clock time of the machine. */
  at: string;
}

/** A span of time in which something kept happening (e.g. a burst of 503s). */
export interface FleetInterval {
  /** ISO 8601 UTC. */
  from: string;
  /** ISO 8601 UTC. */
  to: string;
  /** Entries in the span. */
  count: number;
}

/** A WSUS web endpoint the server answers on (IIS binding of the WSUS site). */
export interface FleetEndpoint {
  scheme: 'http' | 'https';
  port: number;
}

interface SummaryBase {
  /** Identity of the machine for duplicates: lower-case FQDN, else lower-case computer name. */
  key: string;
  /** Name shown in findings: FQDN when known, else the computer name. */
  name: string;
  file: string;
  collectedAt: string;
  /** The machine has at least one diagnosis (outcome fail) of the per-machine rules. */
  hasDiagnoses: boolean;
}

export interface ServerSummary extends SummaryBase {
  role: 'server';
  /** Lower-case names clients may use for it: computer name, FQDN, IP addresses, IIS binding host names. */
  aliases: string[];
  /** Endpoints of the WSUS site: IIS bindings, else derived from the PortNumber/UsingSSL registry values. Empty = unknown. */
  endpoints: FleetEndpoint[];
  /** UsingSSL = 1: the web services need HTTPS. */
  usingSsl?: boolean;
  /** Preferred URL for clients, e.g. http://wsus01.contoso.com:8530. */
  url?: string;
  /** The IIS access log: window and distinct client IPs. Absent when it was not collected. */
  iisLog?: { from?: string; to?: string; clientIps: string[] };
  /** Overload evidence: 503s in the IIS log and HTTPERR AppOffline/QueueFull/... entries. Absent when neither log was collected. */
  overload?: { events: number; intervals: FleetInterval[]; samples: LogEvidence[] };
  /** WSUS targeting (wsusServer.targetingMode / computerTargetGroups, WSUS API). Absent when neither was collected. */
  targeting?: { mode?: 'client' | 'server'; groups?: string[] };
}

export interface ClientSummary extends SummaryBase {
  role: 'client';
  /** IPv4 and IPv6 addresses (zone ids removed), lower-case. */
  ips: string[];
  /** clientPolicy was collected. */
  policyAvailable: boolean;
  /** The WSUS server the policy points at (UseWUServer = 1 and a valid WUServer). */
  target?: { url: string; scheme: 'http' | 'https'; host: string; port: number };
  /** windowsUpdateClient was collected. */
  wuClientAvailable: boolean;
  susClientId?: string;
  /**
   * Newest successful WSUS detection, from the newest of: the registry's Detect\LastSuccessTime
   * (Windows 7/8.1 and Server 2008 R2-2012 R2 only; Windows 10/11 no longer write it) and
   * derived.clientErrors.wsusScan.lastSuccess (WindowsUpdate.log "Found N updates" in a WSUS
   * call, local time without zone; else WindowsUpdateClient event 26, UTC) and ConfigMgr's
   * WUAHandler "Successfully completed scan." (derived.configMgrClient.lastSuccessfulScan). "Newest" compares
   * the latest instant each time may stand for (a local time + 14 h): in the client's favour.
   */
  lastScanSuccess?: { at: string; source: 'registry' | 'log' | 'events' | 'configMgr' };
  /** Newest WSUS scan failure (wsusScan.lastFailure): dated evidence that the client tried, even without a success. */
  lastScanFailure?: string;
  /** Times the client talked to (or tried to reach) its server: last detection and the logged error samples (at most 40, distinct). */
  activity: FleetTime[];
  /** Timeout / 503 errors (xxxx2EE2, 0x80244022) with their times (at most 40). */
  timeouts: Array<FleetTime & { code: string }>;
  /** Client-side targeting: the TargetGroup names (split on ";") when TargetGroupEnabled = 1; absent otherwise. */
  targetGroups?: string[];
}

export type MachineSummary = ServerSummary | ClientSummary;

/**
 * What the fleet stage keeps of a client (engine/fleet/correlate.ts fleetClientOf; it reads no
 * more): the times as the numbers the rules compare, so that holding every client of a large
 * batch at once stays small.
 */
export interface FleetClient {
  role: 'client';
  name: string;
  /** collectedAt in ms (a time without zone read as UTC); undefined when absent or not a date. */
  collectedMs?: number;
  hasDiagnoses: boolean;
  ips: string[];
  target?: ClientSummary['target'];
  susClientId?: string;
  /** lastScanSuccess or lastScanFailure is known: dated evidence of a scan. */
  scanEvidence: boolean;
  /** The latest instant lastScanSuccess may stand for; undefined without one or when it does not parse. */
  lastSuccessLatest?: number;
  /** The instants each activity time may stand for, flattened: [earliest, latest, earliest, latest, ...] (times that do not parse left out). */
  activityRanges: number[];
  timeouts: ClientSummary['timeouts'];
  targetGroups?: string[];
}

/** What the fleet stage reads of a machine. */
export type FleetMachine = ServerSummary | FleetClient;

/** Thresholds of the fleet rules (CLI options of `batch`). */
export interface FleetOptions {
  /** Rule 6: a client has reported when its last successful detection is at most this many days before the reference time. */
  reportingDays: number;
  /** Rule 6: minimum share (0..1) of clients that reported. */
  reportingMinShare: number;
  /** Rule 3: a configured URL used by less than this share (0..1) of the clients is a minority target. */
  minorityShare: number;
  /** Rule 4: minutes around an overload interval in which a client timeout counts as the same window. */
  overloadToleranceMinutes: number;
  /** A machine collected more than this many days from the fleet's median collection time is an outlier (left out of the reference time and the reporting share). */
  collectionOutlierDays: number;
}

export const DEFAULT_FLEET_OPTIONS: FleetOptions = {
  reportingDays: 7,
  reportingMinShare: 0.9,
  minorityShare: 0.05,
  overloadToleranceMinutes: 30,
  collectionOutlierDays: 30,
};

// ---- fact roots of the fleet rules -------------------------------------------------------

/** Fleet-wide facts, present in every root. */
export interface FleetWideFacts {
  machines: number;
  /** WSUS server fact files in the batch. */
  serverCount: number;
  clientCount: number;
  /** Names of the servers. */
  serverNames: string[];
  /**
   * "Now" of the batch (it is offline): the median collectedAt of the machines that are not
   * collection-time outliers. A median, not the newest time, so that one file with a wrong
   * clock (e.g. 2031) cannot move it. Absent when no collectedAt parses.
   */
  referenceTime?: string;
  /** collectedAt of the machines against the fleet (rule fleet-collection-time-outliers). */
  collection: {
    /** Machines whose collectedAt parses. */
    machines: number;
    /** Median collectedAt of all machines, outliers included (what outliers are measured from). */
    median?: string;
    outlierDays: number;
    /** Names of the machines collected more than outlierDays from the median. */
    outliers: string[];
    /** e.g. "pc9.contoso.com: collected 2031-01-02T08:00:00Z (1865 days after the median)". */
    outlierDetails: string[];
    /** outlierDetails as text ("and N more" after 20). */
    outliersText: string;
    /** Machines more than outlierDays from the median when the others are no strict majority: which files are off cannot be told (none is left out). */
    undecided: string[];
    /** Earliest and newest collectedAt of the other machines, as text. */
    inTimeRange?: string;
  };
  /** Clients grouped by configured WSUS URL. */
  targets: {
    /** Clients with a WSUS target. */
    clients: number;
    groups: number;
    /** Every group, e.g. "http://wsus01.contoso.com:8530: 812 clients (81%), server wsus01.contoso.com". */
    all: string[];
    /** Groups that are minorities or point at no server of the batch. */
    flagged: string[];
    flaggedClients: string[];
    /** The flagged groups as one text ("; " between groups). */
    flaggedText: string;
    minorityShare: number;
    minoritySharePercent: string;
  };
  susClientIds: {
    /** Clients whose SusClientId is known; absent when none is. */
    known?: number;
    /** "<id>: PC1, PC2" per shared id. */
    duplicates: string[];
    duplicateClients: string[];
    /** The shared ids as one text ("; " between ids). */
    duplicatesText: string;
  };
  reporting: {
    days: number;
    minShare: number;
    /**
     * Clients with dated scan evidence (a successful detection from the registry, the log or
     * event 26, or a dated WSUS scan failure), collection-time outliers left out.
     */
    considered: number;
    /** Considered clients whose newest successful detection lies within `days` of min(their collectedAt, referenceTime). */
    reported: number;
    /** reported / considered; absent when no client was considered. */
    share?: number;
    /** share as a percentage text, e.g. "82%". */
    sharePercent?: string;
    minSharePercent: string;
    staleClients: string[];
    /** The first stale clients as text, "and N more" after 20. */
    staleClientsText: string;
    /** Clients (not outliers) with no dated scan evidence at all: unknown, not stale; left out of the share. */
    noEvidenceClients: string[];
    noEvidenceClientsText: string;
    /** Clients left out because their collectedAt is an outlier. */
    outlierClients: string[];
  };
}

/** One WSUS server of the batch and the clients that point at it. */
export interface ServerSubjectFacts {
  name: string;
  file: string;
  url?: string;
  /** Clients whose policy resolves to this server with the right port and scheme. */
  clients: string[];
  clientCount: number;
  /** The IIS log window as text ("from – to"); absent when the IIS log was not collected. */
  iisAccessLog?: string;
  /** Rule 1: clients pointing here, seen trying while the IIS log was recording, whose IPs are not in it. */
  notSeen: {
    clients: string[];
    /** The server followed by those clients (for the finding). */
    machines: string[];
    /** Clients that cannot be decided: no activity inside the log window, or no IP known. */
    undecided: string[];
    undecidedMachines: string[];
    /** The clients as text ("and N more" after 20). */
    clientsText: string;
    undecidedText: string;
  };
  /** Client-side targeting of the clients pointing here against the server's computer target groups. */
  targeting: {
    /** The server's targeting mode (client or server), when known. */
    mode?: string;
    /** Clients pointing here with client-side targeting (TargetGroupEnabled = 1 and a group name). */
    clientsUsingTargeting: number;
    /** The server's groups as text; absent when the server fact file does not list them. */
    groupsText?: string;
    /** Clients whose TargetGroup names a group the server does not have (client-side targeting mode only). */
    missing: {
      clients: string[];
      /** The server followed by those clients. */
      machines: string[];
      /** "PC1: Laptops" per client. */
      details: string[];
      /** details as text ("and N more" after 20). */
      text: string;
    };
  };
  /** Rule 4: overload of this server and client timeouts in the same window. */
  overload: {
    /** Overload evidence: "<n> overload entries in <k> intervals (from – to)"; absent when IIS/HTTPERR logs were not collected. */
    logs?: string;
    events: number;
    intervals: string[];
    /** Clients pointing here with 0x80072EE2 / 0x80244022 errors inside an overload interval. */
    affectedClients: string[];
    /** The server followed by those clients. */
    machines: string[];
    /** e.g. "PC1: 0x80072EE2 at 2026-11-24T10:02:11Z". */
    clientErrors: string[];
    /** clientErrors as text ("and N more" after 20). */
    clientErrorsText: string;
    /** Log lines of the overload (newest few). */
    samples: LogEvidence[];
  };
}

/** One configured WSUS URL (scheme, host, port) and its clients. */
export interface TargetSubjectFacts {
  url: string;
  scheme: 'http' | 'https';
  host: string;
  port: number;
  clients: string[];
  clientCount: number;
  /** ok, wrongPort, wrongScheme, unknown (no server of the batch has that name), undecided (the server's endpoints are not known). */
  match: 'ok' | 'wrongPort' | 'wrongScheme' | 'unknown' | 'undecided';
  /** The server of the batch the host names. */
  server?: string;
  /** Its endpoints, e.g. "http:8530, https:8531". */
  serverEndpoints?: string;
  /** The URL clients should use, when the server is known. */
  expectedUrl?: string;
  /** What is wrong with the URL, in words (match not ok). */
  problem?: string;
  /** The clients as text ("and N more" after 20). */
  clientsText: string;
}

export interface ServerRoot {
  subject: { kind: 'server'; name: string };
  server: ServerSubjectFacts;
  fleet: FleetWideFacts;
}

export interface TargetRoot {
  subject: { kind: 'target'; name: string };
  target: TargetSubjectFacts;
  fleet: FleetWideFacts;
}

export interface FleetRoot {
  subject: { kind: 'fleet'; name: string };
  fleet: FleetWideFacts;
}

export type FleetSubjectKind = 'server' | 'target' | 'fleet';

export type FleetFactRoot = ServerRoot | TargetRoot | FleetRoot;

/** Typed dotted paths of the fleet roots (a misspelt path in a fleet rule is a compile error). */
export type FleetPath = PathsOf<ServerRoot> | PathsOf<TargetRoot> | PathsOf<FleetRoot>;

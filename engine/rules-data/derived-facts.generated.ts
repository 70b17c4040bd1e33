/* Generated from schemas/derived-facts.schema.json by scripts/generate-derived-types.mjs. Do not edit. */

/**
 * Derived facts: what the engine computes from a fact document before the rules run. Rules read them under the `derived` fact, e.g. derived.iisLog.status503.count. This schema mirrors engine/derive/derived-types.ts (a type-level test keeps them in step) and is the source of the derived part of the fact-path catalogue used to validate rule files.
 */
export interface DerivedFacts {
  wsusSite: WsusSite;
  wsusPool: WsusPool;
  iisLog: IisLog;
  httpErr: HttpErr;
  windowsUpdateLog: WindowsUpdateLog;
  clientErrors: ClientErrors;
  policy: Policy;
  configMgrClient: ConfigMgrClient;
  events: Events;
  wsusApplications: WsusApplications;
  proxy: Proxy;
  /**
   * Installed KB ids, upper-case, for quick membership tests.
   */
  installedKbs: string[];
  /**
   * Newest installedOn date among updates.items (ISO 8601), when any is known.
   */
  latestUpdateInstalledOn?: string;
  /**
   * Installed updates without a usable installedOn date (missing or not a date); absent when updates was not collected. Date tests on latestUpdateInstalledOn cannot see these.
   */
  updatesWithoutDate?: number;
  /**
   * Any pending-reboot marker is true.
   */
  rebootPending?: boolean;
  /**
   * OS family from os.version: '2008R2', '2012', '2012R2', '2016', '2019', '2022', '2025', 'client', 'unknown'.
   */
  osFamily: string;
  prerequisiteUpdate: PrerequisiteUpdate;
}
/**
 * The WSUS web site resolved from wsusServer.iisTargetWebSiteIndex (or by name/port).
 */
export interface WsusSite {
  /**
   * The site named by wsusServer.iisTargetWebSiteIndex (or found by name/port) exists in iis.sites.
   */
  found: boolean;
  /**
   * IIS site id.
   */
  id?: number;
  /**
   * Site name.
   */
  name?: string;
  /**
   * Runtime state of the site.
   */
  state?: string;
  /**
   * How it was found: 'siteIndex' (IISTargetWebSiteIndex), 'name' ('WSUS Administration'), 'port'.
   */
  matchedBy?: 'siteIndex' | 'name' | 'port';
}
/**
 * The WSUS application pool.
 */
export interface WsusPool {
  /**
   * The pool exists in iis.appPools.
   */
  found: boolean;
  /**
   * Pool name: ClientWebService's applicationPool, else 'WsusPool'.
   */
  name: string;
  /**
   * Runtime state of the pool.
   */
  state?: string;
  /**
   * Private memory limit in KB (0 = no limit).
   */
  privateMemoryKB?: number;
  /**
   * Request queue length.
   */
  queueLength?: number;
  /**
   * Rapid-fail protection of the pool (disables it after repeated worker failures, WAS 5002).
   */
  rapidFailProtection?: boolean;
}
/**
 * The IIS access log of the WSUS site. Findings count only requests of WSUS clients to WSUS applications; noise summarises the rest.
 */
export interface IisLog {
  /**
   * False when logs.iisW3c was not collected (status not ok).
   */
  available: boolean;
  /**
   * Parsed entries.
   */
  entries: number;
  /**
   * Lines that could not be parsed (junk, short rows).
   */
  skippedLines: number;
  window: TimeWindow;
  /**
   * Set when a file offered as the IIS log is another kind of log (Windows Firewall log, HTTPERR log): its kind, #Software line and path. Such files are not parsed.
   */
  notIis?: string;
  /**
   * Why the excerpt cannot tell anything about WSUS clients (another kind of log, no parsable entries, or no request of a WSUS client to WSUS), as a sentence; absent when it can.
   */
  unusableReason?: string;
  /**
   * Count of entries per sc-status, e.g. { "200": 812, "503": 4 }.
   */
  statusCounts: {
    [k: string]: number;
  };
  /**
   * Count of entries per sc-status, then sc-substatus, e.g. { "500": { "24": 3 } }, so that derived.iisLog.subStatusCounts.500.24 reads like IIS's 500.24. Entries without a substatus are left out.
   */
  subStatusCounts: {
    /**
     * Count per sc-substatus of one sc-status.
     */
    [k: string]: {
      [k: string]: number;
    };
  };
  wsusRequests: IisLogWsusRequests;
  noise: IisLogNoise;
  status403: EvidenceCount;
  status404: Status404;
  status404_3: Status404_3;
  status500: EvidenceCount1;
  status500Config: EvidenceCount2;
  status500Fault: Status500Fault;
  status500_24: EvidenceCount3;
  status403_4: EvidenceCount4;
  status403_7: EvidenceCount5;
  status503: EvidenceCount6;
  status503Persistent: EvidenceCount7;
  status503Recovered: EvidenceCount8;
  unresolved401: Unresolved401;
  /**
   * Distinct client IPs seen (c-ip), sorted; the batch uses them to find clients never seen.
   */
  clientIps: string[];
}
/**
 * Time span of the parsed entries.
 */
export interface TimeWindow {
  /**
   * Earliest entry timestamp, ISO 8601.
   */
  from?: string;
  /**
   * Latest entry timestamp, ISO 8601.
   */
  to?: string;
}
/**
 * Requests of WSUS clients and servers to the WSUS applications (the ones findings count).
 */
export interface IisLogWsusRequests {
  /**
   * Number of such requests.
   */
  count: number;
  /**
   * Count per sc-status of those requests.
   */
  statusCounts: {
    [k: string]: number;
  };
  /**
   * Count per sc-status, then sc-substatus, of those requests (like subStatusCounts).
   */
  subStatusCounts: {
    /**
     * Count per sc-substatus of one sc-status.
     */
    [k: string]: {
      [k: string]: number;
    };
  };
}
/**
 * Requests that are noise for WSUS, never counted in a finding.
 */
export interface IisLogNoise {
  /**
   * Number of noise requests.
   */
  count: number;
  byKind: IisLogNoiseByKind;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * What the noise of an IIS log was: requests that are not WSUS clients talking to WSUS.
 */
export interface IisLogNoiseByKind {
  /**
   * Web browsers (someone opening a WSUS URL or /favicon.ico by hand).
   */
  browser: number;
  /**
   * curl, Wget, Invoke-WebRequest, python-requests, Go and Java HTTP libraries.
   */
  commandLine: number;
  /**
   * Monitoring probes and load-balancer health checks (including agent-less requests to /).
   */
  probe: number;
  /**
   * Vulnerability and port scanners.
   */
  scanner: number;
  /**
   * Search-engine and SEO crawlers.
   */
  crawler: number;
  /**
   * Other clients asking for paths outside the WSUS applications (/robots.txt, /wp-login.php...).
   */
  nonWsusPath: number;
}
/**
 * One log line that supports a finding, with its origin when known.
 */
export interface LogEvidence {
  /**
   * Path of the log file on the collected machine.
   */
  file?: string;
  /**
   * 1-based line number in that file when known, otherwise the position in the excerpt.
   */
  line?: number;
  /**
   * Timestamp of the entry, ISO 8601 (UTC for IIS/HTTPERR/CMTrace; local time for WindowsUpdate.log).
   */
  timestamp?: string;
  /**
   * The raw line (or CMTrace message).
   */
  text: string;
}
/**
 * 403s of WSUS clients on WSUS applications.
 */
export interface EvidenceCount {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 404s of WSUS clients on WSUS applications, except 404.3; missingApplications lists the WSUS applications/virtual directories they point at that the site does not have.
 */
export interface Status404 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
  /**
   * WSUS applications/virtual directories the 404s point at that the site does not have.
   */
  missingApplications: string[];
  /**
   * Count per WSUS application/virtual directory (canonical name), e.g. { "Content": 3 }.
   */
  byApplication: {
    [k: string]: number;
  };
}
/**
 * 404.3 (no MIME map for the file extension) of WSUS clients.
 */
export interface Status404_3 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
  /**
   * The lower-case extensions asked for, sorted.
   */
  extensions: string[];
}
/**
 * Every 500 of WSUS clients on WSUS applications.
 */
export interface EvidenceCount1 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 500s with a configuration sub-status (500.19, 500.21-500.24, 500.50-500.53).
 */
export interface EvidenceCount2 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 500s without a configuration sub-status (500.0: SOAP faults and exceptions of the WSUS web services).
 */
export interface Status500Fault {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
  /**
   * Their share of wsusRequests in percent, one decimal.
   */
  ratePercent: number;
}
/**
 * 500.24: ASP.NET impersonation (or another integrated-pipeline setting) rejected by configuration validation.
 */
export interface EvidenceCount3 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 403.4: SSL required, the client used HTTP.
 */
export interface EvidenceCount4 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 403.7: SSL client certificate required.
 */
export interface EvidenceCount5 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * Every 503 of WSUS clients on WSUS applications.
 */
export interface EvidenceCount6 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 503s after the last success (2xx) of a WSUS client in the excerpt: the pool still failing at its end.
 */
export interface EvidenceCount7 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 503s followed by a success of a WSUS client later in the excerpt (a recovered blip).
 */
export interface EvidenceCount8 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * 401s of WSUS clients with no later 2xx for the same client IP and URL stem.
 */
export interface Unresolved401 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
  /**
   * 401s left out because they fall in the last 2 seconds of the excerpt (a handshake the end of the excerpt cut).
   */
  cutAtEnd: number;
}
/**
 * The parsed HTTPERR log excerpt.
 */
export interface HttpErr {
  /**
   * False when logs.httpErr was not collected.
   */
  available: boolean;
  /**
   * Parsed entries.
   */
  entries: number;
  /**
   * Lines that could not be parsed.
   */
  skippedLines: number;
  window: TimeWindow;
  /**
   * Count per reason phrase, e.g. { "QueueFull": 3, "Timer_ConnectionIdle": 40 }.
   */
  reasonCounts: {
    [k: string]: number;
  };
  /**
   * Reasons that point at a problem (benign ones such as Timer_ConnectionIdle left out), most frequent first.
   */
  notable: NotableReason[];
  serviceUnavailable: EvidenceCount9;
  wsus: HttpErrWsus;
}
/**
 * One HTTPERR reason that points at a problem.
 */
export interface NotableReason {
  /**
   * Number of entries with this reason.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
  /**
   * Reason phrase, e.g. QueueFull.
   */
  reason: string;
  /**
   * What the reason means.
   */
  meaning: string;
  /**
   * HTTP status sent with it, when any.
   */
  status?: number;
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount9 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * The HTTPERR entries of the WSUS site and pool: s-queuename is the WSUS pool; without a queue name, s-siteid is the WSUS site; without either, s-port is a WSUS port.
 */
export interface HttpErrWsus {
  /**
   * Ports that identify the WSUS site: wsusServer.portNumber, its SSL pair (8530/8531, 80/443) and the WSUS site's binding ports; sorted. Empty when none is known.
   */
  ports: number[];
  /**
   * The WSUS application pool whose s-queuename marks an entry as WSUS's (derived.wsusPool.name).
   */
  poolName: string;
  /**
   * Entries attributed to WSUS.
   */
  entries: number;
  /**
   * Count per reason phrase of those entries.
   */
  reasonCounts: {
    [k: string]: number;
  };
  /**
   * Reasons that point at a problem among those entries, most frequent first.
   */
  notable: NotableReason[];
  serviceUnavailable: EvidenceCount10;
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount10 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * The parsed WindowsUpdate.log excerpt.
 */
export interface WindowsUpdateLog {
  /**
   * False when logs.windowsUpdate was not collected.
   */
  available: boolean;
  /**
   * legacy (tab-separated, Windows 7/2008 R2) or etl (Get-WindowsUpdateLog text).
   */
  format?: 'legacy' | 'etl';
  /**
   * Parsed entries.
   */
  entries: number;
  /**
   * Lines that could not be parsed.
   */
  skippedLines: number;
  window: TimeWindow;
  /**
   * WSUS server URLs the agent logged ("WSUS server: <url>"), distinct, in order of appearance.
   */
  wsusServerUrls: string[];
}
/**
 * Windows Update client error codes from WindowsUpdate.log and events.
 */
export interface ClientErrors {
  /**
   * False when neither the WindowsUpdate.log nor the event log was collected.
   */
  available: boolean;
  /**
   * Every distinct error code from WindowsUpdate.log and WindowsUpdateClient events, whatever it is about, most frequent first.
   */
  codes: ErrorCode[];
  timeouts2ee2: EvidenceCount11;
  /**
   * Distinct known codes (those with a meaning), any attribution, for rules: e.g. ["0x80072EE2", "0x80244022"].
   */
  knownCodes: string[];
  byFamily: ErrorFamilies;
  unexplained: ErrorFamily14;
  recovered: RecoveredFailures;
  otherEndpoints: OtherEndpointFailures;
  unattributed: ErrorFamily15;
  wsusScan: WsusScans;
}
/**
 * One Windows Update client error code found in the logs or events, with what it means.
 */
export interface ErrorCode {
  /**
   * Normalised code: 0x plus 8 upper-case hex digits, e.g. 0x80072EE2.
   */
  code: string;
  /**
   * Symbol from wuerror.h / winhttp.h when known, e.g. ERROR_WINHTTP_TIMEOUT.
   */
  symbol?: string;
  /**
   * Meaning in plain words.
   */
  meaning?: string;
  /**
   * Likely cause in a WSUS context.
   */
  cause?: string;
  /**
   * Fix or next check.
   */
  fix?: string;
  /**
   * Family (engine/knowledge/wu-error-codes.ts): 'timeout', 'requestTimeout', 'serviceUnavailable', 'http', 'connect', 'tls', 'proxy', 'soap', 'roundTrips', 'protocol', 'policy', 'content', 'selfUpdate', 'other'.
   */
  family?: string;
  /**
   * Occurrences.
   */
  count: number;
  /**
   * Sample lines.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount11 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * Persistent WSUS failures grouped by family, one per client error-code rule (all families present, count 0 when none).
 */
export interface ErrorFamilies {
  timeout: ErrorFamily;
  requestTimeout: ErrorFamily1;
  serviceUnavailable: ErrorFamily2;
  http: ErrorFamily3;
  connect: ErrorFamily4;
  tls: ErrorFamily5;
  proxy: ErrorFamily6;
  soap: ErrorFamily7;
  roundTrips: ErrorFamily8;
  protocol: ErrorFamily9;
  policy: ErrorFamily10;
  content: ErrorFamily11;
  selfUpdate: ErrorFamily12;
  other: ErrorFamily13;
}
/**
 * WinHTTP time-outs (0x80072EE2).
 */
export interface ErrorFamily {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * HTTP 408 / web-service time-out (0x8024401C).
 */
export interface ErrorFamily1 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * HTTP 503 (0x80244022) and the server too busy to accept an event (0x8024F004).
 */
export interface ErrorFamily2 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Other HTTP error statuses from the WSUS site (0x80244016-0x8024401A, 0x8024401D-0x80244020, 0x80244024, 0x8024402B).
 */
export interface ErrorFamily3 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Cannot connect or connection reset (0x80072EFD, 0x80072EFE, 0x80240438, 0x80244004, 0x80244005, 0x8024001F).
 */
export interface ErrorFamily4 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * TLS and certificate failures (0x80072F8F, 0x80072F05/06/0C/0D/19, 0x800B0101, 0x800B0109, other WinHTTP secure-channel errors).
 */
export interface ErrorFamily5 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Proxy and name resolution (0x8024402C, 0x80072EE7, 0x8024401B, 0x80244021, 0x80244023, 0x80240030, 0x8024402F, WinHTTP auto-proxy errors).
 */
export interface ErrorFamily6 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * SOAP faults from the WSUS web service (0x80244007, 0x80244008, 0x8024400D, 0x8024400E).
 */
export interface ErrorFamily7 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Maximum server round trips exceeded (0x80244010).
 */
export interface ErrorFamily8 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Transient SOAP/HTTP protocol errors the client retries.
 */
export interface ErrorFamily9 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Policy states (0x80244011, 0x8024002E, 0x8024500C, 0x8024001A, 0x87D00692).
 */
export interface ErrorFamily10 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Content and license-terms downloads from the WSUS Content virtual directory (0x80240033, 0x800710DD, BITS 0x8020xxxx such as 0x80200013, BITS HTTP statuses 0x8019xxxx such as 0x80190193/0x80190194).
 */
export interface ErrorFamily11 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Windows Update Agent self-update (0x8024D009 and the 0x8024Dxxx setup range).
 */
export interface ErrorFamily12 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Everything else, unknown codes included.
 */
export interface ErrorFamily13 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * Persistent WSUS failures whose codes no specific rule explains (families protocol and other), decoded.
 */
export interface ErrorFamily14 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * WSUS failures followed by a successful WSUS scan.
 */
export interface RecoveredFailures {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
  /**
   * Newest recovered failure (the log's local time, else the events' UTC time).
   */
  lastFailure?: string;
  /**
   * The successful WSUS scan after it, from the same source.
   */
  recoveredAt?: string;
}
/**
 * Failures on calls to other endpoints: expected on an isolated network, not WSUS failures.
 */
export interface OtherEndpointFailures {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
  /**
   * The hosts or services those calls went to, sorted.
   */
  endpoints: string[];
}
/**
 * Codes the log does not tie to any endpoint (e.g. installation failures, event 20), or TLS codes against an http:// WSUS.
 */
export interface ErrorFamily15 {
  /**
   * Occurrences in the group.
   */
  count: number;
  /**
   * Up to 5 sample lines of the group, newest last (in reading order: log, then events).
   */
  samples: LogEvidence[];
  /**
   * The group's codes, most frequent first, each with its count and samples within the group.
   */
  codes: ErrorCode[];
}
/**
 * WSUS scan results of the client (WindowsUpdate.log "Found N updates" in a WSUS call; events 25/26).
 */
export interface WsusScans {
  /**
   * Successful WSUS scans seen.
   */
  successes: number;
  /**
   * Failure entries attributed to the WSUS connection.
   */
  failures: number;
  /**
   * Newest successful WSUS scan: the log's local time when the log has one, else the events' UTC time (the two are never compared with each other).
   */
  lastSuccess?: string;
  /**
   * Newest failure attributed to WSUS, from the same source as lastSuccess.
   */
  lastFailure?: string;
}
/**
 * The client's Windows Update policy taken apart.
 */
export interface Policy {
  /**
   * False when clientPolicy was not collected.
   */
  available: boolean;
  wuServer: Url;
  wuStatusServer: Url;
  /**
   * AU\UseWUServer (native, else Wow6432Node).
   */
  useWUServer?: number;
  /**
   * Which key the values came from: the native policy key or Wow6432Node.
   */
  source?: 'native' | 'wow6432Node';
  /**
   * WUServer and WUStatusServer are equal (case-insensitive, trailing slash ignored).
   */
  statusServerMatches: boolean;
  /**
   * A "WSUS server:" URL of the agent's WindowsUpdate.log equals WUServer (case-insensitive, trailing slash ignored). Absent when the policy or the log was not collected, WUServer is not set, or the log has no "WSUS server:" line.
   */
  matchesAgentUrl?: boolean;
}
/**
 * A policy URL taken apart.
 */
export interface Url {
  /**
   * The policy value is set (non-empty).
   */
  present: boolean;
  /**
   * The raw value.
   */
  raw?: string;
  /**
   * It parses as an http(s) URL.
   */
  valid: boolean;
  /**
   * URL scheme.
   */
  scheme?: 'http' | 'https';
  /**
   * Host name or address.
   */
  host?: string;
  /**
   * Port written in the URL.
   */
  explicitPort?: number;
  /**
   * Port in effect (explicit, else 80/443).
   */
  port?: number;
  /**
   * The host has a dot and is not an IP address.
   */
  isFqdn: boolean;
  /**
   * The host is an IPv4/IPv6 literal.
   */
  isIpAddress: boolean;
}
/**
 * What the ConfigMgr client logs say.
 */
export interface ConfigMgrClient {
  /**
   * logs.configMgrClient.locationServices collected.
   */
  locationServicesAvailable: boolean;
  /**
   * Every "WSUS Path='...'" entry of LocationServices.log, oldest first.
   */
  wsusLocations: WsusLocation[];
  /**
   * The newest WSUS location, if any.
   */
  latestWsusPath?: string;
  /**
   * The URLs of the newest location reply, in the order listed (the client uses the first and fails over to the next). Empty when there is no location.
   */
  latestReplyWsusPaths: string[];
  /**
   * WUServer equals one of latestReplyWsusPaths (case-insensitive, trailing slash ignored); false also when WUServer is not set. Absent when LocationServices.log has no WSUS location or the client policy was not collected.
   */
  latestLocationMatchesPolicy?: boolean;
  locationServicesWindow?: TimeWindow1;
  /**
   * Length of locationServicesWindow in days, one decimal; compare with the 7-day software update scan cycle.
   */
  locationServicesWindowDays?: number;
  /**
   * Software update scans that asked for WSUS locations (ScanAgent "Requesting WSUS Server Locations", LocationServices "Attempting to send WSUS Location Request"; requests less than 10 minutes apart count as one scan).
   */
  locationRequestScans: number;
  locationRequestsWithoutReply: EvidenceCount12;
  /**
   * logs.configMgrClient.wuaHandler collected.
   */
  wuaHandlerAvailable: boolean;
  policyOverwritten: EvidenceCount13;
  /**
   * Overwrite lines that are no conflict: the GPO names ConfigMgr's own WSUS location, or a scan completed after them.
   */
  policyOverwrittenHarmless: number;
  scanFailures: EvidenceCount14;
  scanFailuresRecovered: EvidenceCount15;
  succeededWithErrors: EvidenceCount16;
  /**
   * Newest WUAHandler "Successfully completed scan." (UTC when the record has its time-zone bias, else local time).
   */
  lastSuccessfulScan?: string;
  /**
   * logs.configMgrClient.scanAgent collected.
   */
  scanAgentAvailable: boolean;
  /**
   * Every distinct error code in WUAHandler.log and ScanAgent.log (hex, unsigned or signed decimal, normalised), most frequent first, with its meaning.
   */
  errorCodes: ErrorCode[];
  gpoConflict: EvidenceCount17;
}
/**
 * One WSUS location from LocationServices.log.
 */
export interface WsusLocation {
  /**
   * WSUS URL.
   */
  url: string;
  /**
   * Server name.
   */
  server?: string;
  /**
   * Content version.
   */
  version?: string;
  evidence: LogEvidence;
}
/**
 * Time span of the parsed entries.
 */
export interface TimeWindow1 {
  /**
   * Earliest entry timestamp, ISO 8601.
   */
  from?: string;
  /**
   * Latest entry timestamp, ISO 8601.
   */
  to?: string;
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount12 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount13 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount14 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount15 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount16 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount17 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * Event-log entries grouped by provider and id.
 */
export interface Events {
  /**
   * False when events were not collected.
   */
  available: boolean;
  /**
   * Count and samples per "<provider>/<id>", e.g. "Microsoft-Windows-WAS/5002".
   */
  byKey: {
    [k: string]: EvidenceCount9;
  };
  wsusPoolDisabled: EvidenceCount18;
  wsusPoolMemoryRecycles: EvidenceCount19;
  /**
   * WAS 5002/5117 events with an empty message, so the pool they concern cannot be told; keyed like byKey.
   */
  poolNotNamed: {
    [k: string]: EvidenceCount9;
  };
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount18 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * A count of matching log entries with a few samples (the newest ones).
 */
export interface EvidenceCount19 {
  /**
   * Number of matching entries.
   */
  count: number;
  /**
   * Up to 5 sample lines, newest last.
   */
  samples: LogEvidence[];
}
/**
 * The WSUS IIS applications and virtual directories checked against the settings WSUS needs, as lists of application names (leading slash removed). A setting that was not read puts the application in a ...NotRead list, never in a finding list.
 */
export interface WsusApplications {
  /**
   * False unless iis is ok and its wsusApplications list was collected (it may be empty).
   */
  available: boolean;
  /**
   * Every collected application name, in collection order.
   */
  names: string[];
  /**
   * Applications and virtual directories with ASP.NET impersonation enabled (IIS answers 500.24).
   */
  impersonationEnabled: string[];
  /**
   * Applications (kind application) whose ASP.NET impersonation setting was not read.
   */
  impersonationNotRead: string[];
  /**
   * Applications that must allow anonymous access (all but ApiRemoting30) with anonymous authentication disabled.
   */
  anonymousAuthenticationDisabled: string[];
  /**
   * Applications that must allow anonymous access whose anonymous-authentication setting was not read.
   */
  anonymousAuthenticationNotRead: string[];
  /**
   * Applications and virtual directories with SSL client certificates set to Accept or Require (not Ignore).
   */
  clientCertificatesNotIgnored: string[];
  /**
   * SSL web-service applications (ApiRemoting30, ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService) whose client-certificate setting was not read.
   */
  clientCertificatesNotRead: string[];
  /**
   * The Content or Selfupdate virtual directory with Require SSL on (clients download over plain HTTP).
   */
  contentRequiresSsl: string[];
}
/**
 * The WinHTTP proxy against the WSUS server of the client policy.
 */
export interface Proxy {
  /**
   * False when the proxy section was not collected.
   */
  available: boolean;
  /**
   * Entries of the bypass list (split on ; and white space), as written; empty when there is none.
   */
  bypassEntries: string[];
  /**
   * A WinHTTP proxy is set and its bypass list covers the WUServer host (an entry equal to the host, * matching any characters, or <local> for a host without a dot). False when no entry does or there is no list. Absent when there is no proxy or that is unknown, the WUServer host is unknown, or no entry matches while one cannot be evaluated (scheme or port in it).
   */
  bypassesWsusHost?: boolean;
}
/**
 * The KB 4025764 OS prerequisite of the WSUS server (2012, 2012 R2, 2016).
 */
export interface PrerequisiteUpdate {
  /**
   * OS family the requirement is about: '2012', '2012R2' or '2016'; absent for any other OS.
   */
  family?: string;
  /**
   * installed: a qualifying update is installed (2016: or the UBR is 1670 or more); missing: the installed updates were read and none can qualify (2016: or the UBR is below 1670); unknown: the updates were not read, or some installed update cannot be classified; notApplicable: the OS is not 2012, 2012 R2 or 2016.
   */
  status: 'installed' | 'missing' | 'unknown' | 'notApplicable';
  /**
   * The update KB 4025764 names for this OS, e.g. KB4039871.
   */
  requiredKb?: string;
  /**
   * Its release month (YYYY-MM) as far as the table knows it.
   */
  requiredReleased?: string;
  /**
   * The newest qualifying update installed (absent when the UBR alone proved it).
   */
  proofKb?: string;
  /**
   * Release month (YYYY-MM) of proofKb.
   */
  proofReleased?: string;
  /**
   * The newest known Monthly Rollup (2016: cumulative update) installed, qualifying or not.
   */
  newestRollupKb?: string;
  /**
   * Release month (YYYY-MM) of newestRollupKb.
   */
  newestRollupReleased?: string;
  /**
   * Installed Security-only updates of this OS (they never qualify).
   */
  securityOnlyKbs: string[];
  /**
   * Installed updates that could be a qualifying rollup but cannot be classified: not in the table and installed on or after the earliest possible date (or undated), or a rollup the sources disagree on.
   */
  undecidedKbs: string[];
  /**
   * Plain-words account naming the KBs and months behind the status (rules put it in their messages).
   */
  reason: string;
}

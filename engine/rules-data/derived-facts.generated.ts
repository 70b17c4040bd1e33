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
  /**
   * Installed KB ids, upper-case, for quick membership tests.
   */
  installedKbs: string[];
  /**
   * Newest installedOn date among updates.items (ISO 8601), when any is known.
   */
  latestUpdateInstalledOn?: string;
  /**
   * Any pending-reboot marker is true.
   */
  rebootPending?: boolean;
  /**
   * OS family from os.version: '2008R2', '2012', '2012R2', '2016', '2019', '2022', '2025', 'client', 'unknown'.
   */
  osFamily: string;
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
}
/**
 * The parsed IIS W3C log excerpt of the WSUS site.
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
   * Count of entries per sc-status, e.g. { "200": 812, "503": 4 }.
   */
  statusCounts: {
    [k: string]: number;
  };
  status403: EvidenceCount;
  status404: Status404;
  status500: EvidenceCount;
  status503: EvidenceCount;
  unresolved401: EvidenceCount;
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
 * A count of matching log entries with a few samples (the newest ones).
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
 * 404s; missingApplications lists WSUS applications/virtual directories the 404s point at.
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
   * WSUS applications/virtual directories the 404s point at.
   */
  missingApplications: string[];
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
  serviceUnavailable: EvidenceCount;
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
   * Every distinct error code from WindowsUpdate.log and WindowsUpdateClient events, most frequent first.
   */
  codes: ErrorCode[];
  timeouts2ee2: EvidenceCount;
  /**
   * Distinct known codes (those with a meaning), for rules: e.g. ["0x80072EE2", "0x80244022"].
   */
  knownCodes: string[];
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
   * Family: 'timeout', 'connect', 'http', 'tls', 'proxy', 'soap', 'policy', 'other'.
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
   * logs.configMgrClient.wuaHandler collected.
   */
  wuaHandlerAvailable: boolean;
  policyOverwritten: EvidenceCount;
  scanFailures: EvidenceCount;
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
    [k: string]: EvidenceCount;
  };
}

/**
 * Derived facts: what the engine computes from a fact document before the rules run
 * (parsed log excerpts, the WSUS site and pool resolved from the setup values, the
 * client policy URL taken apart). Rules read them under the `derived` fact, e.g.
 * `derived.iisLog.status503.count`. Computed once per document.
 *
 * Convention: a derived block that rests on a section carries `available`: false when
 * that section (or log) was not collected, so rules can report insufficient evidence.
 */

/** One log line that supports a finding, with its origin when known. */
export interface LogEvidence {
  /** Path of the log file on the collected machine. */
  file?: string;
  /**
   * 1-based line number in that file when known, otherwise the position in the excerpt:
   * `LogFile.startLine + index` when the excerpt has startLine (index = 0-based position in
   * `LogFile.lines`), else `index + 1`. For a multi-line CMTrace record, its first line.
   * Absent for event-log entries.
   */
  line?: number;
  /**
   * Timestamp of the entry, ISO 8601 (UTC for IIS/HTTPERR/CMTrace; local time for WindowsUpdate.log).
   * CMTrace records without a time-zone bias carry their local time (no `Z`); events carry timeCreated.
   */
  timestamp?: string;
  /** The raw line (or CMTrace message). */
  text: string;
}

/** A count of matching log entries with a few samples (the newest ones). */
export interface EvidenceCount {
  count: number;
  /** Up to 5 sample lines, newest last. */
  samples: LogEvidence[];
}

export interface TimeWindow {
  /** Earliest entry timestamp, ISO 8601. */
  from?: string;
  /** Latest entry timestamp, ISO 8601. */
  to?: string;
}

export interface DerivedWsusSite {
  /** The site named by wsusServer.iisTargetWebSiteIndex (or found by name/port) exists in iis.sites. */
  found: boolean;
  id?: number;
  name?: string;
  state?: string;
  /** How it was found: 'siteIndex' (IISTargetWebSiteIndex), 'name' ('WSUS Administration'), 'port'. */
  matchedBy?: 'siteIndex' | 'name' | 'port';
}

export interface DerivedWsusPool {
  /** The pool exists in iis.appPools. */
  found: boolean;
  /** Pool name: ClientWebService's applicationPool, else 'WsusPool'. */
  name: string;
  state?: string;
  privateMemoryKB?: number;
  queueLength?: number;
}

export interface DerivedIisLog {
  /** False when logs.iisW3c was not collected (status not ok). */
  available: boolean;
  /** Parsed entries. */
  entries: number;
  /** Lines that could not be parsed (junk, short rows). */
  skippedLines: number;
  window: TimeWindow;
  /** Count of entries per sc-status, e.g. { "200": 812, "503": 4 }. */
  statusCounts: Record<string, number>;
  /** 403s that are not the normal 403 of a browser opening a WSUS URL. */
  status403: EvidenceCount;
  /** 404s; missingApplications lists WSUS applications/virtual directories the 404s point at. */
  status404: EvidenceCount & { missingApplications: string[] };
  status500: EvidenceCount;
  status503: EvidenceCount;
  /** 401s with no later 200 for the same client IP and URL stem. */
  unresolved401: EvidenceCount;
  /** Distinct client IPs seen (c-ip), sorted; the batch uses them to find clients never seen. */
  clientIps: string[];
}

export interface DerivedHttpErr {
  available: boolean;
  entries: number;
  skippedLines: number;
  window: TimeWindow;
  /** Count per reason phrase, e.g. { "QueueFull": 3, "Timer_ConnectionIdle": 40 }. */
  reasonCounts: Record<string, number>;
  /** Reasons that point at a problem (benign ones such as Timer_ConnectionIdle left out), most frequent first. */
  notable: Array<EvidenceCount & { reason: string; meaning: string; status?: number }>;
  /** Entries with reasons that mean WsusPool overload/offline (AppOffline, QueueFull, AppPoolTimer, AppShutdown, Disabled, ConnLimit). */
  serviceUnavailable: EvidenceCount;
}

/** One Windows Update client error code found in the logs or events, with what it means. */
export interface DerivedErrorCode {
  /** Normalised code: 0x plus 8 upper-case hex digits, e.g. 0x80072EE2. */
  code: string;
  /** Symbol from wuerror.h / winhttp.h when known, e.g. ERROR_WINHTTP_TIMEOUT. */
  symbol?: string;
  /** Meaning in plain words. */
  meaning?: string;
  /** Likely cause in a WSUS context. */
  cause?: string;
  /** Fix or next check. */
  fix?: string;
  /** Family: 'timeout', 'connect', 'http', 'tls', 'proxy', 'soap', 'policy', 'other'. */
  family?: string;
  count: number;
  samples: LogEvidence[];
}

export interface DerivedWindowsUpdateLog {
  available: boolean;
  /** legacy (tab-separated, Windows 7/2008 R2) or etl (Get-WindowsUpdateLog text). */
  format?: 'legacy' | 'etl';
  entries: number;
  skippedLines: number;
  window: TimeWindow;
  /** WSUS server URLs the agent logged ("WSUS server: <url>"), distinct, in order of appearance. */
  wsusServerUrls: string[];
}

export interface DerivedClientErrors {
  /** False when neither the WindowsUpdate.log nor the event log was collected. */
  available: boolean;
  /** Every distinct error code from WindowsUpdate.log and WindowsUpdateClient events, most frequent first. */
  codes: DerivedErrorCode[];
  /** Codes whose low word is 2EE2 (WinHTTP timeout, KB 4025764's "xxxx2ee2"). */
  timeouts2ee2: EvidenceCount;
  /** Distinct known codes (those with a meaning), for rules: e.g. ["0x80072EE2", "0x80244022"]. */
  knownCodes: string[];
}

export interface DerivedUrl {
  /** The policy value is set (non-empty). */
  present: boolean;
  /** The raw value. */
  raw?: string;
  /** It parses as an http(s) URL. */
  valid: boolean;
  scheme?: 'http' | 'https';
  host?: string;
  /** Port written in the URL. */
  explicitPort?: number;
  /** Port in effect (explicit, else 80/443). */
  port?: number;
  /** The host has a dot and is not an IP address. */
  isFqdn: boolean;
  /** The host is an IPv4/IPv6 literal. */
  isIpAddress: boolean;
}

export interface DerivedPolicy {
  /** False when clientPolicy was not collected. */
  available: boolean;
  wuServer: DerivedUrl;
  wuStatusServer: DerivedUrl;
  /** AU\UseWUServer (native, else Wow6432Node). */
  useWUServer?: number;
  /** Which key the values came from: the native policy key or Wow6432Node. */
  source?: 'native' | 'wow6432Node';
  /** WUServer and WUStatusServer are equal (case-insensitive, trailing slash ignored). */
  statusServerMatches: boolean;
}

export interface DerivedWsusLocation {
  url: string;
  server?: string;
  version?: string;
  evidence: LogEvidence;
}

export interface DerivedConfigMgrClient {
  /** logs.configMgrClient.locationServices collected. */
  locationServicesAvailable: boolean;
  /** Every "WSUS Path='...'" entry of LocationServices.log, oldest first. */
  wsusLocations: DerivedWsusLocation[];
  /** The newest WSUS location, if any. */
  latestWsusPath?: string;
  /** logs.configMgrClient.wuaHandler collected. */
  wuaHandlerAvailable: boolean;
  /** WUAHandler "Group policy settings were overwritten by a higher authority" lines. */
  policyOverwritten: EvidenceCount;
  /** WUAHandler scan failures ("Scan failed with error = 0x...", "OnSearchComplete - Failed ..."). */
  scanFailures: EvidenceCount;
}

export interface DerivedEvents {
  available: boolean;
  /** Count and samples per "<provider>/<id>", e.g. "Microsoft-Windows-WAS/5002". */
  byKey: Record<string, EvidenceCount>;
}

export interface DerivedFacts {
  wsusSite: DerivedWsusSite;
  wsusPool: DerivedWsusPool;
  iisLog: DerivedIisLog;
  httpErr: DerivedHttpErr;
  windowsUpdateLog: DerivedWindowsUpdateLog;
  clientErrors: DerivedClientErrors;
  policy: DerivedPolicy;
  configMgrClient: DerivedConfigMgrClient;
  events: DerivedEvents;
  /** Installed KB ids, upper-case, for quick membership tests. */
  installedKbs: string[];
  /** Newest installedOn date among updates.items (ISO 8601), when any is known. */
  latestUpdateInstalledOn?: string;
  /** Any pending-reboot marker is true. */
  rebootPending?: boolean;
  /** OS family from os.version: '2008R2', '2012', '2012R2', '2016', '2019', '2022', '2025', 'client', 'unknown'. */
  osFamily: string;
}

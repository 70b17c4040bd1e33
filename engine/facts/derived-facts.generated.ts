/* Generated from schemas/derived-facts.schema.json by scripts/generate-derived-types.mjs. Do not edit: edit the schema. */

/**
 * Derived facts: what the engine computes from a fact document before the rules run (parsed log excerpts, the WSUS site and pool resolved from the setup values, the client policy URL taken apart). Rules read them under the `derived` fact, e.g. `derived.iisLog.status503.count`. Computed once per document. Convention: a derived block that rests on a section carries `available`: false when that section (or log) was not collected, so rules can report insufficient evidence. This schema is the source of the TypeScript types (engine/facts/derived-facts.generated.ts, made by scripts/generate-derived-types.mjs) and of the derived part of the fact-path catalogue used to validate rule files.
 */
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
  wsusApplications: DerivedWsusApplications;
  proxy: DerivedProxy;
  /**
   * Installed KB ids, upper-case, for quick membership tests.
   */
  installedKbs: string[];
  /**
   * Newest installedOn date among updates.items (ISO 8601), when any is known.
   */
  latestUpdateInstalledOn?: string;
  /**
   * Installed updates without a usable installedOn date (missing or not a date); absent when `updates` was not collected. Date tests on latestUpdateInstalledOn cannot see these.
   */
  updatesWithoutDate?: number;
  /**
   * Any pending-reboot marker is true.
   */
  rebootPending?: boolean;
  clientHealth?: DerivedClientHealth;
  /**
   * OS family from os.version: '2008R2', '2012', '2012R2', '2016', '2019', '2022', '2025', 'client', 'unknown'.
   */
  osFamily: string;
  /**
   * The KB 4025764 OS prerequisite of the WSUS server (2012, 2012 R2, 2016).
   */
  prerequisiteUpdate: DerivedPrerequisiteUpdate;
  wsusHealth: DerivedWsusHealth;
  softwareDistributionLog: DerivedSoftwareDistributionLog;
  thresholds: DerivedThresholds;
  contentStore: DerivedContentStore;
  sslCertificate: DerivedSslCertificate;
  upstreamSync: DerivedUpstreamSync;
  configMgrSite: DerivedConfigMgrSite;
}
/**
 * The WSUS web site resolved from wsusServer.iisTargetWebSiteIndex (or by name/port).
 */
export interface DerivedWsusSite {
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
export interface DerivedWsusPool {
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
  /**
   * processModel/@idleTimeout in minutes (IIS default 20; KB 4490414 recommends 0).
   */
  idleTimeoutMinutes?: number;
  /**
   * processModel/@pingingEnabled (IIS default true; KB 4490414 recommends false).
   */
  pingingEnabled?: boolean;
  /**
   * recycling/periodicRestart/@time in minutes (IIS default 1740; KB 4490414 recommends 0).
   */
  periodicRestartMinutes?: number;
  /**
   * recycling/periodicRestart/@memory in KB (KB 4490414 recommends 0, no limit).
   */
  virtualMemoryKB?: number;
  /**
   * The settings among idle time-out, ping, regular time interval and virtual memory limit that were read and differ from the KB 4490414 recommendation, each with its value, e.g. 'idle time-out 20 min (recommended 0)'.
   */
  offBestPractice?: string[];
  /**
   * PowerShell commands (WebAdministration) setting every setting of offBestPractice to its recommendation, separated by '; '; empty when none is off.
   */
  bestPracticeFix?: string;
  /**
   * The best-practice settings the collector did not read (e.g. 'pingingEnabled').
   */
  bestPracticeUnread?: string[];
}
/**
 * The IIS access log of the WSUS site. Findings (status403...unresolved401) count only requests to WSUS applications and virtual directories (or entries without a URI stem) whose user agent is not noise (browser, command-line client, probe, scanner, crawler); `noise` summarises the rest. `statusCounts`/`subStatusCounts` count every entry.
 */
export interface DerivedIisLog {
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
   * Set when a file offered as the IIS log is another kind of log (Windows Firewall log, HTTPERR log): its kind, #Software line and path, e.g. "the Windows Firewall log (#Software: Microsoft Internet Connection Firewall) in C:\Windows\System32\LogFiles\Firewall\pfirewall.log". Such files are not parsed.
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
   * Count of entries per sc-status, then sc-substatus, e.g. { "500": { "24": 3 }, "403": { "4": 2 } }, so that `derived.iisLog.subStatusCounts.500.24` reads like IIS's "500.24". Entries without a substatus are left out.
   */
  subStatusCounts: {
    /**
     * Count per sc-substatus of one sc-status.
     */
    [k: string]: {
      [k: string]: number;
    };
  };
  /**
   * Requests of WSUS clients and servers to WSUS applications.
   */
  wsusRequests: IisLogWsusRequests;
  /**
   * Requests that are noise for WSUS.
   */
  noise: IisLogNoise;
  /**
   * 403s of WSUS clients on WSUS applications.
   */
  status403: EvidenceCount;
  /**
   * 404s of WSUS clients on WSUS applications, except 404.3; missingApplications lists the WSUS applications/virtual directories they point at that the site does not have.
   */
  status404: Status404;
  /**
   * 404.3 (no MIME map for the file extension) of WSUS clients; extensions: the lower-case extensions asked for, sorted.
   */
  status404_3: Status404_3;
  /**
   * Every 500 of WSUS clients on WSUS applications.
   */
  status500: EvidenceCount;
  /**
   * 500s with a configuration sub-status (500.19, 500.21-500.24, 500.50-500.53).
   */
  status500Config: EvidenceCount;
  /**
   * 500s without a configuration sub-status (500.0: SOAP faults and exceptions of the WSUS web services); ratePercent = their share of wsusRequests in percent, one decimal.
   */
  status500Fault: Status500Fault;
  /**
   * 500.24: ASP.NET impersonation (or another integrated-pipeline setting) rejected by configuration validation.
   */
  status500_24: EvidenceCount;
  /**
   * 403.4: SSL required, the client used HTTP.
   */
  status403_4: EvidenceCount;
  /**
   * 403.7: SSL client certificate required.
   */
  status403_7: EvidenceCount;
  /**
   * Every 503 of WSUS clients on WSUS applications.
   */
  status503: EvidenceCount;
  /**
   * 503s after the last success (2xx) of a WSUS client in the excerpt: the pool still failing at its end.
   */
  status503Persistent: EvidenceCount;
  /**
   * 503s followed by a success of a WSUS client later in the excerpt (a recovered blip).
   */
  status503Recovered: EvidenceCount;
  /**
   * 401s of WSUS clients with no later 2xx for the same client IP and URL stem; cutAtEnd counts the 401s left out because they fall in the last 2 seconds of the excerpt (a handshake the end of the excerpt cut).
   */
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
 * The parsed HTTPERR log excerpt.
 */
export interface DerivedHttpErr {
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
  /**
   * Entries with reasons that mean WsusPool overload/offline (AppOffline, QueueFull, AppPoolTimer, AppShutdown, Disabled, ConnLimit).
   */
  serviceUnavailable: EvidenceCount;
  /**
   * The same counts restricted to the WSUS site and pool (the fields above count every entry, WinRM and other pools included). An entry is WSUS's when its s-queuename is the WSUS pool; without a queue name, when its s-siteid is the WSUS site; without either, when its s-port is a WSUS port (`ports`).
   */
  wsus: DerivedHttpErrWsus;
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
 * One log line that supports a finding, with its origin when known.
 */
export interface LogEvidence {
  /**
   * Path of the log file on the collected machine.
   */
  file?: string;
  /**
   * 1-based line number in that file when known, otherwise the position in the excerpt: `LogFile.startLine + index` when the excerpt has startLine (index = 0-based position in `LogFile.lines`), else `index + 1`. For a multi-line CMTrace record, its first line. Absent for event-log entries.
   */
  line?: number;
  /**
   * Timestamp of the entry, ISO 8601 (UTC for IIS/HTTPERR/CMTrace; local time for WindowsUpdate.log). CMTrace records without a time-zone bias carry their local time (no `Z`); events carry timeCreated.
   */
  timestamp?: string;
  /**
   * The raw line (or CMTrace message).
   */
  text: string;
}
/**
 * The parsed WindowsUpdate.log excerpt.
 */
export interface DerivedWindowsUpdateLog {
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
export interface DerivedClientErrors {
  /**
   * False when neither the WindowsUpdate.log nor the event log was collected.
   */
  available: boolean;
  /**
   * Every distinct error code from WindowsUpdate.log and WindowsUpdateClient events, whatever it is about, most frequent first.
   */
  codes: DerivedErrorCode[];
  /**
   * Persistent WSUS failures whose code's low word is 2EE2 (WinHTTP timeout, KB 4025764's "xxxx2ee2").
   */
  timeouts2ee2: EvidenceCount;
  /**
   * Distinct known codes (those with a meaning), any attribution, for rules: e.g. ["0x80072EE2", "0x80244022"].
   */
  knownCodes: string[];
  /**
   * Persistent WSUS failures grouped by family, one per client error-code rule (all families present, count 0 when none).
   */
  byFamily: DerivedErrorFamilies;
  /**
   * Persistent WSUS failures whose codes no specific rule explains (families protocol and other), decoded.
   */
  unexplained: DerivedCodeGroup;
  /**
   * WSUS failures followed by a successful WSUS scan.
   */
  recovered: DerivedRecoveredFailures;
  /**
   * Failures on calls to other endpoints: expected on an isolated network, not WSUS failures.
   */
  otherEndpoints: DerivedOtherEndpointFailures;
  /**
   * Codes the log does not tie to any endpoint (e.g. installation failures, event 20), or TLS codes against an http:// WSUS.
   */
  unattributed: DerivedCodeGroup;
  wsusScan: DerivedWsusScans;
}
/**
 * One Windows Update client error code found in the logs or events, with what it means.
 */
export interface DerivedErrorCode {
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
 * WSUS scan results of the client (WindowsUpdate.log "Found N updates" in a WSUS call; events 25/26).
 */
export interface DerivedWsusScans {
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
export interface DerivedPolicy {
  /**
   * False when clientPolicy was not collected.
   */
  available: boolean;
  wuServer: DerivedUrl;
  wuStatusServer: DerivedUrl;
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
   * A "WSUS server:" URL of the agent's WindowsUpdate.log (derived.windowsUpdateLog.wsusServerUrls) equals WUServer (case-insensitive, trailing slash ignored). Absent when the policy or the log was not collected, WUServer is not set, or the log has no "WSUS server:" line.
   */
  matchesAgentUrl?: boolean;
  /**
   * UpdateServiceUrlAlternate taken apart (same key as WUServer).
   */
  alternateDownloadServer?: DerivedUrl;
  /**
   * Windows Update for Business deferral, pause and offering policies in effect, as "Name = value" (DeferFeatureUpdates, DeferQualityUpdates, PauseFeatureUpdatesStartTime, PauseQualityUpdatesStartTime, TargetReleaseVersion, DeferUpgrade; native key). Empty when none; the triggers of dual scan.
   */
  wufbPolicies?: string[];
  /**
   * AU\UseUpdateClassPolicySource = 1: the per-class scan source policy ("Specify source service for specific classes of Windows Updates") decides where each class comes from.
   */
  scanSourcePolicy?: boolean;
  /**
   * With the scan source policy on: the update classes whose SetPolicyDrivenUpdateSourceFor<Class>Updates is 0 (Windows Update); a value that is not set means the Policy CSP default 1 (WSUS). Feature, Quality, Driver, Other. Empty otherwise.
   */
  classesFromWindowsUpdate?: string[];
}
/**
 * A policy URL taken apart.
 */
export interface DerivedUrl {
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
export interface DerivedConfigMgrClient {
  /**
   * logs.configMgrClient.locationServices collected.
   */
  locationServicesAvailable: boolean;
  /**
   * Every "WSUS Path='...'" entry of LocationServices.log, oldest first.
   */
  wsusLocations: DerivedWsusLocation[];
  /**
   * The newest WSUS location, if any.
   */
  latestWsusPath?: string;
  /**
   * The URLs of the newest location reply, in the order listed (the client uses the first and fails over to the next): the "WSUS Path=" entries that follow the newest "Calling back with the following WSUS locations" line, or the newest run of consecutive entries. Empty when there is no location.
   */
  latestReplyWsusPaths: string[];
  /**
   * WUServer equals one of `latestReplyWsusPaths` (case-insensitive, trailing slash ignored); false also when WUServer is not set. Absent when LocationServices.log has no WSUS location or the client policy was not collected.
   */
  latestLocationMatchesPolicy?: boolean;
  /**
   * The time span the LocationServices.log excerpt covers: from logs...coveredFrom (else the oldest entry) to the newest of coveredTo, the newest entry and, when the collector stated its coverage, collectedAt. Absent when the excerpt was not collected or has no time stamps.
   */
  locationServicesWindow?: TimeWindow;
  /**
   * Length of locationServicesWindow in days (one decimal); compare with the 7-day software update scan cycle.
   */
  locationServicesWindowDays?: number;
  /**
   * Software update scans that asked for WSUS locations (ScanAgent "Requesting WSUS Server Locations", LocationServices "Attempting to send WSUS Location Request"; requests less than 10 minutes apart count as one scan).
   */
  locationRequestScans: number;
  /**
   * Those scans no location followed (no LocationServices "WSUS Path=" or ScanAgent "Received Location=" at or after the request); requests less than 10 minutes before collectedAt are not counted (the reply may be on its way). Samples: the first request of each such scan.
   */
  locationRequestsWithoutReply: EvidenceCount;
  /**
   * logs.configMgrClient.wuaHandler collected.
   */
  wuaHandlerAvailable: boolean;
  /**
   * WUAHandler "Group policy settings were overwritten by a higher authority" lines that are a conflict now: the GPO names another server than ConfigMgr's newest WSUS location (or either is unknown), and no successful scan follows the line.
   */
  policyOverwritten: EvidenceCount;
  /**
   * Overwrite lines that are no conflict: the GPO names ConfigMgr's own WSUS location, or a scan completed after them.
   */
  policyOverwrittenHarmless: number;
  /**
   * WUAHandler scan failures ("Scan failed with error = 0x...", "OnSearchComplete - Failed ...") with no successful scan after them.
   */
  scanFailures: EvidenceCount;
  /**
   * WUAHandler scan failures followed by "Successfully completed scan." (recovered).
   */
  scanFailuresRecovered: EvidenceCount;
  /**
   * WUAHandler "Received 'SucceededWithErrors' code from WUA during search" lines (e.g. license terms not downloadable, 0x80240033).
   */
  succeededWithErrors: EvidenceCount;
  /**
   * Newest WUAHandler "Successfully completed scan." (UTC when the record has its time-zone bias, else local time).
   */
  lastSuccessfulScan?: string;
  /**
   * logs.configMgrClient.scanAgent collected.
   */
  scanAgentAvailable: boolean;
  /**
   * Every distinct error code in WUAHandler.log and ScanAgent.log (hex, unsigned or signed decimal, normalised to 0x + 8 hex digits), most frequent first, with its meaning. Kept apart from clientErrors: WUAHandler relays the agent's own codes, which WindowsUpdate.log also has.
   */
  errorCodes: DerivedErrorCode[];
  /**
   * Lines with 0x87D00692 (ScanAgent "Failed at AddUpdateSource": a Group Policy WSUS setting conflicts with ConfigMgr's).
   */
  gpoConflict: EvidenceCount;
  /**
   * Content version of the newest location request (ScanAgent "Requesting WSUS Server Locations from LS for {GUID} version N", "Policy available for UpdateSourceID={GUID} ContentVersion=N", LocationServices WSUSLocationRequest Content Version="N"). Absent when no request is in the logs.
   */
  requestedContentVersion?: string;
  /**
   * Version of the newest "WSUS Path=" entry (Version='N'). Absent when there is none or it carries no version.
   */
  latestLocationVersion?: string;
  /**
   * requestedContentVersion and latestLocationVersion are both known and differ, and the newest request is not followed by a location of its version. Absent when either is unknown, or when the newest request is less than 10 minutes older than collectedAt (its reply may be on its way).
   */
  contentVersionMismatch?: boolean;
  /**
   * Location replies whose first (preferred) software update point differs from the previous reply's: the client moved to another SUP. A reply that lists several SUPs (the failover list) is one reply, not a switch. Samples: the first "WSUS Path=" line of each new reply.
   */
  supSwitches?: EvidenceCount;
  /**
   * The preferred software update point of each location reply, distinct, in the order first seen.
   */
  supsUsed?: string[];
}
/**
 * One WSUS location from LocationServices.log.
 */
export interface DerivedWsusLocation {
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
export interface DerivedEvents {
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
  /**
   * WAS 5002 (pool disabled by rapid-fail protection) whose message names the WSUS pool (derived.wsusPool.name).
   */
  wsusPoolDisabled: EvidenceCount;
  /**
   * WAS 5117 (recycle at the private-bytes memory limit) whose message names the WSUS pool.
   */
  wsusPoolMemoryRecycles: EvidenceCount;
  /**
   * WAS 5009-5013 (worker process terminated unexpectedly, failed to respond to a ping, fatal communication error, start-up or shut-down time limit exceeded) whose message names the WSUS pool.
   */
  wsusPoolWorkerFailures: EvidenceCount;
  /**
   * Count of wsusPoolWorkerFailures per event id, e.g. {"5010": 2}.
   */
  wsusPoolWorkerFailureIds: {
    [k: string]: number;
  };
  /**
   * WAS 5002/5009-5013/5117 events with an empty message (the provider's message table was missing), so the pool they concern cannot be told; keyed like byKey, e.g. "Microsoft-Windows-WAS/5002".
   */
  poolNotNamed: {
    [k: string]: EvidenceCount;
  };
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
 * The WSUS IIS applications and virtual directories (`iis.wsusApplications`) checked against the settings WSUS needs (knowledge 2.3), as lists of application names (leading slash removed, letter case as collected) so rules test `lengthGreaterThan 0` and name them with `{{...|list}}`. A setting that was not read puts the application in a `...NotRead` list, never in a finding list.
 */
export interface DerivedWsusApplications {
  /**
   * False unless `iis` is ok and its `wsusApplications` list was collected (it may be empty).
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
   * Applications that must allow anonymous access (ClientWebService, DssAuthWebService, ServerSyncWebService, SimpleAuthWebService, ReportingWebService, Inventory, Content, Selfupdate; not ApiRemoting30) with anonymous authentication disabled.
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
 * The WinHTTP proxy (the `proxy` section) against the WSUS server of the client policy.
 */
export interface DerivedProxy {
  /**
   * False when the proxy section was not collected.
   */
  available: boolean;
  /**
   * Entries of the bypass list (split on ";" and white space), as written; empty when there is none.
   */
  bypassEntries: string[];
  /**
   * A WinHTTP proxy is set and its bypass list covers the WUServer host: an entry equal to the host (letter case ignored, `*` matching any characters, e.g. *.contoso.com), or `<local>` for a host without a dot. False when no entry does (or there is no bypass list). Absent when there is no proxy (direct access) or that is unknown, the WUServer host is unknown, or no entry matches while an entry cannot be evaluated (a scheme or port in it).
   */
  bypassesWsusHost?: boolean;
}
/**
 * What the clientHealth section means for the Windows Update agent.
 */
export interface DerivedClientHealth {
  /**
   * clientHealth collected (status ok).
   */
  available: boolean;
  /**
   * Free space of the system drive in GB (one decimal).
   */
  systemDriveFreeGB?: number;
  /**
   * Days between the last successful time synchronisation and collectedAt (one decimal); absent when unknown.
   */
  timeSyncAgeDays?: number;
  /**
   * Windows Time does not synchronise the clock: Parameters\Type is NoSync, or the current source is the local CMOS clock or the free-running system clock. Absent when neither is known.
   */
  timeNotSynchronized?: boolean;
  /**
   * What makes the clock untrustworthy, in words (for the message).
   */
  timeProblems?: string[];
  /**
   * The pending-restart markers that are set (os.pendingReboot and WinSxS\pending.xml), in words.
   */
  restartMarkers?: string[];
}
/**
 * The WSUS health monitor's events (Application log, source 'Windows Server Update Services'): per component, whether its newest failure event is followed by the component's 'working' event (recovered) or not (failing). Components: Reporting, API Remoting, Client, Server Sync, SimpleAuth and DSS Auth web services (12002/12012/12022/12032/12042/12052), content directory (12072), self-update (13042); the console crash 7053 is counted apart.
 */
export interface DerivedWsusHealth {
  /**
   * False when events were not collected.
   */
  available: boolean;
  /**
   * Failure event ids whose newest occurrence is not followed by the component's 'working' event.
   */
  failingIds: number[];
  /**
   * Failure event ids whose newest occurrence is followed by the component's 'working' event.
   */
  recoveredIds: number[];
  /**
   * One sentence per failing component: event id, component, count, newest time, cause and fix; empty when none.
   */
  failingText: string;
  /**
   * One sentence per recovered component: event id, component, count, newest failure and the 'working' event after it; empty when none.
   */
  recoveredText: string;
  /**
   * The failure events of the failing components.
   */
  failing: EvidenceCount;
  /**
   * The failure events of the recovered components.
   */
  recovered: EvidenceCount;
  /**
   * Event 7053: the WSUS administration console encountered an unexpected error.
   */
  consoleErrors: EvidenceCount;
}
/**
 * SoftwareDistribution.log of the WSUS server (logs.softwareDistribution, text format: '<date> <time> UTC <level> <process>.<thread> <class.method> <text>', exception stacks on the following lines). An entry is a time-stamped line with its continuation lines.
 */
export interface DerivedSoftwareDistributionLog {
  /**
   * False when the log was not collected.
   */
  available: boolean;
  /**
   * Time-stamped entries read.
   */
  entries: number;
  window: TimeWindow;
  /**
   * Entries about the database: DBConnection.LogSqlException, SqlException, 'Timeout expired' (the sample is the entry's first line, with the matching continuation line when the match is there).
   */
  sqlErrors: EvidenceCount;
  /**
   * There are SQL errors and no Info entry follows the last one: the database errors are the last thing the excerpt shows.
   */
  sqlErrorsPersisting: boolean;
  /**
   * Time of the newest SQL error entry (ISO 8601 UTC).
   */
  lastSqlErrorAt?: string;
  /**
   * Info entries after the newest SQL error (0 when there is none).
   */
  infoEntriesAfterLastSqlError: number;
}
/**
 * Thresholds of the run (schemas/config.schema.json; defaults when no config file): not computed from the document but set by the pipeline, so rules compare against them as facts.
 */
export interface DerivedThresholds {
  /**
   * Lowest acceptable WsusPool private memory limit in KB (0 = only 'no limit' is acceptable).
   */
  wsusPoolPrivateMemoryKB: DerivedThreshold;
  /**
   * Lowest acceptable WsusPool queue length.
   */
  wsusPoolQueueLength: DerivedThreshold;
  /**
   * Highest acceptable count of superseded updates that are not declined.
   */
  supersededUpdates: DerivedThreshold;
  /**
   * Days before a certificate's expiry from which it is reported.
   */
  certificateExpiryDays: DerivedThreshold;
  /**
   * Lowest acceptable free space on a WSUS volume, in percent.
   */
  freeSpacePercent: DerivedThreshold;
}
/**
 * The IIS Content virtual directory checked against ContentDir\WsusContent (knowledge 2.1, 2.3): paths compared without letter case, trailing backslashes and a \\?\ prefix.
 */
export interface DerivedContentStore {
  /**
   * False unless `contentStore` is ok.
   */
  available: boolean;
  /**
   * ContentDir\WsusContent (from contentStore, else wsusServer.contentDir).
   */
  expectedPath?: string;
  /**
   * Physical path of the Content virtual directory (from contentStore, else iis.wsusApplications).
   */
  virtualDirectoryPath?: string;
  /**
   * The Content virtual directory points at ContentDir\WsusContent; absent when either path is unknown.
   */
  virtualDirectoryMatches?: boolean;
  /**
   * Whether the content folder's ACL (contentStore.contentAcl) lets IIS read the files: an Allow with read rights for Everyone, Users, Authenticated Users, IUSR, IIS_IUSRS or NETWORK SERVICE (matched by SID, else by English name), and no Deny with read rights for the anonymous user's accounts (Everyone, Users, Authenticated Users, IUSR).
   */
  iisReadAccess?: {
    /**
     * Access rules read.
     */
    rules: number;
    /**
     * Identities whose Allow rules give IIS read access, as named in the ACL.
     */
    allowedBy: string[];
    /**
     * Identities whose Deny rules take read access from the anonymous user.
     */
    deniedBy: string[];
    /**
     * When readable is false, what the ACL does wrong, as a sentence part ("denies read to Everyone, which the anonymous user belongs to").
     */
    finding?: string;
    /**
     * True: some Allow gives read and no Deny takes it; false: a Deny takes it, or no rule gives it while every identity was resolved. Absent when no rule gives read but some identities have neither SID nor a known name.
     */
    readable?: boolean;
  };
}
/**
 * The WSUS site's certificate judged at collection time: days to expiry, and whether its DNS names (subject alternative names, else the subject CN) cover the server's FQDN and short name (a wildcard covers one label).
 */
export interface DerivedSslCertificate {
  /**
   * False unless `sslCertificate` is ok.
   */
  available: boolean;
  /**
   * Days from collectedAt to notAfter (negative when expired), one decimal.
   */
  daysUntilExpiry?: number;
  /**
   * notAfter is before collectedAt, or notBefore after it.
   */
  expired?: boolean;
  /**
   * A certificate name matches host.fqdn; absent when the FQDN or the names are unknown.
   */
  coversFqdn?: boolean;
  /**
   * A certificate name matches host.computerName; absent when the names are unknown.
   */
  coversShortName?: boolean;
  /**
   * Server names (FQDN, short name) no certificate name matches.
   */
  namesNotCovered: string[];
  /**
   * Why clients reject the certificate: expired or not yet valid, chain not built (with its status), FQDN not among its names; empty when none.
   */
  problems: string[];
}
/**
 * Age of the last synchronization at collection time.
 */
export interface DerivedUpstreamSync {
  /**
   * False unless `upstreamSync` is ok.
   */
  available: boolean;
  /**
   * Days from the last synchronization (end, else start) to collectedAt, one decimal; absent when the server never synchronized.
   */
  daysSinceLastSync?: number;
  /**
   * The time daysSinceLastSync counts from (lastSyncEndTime, else lastSyncStartTime).
   */
  lastSyncTime?: string;
}
/**
 * ConfigMgr site server / software update point: synchronization (wsyncmgr.log) and WSUS configuration (WCM.log, WSUSCtrl.log) from logs.configMgrSite.
 */
export interface DerivedConfigMgrSite {
  /**
   * At least one of the three logs was collected.
   */
  available: boolean;
  /**
   * wsyncmgr.log.
   */
  sync: DerivedConfigMgrSiteLog;
  /**
   * WCM.log.
   */
  wcm: DerivedConfigMgrSiteLog;
  /**
   * WSUSCtrl.log.
   */
  wsusCtrl: DerivedConfigMgrSiteLog;
  /**
   * WCM.log or WSUSCtrl.log was collected.
   */
  configurationAvailable: boolean;
  /**
   * WCM.log or WSUSCtrl.log has failures with no success after the newest one.
   */
  configurationFailing: boolean;
  /**
   * WCM.log or WSUSCtrl.log has failures, and every log with failures shows a success after its newest one.
   */
  configurationRecovered: boolean;
  /**
   * Failure records of WCM.log and WSUSCtrl.log together.
   */
  configurationFailureCount?: number;
  /**
   * 'WCM.log' or 'WSUSCtrl.log': the persisting log with the newest failure (else the log with the newest failure).
   */
  configurationLastFailureLog?: string;
  /**
   * Time of that failure.
   */
  configurationLastFailureAt?: string;
  /**
   * Message of that failure.
   */
  configurationLastFailureText?: string;
  /**
   * The software update point's WSUS endpoint: the newest endpoint line of WCM.log, WSUSCtrl.log and wsyncmgr.log, compared with this machine's WSUS site bindings when it names this machine (the SUP port settings must equal the WSUS site bindings).
   */
  supEndpoint?: {
    /**
     * WSUS server name as logged.
     */
    server: string;
    /**
     * Port connected to.
     */
    port: number;
    /**
     * useSSL as logged.
     */
    useSsl: boolean;
    /**
     * Time of the line.
     */
    at?: string;
    /**
     * The newest endpoint line is a successful connection.
     */
    connected: boolean;
    /**
     * The log it comes from: WCM.log, WSUSCtrl.log or wsyncmgr.log.
     */
    log: string;
    /**
     * The server named is this machine (host.computerName or host.fqdn; a short name matches an FQDN's first label). Absent when the host name is unknown.
     */
    isThisMachine?: boolean;
    /**
     * Ports of this machine's WSUS site bindings of the protocol in use (https when useSSL, else http), sorted. Only when the endpoint is this machine and the site is known.
     */
    sitePorts?: number[];
    /**
     * The endpoint's port is one of sitePorts. Absent when the endpoint is another machine or the site bindings are unknown.
     */
    matchesBinding?: boolean;
  };
}
/**
 * One ConfigMgr site-server log read for failures and successes (engine/derive/derive-configmgr-site.ts). Order is the order of the records in the excerpt (files oldest first).
 */
export interface DerivedConfigMgrSiteLog {
  /**
   * False unless the log excerpt is ok.
   */
  available: boolean;
  /**
   * CMTrace records read (full or simple format).
   */
  entries: number;
  window: TimeWindow;
  /**
   * Failure records (the samples are the newest, newest last).
   */
  failures: EvidenceCount;
  /**
   * Failed attempts: runs of failure records not interrupted by an attempt start (wsyncmgr) or a success record (one failed sync logs 'Sync failed: ...', STATMSG 6703 and 'Will retry': one attempt).
   */
  failedAttempts: number;
  /**
   * Success records.
   */
  successes: number;
  /**
   * Time of the newest failure record (UTC when the record carries its bias, else local time as written).
   */
  lastFailureAt?: string;
  /**
   * Message of the newest failure record (for wsyncmgr, the newest detailed one of the newest failed attempt).
   */
  lastFailureText?: string;
  /**
   * Time of the newest success record.
   */
  lastSuccessAt?: string;
  /**
   * Message of the newest success record.
   */
  lastSuccessText?: string;
  /**
   * wsyncmgr only: time of the newest sync start ('Starting Sync', 'Performing sync on ...', STATMSG 6701).
   */
  lastAttemptAt?: string;
  /**
   * The newest WSUS endpoint line of this log ('Attempting connection to WSUS server: H, port: P, useSSL: B', 'Successfully connected to server: ...').
   */
  lastEndpoint?: {
    /**
     * WSUS server name as logged.
     */
    server: string;
    /**
     * Port connected to (the software update point's port, or SSL port when useSSL is True).
     */
    port: number;
    /**
     * useSSL as logged.
     */
    useSsl: boolean;
    /**
     * Time of the line.
     */
    at?: string;
    /**
     * The line is 'Successfully connected to ...' (else an attempt or a failure).
     */
    connected: boolean;
  };
  /**
   * The newer of the newest failure and the newest success; absent when the log shows neither.
   */
  lastResult?: 'failed' | 'succeeded';
  /**
   * There are failures and no success record follows the newest one.
   */
  persisting: boolean;
  /**
   * There are failures and a success record follows the newest one.
   */
  recovered: boolean;
}
/**
 * The KB 4025764 operating-system prerequisite of the WSUS server (2012: KB4039873, 2012 R2: KB4039871, each "or a later Monthly Rollup"; 2016: KB4039396 "or a later cumulative update", i.e. OS build 14393.1670), decided once from the OS family, the installed updates and their dates, the 2016 UBR and the dated table engine/knowledge/server-rollups.ts.
 */
export interface DerivedPrerequisiteUpdate {
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
 * The HTTPERR entries of the WSUS site and pool: s-queuename is the WSUS pool; without a queue name, s-siteid is the WSUS site; without either, s-port is a WSUS port.
 */
export interface DerivedHttpErrWsus {
  /**
   * Ports that identify the WSUS site: wsusServer.portNumber, its SSL pair (8530/8531, 80/443) and the WSUS site's binding ports; sorted. Empty when none is known, in which case only entries naming the pool (s-queuename) or the site (s-siteid) count.
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
  /**
   * Those entries with reasons that mean the WSUS pool is overloaded or offline.
   */
  serviceUnavailable: EvidenceCount;
}
/**
 * A group of error-code occurrences: how many, the newest samples, and the codes in it.
 */
export interface DerivedCodeGroup {
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
  codes: DerivedErrorCode[];
}
/**
 * WSUS failures that a later successful WSUS scan (same source) shows were recovered from.
 */
export interface DerivedRecoveredFailures {
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
  codes: DerivedErrorCode[];
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
 * Failures on calls to endpoints other than WSUS (Microsoft's service locator, Store, Microsoft Update, other hosts).
 */
export interface DerivedOtherEndpointFailures {
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
  codes: DerivedErrorCode[];
  /**
   * The hosts or services those calls went to, sorted.
   */
  endpoints: string[];
}
/**
 * One entry per error-code family, counting only failures attributed to the WSUS connection that persist to the end of the evidence (no successful WSUS scan after them); each client error-code rule reads its own.
 */
export interface DerivedErrorFamilies {
  /**
   * WinHTTP time-outs (0x80072EE2).
   */
  timeout: DerivedCodeGroup;
  /**
   * HTTP 408 / web-service time-out (0x8024401C).
   */
  requestTimeout: DerivedCodeGroup;
  /**
   * HTTP 503 (0x80244022) and the server too busy to accept an event (0x8024F004).
   */
  serviceUnavailable: DerivedCodeGroup;
  /**
   * Other HTTP error statuses from the WSUS site (0x80244016-0x8024401A, 0x8024401D-0x80244020, 0x80244024, 0x8024402B).
   */
  http: DerivedCodeGroup;
  /**
   * Cannot connect or connection reset (0x80072EFD, 0x80072EFE, 0x80240438, 0x80244004, 0x80244005, 0x8024001F).
   */
  connect: DerivedCodeGroup;
  /**
   * TLS and certificate failures (0x80072F8F, 0x80072F05/06/0C/0D/19, 0x800B0101, 0x800B0109, other WinHTTP secure-channel errors).
   */
  tls: DerivedCodeGroup;
  /**
   * Proxy and name resolution (0x8024402C, 0x80072EE7, 0x8024401B, 0x80244021, 0x80244023, 0x80240030, 0x8024402F, WinHTTP auto-proxy errors).
   */
  proxy: DerivedCodeGroup;
  /**
   * SOAP faults from the WSUS web service (0x80244007, 0x80244008, 0x8024400D, 0x8024400E).
   */
  soap: DerivedCodeGroup;
  /**
   * Maximum server round trips exceeded (0x80244010).
   */
  roundTrips: DerivedCodeGroup;
  /**
   * Transient SOAP/HTTP protocol errors the client retries.
   */
  protocol: DerivedCodeGroup;
  /**
   * Policy states (0x80244011, 0x8024002E, 0x8024500C, 0x8024001A, 0x87D00692).
   */
  policy: DerivedCodeGroup;
  /**
   * Content and license-terms downloads from the WSUS Content virtual directory (0x80240033, 0x800710DD, BITS 0x8020xxxx such as 0x80200013, BITS HTTP statuses 0x8019xxxx such as 0x80190193/0x80190194).
   */
  content: DerivedCodeGroup;
  /**
   * Windows Update Agent self-update (0x8024D009 and the 0x8024Dxxx setup range).
   */
  selfUpdate: DerivedCodeGroup;
  /**
   * Everything else, unknown codes included.
   */
  other: DerivedCodeGroup;
}
/**
 * One configurable threshold and where its value came from.
 */
export interface DerivedThreshold {
  /**
   * The threshold.
   */
  value: number;
  /**
   * Where the value came from: 'default (<Microsoft source>)' or '<config file>:<line>'.
   */
  source: string;
}

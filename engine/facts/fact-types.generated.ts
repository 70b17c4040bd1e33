/* Generated from schemas/facts.schema.json by scripts/generate-fact-types.mjs. Do not edit. */

/**
 * Collection status of a section: ok (read successfully), error (the read failed, see message), notApplicable (does not exist on this machine, e.g. no IIS on a client), notCollected (not attempted, e.g. needs administrator rights).
 */
export type SectionStatus = 'ok' | 'error' | 'notApplicable' | 'notCollected';
/**
 * Why the section is not ok: the error text, or the reason it was not collected.
 */
export type SectionMessage = string;

/**
 * One wsus-doctor fact file: what a collector saw on one machine (WSUS server or client) in one collection run. Every section says whether it was collected, so a rule can tell 'we could not see it' from 'it is bad'. A property that is absent means 'not known'.
 */
export interface FactDocument {
  /**
   * Optional link to this schema, for editors.
   */
  $schema?: string;
  /**
   * Version of the fact contract. The engine refuses versions it does not know.
   */
  schemaVersion: '1.0';
  /**
   * What the machine is for the diagnosis: a WSUS server, software update point or ConfigMgr site server (server; a site server whose software update point is remote has wsusServer.status notApplicable), or a WSUS client.
   */
  role: 'server' | 'client';
  host: Host;
  /**
   * When the collection ran, ISO 8601 with offset (UTC recommended).
   */
  collectedAt: string;
  collector: Collector;
  os?: Os;
  updates?: Updates;
  services?: Services;
  wsusServer?: WsusServer;
  configMgr?: ConfigMgr;
  iis?: Iis;
  clientPolicy?: ClientPolicy;
  windowsUpdateClient?: WindowsUpdateClient;
  proxy?: Proxy;
  events?: Events;
  logs?: Logs;
  susdb?: Susdb;
  upstreamSync?: UpstreamSync;
  contentStore?: ContentStore;
  sslCertificate?: SslCertificate;
  ingest?: Ingest;
  clientHealth?: ClientHealth;
}
/**
 * Identity of the machine.
 */
export interface Host {
  /**
   * NetBIOS computer name (COMPUTERNAME).
   */
  computerName: string;
  /**
   * Fully qualified DNS name, e.g. wsus01.contoso.com.
   */
  fqdn?: string;
  /**
   * DNS domain the machine belongs to, or the workgroup name.
   */
  domain?: string;
  /**
   * IPv4 addresses of the machine's enabled network adapters.
   *
   * @maxItems 64
   */
  ipv4Addresses?: string[];
  /**
   * IPv6 addresses of the machine's enabled network adapters (a zone id like %11 may follow).
   *
   * @maxItems 64
   */
  ipv6Addresses?: string[];
}
/**
 * Which collector produced the file and how it ran.
 */
export interface Collector {
  /**
   * Collector name, e.g. Invoke-WsusDoctorCollection.
   */
  name: string;
  /**
   * Collector version.
   */
  version: string;
  /**
   * PowerShell version the collector ran on ($PSVersionTable.PSVersion).
   */
  psVersion?: string;
  /**
   * PowerShell edition: Desktop (Windows PowerShell 2.0-5.1) or Core (PowerShell 6+).
   */
  psEdition?: 'Desktop' | 'Core';
  /**
   * True when the collector ran with administrator rights. Without them some sections are notCollected.
   */
  elevated?: boolean;
  /**
   * How long the collection took, in milliseconds.
   */
  durationMs?: number;
  /**
   * Problems the collector met that are not tied to one section.
   *
   * @maxItems 200
   */
  warnings?: string[];
}
/**
 * Operating system facts (Win32_OperatingSystem and HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion).
 */
export interface Os {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Product name, e.g. Microsoft Windows Server 2016 Standard.
   */
  caption?: string;
  /**
   * Major.Minor.Build, e.g. 10.0.14393 (Server 2016) or 6.1.7601 (Server 2008 R2 SP1).
   */
  version?: string;
  /**
   * OS build number (CurrentBuild), e.g. 14393.
   */
  build?: number;
  /**
   * Update build revision (registry UBR), e.g. 1670 for 14393.1670. Absent on Windows before 10/2016.
   */
  ubr?: number;
  /**
   * InstallationType from the registry: Server, Server Core, Client.
   */
  installationType?: string;
  /**
   * Win32_OperatingSystem.ProductType as a name.
   */
  productType?: 'workstation' | 'domainController' | 'server';
  /**
   * Last boot time, ISO 8601.
   */
  lastBootUpTime?: string;
  /**
   * Reboot-pending markers; any true value means a restart is pending.
   */
  pendingReboot?: {
    /**
     * Key ...\WindowsUpdate\Auto Update\RebootRequired exists.
     */
    windowsUpdate?: boolean;
    /**
     * Key ...\Component Based Servicing\RebootPending exists.
     */
    componentBasedServicing?: boolean;
    /**
     * Value Session Manager\PendingFileRenameOperations is present.
     */
    pendingFileRenameOperations?: boolean;
  };
}
/**
 * Installed updates (Win32_QuickFixEngineering / Get-HotFix).
 */
export interface Updates {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * One entry per installed update.
   *
   * @maxItems 5000
   */
  items?: {
    /**
     * Knowledge-base id, e.g. KB4039396.
     */
    id: string;
    /**
     * Installation date (ISO 8601 date or date-time) when Windows recorded it.
     */
    installedOn?: string;
    /**
     * Update kind as Windows records it: Update, Security Update, Hotfix.
     */
    description?: string;
  }[];
}
/**
 * The services that matter to WSUS. A service missing from items while status is ok means it is not installed.
 */
export interface Services {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Services keyed by service name.
   */
  items?: {
    [k: string]: ServiceEntry;
  };
}
/**
 * One Windows service, keyed by its service name (never its display name, which varies by version and language).
 */
export interface ServiceEntry {
  /**
   * Service name, e.g. WsusService, W3SVC, WAS, wuauserv, BITS.
   */
  name: string;
  /**
   * Display name as shown in services.msc.
   */
  displayName?: string;
  /**
   * Current state of the service.
   */
  status: 'Running' | 'Stopped' | 'StartPending' | 'StopPending' | 'ContinuePending' | 'PausePending' | 'Paused';
  /**
   * Start type.
   */
  startType?: 'Automatic' | 'AutomaticDelayedStart' | 'Manual' | 'Disabled' | 'Boot' | 'System';
}
/**
 * WSUS server setup (HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup and the WSUS API).
 */
export interface WsusServer {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * The WSUS server role is installed (the Setup registry key exists).
   */
  installed?: boolean;
  /**
   * WSUS server version, e.g. 3.2.7600.283 (WSUS 3.0 SP2 with KB4039929) or 10.0.14393.2969.
   */
  version?: string;
  /**
   * Where version was read: IUpdateServer.Version (api), VersionString (registry), or the API assembly's file version.
   */
  versionSource?: 'api' | 'registry' | 'fileVersion';
  /**
   * PortNumber: WSUS web port, usually 8530/8531 (2012+) or 80/443 (WSUS 3).
   */
  portNumber?: number;
  /**
   * UsingSSL = 1: clients must use HTTPS for the web services.
   */
  usingSsl?: boolean;
  /**
   * ContentDir: content root without the trailing WsusContent folder; may be a UNC path.
   */
  contentDir?: string;
  /**
   * TargetDir: WSUS program folder, e.g. C:\Program Files\Update Services.
   */
  targetDir?: string;
  /**
   * IISTargetWebSiteIndex: IIS site id of the WSUS web site.
   */
  iisTargetWebSiteIndex?: number;
  /**
   * SqlServerName: SUSDB host (contains ##WID or ##SSEE for Windows Internal Database).
   */
  sqlServerName?: string;
  /**
   * SUSDB kind derived from SqlServerName.
   */
  databaseType?: 'WID' | 'SSEE' | 'SQL';
  /**
   * IUpdateServerConfiguration.TargetingMode (WSUS API): client = computers join the groups their TargetGroup policy names (client-side targeting), server = groups are assigned in the console and TargetGroup is ignored.
   */
  targetingMode?: 'client' | 'server';
  /**
   * Names of the server's computer target groups (IUpdateServer.GetComputerTargetGroups), including All Computers and Unassigned Computers.
   *
   * @maxItems 2000
   */
  computerTargetGroups?: string[];
}
/**
 * Configuration Manager facts: site-server roles on a server, the ConfigMgr client on a client.
 */
export interface ConfigMgr {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * This machine is a ConfigMgr site server (SMS_SITE_COMPONENT_MANAGER present).
   */
  isSiteServer?: boolean;
  /**
   * This machine hosts a software update point (WSUS used by ConfigMgr).
   */
  isSoftwareUpdatePoint?: boolean;
  /**
   * The site server uses a software update point on another machine (remote SUP).
   */
  hasRemoteSoftwareUpdatePoint?: boolean;
  /**
   * The WSUS Administration Console (API) is installed on this machine.
   */
  wsusConsoleInstalled?: boolean;
  /**
   * File version of the WSUS Administration API on this machine, e.g. 3.2.7600.283.
   */
  wsusConsoleVersion?: string;
  /**
   * The ConfigMgr client (CcmExec) is installed.
   */
  isClient?: boolean;
  /**
   * ConfigMgr client version.
   */
  clientVersion?: string;
}
/**
 * IIS configuration and runtime state (applicationHost.config, WebAdministration).
 */
export interface Iis {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * IIS version, e.g. 10.0.
   */
  version?: string;
  /**
   * All IIS sites.
   *
   * @maxItems 500
   */
  sites?: Site[];
  /**
   * Application pools keyed by name (at least WsusPool when it exists).
   */
  appPools?: {
    [k: string]: AppPool;
  };
  /**
   * Applications and virtual directories of the WSUS site.
   *
   * @maxItems 100
   */
  wsusApplications?: WsusApplication[];
}
/**
 * One IIS web site.
 */
export interface Site {
  /**
   * IIS site id (can be a large number).
   */
  id: number;
  /**
   * Site name, e.g. WSUS Administration or Default Web Site.
   */
  name: string;
  /**
   * Runtime state of the site.
   */
  state?: 'Started' | 'Starting' | 'Stopped' | 'Stopping' | 'Unknown';
  /**
   * Site bindings.
   *
   * @maxItems 100
   */
  bindings?: Binding[];
  /**
   * Folder of the site's W3C logs (logFile/@directory, expanded).
   */
  logDirectory?: string;
  /**
   * limits/@maxConnections of the site.
   */
  maxConnections?: number;
  /**
   * limits/@connectionTimeout of the site, in seconds.
   */
  connectionTimeoutSeconds?: number;
}
/**
 * One IIS site binding.
 */
export interface Binding {
  /**
   * http or https.
   */
  protocol: string;
  /**
   * IP:port:host as IIS stores it, e.g. *:8530:.
   */
  bindingInformation?: string;
  /**
   * IP part of the binding (* for all).
   */
  ipAddress?: string;
  /**
   * Port of the binding.
   */
  port?: number;
  /**
   * Host header of the binding (empty for any).
   */
  hostName?: string;
}
/**
 * One IIS application pool with the settings that matter to WsusPool (knowledge section 3). Absent settings were not read.
 */
export interface AppPool {
  /**
   * Pool name, e.g. WsusPool.
   */
  name: string;
  /**
   * Runtime state of the pool.
   */
  state?: 'Started' | 'Starting' | 'Stopped' | 'Stopping' | 'Unknown';
  /**
   * queueLength (default 1000; Microsoft recommends 2000 for WsusPool).
   */
  queueLength?: number;
  /**
   * recycling/periodicRestart/@privateMemory in KB; 0 = no limit. WSUS setup default 1843200.
   */
  privateMemoryKB?: number;
  /**
   * recycling/periodicRestart/@memory in KB; 0 = no limit.
   */
  virtualMemoryKB?: number;
  /**
   * recycling/periodicRestart/@time in minutes (default 1740); 0 = no periodic recycle.
   */
  periodicRestartMinutes?: number;
  /**
   * recycling/periodicRestart/@requests; 0 = none.
   */
  periodicRestartRequests?: number;
  /**
   * processModel/@idleTimeout in minutes (default 20).
   */
  idleTimeoutMinutes?: number;
  /**
   * processModel/@pingingEnabled.
   */
  pingingEnabled?: boolean;
  /**
   * processModel/@maxProcesses.
   */
  maxProcesses?: number;
  /**
   * failure/@rapidFailProtection.
   */
  rapidFailProtection?: boolean;
  /**
   * failure/@loadBalancerCapabilities ('Service Unavailable' response type).
   */
  loadBalancerCapabilities?: 'HttpLevel' | 'TcpLevel';
  /**
   * managedRuntimeVersion, e.g. v4.0.
   */
  managedRuntimeVersion?: string;
}
/**
 * One WSUS application or virtual directory of the WSUS site (ClientWebService, SimpleAuthWebService, Content, ...).
 */
export interface WsusApplication {
  /**
   * Name without the leading slash, e.g. ClientWebService.
   */
  name: string;
  /**
   * IIS application or plain virtual directory.
   */
  kind: 'application' | 'virtualDirectory';
  /**
   * Physical path (may be a UNC path for Content).
   */
  physicalPath?: string;
  /**
   * Application pool of an application.
   */
  applicationPool?: string;
  /**
   * SSL required (sslFlags contains Ssl).
   */
  requireSsl?: boolean;
  /**
   * Client certificate setting (sslFlags SslNegotiateCert / SslRequireCert).
   */
  clientCertificates?: 'Ignore' | 'Accept' | 'Require';
  /**
   * Anonymous authentication enabled.
   */
  anonymousAuthentication?: boolean;
  /**
   * Windows authentication enabled.
   */
  windowsAuthentication?: boolean;
  /**
   * ASP.NET impersonation enabled (must be off; on gives 500.24).
   */
  aspNetImpersonation?: boolean;
}
/**
 * Windows Update client policy: HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate (native) and its Wow6432Node copy.
 */
export interface ClientPolicy {
  status: SectionStatus;
  message?: SectionMessage;
  windowsUpdate?: PolicyWindowsUpdate;
  au?: PolicyAu;
  wow6432Node?: PolicyKey;
}
/**
 * Values under ...\Policies\Microsoft\Windows\WindowsUpdate (knowledge 6.1). Absent = value not set.
 */
export interface PolicyWindowsUpdate {
  /**
   * Intranet update service URL with port, e.g. http://wsus.contoso.com:8530.
   */
  WUServer?: string;
  /**
   * Intranet statistics server URL; normally equal to WUServer.
   */
  WUStatusServer?: string;
  /**
   * Alternate download server (content only).
   */
  UpdateServiceUrlAlternate?: string;
  /**
   * 1 = download files without URL from the alternate server.
   */
  FillEmptyContentUrls?: number;
  /**
   * 1 = client-side targeting enabled.
   */
  TargetGroupEnabled?: number;
  /**
   * WSUS computer group name(s).
   */
  TargetGroup?: string;
  /**
   * 1 = never contact public Windows Update.
   */
  DoNotConnectToWindowsUpdateInternetLocations?: number;
  /**
   * 1 = do not scan Windows Update when deferral policies are set with WSUS.
   */
  DisableDualScan?: number;
  /**
   * 1 = access to all Windows Update features turned off.
   */
  DisableWindowsUpdateAccess?: number;
  /**
   * 1 = users cannot scan/download/install from Windows Update.
   */
  SetDisableUXWUAccess?: number;
  /**
   * 0 = system (WinHTTP) proxy only for scans (default); 1 = allow user proxy fallback.
   */
  SetProxyBehaviorForUpdateDetection?: number;
  /**
   * 1 = accept non-Microsoft-signed updates from trusted publishers.
   */
  AcceptTrustedPublisherCerts?: number;
  /**
   * 1 = do not enforce TLS certificate pinning for WSUS scans.
   */
  DoNotEnforceEnterpriseTLSCertPinningForUpdateDetection?: number;
  /**
   * 1 = feature updates from WSUS, 0 = from Windows Update.
   */
  SetPolicyDrivenUpdateSourceForFeatureUpdates?: number;
  /**
   * 1 = quality updates from WSUS, 0 = from Windows Update.
   */
  SetPolicyDrivenUpdateSourceForQualityUpdates?: number;
  /**
   * 1 = driver updates from WSUS, 0 = from Windows Update.
   */
  SetPolicyDrivenUpdateSourceForDriverUpdates?: number;
  /**
   * 1 = other updates from WSUS, 0 = from Windows Update.
   */
  SetPolicyDrivenUpdateSourceForOtherUpdates?: number;
  /**
   * 1 = Windows Update for Business policy "Select when Preview Builds and Feature Updates are received" enabled (a deferral policy: with WSUS it makes the client scan Windows Update unless the scan source policy says otherwise).
   */
  DeferFeatureUpdates?: number;
  /**
   * Feature update deferral in days (0-365).
   */
  DeferFeatureUpdatesPeriodInDays?: number;
  /**
   * Start date of a feature update pause (yyyy-MM-dd as the policy writes it).
   */
  PauseFeatureUpdatesStartTime?: string;
  /**
   * 1 = Windows Update for Business policy "Select when Quality Updates are received" enabled (a deferral policy).
   */
  DeferQualityUpdates?: number;
  /**
   * Quality update deferral in days (0-30).
   */
  DeferQualityUpdatesPeriodInDays?: number;
  /**
   * Start date of a quality update pause (yyyy-MM-dd as the policy writes it).
   */
  PauseQualityUpdatesStartTime?: string;
  /**
   * 1 = Windows Update for Business policy "Select the target Feature Update version" enabled (an offering policy).
   */
  TargetReleaseVersion?: number;
  /**
   * Target feature update version, e.g. 23H2.
   */
  TargetReleaseVersionInfo?: string;
  /**
   * Target product of TargetReleaseVersion, e.g. Windows 11.
   */
  ProductVersion?: string;
  /**
   * 1 = Windows 10 1511/1607 policy "Defer Upgrades and Updates" enabled (the deferral policy of those releases).
   */
  DeferUpgrade?: number;
}
/**
 * Values under ...\Policies\Microsoft\Windows\WindowsUpdate\AU (knowledge 6.2). Absent = value not set.
 */
export interface PolicyAu {
  /**
   * 1 = use the WUServer intranet service.
   */
  UseWUServer?: number;
  /**
   * 1 = automatic updates disabled.
   */
  NoAutoUpdate?: number;
  /**
   * 2 notify, 3 auto download, 4 auto download and schedule, 5 local admin chooses, 7 notify install.
   */
  AUOptions?: number;
  /**
   * 0 every day, 1-7 Sunday-Saturday.
   */
  ScheduledInstallDay?: number;
  /**
   * Hour 0-23.
   */
  ScheduledInstallTime?: number;
  /**
   * 1 = DetectionFrequency applies.
   */
  DetectionFrequencyEnabled?: number;
  /**
   * Detection interval in hours (1-22).
   */
  DetectionFrequency?: number;
  /**
   * 1 = honour the per-class update source values.
   */
  UseUpdateClassPolicySource?: number;
  /**
   * Minutes (1-60).
   */
  RescheduleWaitTime?: number;
  /**
   * 1 = no automatic restart with users logged on.
   */
  NoAutoRebootWithLoggedOnUsers?: number;
  /**
   * 1 = install during automatic maintenance.
   */
  AutomaticMaintenanceEnabled?: number;
}
/**
 * One policy location: the WindowsUpdate key and its AU subkey.
 */
export interface PolicyKey {
  windowsUpdate?: PolicyWindowsUpdate;
  au?: PolicyAu;
}
/**
 * Windows Update agent identity and history (HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate).
 */
export interface WindowsUpdateClient {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * SusClientId: the client's WSUS identity (duplicates come from imaging).
   */
  susClientId?: string;
  /**
   * Last successful detection (scan), ISO 8601.
   */
  lastDetectSuccessTime?: string;
  /**
   * Last successful installation, ISO 8601.
   */
  lastInstallSuccessTime?: string;
  /**
   * Windows Update agent (wuaueng.dll) version.
   */
  agentVersion?: string;
}
/**
 * WinHTTP proxy (netsh winhttp show proxy), used by Windows Update scans.
 */
export interface Proxy {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * True when WinHTTP uses direct access (no proxy).
   */
  direct?: boolean;
  /**
   * Proxy server(s) as netsh shows them.
   */
  proxyServer?: string;
  /**
   * Proxy bypass list.
   */
  bypassList?: string;
}
/**
 * Event-log entries that matter to WSUS: WSUS Application events, WAS 5002/5117 on servers; WindowsUpdateClient 20/25/31 on clients.
 */
export interface Events {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * How far back the collector looked, in days.
   */
  maxAgeDays?: number;
  /**
   * Start of the period every query covered completely, ISO 8601 UTC: the age cut-off (collection time minus maxAgeDays), or later when a query returned its maximum number of events (then the oldest event it returned). Events before it may exist but were not looked at. Does not know whether the event log itself was cleared or wrapped later than that.
   */
  coveredFrom?: string;
  /**
   * End of the period the queries covered, ISO 8601 UTC: when they ran (the collection time).
   */
  coveredTo?: string;
  /**
   * Entries, newest last.
   *
   * @maxItems 5000
   */
  items?: EventEntry[];
}
/**
 * One event-log entry.
 */
export interface EventEntry {
  /**
   * Log, e.g. Application, System, Microsoft-Windows-WindowsUpdateClient/Operational.
   */
  logName: string;
  /**
   * Event source, e.g. Windows Server Update Services, Microsoft-Windows-WAS.
   */
  providerName: string;
  /**
   * Event id.
   */
  id: number;
  /**
   * Event level.
   */
  level?: 'Critical' | 'Error' | 'Warning' | 'Information' | 'Verbose';
  /**
   * When the event was logged, ISO 8601.
   */
  timeCreated: string;
  /**
   * Rendered message (may be empty when the provider's message table is missing).
   */
  message?: string;
}
/**
 * Bounded log excerpts.
 */
export interface Logs {
  iisW3c?: LogExcerpt;
  httpErr?: LogExcerpt;
  windowsUpdate?: LogExcerpt;
  softwareDistribution?: LogExcerpt;
  configMgrClient?: ConfigMgrClientLogs;
  configMgrSite?: ConfigMgrSiteLogs;
}
/**
 * A bounded excerpt of one kind of log: the newest lines of the newest files, capped by age and size.
 */
export interface LogExcerpt {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Format of the lines.
   */
  format?: 'w3c' | 'httperr' | 'windowsUpdateLegacy' | 'windowsUpdateEtl' | 'cmtrace' | 'text';
  /**
   * Age cap used by the collector, in days.
   */
  maxAgeDays?: number;
  /**
   * Size cap used by the collector, in bytes.
   */
  maxBytes?: number;
  /**
   * Start of the window the excerpt covers completely, ISO 8601 UTC: the age cut-off (collection time minus maxAgeDays) when everything written since then was kept, else the time of the oldest kept entry (the size cap cut older lines, or the log begins there). Absent when no kept line has a time stamp. A rule that needs an event on a schedule (e.g. a 7-day scan) must see a window at least that long.
   */
  coveredFrom?: string;
  /**
   * Time of the newest kept entry, ISO 8601 UTC (the collector read each file up to its end at collection time, so nothing was written between this and collectedAt). Absent when no kept line has a time stamp. Windows Update log times are local and converted with the collecting machine's time zone.
   */
  coveredTo?: string;
  /**
   * Excerpted files, oldest first.
   *
   * @maxItems 1000
   */
  files?: LogFile[];
}
/**
 * The tail of one log file.
 */
export interface LogFile {
  /**
   * Full path of the log file on the machine.
   */
  path: string;
  /**
   * Last write time of the file.
   */
  lastWriteTime?: string;
  /**
   * File size in bytes.
   */
  sizeBytes?: number;
  /**
   * True when only the newest part of the file was read.
   */
  truncated?: boolean;
  /**
   * Line number in the file of the first excerpt line, when known (absent for a tail read of a large file).
   */
  startLine?: number;
  /**
   * Raw lines, oldest first, including W3C # header lines.
   *
   * @maxItems 200000
   */
  lines: string[];
}
/**
 * ConfigMgr client logs (%windir%\CCM\Logs), CMTrace format.
 */
export interface ConfigMgrClientLogs {
  locationServices?: LogExcerpt;
  wuaHandler?: LogExcerpt;
  scanAgent?: LogExcerpt;
  updatesDeployment?: LogExcerpt;
}
/**
 * ConfigMgr site-server / software update point logs (<ConfigMgr installation directory>\Logs, from HKLM\SOFTWARE\Microsoft\SMS\Tracing\<component> TraceFilename, else SMS\Identification or SMS\Setup 'Installation Directory'), CMTrace full or simple ('message $$<Component><date time+bias><thread=N (0xHEX)>') format. notApplicable on machines that are neither a site server nor a software update point.
 */
export interface ConfigMgrSiteLogs {
  wsyncmgr?: LogExcerpt1;
  wcm?: LogExcerpt2;
  wsusCtrl?: LogExcerpt3;
}
/**
 * A bounded excerpt of one kind of log: the newest lines of the newest files, capped by age and size.
 */
export interface LogExcerpt1 {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Format of the lines.
   */
  format?: 'w3c' | 'httperr' | 'windowsUpdateLegacy' | 'windowsUpdateEtl' | 'cmtrace' | 'text';
  /**
   * Age cap used by the collector, in days.
   */
  maxAgeDays?: number;
  /**
   * Size cap used by the collector, in bytes.
   */
  maxBytes?: number;
  /**
   * Start of the window the excerpt covers completely, ISO 8601 UTC: the age cut-off (collection time minus maxAgeDays) when everything written since then was kept, else the time of the oldest kept entry (the size cap cut older lines, or the log begins there). Absent when no kept line has a time stamp. A rule that needs an event on a schedule (e.g. a 7-day scan) must see a window at least that long.
   */
  coveredFrom?: string;
  /**
   * Time of the newest kept entry, ISO 8601 UTC (the collector read each file up to its end at collection time, so nothing was written between this and collectedAt). Absent when no kept line has a time stamp. Windows Update log times are local and converted with the collecting machine's time zone.
   */
  coveredTo?: string;
  /**
   * Excerpted files, oldest first.
   *
   * @maxItems 1000
   */
  files?: LogFile[];
}
/**
 * A bounded excerpt of one kind of log: the newest lines of the newest files, capped by age and size.
 */
export interface LogExcerpt2 {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Format of the lines.
   */
  format?: 'w3c' | 'httperr' | 'windowsUpdateLegacy' | 'windowsUpdateEtl' | 'cmtrace' | 'text';
  /**
   * Age cap used by the collector, in days.
   */
  maxAgeDays?: number;
  /**
   * Size cap used by the collector, in bytes.
   */
  maxBytes?: number;
  /**
   * Start of the window the excerpt covers completely, ISO 8601 UTC: the age cut-off (collection time minus maxAgeDays) when everything written since then was kept, else the time of the oldest kept entry (the size cap cut older lines, or the log begins there). Absent when no kept line has a time stamp. A rule that needs an event on a schedule (e.g. a 7-day scan) must see a window at least that long.
   */
  coveredFrom?: string;
  /**
   * Time of the newest kept entry, ISO 8601 UTC (the collector read each file up to its end at collection time, so nothing was written between this and collectedAt). Absent when no kept line has a time stamp. Windows Update log times are local and converted with the collecting machine's time zone.
   */
  coveredTo?: string;
  /**
   * Excerpted files, oldest first.
   *
   * @maxItems 1000
   */
  files?: LogFile[];
}
/**
 * A bounded excerpt of one kind of log: the newest lines of the newest files, capped by age and size.
 */
export interface LogExcerpt3 {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Format of the lines.
   */
  format?: 'w3c' | 'httperr' | 'windowsUpdateLegacy' | 'windowsUpdateEtl' | 'cmtrace' | 'text';
  /**
   * Age cap used by the collector, in days.
   */
  maxAgeDays?: number;
  /**
   * Size cap used by the collector, in bytes.
   */
  maxBytes?: number;
  /**
   * Start of the window the excerpt covers completely, ISO 8601 UTC: the age cut-off (collection time minus maxAgeDays) when everything written since then was kept, else the time of the oldest kept entry (the size cap cut older lines, or the log begins there). Absent when no kept line has a time stamp. A rule that needs an event on a schedule (e.g. a 7-day scan) must see a window at least that long.
   */
  coveredFrom?: string;
  /**
   * Time of the newest kept entry, ISO 8601 UTC (the collector read each file up to its end at collection time, so nothing was written between this and collectedAt). Absent when no kept line has a time stamp. Windows Update log times are local and converted with the collecting machine's time zone.
   */
  coveredTo?: string;
  /**
   * Excerpted files, oldest first.
   *
   * @maxItems 1000
   */
  files?: LogFile[];
}
/**
 * SUSDB catalogue size and maintenance state (servers; KB 4490644), read with one read-only SELECT batch with a short command time-out over the Windows Internal Database named pipe or the SQL Server of SqlServerName. The collector never runs maintenance.
 */
export interface Susdb {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Where SUSDB was read: the Windows Internal Database (WID, 2012+), its WSUS 3.0 predecessor (SSEE), or a SQL Server.
   */
  source?: 'WID' | 'SSEE' | 'SQL';
  /**
   * The data source connected to: np:\\.\pipe\MICROSOFT##WID\tsql\query, np:\\.\pipe\MSSQL$MICROSOFT##SSEE\sql\query, or SqlServerName.
   */
  server?: string;
  /**
   * SqlDatabaseName (always SUSDB).
   */
  databaseName?: string;
  /**
   * Command time-out the query ran with.
   */
  queryTimeoutSeconds?: number;
  /**
   * Updates in the catalogue (COUNT of vwMinimalUpdate).
   */
  totalUpdates?: number;
  /**
   * Declined updates (vwMinimalUpdate.Declined = 1).
   */
  declinedUpdates?: number;
  /**
   * Superseded but not declined updates (vwMinimalUpdate IsSuperseded = 1 AND Declined = 0); above 1500 clients and the server suffer (KB 4490644).
   */
  supersededNotDeclinedUpdates?: number;
  /**
   * The two non-clustered indexes the maintenance guide adds, present (true) or not (false).
   */
  customIndexes?: {
    /**
     * Index nclLocalizedPropertyID on tbLocalizedPropertyForRevision(LocalizedPropertyID) exists.
     */
    nclLocalizedPropertyID?: boolean;
    /**
     * Index nclSupercededUpdateID on tbRevisionSupersedesUpdate(SupersededUpdateID) exists.
     */
    nclSupercededUpdateID?: boolean;
  };
  /**
   * Physical path of the SUSDB data file (sys.database_files, type ROWS), as the database server sees it.
   */
  dataFilePath?: string;
  /**
   * Size of the SUSDB data file(s) in MB.
   */
  dataFileSizeMB?: number;
  /**
   * Free space of the volume holding the data file, in MB: measured on this machine for WID/SSEE, as SQL Server reports it (sys.dm_os_volume_stats) for a SQL Server.
   */
  dataVolumeFreeMB?: number;
  /**
   * Free space of that volume in percent of its size.
   */
  dataVolumeFreePercent?: number;
  /**
   * Mount point of that volume as SQL Server reports it (SQL Server only), e.g. E:\.
   */
  dataVolumeRoot?: string;
}
/**
 * Synchronization with the upstream server or Microsoft Update (servers): the last synchronization from the WSUS administration API (GetSubscription().GetLastSynchronizationInfo()), the upstream and proxy settings (GetConfiguration()), and the .NET / SCHANNEL TLS 1.2 registry values that sync needs on 2012, 2012 R2 and 2016.
 */
export interface UpstreamSync {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * True: synchronizes from Microsoft Update; false: from an upstream WSUS server (replica or autonomous downstream).
   */
  syncFromMicrosoftUpdate?: boolean;
  /**
   * Upstream WSUS server name when not syncing from Microsoft Update.
   */
  upstreamServerName?: string;
  /**
   * Upstream WSUS server port.
   */
  upstreamServerPort?: number;
  /**
   * The upstream WSUS server is contacted over SSL.
   */
  upstreamServerUseSsl?: boolean;
  /**
   * This server is a replica of its upstream server.
   */
  isReplicaServer?: boolean;
  /**
   * WSUS uses a proxy server to synchronize.
   */
  useProxy?: boolean;
  /**
   * Sync proxy server name.
   */
  proxyName?: string;
  /**
   * Sync proxy server port.
   */
  proxyPort?: number;
  /**
   * Start of the last synchronization (UTC); absent when the server never synchronized.
   */
  lastSyncStartTime?: string;
  /**
   * End of the last synchronization (UTC).
   */
  lastSyncEndTime?: string;
  /**
   * Result of the last synchronization (SynchronizationResult).
   */
  lastSyncResult?: 'Succeeded' | 'Failed' | 'Canceled' | 'NeverRun' | 'Unknown';
  /**
   * Error and error text of the last synchronization when it did not succeed.
   */
  lastSyncError?: string;
  /**
   * Registry values that let .NET (WsusService, the API) use TLS 1.2 to Microsoft Update; an absent value was not set. Needed on Windows Server 2012, 2012 R2 and 2016.
   */
  tls?: {
    /**
     * HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 SchUseStrongCrypto (1 = strong crypto, TLS 1.2).
     */
    netFx4SchUseStrongCrypto?: number;
    /**
     * HKLM\SOFTWARE\Microsoft\.NETFramework\v4.0.30319 SystemDefaultTlsVersions (1 = use the OS TLS defaults).
     */
    netFx4SystemDefaultTlsVersions?: number;
    /**
     * HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319 SchUseStrongCrypto (32-bit .NET).
     */
    netFx4Wow64SchUseStrongCrypto?: number;
    /**
     * HKLM\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319 SystemDefaultTlsVersions (32-bit .NET).
     */
    netFx4Wow64SystemDefaultTlsVersions?: number;
    /**
     * HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client Enabled (0 disables TLS 1.2 for clients).
     */
    schannelTls12ClientEnabled?: number;
    /**
     * Same key, DisabledByDefault (1 keeps TLS 1.2 off unless an application asks for it).
     */
    schannelTls12ClientDisabledByDefault?: number;
  };
}
/**
 * The WSUS content store (servers): free space of the ContentDir volume, the IIS Content virtual directory's physical path against ContentDir\WsusContent, and the MIME types the WSUS site's staticContent has for the content file types Windows 10/11 download.
 */
export interface ContentStore {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * ContentDir\WsusContent: where the Content virtual directory must point.
   */
  expectedContentPath?: string;
  /**
   * Physical path of the WSUS site's Content virtual directory (environment variables expanded).
   */
  virtualDirectoryPath?: string;
  /**
   * Root of the volume holding ContentDir, e.g. D:\.
   */
  volumeRoot?: string;
  /**
   * Size of that volume in MB.
   */
  volumeTotalMB?: number;
  /**
   * Free space of that volume in MB.
   */
  volumeFreeMB?: number;
  /**
   * Free space in percent of the volume size.
   */
  volumeFreePercent?: number;
  /**
   * MIME type of each checked extension in the WSUS site's effective system.webServer/staticContent; an extension without a mimeMap entry is absent and also listed in missingMimeExtensions.
   */
  mimeTypes?: {
    /**
     * MIME type of .msu (standalone update packages).
     */
    '.msu'?: string;
    /**
     * MIME type of .wim (images).
     */
    '.wim'?: string;
    /**
     * MIME type of .psf (express update payloads).
     */
    '.psf'?: string;
    /**
     * MIME type of .esd (feature updates, UUP content).
     */
    '.esd'?: string;
  };
  /**
   * Checked extensions without a MIME type on the WSUS site (IIS answers 404.3 for them).
   *
   * @maxItems 4
   */
  missingMimeExtensions?:
    | []
    | ['.msu' | '.wim' | '.psf' | '.esd']
    | ['.msu' | '.wim' | '.psf' | '.esd', '.msu' | '.wim' | '.psf' | '.esd']
    | ['.msu' | '.wim' | '.psf' | '.esd', '.msu' | '.wim' | '.psf' | '.esd', '.msu' | '.wim' | '.psf' | '.esd']
    | [
        '.msu' | '.wim' | '.psf' | '.esd',
        '.msu' | '.wim' | '.psf' | '.esd',
        '.msu' | '.wim' | '.psf' | '.esd',
        '.msu' | '.wim' | '.psf' | '.esd'
      ];
  /**
   * The access rules of the content folder (the Content virtual directory's physical path, else ContentDir\WsusContent), read with Get-Acl. IIS reads the files as the anonymous user (IUSR by default) and the WsusPool identity; without read for them downloads fail with 401.3.
   */
  contentAcl?: {
    /**
     * Folder whose ACL was read.
     */
    path: string;
    /**
     * Access rules in ACL order.
     *
     * @maxItems 64
     */
    rules: {
      /**
       * Account or group as Windows names it (localized on non-English systems).
       */
      identity: string;
      /**
       * Its security identifier, e.g. S-1-5-32-545 (BUILTIN\Users).
       */
      sid?: string;
      /**
       * FileSystemRights as text ("ReadAndExecute, Synchronize", "FullControl") or a number for generic rights (-1610612736 = generic read and execute).
       */
      rights: string;
      /**
       * Allow or deny.
       */
      type: 'Allow' | 'Deny';
      /**
       * Inherited from the parent folder.
       */
      inherited?: boolean;
    }[];
  };
}
/**
 * The certificate bound to the WSUS site's https binding (servers with UsingSSL = 1; notApplicable otherwise): read from the HTTP.sys binding (netsh http show sslcert) and Cert:\LocalMachine\My. Chain built without revocation checks (bounded, offline).
 */
export interface SslCertificate {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * Port of the https binding whose certificate was read.
   */
  bindingPort?: number;
  /**
   * Certificate store of the binding, e.g. MY.
   */
  storeName?: string;
  /**
   * SHA-1 thumbprint of the bound certificate (upper-case hex).
   */
  thumbprint?: string;
  /**
   * Subject distinguished name.
   */
  subject?: string;
  /**
   * Issuer distinguished name.
   */
  issuer?: string;
  /**
   * DNS names of the subject alternative name extension.
   *
   * @maxItems 200
   */
  dnsNames?: string[];
  /**
   * Start of validity (UTC).
   */
  notBefore?: string;
  /**
   * End of validity (UTC).
   */
  notAfter?: string;
  /**
   * The certificate in the store has its private key.
   */
  hasPrivateKey?: boolean;
  /**
   * The chain to a trusted root was built (X509Chain.Build without revocation checks).
   */
  chainValid?: boolean;
  /**
   * X509ChainStatus flags of a chain that did not build, e.g. PartialChain, UntrustedRoot, NotTimeValid.
   *
   * @maxItems 50
   */
  chainStatus?: string[];
}
/**
 * Present when `wsus-doctor ingest` built the document from raw files (logs, .reg exports, netsh output, event exports, parts of fact files) instead of the collector: which file fed which facts, which files were ignored and why, and what to ask the customer for next. Sections it could not fill are notCollected.
 */
export interface Ingest {
  /**
   * Folders, zip archives and files given to ingest.
   *
   * @maxItems 200
   */
  inputs: string[];
  /**
   * Role the document was built for.
   */
  role: 'server' | 'client';
  /**
   * option: --role; inferred: from what the bundle holds (server when it has IIS, HTTPERR, SoftwareDistribution.log, ConfigMgr site-server logs or WSUS/WAS events, else client); factFile: from a fact file in the bundle.
   */
  roleSource: 'option' | 'inferred' | 'factFile';
  /**
   * Why that role, in words.
   */
  roleReason?: string;
  /**
   * Files read, with the fact paths they fed.
   *
   * @maxItems 20000
   */
  used: {
    /**
     * File as found: path, or archive.zip!/entry.
     */
    file: string;
    /**
     * What the content showed it to be, e.g. IIS log (Microsoft Internet Information Services 10.0).
     */
    kind: string;
    /**
     * Fact paths it fed, e.g. logs.iisW3c, clientPolicy.au.
     *
     * @maxItems 50
     */
    facts: string[];
    /**
     * Anything the reader should know (values skipped, lines that could not be read, times read as UTC).
     */
    note?: string;
  }[];
  /**
   * Files not used, with why.
   *
   * @maxItems 20000
   */
  ignored: {
    /**
     * File as found.
     */
    file: string;
    /**
     * Why it was not used.
     */
    reason: string;
  }[];
  /**
   * Sources the diagnosis would need that the bundle lacks, with what to ask for.
   *
   * @maxItems 100
   */
  missing: {
    /**
     * Fact path that stays notCollected, e.g. logs.httpErr.
     */
    facts: string;
    /**
     * What to ask for, e.g. no HTTPERR log: send C:\Windows\System32\LogFiles\HTTPERR\*.
     */
    ask: string;
  }[];
  /**
   * Problems not tied to one file (time zones unknown, conflicting sources).
   *
   * @maxItems 200
   */
  warnings?: string[];
}
/**
 * Local state the Windows Update agent depends on (clients; read-only, nothing leaves the machine): free space of the system drive, the SoftwareDistribution folder and its DataStore, a pending component-servicing operation (WinSxS\pending.xml), and the Windows Time service configuration and status (w32tm /query /status, local).
 */
export interface ClientHealth {
  status: SectionStatus;
  message?: SectionMessage;
  /**
   * The volume of %SystemDrive%.
   */
  systemDrive?: {
    /**
     * Root of the system drive, e.g. C:\.
     */
    root?: string;
    /**
     * Size of the volume in MB.
     */
    totalMB?: number;
    /**
     * Free space in MB.
     */
    freeMB?: number;
    /**
     * Free space in percent of the volume size.
     */
    freePercent?: number;
  };
  /**
   * %windir%\SoftwareDistribution: the agent's working folder.
   */
  softwareDistribution?: {
    /**
     * Folder path.
     */
    path?: string;
    /**
     * The folder exists.
     */
    exists?: boolean;
    /**
     * DataStore\DataStore.edb exists (the agent's update database; created at the first scan).
     */
    dataStoreExists?: boolean;
    /**
     * Size of DataStore.edb in MB.
     */
    dataStoreSizeMB?: number;
    /**
     * Last write of DataStore.edb, ISO 8601 UTC.
     */
    dataStoreLastWriteTime?: string;
  };
  /**
   * %windir%\WinSxS\pending.xml: component-servicing operations waiting for a restart.
   */
  pendingXml?: {
    /**
     * The file exists.
     */
    exists?: boolean;
    /**
     * Last write, ISO 8601 UTC.
     */
    lastWriteTime?: string;
  };
  /**
   * HKLM\SOFTWARE\Policies\Microsoft\Windows\DeliveryOptimization\DODownloadMode when set: 0 HTTP only, 1 LAN, 2 group, 3 Internet, 99 simple, 100 bypass (BITS instead of Delivery Optimization). Absent = not set by policy.
   */
  deliveryOptimizationDownloadMode?: number;
  /**
   * Windows Time (W32Time): HKLM\SYSTEM\CurrentControlSet\Services\W32Time\Parameters and w32tm /query /status (reads the local service only; no network).
   */
  timeService?: {
    /**
     * Parameters\Type: NT5DS (domain hierarchy), NTP (NtpServer list), AllSync, NoSync (no synchronisation).
     */
    type?: string;
    /**
     * Parameters\NtpServer.
     */
    ntpServer?: string;
    /**
     * Current time source (w32tm /query /status "Source:"), e.g. dc01.contoso.com, Local CMOS Clock, Free-running System Clock.
     */
    source?: string;
    /**
     * Last successful synchronisation (w32tm "Last Successful Sync Time:"), ISO 8601 UTC; absent when never synchronised or not parsable.
     */
    lastSuccessfulSyncTime?: string;
    /**
     * w32tm /query /status answered (false: the W32Time service is stopped or the output was not understood).
     */
    statusReadable?: boolean;
  };
}

/**
 * Derives `configMgrSite` from the ConfigMgr site-server logs (logs.configMgrSite; knowledge
 * 2.4, 4.5, 7.1): wsyncmgr.log (SMS_WSUS_SYNC_MANAGER, software update synchronization),
 * WCM.log (SMS_WSUS_CONFIGURATION_MANAGER, configures WSUS: subscriptions, upstream, proxy) and
 * WSUSCtrl.log (SMS_WSUS_CONTROL_MANAGER on the software update point: WSUS version and
 * health checks). The logs use the CMTrace full format or the older simple format
 * (`message $$<Component><MM-dd-yyyy HH:mm:ss.fff+bias><thread=N (0xHEX)>`); both are parsed
 * by parsers/cmtrace.ts.
 *
 * For each log: failure and success records, in record order (files oldest first), and the
 * failed attempts (a run of failure records not interrupted by an attempt start or a success). A log's
 * failures persist when no success record follows the newest one, and are recovered when one
 * does (principle 2: a later success shows the component works again).
 *
 * wsyncmgr.log
 * - attempt start: "Starting Sync", "Performing sync on (local request|schedule|retry schedule)",
 *   STATMSG ID=6701;
 * - failure: "Sync failed: <text>. Source: <method>", "Sync failed. Will retry in N minutes",
 *   "Synchronization failed", STATMSG ID=6703 ("WSUS Synchronization Failed"), "The request
 *   failed with HTTP status 503: Service Unavailable", WsusInvalidServerException and "Failed to
 *   connect to (the) WSUS (server)" / "Unable to connect to the remote server";
 * - success: "Sync succeeded", "Sync partially succeeded", "Done synchronizing SMS with WSUS
 *   Server", STATMSG ID=6702 ("WSUS Synchronization done").
 * "Failed to sync update <id>" (one update of a partly successful sync) and "Failed to delete
 * orphaned content folder" are not sync failures. The newest failure text is the newest
 * detailed failure of the newest failed attempt; the generic "Will retry" and STATMSG 6703 lines
 * are used only when the attempt has no other failure record.
 *
 * WCM.log
 * - failure: "Failed to connect to (local|remote|the)? WSUS (server)", "Remote configuration
 *   failed on WSUS Server", "Failed to set Subscriptions" / "Failed to set ... " (proxy, update
 *   source, products, classifications, languages), "Failed to configure", SCHANNEL / "SSL/TLS
 *   secure channel" / "The underlying connection was closed" (TLS), HTTP status 503,
 *   WsusInvalidServerException, "Unable to connect to the remote server";
 * - success: "Successfully connected to (local|remote)? WSUS server", "Successfully connected to
 *   server", "Successfully configured", "Successfully set", "Successfully inserted ... Update
 *   Source", "correctly configured" ("No changes - WSUS Server settings are correctly
 *   configured...").
 *
 * WSUSCtrl.log
 * - failure: "Failed to connect to (local)? WSUS server", "Failed to check for WSUS version",
 *   "WSUS Control Manager failed", "Failed to check database connection", "unhealthy WSUS Server
 *   components" reported as present, plus the TLS / 503 / remote-server texts above;
 * - success: "Successfully connected to (local)? WSUS server", "Successfully checked database
 *   connection", "There are no unhealthy WSUS Server components", "Supported WSUS version found".
 *
 * Not all texts are verified against real logs: the Sync failed / Done synchronizing /
 * Successfully connected / Remote configuration failed lines and STATMSG 6702/6703 are; the
 * others (WCM "Failed to set ...", WSUSCtrl "Failed to check for WSUS version", "WSUS Control
 * Manager failed", "Failed to check database connection") are matched loosely on keywords.
 */
import type { FactDocument, LogExcerpt } from '../facts/fact-types.generated.js';
import { parseCmTraceLog } from '../parsers/cmtrace.js';
import type { DerivedConfigMgrSite, DerivedConfigMgrSiteLog, DerivedWsusSite } from './derived-types.js';
import { deepFreeze, isOk, lineNumber, SampleCollector, WindowTracker } from './evidence.js';

const MAX_TEXT = 600;

interface Patterns {
  failure: RegExp;
  success: RegExp;
  /** Failures that are not failures (checked first). */
  ignore?: RegExp;
  /** Start of an attempt (wsyncmgr). */
  attempt?: RegExp;
  /** A generic failure line, used as the newest text only when the attempt has no detailed one. */
  generic?: RegExp;
}

const CONNECTION_FAILURES = String.raw`HTTP status 503|WsusInvalidServerException|Unable to connect to the remote server|SSL\/TLS secure channel|SCHANNEL|The underlying connection was closed`;

export const SYNC_PATTERNS: Patterns = {
  ignore: /Failed to sync update|Failed to delete orphaned content|Deleting file .*FAILED/i,
  attempt: /^Starting Sync\b|Performing sync on|STATMSG: ID=6701\b/i,
  failure: new RegExp(String.raw`^Sync failed|Synchroni[sz]ation failed|STATMSG: ID=6703\b|Failed to connect to (?:the )?WSUS|${CONNECTION_FAILURES}`, 'i'),
  generic: /^Sync failed\. Will retry|STATMSG: ID=6703\b/i,
  success: /^Sync (?:partially )?succeeded|Done synchronizing SMS with WSUS Server|STATMSG: ID=6702\b/i,
};

export const WCM_PATTERNS: Patterns = {
  failure: new RegExp(
    String.raw`Failed to connect to (?:(?:local|remote|the) )?(?:WSUS|server)|Remote configuration failed on WSUS Server|Failed to set (?:Subscriptions|WSUS|proxy|update source|products|classifications|languages)|Failed to configure|${CONNECTION_FAILURES}`,
    'i',
  ),
  success: /Successfully connected to|Successfully configured|Successfully set|Successfully inserted WSUS|correctly configured/i,
};

export const WSUSCTRL_PATTERNS: Patterns = {
  // "There are no unhealthy WSUS Server components" is a success: successes are tested before failures.
  failure: new RegExp(
    String.raw`Failed to connect to (?:(?:local|remote|the) )?(?:WSUS|server)|Failed to check (?:for WSUS version|database connection)|WSUS Control Manager failed|unhealthy WSUS Server components|${CONNECTION_FAILURES}`,
    'i',
  ),
  success: /Successfully connected to|Successfully checked database connection|There are no unhealthy WSUS Server components|Supported WSUS version found/i,
};

/**
 * The WSUS endpoint a component connects to, as WCM.log, WSUSCtrl.log and wsyncmgr.log write it:
 * "Attempting connection to WSUS server: CM01.contoso.com, port: 8530, useSSL: False" and
 * "Successfully connected to server: CM01.contoso.com, port: 8530, useSSL: False" (texts from
 * public site-server logs; the port and SSL flag are the software update point's properties).
 */
const ENDPOINT = /(Successfully connected to|Attempting connection to|Failed to connect to)[^:]*:\s*([A-Za-z0-9][A-Za-z0-9.-]{0,253}),\s*port:\s*(\d{1,5}),\s*useSSL:\s*(True|False)\b/i;

function clip(text: string): string {
  const t = text.replace(/~/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 3)}...` : t;
}

function empty(): DerivedConfigMgrSiteLog {
  return { available: false, entries: 0, window: {}, failures: { count: 0, samples: [] }, failedAttempts: 0, successes: 0, persisting: false, recovered: false };
}

/** Read one site-server log excerpt with its patterns. */
export function deriveSiteLog(excerpt: LogExcerpt | undefined, patterns: Patterns): DerivedConfigMgrSiteLog {
  if (!isOk(excerpt)) return empty();
  const failures = new SampleCollector();
  const window = new WindowTracker();
  let entries = 0;
  let successes = 0;
  // Position (record number) of the newest failure and success.
  let lastFailurePos = -1;
  let lastSuccessPos = -1;
  let lastFailureAt: string | undefined;
  let lastFailureText: string | undefined;
  let lastFailureGeneric = false;
  let attemptPos = -1;
  let lastAttemptAt: string | undefined;
  let lastSuccessAt: string | undefined;
  let lastSuccessText: string | undefined;
  // Failed attempts: a failure record with no failure since the newest attempt start or success.
  let failedAttempts = 0;
  let failureOpen = false;
  let endpoint: DerivedConfigMgrSiteLog['lastEndpoint'];
  for (const file of excerpt!.files ?? []) {
    for (const entry of parseCmTraceLog(file.lines)) {
      const pos = entries++;
      const at = entry.timestamp ?? entry.localTime;
      window.add(at);
      const message = entry.message.trim();
      const ep = message.includes('port:') ? ENDPOINT.exec(message) : null;
      if (ep) {
        const port = Number(ep[3]);
        if (port >= 1 && port <= 65535) {
          endpoint = { server: ep[2]!, port, useSsl: ep[4]!.toLowerCase() === 'true', connected: ep[1]!.toLowerCase().startsWith('successfully') };
          if (at !== undefined) endpoint.at = at;
        }
      }
      if (patterns.attempt?.test(message)) {
        attemptPos = pos;
        failureOpen = false;
        if (at !== undefined) lastAttemptAt = at;
        continue;
      }
      if (patterns.ignore?.test(message)) continue;
      if (patterns.success.test(message)) {
        successes++;
        failureOpen = false;
        lastSuccessPos = pos;
        lastSuccessAt = at;
        lastSuccessText = clip(message);
        continue;
      }
      if (!patterns.failure.test(message)) continue;
      failures.add(file.path, lineNumber(file, entry.index), at, clip(message));
      if (!failureOpen) failedAttempts++;
      failureOpen = true;
      const generic = patterns.generic?.test(message) ?? false;
      // Keep a detailed failure of the same attempt as the newest text rather than the generic retry line.
      const sameAttempt = lastFailurePos > attemptPos && lastFailurePos > lastSuccessPos;
      if (!(generic && sameAttempt && !lastFailureGeneric)) {
        lastFailureText = clip(message);
        lastFailureAt = at;
        lastFailureGeneric = generic;
      }
      lastFailurePos = pos;
    }
  }
  const out: DerivedConfigMgrSiteLog = {
    available: true,
    entries,
    window: window.result(),
    failures: failures.result(),
    failedAttempts,
    successes,
    persisting: failures.count > 0 && lastSuccessPos < lastFailurePos,
    recovered: failures.count > 0 && lastSuccessPos > lastFailurePos,
  };
  if (lastFailureAt !== undefined) out.lastFailureAt = lastFailureAt;
  if (lastFailureText !== undefined) out.lastFailureText = lastFailureText;
  if (lastSuccessAt !== undefined) out.lastSuccessAt = lastSuccessAt;
  if (lastSuccessText !== undefined) out.lastSuccessText = lastSuccessText;
  if (patterns.attempt && lastAttemptAt !== undefined) out.lastAttemptAt = lastAttemptAt;
  if (endpoint !== undefined) out.lastEndpoint = endpoint;
  if (lastFailurePos >= 0 || lastSuccessPos >= 0) out.lastResult = lastFailurePos > lastSuccessPos ? 'failed' : 'succeeded';
  return out;
}

/** Same machine: names compared without letter case, a short name matching an FQDN's first label. */
function sameHost(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (!x.includes('.') && y.split('.')[0] === x) || (!y.includes('.') && x.split('.')[0] === y);
}

/**
 * The software update point's endpoint (the newest one WCM.log, WSUSCtrl.log or wsyncmgr.log
 * connected to) against the bindings of this machine's WSUS site, when the endpoint is this
 * machine (knowledge 2.5: the SUP port settings must equal the WSUS site bindings).
 */
function deriveSupEndpoint(doc: FactDocument, logs: Array<[string, DerivedConfigMgrSiteLog]>, wsusSite: DerivedWsusSite | undefined): DerivedConfigMgrSite['supEndpoint'] {
  const seen = logs.filter(([, l]) => l.lastEndpoint !== undefined);
  if (seen.length === 0) return undefined;
  const [log, newest] = seen.reduce((a, b) => ((b[1].lastEndpoint!.at ?? '') > (a[1].lastEndpoint!.at ?? '') ? b : a));
  const ep = newest.lastEndpoint!;
  const out: NonNullable<DerivedConfigMgrSite['supEndpoint']> = { ...ep, log };
  const host = doc.host;
  const names = [host?.computerName, host?.fqdn].filter((n): n is string => typeof n === 'string' && n.length > 0);
  if (names.length > 0) out.isThisMachine = names.some((n) => sameHost(n, ep.server));
  if (out.isThisMachine !== true || !wsusSite?.found || doc.iis?.status !== 'ok') return out;
  const site = (doc.iis.sites ?? []).find((s) => s.id === wsusSite.id);
  const protocol = ep.useSsl ? 'https' : 'http';
  const ports = [...new Set((site?.bindings ?? []).filter((b) => b.protocol.toLowerCase() === protocol && typeof b.port === 'number').map((b) => b.port!))].sort((a, b) => a - b);
  out.sitePorts = ports;
  if (site?.bindings !== undefined) out.matchesBinding = ports.includes(ep.port);
  return out;
}

/** The block of every document without any of the three site-server logs: built once, shared, frozen. */
let withoutLogs: DerivedConfigMgrSite | undefined;

export function deriveConfigMgrSite(doc: FactDocument, wsusSite?: DerivedWsusSite): DerivedConfigMgrSite {
  const logs = doc.logs?.configMgrSite;
  // Nothing else of the document counts without a log (no endpoint to compare with the site).
  if (!isOk(logs?.wsyncmgr) && !isOk(logs?.wcm) && !isOk(logs?.wsusCtrl)) return (withoutLogs ??= deepFreeze(fromLogs(doc, wsusSite)));
  return fromLogs(doc, wsusSite);
}

function fromLogs(doc: FactDocument, wsusSite: DerivedWsusSite | undefined): DerivedConfigMgrSite {
  const logs = doc.logs?.configMgrSite;
  const sync = deriveSiteLog(logs?.wsyncmgr, SYNC_PATTERNS);
  const wcm = deriveSiteLog(logs?.wcm, WCM_PATTERNS);
  const wsusCtrl = deriveSiteLog(logs?.wsusCtrl, WSUSCTRL_PATTERNS);
  const configLogs: Array<[string, DerivedConfigMgrSiteLog]> = [['WCM.log', wcm], ['WSUSCtrl.log', wsusCtrl]];
  const withFailures = configLogs.filter(([, l]) => l.failures.count > 0);
  const failing = withFailures.some(([, l]) => l.persisting);
  const out: DerivedConfigMgrSite = {
    available: sync.available || wcm.available || wsusCtrl.available,
    sync,
    wcm,
    wsusCtrl,
    configurationAvailable: wcm.available || wsusCtrl.available,
    configurationFailing: failing,
    configurationRecovered: withFailures.length > 0 && !failing,
  };
  const supEndpoint = deriveSupEndpoint(doc, [['WCM.log', wcm], ['WSUSCtrl.log', wsusCtrl], ['wsyncmgr.log', sync]], wsusSite);
  if (supEndpoint !== undefined) out.supEndpoint = supEndpoint;
  if (withFailures.length > 0) {
    out.configurationFailureCount = wcm.failures.count + wsusCtrl.failures.count;
    const pool = failing ? withFailures.filter(([, l]) => l.persisting) : withFailures;
    // The newest by time when both have one (ISO strings of one shape compare as times), else the first.
    const [name, log] = pool.reduce((a, b) => ((b[1].lastFailureAt ?? '') > (a[1].lastFailureAt ?? '') ? b : a));
    out.configurationLastFailureLog = name;
    if (log.lastFailureAt !== undefined) out.configurationLastFailureAt = log.lastFailureAt;
    if (log.lastFailureText !== undefined) out.configurationLastFailureText = log.lastFailureText;
  }
  return out;
}

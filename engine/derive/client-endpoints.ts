/**
 * Which server a Windows Update client's log line is about (issue "Trust on real machines",
 * principle 1: attribution). A Windows 10/11 client talks to WSUS and, besides it, to
 * Microsoft's service locator (SLS), the Store, Features on Demand and Delivery Optimization;
 * on an isolated network those calls fail while the WSUS scan succeeds. An error code counts
 * against WSUS only when the log ties it to the WSUS connection:
 *
 * - a URL on the same line (`Server URL = <url>`, `WS error: ... endpoint at '<url>'`,
 *   `SendRequestUsingProxy failed for <url>`, `Send request: GET <url>`, a download URL);
 * - a service id on the same line: {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} is the WSUS
 *   ("Windows Server Update Service") service, the others are Microsoft's;
 * - otherwise the newest URL or service id of the same thread of the same process (one call
 *   runs on one thread: `Finding updates` with its `ServiceID = {...} Managed`, the protocol
 *   talker's `Server URL =`, the web-service lines of that call), for at most
 *   {@link CONTEXT_TTL_MS};
 * - lines of the service locator component (SLS) are always about Microsoft's endpoints.
 *
 * Whether a URL host is the WSUS server is decided at the end, once every WSUS URL of the
 * policy and of the log (`WSUS server: <url>`, `Server URL =` of the WSUS service) is known.
 * Leaf module: no imports.
 */

/** Service ids of the Windows Update agent (the WSUS one and Microsoft's). */
export const WSUS_SERVICE_ID = '3DA21691-E39D-4DA6-8A4B-B43877BCB1B7';

/** What a line (or its call) is about. Read-only: the endpoints of service ids and of the service locator are shared. */
export type Endpoint =
  | { readonly kind: 'url'; readonly scheme: 'http' | 'https'; readonly host: string }
  | { readonly kind: 'wsusService' }
  | { readonly kind: 'microsoft'; readonly name: string };

const microsoft = (name: string): Endpoint => Object.freeze({ kind: 'microsoft', name });
const WSUS_SERVICE: Endpoint = Object.freeze({ kind: 'wsusService' });
/** The endpoint of a service id (upper case): the WSUS one and Microsoft's. */
const SERVICE_ENDPOINTS: ReadonlyMap<string, Endpoint> = new Map([
  [WSUS_SERVICE_ID, WSUS_SERVICE],
  ['7971F918-A847-4430-9279-4A52D1EFE18D', microsoft('Microsoft Update')],
  ['9482F4B4-E343-43B6-B170-9A65BC822C77', microsoft('Windows Update')],
  ['855E8A7C-ECB4-4CA3-B045-1DFA50104289', microsoft('Microsoft Store')],
  ['8B24B027-1DEE-BABB-9A95-3517DFB9C552', microsoft('Windows Insider flighting (DCat)')],
]);
/** What every line of the service locator component (SLS) is about when it names nothing else. */
export const SERVICE_LOCATOR: Endpoint = microsoft('Windows Update service locator (SLS)');

/** How long a thread's last endpoint stays its context (one call; scans take seconds to minutes). */
export const CONTEXT_TTL_MS = 10 * 60 * 1000;

const URL = /\b(https?):\/\/(\[[0-9A-Fa-f:.%]+\]|[^/\s'"<>:\]]+)/i;
const GUID = /\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\}?/;

/** The endpoint a line names itself, or undefined. Cheap for lines that name none. */
export function endpointOfLine(component: string, message: string): Endpoint | undefined {
  return endpointOfMessage(message, component === 'SLS');
}

/** {@link endpointOfLine} with the component reduced to what it decides: whether it is the service locator (SLS). */
export function endpointOfMessage(message: string, serviceLocator: boolean): Endpoint | undefined {
  return endpointOfMarkedMessage(message, serviceLocator, message.includes('://'), message.includes('ervice') || message.includes('ERVICE'));
}

/**
 * {@link endpointOfMessage} for a caller that has searched the message already: `hasUrlMark`
 * whether it holds `://`, `hasServiceMark` whether it holds `ervice` or `ERVICE`.
 */
export function endpointOfMarkedMessage(message: string, serviceLocator: boolean, hasUrlMark: boolean, hasServiceMark: boolean): Endpoint | undefined {
  if (hasUrlMark) {
    const m = URL.exec(message);
    if (m) return { kind: 'url', scheme: m[1]!.toLowerCase() as 'http' | 'https', host: normaliseHost(m[2]!) };
  }
  if (hasServiceMark && message.includes('-')) {
    const g = GUID.exec(message);
    if (g) {
      const endpoint = SERVICE_ENDPOINTS.get(g[1]!.toUpperCase());
      if (endpoint !== undefined) return endpoint;
    }
  }
  if (serviceLocator) return SERVICE_LOCATOR;
  return undefined;
}

/** Host in lower case, without brackets, zone or trailing dot. */
export function normaliseHost(host: string): string {
  let h = host.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  const zone = h.indexOf('%');
  if (zone >= 0) h = h.slice(0, zone);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** Microsoft's update, Store and delivery domains (never a WSUS server). */
const MICROSOFT_DOMAINS = /(?:^|\.)(?:microsoft\.com|windowsupdate\.com|windows\.com|live\.com|msft\.net|azureedge\.net|akamaized\.net|microsoftonline\.com)$/;

/** The host belongs to Microsoft's update infrastructure. */
export function isMicrosoftHost(host: string): boolean {
  return MICROSOFT_DOMAINS.test(host);
}

/** The short name of a host (first label), for comparing `wsus01` with `wsus01.contoso.com`. */
function shortName(host: string): string {
  const dot = host.indexOf('.');
  return dot < 0 || /^[\d.]+$/.test(host) ? host : host.slice(0, dot);
}

/**
 * The WSUS hosts of one client: the policy's WUServer/WUStatusServer hosts and the agent's
 * WSUS URLs. A URL host is WSUS when it equals one of them, or when one side is a short name
 * and the other an FQDN with that first label (clients and logs mix the two).
 */
export class WsusHosts {
  private readonly hosts = new Set<string>();
  private readonly shortNames = new Set<string>();
  /** Scheme of the WSUS URLs seen (policy first), to tell whether TLS can be involved. */
  readonly schemes = new Set<'http' | 'https'>();

  addUrl(url: string | undefined): void {
    if (!url) return;
    const m = URL.exec(url);
    if (!m) return;
    const host = normaliseHost(m[2]!);
    this.hosts.add(host);
    this.shortNames.add(shortName(host));
    this.schemes.add(m[1]!.toLowerCase() as 'http' | 'https');
  }

  get size(): number {
    return this.hosts.size;
  }

  /**
   * Whether a URL host is the WSUS server. When no WSUS URL is known (policy not collected, no
   * `WSUS server:` line), any host outside Microsoft's update domains is taken as WSUS: a client
   * talks only to its update server and to Microsoft.
   */
  isWsus(host: string): boolean {
    if (this.hosts.size === 0) return !isMicrosoftHost(host);
    if (this.hosts.has(host)) return true;
    // Short name against FQDN (either way round), never two different FQDNs.
    const short = shortName(host);
    if (short === host) return this.shortNames.has(host);
    return this.hosts.has(short);
  }
}

/**
 * The newest endpoint per thread (process id, then thread id), expiring after
 * {@link CONTEXT_TTL_MS}. Times are the log's wall-clock times in milliseconds (local time of the
 * client, no zone: counted as if UTC, so the zone of the machine running wsus-doctor plays no part).
 */
export class EndpointContext {
  private readonly byProcess = new Map<number, Map<string | number, { endpoint: Endpoint; ms: number }>>();

  /** Note the endpoint a line names itself. `tid`: the thread id as written, or a number that stands for it alone. */
  set(pid: number, tid: string | number, ms: number, endpoint: Endpoint): void {
    let threads = this.byProcess.get(pid);
    if (threads === undefined) this.byProcess.set(pid, (threads = new Map()));
    const ctx = threads.get(tid);
    if (ctx === undefined) {
      threads.set(tid, { endpoint, ms });
    } else {
      ctx.endpoint = endpoint;
      ctx.ms = ms;
    }
  }

  /** The endpoint of the thread's current call, if it named one within the time-to-live. */
  get(pid: number, tid: string | number, ms: number): Endpoint | undefined {
    const ctx = this.byProcess.get(pid)?.get(tid);
    if (ctx === undefined) return undefined;
    return ms - ctx.ms <= CONTEXT_TTL_MS ? ctx.endpoint : undefined;
  }
}

/**
 * Windows Update client error codes as data (knowledge section 5: the HTTP-status mapping
 * of 5.2, the code table of 5.3 and the codes 5.3 lists as retryable or groups by cause;
 * knowledge 8a: codes with a known WSUS cause that are easy to miss), and
 * {@link describeErrorCode}, which explains every failure code, in the table or not: WinHTTP
 * errors wrapped as HRESULTs (0x80072EE0–0x80072F8F, low word 12000–12199) by name, and
 * any other code through {@link decodeHresult} (facility, Windows Update sub-range, Win32,
 * BITS, WS names) with next steps that depend on where the code comes from. No code is
 * left unexplained (principle 7).
 *
 * Symbols and meanings follow wuerror.h / winhttp.h / winerror.h (knowledge S30, S31);
 * causes and fixes are the WSUS-context readings of knowledge 5.3. Codes the knowledge base
 * only lists (retryable list, "missing/corrupt components") carry the header meaning and a
 * generic cause/fix.
 */
import { normaliseErrorCode } from '../parsers/error-codes.js';
import { decodeValue, WINHTTP_ERRORS, type DecodedHresult } from './hresult.js';

/**
 * Families group codes by cause, one family per client error-code rule, so that a rule reads
 * its family (`derived.clientErrors.byFamily.<family>`) and shows only its own codes:
 * - `timeout`: WinHTTP time-outs (0x80072EE2, KB 4025764's "xxxx2ee2") -> client-timeouts-2ee2;
 * - `requestTimeout`: HTTP 408 / web-service time-out 0x8024401C -> client-request-timeout-errors;
 * - `serviceUnavailable`: HTTP 503 0x80244022 (WsusPool not serving) -> client-http-503-errors;
 * - `http`: other HTTP error statuses answered by the WSUS site (400-410, 500, 501, 505, unmapped)
 *   -> client-http-status-errors;
 * - `connect`: no connection, or the connection reset -> client-cannot-connect-errors;
 * - `tls`: TLS handshake and certificate failures -> client-tls-certificate-errors;
 * - `proxy`: proxy and name-resolution failures on the way to the server (407, 502, 504, name
 *   not resolved, bad proxy list, auto-proxy) -> client-proxy-dns-errors;
 * - `soap`: SOAP faults and error pages from the WSUS web service -> client-soap-errors;
 * - `roundTrips`: 0x80244010, more than 200 round trips -> client-max-round-trips-exceeded;
 * - `protocol`: transient SOAP/HTTP protocol errors the client retries (no rule of their own);
 * - `policy`: policy states (WUServer missing, access to Microsoft Update disallowed, GPO conflict);
 * - `content`: content and license-terms (EULA) downloads from the WSUS Content virtual
 *   directory failing: 0x80240033, 0x800710DD (401.3 on content), BITS errors 0x8020xxxx
 *   (0x80200013, Range stripped by a proxy) and BITS HTTP statuses 0x8019xxxx (0x80190193 403,
 *   0x80190194 404); no rule reads it yet;
 * - `selfUpdate`: Windows Update Agent self-update (0x8024D009 and the whole 0x8024Dxxx
 *   setup range, Selfupdate virtual directory, KB 920659); no rule reads it yet;
 * - `other`: everything else (component damage, unknown codes).
 * 0x8024F004 (server too busy to accept an event) is in `serviceUnavailable`.
 * 0x80072EE7 (name not resolved) and 0x80244023 (HTTP 504 gateway time-out) are in `proxy`,
 * with 0x8024402C and 0x80244021: the proxy-and-DNS grouping of KB 3090184 and the rules.
 */
export const ERROR_FAMILIES = [
  'timeout', 'requestTimeout', 'serviceUnavailable', 'http', 'connect', 'tls', 'proxy', 'soap', 'roundTrips', 'protocol', 'policy',
  'content', 'selfUpdate', 'other',
] as const;
export type ErrorFamily = (typeof ERROR_FAMILIES)[number];

/** One row of the code table. */
export interface ErrorCodeInfo {
  /** Symbol from the SDK header, e.g. WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL. */
  symbol: string;
  /** What the code means, in plain words. */
  meaning: string;
  /** Likely cause in a WSUS context. */
  cause: string;
  /** Fix or next check. */
  fix: string;
  family: ErrorFamily;
}

const COMPONENTS = 'Windows Update client component missing, damaged or misregistered (KB 3090184 lists it with missing/corrupt components)';
const COMPONENTS_FIX = 'Repair the Windows Update client: reset the Windows Update components, run SFC/DISM, then scan again';
const RETRY = 'Transient protocol error; ConfigMgr retries it (every 30 min, at least 4 times, then switches SUP)';
const RETRY_FIX = 'Look at WindowsUpdate.log around the failure and the WSUS server (IIS log, SoftwareDistribution.log)';
const HTTP_FIX = 'Correlate with the IIS log of the WSUS site (status and substatus) and any proxy in between';

/** The code table, keyed by normalised code (0x + 8 upper-case hex digits). */
export const WU_ERROR_CODES: Readonly<Record<string, ErrorCodeInfo>> = Object.freeze({
  // --- WinHTTP errors wrapped as HRESULT_FROM_WIN32 (knowledge 5.3) ---
  '0x80072EE2': {
    symbol: 'ERROR_WINHTTP_TIMEOUT', meaning: 'The HTTP request timed out (WinHTTP 12002)',
    cause: 'WsusPool overloaded or recycling (503 storms), a firewall dropping packets, or a proxy',
    fix: 'Check the IIS log and HTTPERR for 503s and their reasons; apply the WsusPool settings and WSUS maintenance; test the WSUS port from the client; take a network trace',
    family: 'timeout',
  },
  '0x80072EE7': {
    symbol: 'ERROR_WINHTTP_NAME_NOT_RESOLVED', meaning: 'The server name could not be resolved (WinHTTP 12007)',
    cause: 'DNS does not resolve the WSUS server (or proxy) name',
    fix: 'Resolve-DnsName <WSUS host> on the client; fix DNS or the proxy name', family: 'proxy',
  },
  '0x80072EFD': {
    symbol: 'ERROR_WINHTTP_CANNOT_CONNECT', meaning: 'A connection to the server could not be established (WinHTTP 12029)',
    cause: 'WSUS port closed or blocked by a firewall, W3SVC or the WSUS site stopped, or the wrong port in the policy URL',
    fix: 'Test-NetConnection <WSUS host> -Port <port>; compare the site bindings with the WUServer URL', family: 'connect',
  },
  '0x80072EFE': {
    symbol: 'ERROR_WINHTTP_CONNECTION_ERROR', meaning: 'The connection was reset or aborted (WinHTTP 12030)',
    cause: 'Firewall/IPS/proxy reset, TLS protocol mismatch, or the server reset the connection',
    fix: 'Network trace; HTTPERR Connection_* reasons; TLS settings on both ends', family: 'connect',
  },
  '0x80072F0C': {
    symbol: 'ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED', meaning: 'The server requires a client certificate (WinHTTP 12044)',
    cause: 'The WSUS site or its SSL applications are set to Accept or Require client certificates',
    fix: 'Set client certificates to Ignore on the WSUS site and applications', family: 'tls',
  },
  '0x80072F8F': {
    symbol: 'ERROR_WINHTTP_SECURE_FAILURE', meaning: 'A TLS/certificate error occurred (WinHTTP 12175)',
    cause: 'Clock skew, an untrusted, expired or revoked certificate, a TLS protocol/cipher mismatch, or a TLS-inspecting proxy',
    fix: 'Check time sync, the certificate chain and CRL reachability, and the SCHANNEL settings', family: 'tls',
  },
  '0x80072F05': {
    symbol: 'ERROR_WINHTTP_SECURE_CERT_DATE_INVALID', meaning: 'The server certificate has expired or is not yet valid (WinHTTP 12037)',
    cause: 'WSUS SSL certificate dates (or the client clock)', fix: 'Renew and rebind the WSUS certificate; check the client time', family: 'tls',
  },
  '0x80072F06': {
    symbol: 'ERROR_WINHTTP_SECURE_CERT_CN_INVALID', meaning: 'The certificate name does not match the server name (WinHTTP 12038)',
    cause: 'The WUServer host name is not on the WSUS SSL certificate',
    fix: 'The certificate must contain the short name, the FQDN and any alias clients use', family: 'tls',
  },
  '0x80072F0D': {
    symbol: 'ERROR_WINHTTP_SECURE_INVALID_CA', meaning: 'The certificate was issued by an untrusted authority (WinHTTP 12045)',
    cause: 'The client does not trust the CA of the WSUS certificate',
    fix: 'Deploy the issuing root/intermediate CA to the Local Computer store (e.g. by GPO)', family: 'tls',
  },
  '0x80072F19': {
    symbol: 'ERROR_WINHTTP_SECURE_CERT_REV_FAILED', meaning: 'The certificate revocation check failed (WinHTTP 12057)',
    cause: 'The client cannot reach the CRL/OCSP location of the WSUS certificate',
    fix: 'Make the CRL distribution point reachable from clients', family: 'tls',
  },
  // --- certificates (winerror.h) ---
  '0x800B0109': {
    symbol: 'CERT_E_UNTRUSTEDROOT', meaning: 'The certificate chain ends in an untrusted root',
    cause: 'The client does not trust the CA of the WSUS SSL certificate', fix: 'Deploy the root CA via GPO', family: 'tls',
  },
  '0x800B0101': {
    symbol: 'CERT_E_EXPIRED', meaning: 'A certificate has expired',
    cause: 'The WSUS SSL certificate has expired', fix: 'Renew the certificate and rebind it to the WSUS site', family: 'tls',
  },
  '0x800B0100': {
    symbol: 'TRUST_E_NOSIGNATURE', meaning: 'No signature was present in the subject', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  // --- HTTP status family 0x80244016-0x80244024 (knowledge 5.2) ---
  '0x80244016': {
    symbol: 'WU_E_PT_HTTP_STATUS_BAD_REQUEST', meaning: 'HTTP 400: the server could not process the request',
    cause: 'Malformed request, or a proxy/filter altering it', fix: HTTP_FIX, family: 'http',
  },
  '0x80244017': {
    symbol: 'WU_E_PT_HTTP_STATUS_DENIED', meaning: 'HTTP 401: the resource requires authentication',
    cause: 'Proxy or site authentication; anonymous access removed from the WSUS client applications',
    fix: 'Re-enable anonymous authentication on the client web services; check the proxy', family: 'http',
  },
  '0x80244018': {
    symbol: 'WU_E_PT_HTTP_STATUS_FORBIDDEN', meaning: 'HTTP 403: the server refused the request',
    cause: 'SSL required but HTTP used (403.4), client certificate required (403.7), IIS configuration, or a proxy block',
    fix: 'Read the IIS substatus; check the SSL settings of the WSUS applications', family: 'http',
  },
  '0x80244019': {
    symbol: 'WU_E_PT_HTTP_STATUS_NOT_FOUND', meaning: 'HTTP 404: the requested URL was not found',
    cause: 'Missing WSUS virtual directory, wrong port/site, or a wrong Content path',
    fix: 'Compare the WSUS applications/virtual directories with the expected list; check the Content physical path', family: 'http',
  },
  '0x8024401A': {
    symbol: 'WU_E_PT_HTTP_STATUS_BAD_METHOD', meaning: 'HTTP 405: the HTTP method is not allowed',
    cause: 'IIS request filtering or a proxy blocking the verb', fix: HTTP_FIX, family: 'http',
  },
  '0x8024401B': {
    symbol: 'WU_E_PT_HTTP_STATUS_PROXY_AUTH_REQ', meaning: 'HTTP 407: proxy authentication is required',
    cause: 'The WinHTTP proxy requires authentication', fix: 'Bypass the proxy for the WSUS server, or fix the proxy configuration', family: 'proxy',
  },
  '0x8024401C': {
    symbol: 'WU_E_PT_HTTP_STATUS_REQUEST_TIMEOUT', meaning: 'HTTP 408 or a client-side web-service timeout',
    cause: 'WSUS too slow to answer (metadata, superseded updates, database), or client timeouts',
    fix: 'WSUS maintenance (decline superseded updates, reindex SUSDB), WsusPool settings, current OS updates on the WSUS server', family: 'requestTimeout',
  },
  '0x8024401D': {
    symbol: 'WU_E_PT_HTTP_STATUS_CONFLICT', meaning: 'HTTP 409: conflict with the current state of the resource',
    cause: 'Server-side state conflict', fix: HTTP_FIX, family: 'http',
  },
  '0x8024401E': {
    symbol: 'WU_E_PT_HTTP_STATUS_GONE', meaning: 'HTTP 410: the resource is no longer available',
    cause: 'Content removed from the server', fix: HTTP_FIX, family: 'http',
  },
  '0x8024401F': {
    symbol: 'WU_E_PT_HTTP_STATUS_SERVER_ERROR', meaning: 'HTTP 500: internal server error',
    cause: 'IIS/ASP.NET configuration (e.g. 500.24 with ASP.NET impersonation on) or an application exception',
    fix: 'Read the IIS substatus; check SoftwareDistribution.log on the WSUS server', family: 'http',
  },
  '0x80244020': {
    symbol: 'WU_E_PT_HTTP_STATUS_NOT_SUPPORTED', meaning: 'HTTP 501: the server does not support the functionality required',
    cause: 'Server or proxy does not support the request', fix: HTTP_FIX, family: 'http',
  },
  '0x80244021': {
    symbol: 'WU_E_PT_HTTP_STATUS_BAD_GATEWAY', meaning: 'HTTP 502: bad gateway',
    cause: 'A proxy between the client and WSUS', fix: 'Check the proxy configuration; bypass it for the WSUS server', family: 'proxy',
  },
  '0x80244022': {
    symbol: 'WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL', meaning: 'HTTP 503: the service is temporarily overloaded',
    cause: 'WsusPool stopped, recycling on its private memory limit, QueueFull, or disabled by rapid-fail protection',
    fix: 'Start WsusPool; raise its private memory limit (4-8 GB or more, or 0) and queue length; read HTTPERR reasons', family: 'serviceUnavailable',
  },
  '0x80244023': {
    symbol: 'WU_E_PT_HTTP_STATUS_GATEWAY_TIMEOUT', meaning: 'HTTP 504: timed out waiting for a gateway',
    cause: 'A proxy or load balancer timed out', fix: 'Check the proxy/load balancer timeouts and the WSUS server response time', family: 'proxy',
  },
  '0x80244024': {
    symbol: 'WU_E_PT_HTTP_STATUS_VERSION_NOT_SUP', meaning: 'HTTP 505: HTTP version not supported',
    cause: 'Server or proxy rejects the HTTP version', fix: HTTP_FIX, family: 'http',
  },
  '0x8024402B': {
    symbol: 'WU_E_PT_HTTP_STATUS_NOT_MAPPED', meaning: 'The HTTP request failed with a status that has no WU_E_PT_HTTP_* code',
    cause: 'Unusual HTTP status from the server or a proxy', fix: HTTP_FIX, family: 'http',
  },
  // --- protocol talker / SOAP ---
  '0x80244004': {
    symbol: 'WU_E_PT_SOAPCLIENT_CONNECT', meaning: 'The SOAP client failed to connect to the server', cause: RETRY, fix: 'Test the WSUS port and name resolution from the client', family: 'connect',
  },
  '0x80244005': {
    symbol: 'WU_E_PT_SOAPCLIENT_SEND', meaning: 'The SOAP client failed to send a message (WinHTTP error)', cause: RETRY, fix: RETRY_FIX, family: 'connect',
  },
  '0x80244006': {
    symbol: 'WU_E_PT_SOAPCLIENT_SERVER', meaning: 'The SOAP client failed because there was a server error', cause: RETRY, fix: RETRY_FIX, family: 'protocol',
  },
  '0x80244007': {
    symbol: 'WU_E_PT_SOAPCLIENT_SOAPFAULT', meaning: 'The server answered with a SOAP fault',
    cause: 'InvalidParameters / InstalledNonLeafUpdateIDs (more than 400 installed prerequisites), or cookie renewal (KB2883975)',
    fix: 'Raise maxInstalledPrerequisites from 400 to 800 in the ClientWebService web.config and run IISReset; apply KB2883975 where relevant', family: 'soap',
  },
  '0x80244008': {
    symbol: 'WU_E_PT_SOAPCLIENT_PARSEFAULT', meaning: 'The SOAP client could not parse a SOAP fault',
    cause: 'The server returned an error page instead of SOAP (e.g. the reporting events table over 1 million rows)',
    fix: 'See KB 909131; check SoftwareDistribution.log and SUSDB health', family: 'soap',
  },
  '0x80244009': {
    symbol: 'WU_E_PT_SOAPCLIENT_READ', meaning: 'The SOAP client failed while reading the response', cause: RETRY, fix: RETRY_FIX, family: 'protocol',
  },
  '0x8024400A': {
    symbol: 'WU_E_PT_SOAPCLIENT_PARSE', meaning: 'The SOAP client failed to parse the response', cause: RETRY, fix: RETRY_FIX, family: 'protocol',
  },
  '0x8024400B': {
    symbol: 'WU_E_PT_SOAP_VERSION', meaning: 'Unrecognised SOAP envelope namespace', cause: RETRY, fix: RETRY_FIX, family: 'protocol',
  },
  '0x8024400C': {
    symbol: 'WU_E_PT_SOAP_MUST_UNDERSTAND', meaning: 'The SOAP client could not understand a header', cause: RETRY, fix: RETRY_FIX, family: 'protocol',
  },
  '0x8024400D': {
    symbol: 'WU_E_PT_SOAP_CLIENT', meaning: 'SOAP_E_CLIENT: the server found the message malformed',
    cause: 'The client request was rejected by server logic', fix: 'Read SoftwareDistribution.log on the WSUS server', family: 'soap',
  },
  '0x8024400E': {
    symbol: 'WU_E_PT_SOAP_SERVER', meaning: 'SOAP_E_SERVER: the server failed to process the message; retry later',
    cause: 'Server-side exception (e.g. ErrorCode InternalServerError, KB 954960) or database problems',
    fix: 'Read SoftwareDistribution.log; check SUSDB health', family: 'soap',
  },
  '0x80244010': {
    symbol: 'WU_E_PT_EXCEEDED_MAX_SERVER_TRIPS', meaning: 'The number of round trips to the server exceeded the maximum (200)',
    cause: 'New or reset clients against a large catalog (about 200 KB of metadata per trip)',
    fix: 'Scan again (progress is kept); decline superseded and unneeded updates', family: 'roundTrips',
  },
  '0x80244011': {
    symbol: 'WU_E_PT_SUS_SERVER_NOT_SET', meaning: 'The WUServer policy value is missing',
    cause: 'UseWUServer=1 without WUServer', fix: 'Set "Specify intranet Microsoft update service location" with both URLs', family: 'policy',
  },
  '0x80244015': {
    symbol: 'WU_E_PT_REFRESH_CACHE_REQUIRED', meaning: 'The server changed or the cookie is invalid; the client must refresh its cache',
    cause: 'WSUS changed (reinstall, new database)', fix: 'Usually self-healing; if it persists, reset the client (SoftwareDistribution, SusClientId)', family: 'protocol',
  },
  '0x80244026': {
    symbol: 'WU_E_PT_REGISTRATION_NOT_SUPPORTED', meaning: 'Registration with a non-WSUS server is not supported', cause: RETRY, fix: 'Check that WUServer points at a WSUS server', family: 'protocol',
  },
  '0x80244027': {
    symbol: 'WU_E_PT_NO_AUTH_PLUGINS_REQUESTED', meaning: 'The server returned an empty authentication information list', cause: RETRY, fix: RETRY_FIX, family: 'protocol',
  },
  '0x8024402C': {
    symbol: 'WU_E_PT_WINHTTP_NAME_NOT_RESOLVED', meaning: 'The proxy server or target server name cannot be resolved',
    cause: 'DNS, or a bad WinHTTP proxy setting', fix: 'netsh winhttp show proxy; check DNS for the WSUS name', family: 'proxy',
  },
  '0x8024402F': {
    symbol: 'WU_E_PT_ECP_SUCCEEDED_WITH_ERRORS', meaning: 'External cab file processing completed with some errors',
    cause: 'A web filter or proxy altering .cab downloads', fix: 'Exempt WSUS/Windows Update traffic from filtering', family: 'proxy',
  },
  '0x80240438': {
    symbol: 'WU_E_PT_ENDPOINT_UNREACHABLE', meaning: 'There is no route or network connectivity to the endpoint',
    cause: 'WSUS site or pool down, routing, or proxy', fix: 'Check the WSUS site and WsusPool state, the network path and the proxy', family: 'connect',
  },
  '0x80240030': {
    symbol: 'WU_E_INVALID_PROXY_SERVER', meaning: 'The format of the proxy list was invalid',
    cause: 'Malformed WinHTTP/user proxy setting', fix: 'netsh winhttp show proxy; correct or reset the proxy list', family: 'proxy',
  },
  // --- agent / policy ---
  '0x80240033': {
    symbol: 'WU_E_EULA_UNAVAILABLE', meaning: 'The license terms (EULA) of one or more updates could not be downloaded',
    cause: 'The client cannot fetch the license-terms files from the WSUS Content virtual directory: content shared between WSUS servers (shared SUSDB) without the permissions, NTFS/share ACLs on WsusContent, or a Content virtual directory pointing at the wrong path. ConfigMgr WUAHandler logs the same as "Received \'SucceededWithErrors\'".',
    fix: 'Check the IIS log for /Content requests (401.3 = ACLs, 404 = path); point the Content virtual directory at the WsusContent folder; on shared content give the WSUS servers\' computer accounts access to the share; then WsusUtil reset to re-download missing files',
    family: 'content',
  },
  '0x8024002E': {
    symbol: 'WU_E_WU_DISABLED', meaning: 'Access to an unmanaged server is not allowed',
    cause: 'A client under WSUS policy tries to reach Microsoft Update (online check, Features on Demand, Store) while policy forbids it',
    fix: 'Expected by design; review DoNotConnectToWindowsUpdateInternetLocations / DisableWindowsUpdateAccess', family: 'policy',
  },
  '0x8024500C': {
    symbol: 'WU_E_REDIRECTOR_CONNECT_POLICY', meaning: 'Connections to the redirector server are disallowed by managed policy',
    cause: 'A WSUS-managed client is blocked from Microsoft Update, e.g. installing Features on Demand',
    fix: 'Expected under that policy; use a Features on Demand source or allow Microsoft Update', family: 'policy',
  },
  '0x8024001A': {
    symbol: 'WU_E_POLICY_NOT_SET', meaning: 'A policy value was not set', cause: RETRY, fix: 'Check the Windows Update policy values (gpresult)', family: 'policy',
  },
  '0x8024001E': {
    symbol: 'WU_E_SERVICE_STOP', meaning: 'The operation did not complete because the service or system was shutting down', cause: RETRY, fix: 'Scan again once the system is up', family: 'other',
  },
  '0x8024001F': {
    symbol: 'WU_E_NO_CONNECTION', meaning: 'The network connection was unavailable', cause: 'No network connection', fix: 'Check the network', family: 'connect',
  },
  '0x8024F004': {
    symbol: 'WU_E_SERVER_BUSY', meaning: 'The server rejected an event because it was too busy',
    cause: 'The WSUS server is too loaded to accept status reports (reporting web service, WsusPool, SUSDB)',
    fix: 'Check WsusPool (recycles, 503s in HTTPERR), the ReportingWebService application and SUSDB health; WSUS maintenance reduces load; the client reports again later',
    family: 'serviceUnavailable',
  },
  // --- Windows Update Agent self-update (knowledge 8a) ---
  '0x8024D009': {
    symbol: 'WU_E_SETUP_SKIP_UPDATE', meaning: 'An update to the Windows Update Agent was skipped because of a directive in wuident.cab',
    cause: 'The WSUS server is not offering the agent self-update: the Selfupdate virtual directory is missing or misconfigured, or not on the port clients use (KB 920659)',
    fix: 'Check the Selfupdate virtual directory of the WSUS site (anonymous access, path, also on port 80 when WSUS uses 8530) and that http://<server>:<port>/selfupdate/wuident.cab downloads; see KB 920659',
    family: 'selfUpdate',
  },
  '0x80245003': {
    symbol: 'WU_E_REDIRECTOR_ID_SMALLER', meaning: 'The redirectorId in the downloaded redirector cab is less than in the cached cab', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  '0x80246008': {
    symbol: 'WU_E_DM_FAILTOCONNECTTOBITS', meaning: 'The download manager could not connect to BITS', cause: COMPONENTS, fix: 'Check the BITS service (running, LocalSystem); ' + COMPONENTS_FIX, family: 'other',
  },
  '0x80248011': {
    symbol: 'WU_E_DS_UNABLETOSTART', meaning: 'Could not create a data store object in another process', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  // --- Win32 / COM / script errors listed in knowledge 5.3 ---
  '0x800710DD': {
    symbol: 'ERROR_INVALID_OPERATION', meaning: 'Win32 error 4317 (HRESULT_FROM_WIN32): the operation identifier is not valid; logged when content downloads are refused with 401.3',
    cause: 'NTFS or share permissions on the WSUS content folder (often shared content) refuse the content download (IIS 401.3 on /Content)',
    fix: 'Grant the WSUS computer accounts (and the IIS identity) Full Control on the WsusContent folder and share; check the IIS log for 401.3 on /Content',
    family: 'content',
  },
  '0x80070514': {
    symbol: 'HRESULT_FROM_WIN32(1300)', meaning: 'ERROR_NOT_ALL_ASSIGNED: not all privileges or groups referenced are assigned to the caller', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  '0x80070424': {
    symbol: 'HRESULT_FROM_WIN32(1060)', meaning: 'ERROR_SERVICE_DOES_NOT_EXIST: the service is not installed', cause: COMPONENTS, fix: 'Check that wuauserv and BITS exist; ' + COMPONENTS_FIX, family: 'other',
  },
  '0x80004015': {
    symbol: 'CO_E_WRONG_SERVER_IDENTITY', meaning: 'The COM class is configured to run under a different identity', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  '0x800A0046': {
    symbol: 'CTL_E_PERMISSIONDENIED', meaning: 'Script runtime error 70: permission denied', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  '0x800A01AD': {
    symbol: 'CTL_E_CANTCREATEOBJECT', meaning: 'Script runtime error 429: ActiveX component cannot create object', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  '0x80200013': {
    symbol: 'BG_E_INSUFFICIENT_RANGE_SUPPORT', meaning: 'BITS: the server does not support the HTTP Range header',
    cause: 'A proxy, web filter or load balancer between the client and WSUS strips or ignores the Range header on content downloads; BITS downloads in ranges and fails (KB 3090184 also lists it with missing/corrupt components)',
    fix: 'Exempt WSUS content downloads from the proxy/filter (or allow Range requests on it); test a /Content download with a Range header; if no proxy is involved check the BITS service and reset the Windows Update components',
    family: 'content',
  },
  '0x80190193': {
    symbol: 'BG_E_HTTP_ERROR_403', meaning: 'BITS: a content download was answered with HTTP 403 (forbidden)',
    cause: 'The WSUS Content virtual directory (or a proxy) refuses the download: SSL required on /Content, IP restrictions, request filtering, or a proxy block',
    fix: 'Read the IIS log substatus for /Content requests; check the SSL and authentication settings of the Content virtual directory and any proxy', family: 'content',
  },
  '0x80190194': {
    symbol: 'BG_E_HTTP_ERROR_404', meaning: 'BITS: a content download was answered with HTTP 404 (not found)',
    cause: 'The file is missing from WsusContent (content not yet downloaded or deleted), the Content virtual directory points at the wrong folder, or a MIME type is missing (404.3 for .msu/.esd/.wim/.psf)',
    fix: 'Read the IIS log substatus for /Content; check the Content physical path and MIME types; WsusUtil reset re-downloads missing files', family: 'content',
  },
  '0x803D0013': {
    symbol: 'WS_E_ENDPOINT_FAULT_RECEIVED', meaning: 'Windows Web Services: the remote endpoint answered with a fault message',
    cause: 'A web service answered the Windows Update client (Windows 10 and later use WWSAPI) with a fault; on WSUS usually the client web service rejecting a request (see the SOAP fault lines next to it); it may also be a Microsoft endpoint, which is not WSUS (knowledge 8a)',
    fix: 'Read the "WS error"/"Nws Failure" lines for the endpoint URL and the fault text; when the endpoint is the WSUS URL read SoftwareDistribution.log on the WSUS server', family: 'other',
  },
  '0x8DDD0018': {
    symbol: '0x8DDD0018', meaning: 'Windows Update component error (symbol not established; 0xDDD is not a winerror.h facility)', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
  },
  '0x80040693': {
    symbol: '0x80040693', meaning: 'Listed by ConfigMgr as retryable; meaning not established', cause: RETRY, fix: RETRY_FIX, family: 'other',
  },
  // --- ConfigMgr ---
  '0x87D00692': {
    symbol: '0x87D00692 (ConfigMgr)', meaning: 'ConfigMgr scan job error at AddUpdateSource',
    cause: 'A Group Policy WSUS setting conflicts with the ConfigMgr-managed policy', fix: 'Align the GPO with the software update point, or remove it', family: 'policy',
  },
});

/**
 * Family of each WinHTTP error (names and meanings: WINHTTP_ERRORS in hresult.ts), for
 * 0x8007xxxx codes whose low word is a WinHTTP error and that are not in the table.
 */
const WINHTTP_FAMILY: ReadonlyMap<number, ErrorFamily> = new Map<number, ErrorFamily>([
  [12002, 'timeout'],
  [12005, 'policy'], [12006, 'policy'],
  [12007, 'proxy'], [12015, 'proxy'], [12166, 'proxy'], [12167, 'proxy'], [12178, 'proxy'], [12180, 'proxy'],
  [12029, 'connect'], [12030, 'connect'],
  [12037, 'tls'], [12038, 'tls'], [12044, 'tls'], [12045, 'tls'], [12057, 'tls'], [12157, 'tls'], [12169, 'tls'],
  [12170, 'tls'], [12175, 'tls'], [12179, 'tls'], [12185, 'tls'], [12186, 'tls'],
  [12150, 'protocol'], [12152, 'protocol'], [12153, 'protocol'], [12156, 'protocol'], [12181, 'protocol'],
  [12182, 'protocol'], [12184, 'protocol'],
]);

/** HTTP status behind each WU_E_PT_HTTP_STATUS_* code (knowledge 5.2). */
const HTTP_STATUS_OF: ReadonlyMap<number, number> = new Map([
  [0x80244016, 400], [0x80244017, 401], [0x80244018, 403], [0x80244019, 404], [0x8024401a, 405],
  [0x8024401b, 407], [0x8024401c, 408], [0x8024401d, 409], [0x8024401e, 410], [0x8024401f, 500],
  [0x80244020, 501], [0x80244021, 502], [0x80244022, 503], [0x80244023, 504], [0x80244024, 505],
]);

/** Where a description comes from: the table, else the decoder (hresult.ts) source. */
export type ErrorCodeSource = 'table' | DecodedHresult['source'];

/** What {@link describeErrorCode} knows about a code. */
export interface ErrorCodeDescription {
  /** Normalised code, 0x + 8 upper-case hex digits. */
  code: string;
  /** Unsigned decimal value, as ConfigMgr prints it. */
  decimal: number;
  /** True when this tool has specific advice (table or a named WinHTTP error); false for decoded-only codes. */
  known: boolean;
  /** Where the description comes from. */
  source: ErrorCodeSource;
  symbol?: string;
  /** Always set: from the table, else from the decoder. */
  meaning: string;
  /** Always set: WSUS-context cause from the table, else the generic reading of the code's range. */
  cause: string;
  /** Always set: fix from the table, else next steps that depend on the code's range. */
  fix: string;
  family: ErrorFamily;
  /** For the WU_E_PT_HTTP_STATUS_* family: the HTTP status. */
  httpStatus?: number;
  /** For 0x8007xxxx codes: the Win32 (or WinHTTP) error number in the low word. */
  win32Code?: number;
  /** The code taken apart (facility, Windows Update component, names). */
  decoded: DecodedHresult;
  /** One line for people: code, symbol and meaning, and for decoded-only codes where it comes from. */
  description: string;
}

/** Generic cause and next steps for a code that is not in the table, by where it comes from. */
function adviceFor(d: DecodedHresult): { cause: string; fix: string } {
  const v = d.value;
  if (d.facility === 36 && d.component !== undefined) {
    if ((v >= 0x80244000 && v <= 0x80244fff) || (v >= 0x80240400 && v <= 0x802404ff)) {
      return {
        cause: 'A communication error between the Windows Update client and its update server (protocol talker)',
        fix: 'Read the WindowsUpdate.log lines around it for the server URL and the WinHTTP/WS error; check the WSUS site (IIS log, HTTPERR), the network path and any proxy',
      };
    }
    if ((v >= 0x80245000 && v <= 0x80245fff) || (v >= 0x8024b200 && v <= 0x8024b2ff)) {
      return {
        cause: 'The redirector / service locator of the Windows Update client, which talks to Microsoft endpoints rather than WSUS',
        fix: 'Usually not a WSUS failure (knowledge 8a); check whether the client is trying to reach Microsoft Update and what the Windows Update policy allows',
      };
    }
    if (v >= 0x80246000 && v <= 0x80246fff) {
      return {
        cause: 'The download manager failed to download update files (BITS or Delivery Optimization)',
        fix: 'Check the BITS service, the WSUS Content virtual directory (IIS log for /Content requests) and any proxy or web filter on the download path',
      };
    }
    if (v >= 0x8024d000 && v <= 0x8024dfff) {
      return {
        cause: 'The Windows Update Agent self-update (setup) failed or was skipped',
        fix: 'Check the Selfupdate virtual directory of the WSUS site and that /selfupdate/wuident.cab downloads (KB 920659)',
      };
    }
    if (v >= 0x8024f000 && v <= 0x8024ffff) {
      return {
        cause: 'Reporting events to the update server failed',
        fix: 'Check the ReportingWebService application and the WSUS server load; reporting errors do not stop scans',
      };
    }
    return {
      cause: `An internal error of the Windows Update agent (${d.component})`,
      fix: COMPONENTS_FIX,
    };
  }
  if (d.facility === 7 && d.win32 !== undefined) {
    const name = d.symbol ?? `Win32 error ${d.win32}`;
    return {
      cause: `A Win32 error (${name}) returned to the Windows Update client by the operation it was doing (file, service, network)`,
      fix: WIN32_FIX.get(d.win32) ?? 'Read the log lines around the code for the operation that failed; if it repeats, reset the Windows Update components',
    };
  }
  if (d.facility === 32 || d.facility === 25) {
    return {
      cause: 'A BITS download of update content failed',
      fix: 'Check the BITS service, the WSUS Content virtual directory (IIS log status for /Content) and any proxy or web filter on the download path (BITS needs HTTP Range requests)',
    };
  }
  if (d.facility === 61) {
    return {
      cause: 'The web-service transport (Windows Web Services) between the Windows Update client and a server failed',
      fix: 'Read the "WS error"/"Nws Failure" lines for the endpoint URL: for the WSUS URL check the WSUS site, the network path and the proxy; a Microsoft endpoint is not a WSUS failure (knowledge 8a)',
    };
  }
  if (d.facility === 0x7d0 && !d.customer) {
    return {
      cause: 'A Configuration Manager client error',
      fix: 'Read the ConfigMgr client logs around the time of the code (WUAHandler.log, ScanAgent.log, UpdatesDeployment.log, LocationServices.log)',
    };
  }
  if (d.facility === 11) {
    return { cause: 'A certificate or trust failure', fix: 'Check the certificate chain (WSUS SSL certificate or signed file), the trusted roots and CRL reachability' };
  }
  if (d.facility === 208) {
    return { cause: 'A Delivery Optimization download failure', fix: 'Check the Delivery Optimization service and its policy (download mode), and the WSUS Content download path' };
  }
  if (d.facility === 15) {
    return { cause: 'A servicing (CBS / SetupAPI) error while installing an update', fix: 'Read CBS.log; repair the component store (DISM /Online /Cleanup-Image /RestoreHealth)' };
  }
  return {
    cause: `A failure code from ${d.facilityLabel} that this tool has no specific advice for`,
    fix: 'Read the log lines around the code for the operation that failed; look the code up in Microsoft\'s documentation',
  };
}

/** Specific next steps for common Win32 errors. */
const WIN32_FIX: ReadonlyMap<number, string> = new Map([
  [5, 'Access denied: check the permissions of the file, folder or service named in the log (SoftwareDistribution, catroot2) and any security software'],
  [112, 'Free disk space on the system drive (SoftwareDistribution\\Download needs room)'],
  [39, 'Free disk space on the system drive (SoftwareDistribution\\Download needs room)'],
  [1058, 'A required service is disabled: set wuauserv and BITS to Manual/Automatic and start them'],
  [1060, 'A required service is missing: check that wuauserv and BITS exist; ' + COMPONENTS_FIX],
  [1460, 'A time-out: check the server response time and the network path'],
  [10054, 'The connection was reset: check firewalls, proxies and TLS settings on the path to the server'],
  [10060, 'The connection timed out: check the port and firewalls on the path to the server'],
  [10061, 'The connection was refused: check that the WSUS site listens on the port of the WUServer URL'],
  [11001, 'Name resolution failed: check DNS for the server name'],
  [14098, 'The component store is corrupt: DISM /Online /Cleanup-Image /RestoreHealth, then SFC /scannow'],
]);

/** Family of a code that is not in the table, from its range. */
function familyOf(d: DecodedHresult): ErrorFamily {
  if (d.facility === 7 && d.win32 !== undefined) return WINHTTP_FAMILY.get(d.win32) ?? 'other';
  if (d.facility === 36 && d.value >= 0x8024d000 && d.value <= 0x8024dfff) return 'selfUpdate';
  if (d.facility === 32 || d.facility === 25) return 'content';
  return 'other';
}

/**
 * Describe an error code: from the table, else from the decoder, with a generic cause and
 * next steps for the code's range (known=false, except WinHTTP errors the WinHTTP table
 * names, which keep known=true as before). Accepts the spellings of
 * {@link normaliseErrorCode} (0x/bare hex, unsigned/signed decimal); undefined for anything
 * that is not a failure code in 0x80000000-0x8FFFFFFF.
 */
export function describeErrorCode(value: string | number): ErrorCodeDescription | undefined {
  const code = normaliseErrorCode(value);
  if (code === undefined) return undefined;
  const n = parseInt(code.slice(2), 16);
  const decoded = decodeValue(n);
  const httpStatus = HTTP_STATUS_OF.get(n);
  const win32Code = decoded.win32;
  const row = WU_ERROR_CODES[code];
  if (row) {
    return {
      code, decimal: n, known: true, source: 'table', ...row, httpStatus, win32Code, decoded,
      description: `${code} ${row.symbol}: ${row.meaning}`,
    };
  }
  if (decoded.source === 'winhttp' && win32Code !== undefined && WINHTTP_ERRORS.has(win32Code)) {
    return {
      code, decimal: n, known: true, source: 'winhttp', win32Code, family: familyOf(decoded), decoded,
      symbol: decoded.symbol,
      meaning: decoded.meaning,
      cause: 'A WinHTTP error on the way from the client to the WSUS server (network, proxy or TLS)',
      fix: 'Check the path from the client to the WSUS URL: name resolution, port, proxy, certificate',
      description: `${code} ${decoded.symbol}: ${decoded.meaning}`,
    };
  }
  const { cause, fix } = adviceFor(decoded);
  const symbol = decoded.symbol ?? (win32Code !== undefined ? `HRESULT_FROM_WIN32(${win32Code})` : undefined);
  return {
    code, decimal: n, known: false, source: decoded.source, family: familyOf(decoded), decoded,
    ...(symbol !== undefined && { symbol }),
    ...(win32Code !== undefined && { win32Code }),
    meaning: decoded.meaning,
    cause, fix,
    description: `${decoded.description} (not a code this tool has specific advice for)`,
  };
}

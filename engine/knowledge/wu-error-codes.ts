/**
 * Windows Update client error codes as data (knowledge section 5: the HTTP-status mapping
 * of 5.2, the code table of 5.3 and the codes 5.3 lists as retryable or groups by cause),
 * and {@link describeErrorCode}, which also explains codes that are not in the table:
 * WinHTTP errors wrapped as HRESULTs (0x80072EE0–0x80072F8F, low word 12000–12199) and the
 * WU_E_PT_HTTP_STATUS_* range 0x80244016–0x80244024.
 *
 * Symbols and meanings follow wuerror.h / winhttp.h / winerror.h (knowledge S30, S31);
 * causes and fixes are the WSUS-context readings of knowledge 5.3. Codes the knowledge base
 * only lists (retryable list, "missing/corrupt components") carry the header meaning and a
 * generic cause/fix.
 */
import { normaliseErrorCode } from '../parsers/error-codes.js';

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
 * - `other`: everything else (component damage, BITS, unknown codes).
 * 0x80072EE7 (name not resolved) and 0x80244023 (HTTP 504 gateway time-out) are in `proxy`,
 * with 0x8024402C and 0x80244021: the proxy-and-DNS grouping of KB 3090184 and the rules.
 */
export const ERROR_FAMILIES = [
  'timeout', 'requestTimeout', 'serviceUnavailable', 'http', 'connect', 'tls', 'proxy', 'soap', 'roundTrips', 'protocol', 'policy', 'other',
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
    symbol: 'WU_E_EULA_UNAVAILABLE', meaning: 'The license terms of one or more updates could not be downloaded',
    cause: 'Content virtual directory wrong, or ACLs on the (shared) content folder', fix: 'Fix the Content path/ACL; WsusUtil reset', family: 'other',
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
    cause: 'Reporting load on the WSUS server', fix: 'Check WSUS server load and the reporting web service', family: 'other',
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
    symbol: 'HRESULT_FROM_WIN32(4317)', meaning: 'Win32 error 4317 (ERROR_INVALID_OPERATION), seen with 401.3 on shared content',
    cause: 'ACL on the shared WSUSContent folder', fix: 'Grant the WSUS computer accounts Full Control on WSUSContent', family: 'other',
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
    symbol: 'BG_E (BITS)', meaning: 'BITS error (0x8020xxxx range)', cause: COMPONENTS, fix: 'Check the BITS service; ' + COMPONENTS_FIX, family: 'other',
  },
  '0x8DDD0018': {
    symbol: '0x8DDD0018', meaning: 'Windows Update component error (symbol not established)', cause: COMPONENTS, fix: COMPONENTS_FIX, family: 'other',
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
 * WinHTTP errors (winhttp.h, 12000 + n) by number: [symbol suffix, meaning, family].
 * Used for 0x8007xxxx codes whose low word is a WinHTTP error and that are not in the table.
 */
const WINHTTP_ERRORS: ReadonlyMap<number, readonly [string, string, ErrorFamily]> = new Map([
  [12001, ['OUT_OF_HANDLES', 'No more WinHTTP handles could be generated', 'other']],
  [12002, ['TIMEOUT', 'The request timed out', 'timeout']],
  [12004, ['INTERNAL_ERROR', 'An internal WinHTTP error occurred', 'other']],
  [12005, ['INVALID_URL', 'The URL is invalid', 'policy']],
  [12006, ['UNRECOGNIZED_SCHEME', 'The URL scheme is not http or https', 'policy']],
  [12007, ['NAME_NOT_RESOLVED', 'The server name could not be resolved', 'proxy']],
  [12009, ['INVALID_OPTION', 'An invalid WinHTTP option was given', 'other']],
  [12011, ['OPTION_NOT_SETTABLE', 'The WinHTTP option cannot be set', 'other']],
  [12012, ['SHUTDOWN', 'WinHTTP support is shut down or unloaded', 'other']],
  [12015, ['LOGIN_FAILURE', 'Login failed (proxy or server authentication)', 'proxy']],
  [12017, ['OPERATION_CANCELLED', 'The operation was cancelled (handle closed)', 'other']],
  [12018, ['INCORRECT_HANDLE_TYPE', 'The handle type is incorrect for the operation', 'other']],
  [12019, ['INCORRECT_HANDLE_STATE', 'The handle is in the wrong state for the operation', 'other']],
  [12029, ['CANNOT_CONNECT', 'A connection to the server could not be established', 'connect']],
  [12030, ['CONNECTION_ERROR', 'The connection was reset or aborted', 'connect']],
  [12032, ['RESEND_REQUEST', 'The request must be resent', 'other']],
  [12037, ['SECURE_CERT_DATE_INVALID', 'The server certificate has expired or is not yet valid', 'tls']],
  [12038, ['SECURE_CERT_CN_INVALID', 'The certificate name does not match the server name', 'tls']],
  [12044, ['CLIENT_AUTH_CERT_NEEDED', 'The server requires a client certificate', 'tls']],
  [12045, ['SECURE_INVALID_CA', 'The certificate was issued by an untrusted authority', 'tls']],
  [12057, ['SECURE_CERT_REV_FAILED', 'The certificate revocation check failed', 'tls']],
  [12150, ['HEADER_NOT_FOUND', 'The requested header was not found', 'protocol']],
  [12152, ['INVALID_SERVER_RESPONSE', 'The server response could not be parsed', 'protocol']],
  [12153, ['INVALID_HEADER', 'The supplied header is invalid', 'protocol']],
  [12156, ['REDIRECT_FAILED', 'The redirection failed (scheme change or too many redirects)', 'protocol']],
  [12157, ['SECURE_CHANNEL_ERROR', 'An error occurred in the secure channel (TLS)', 'tls']],
  [12166, ['BAD_AUTO_PROXY_SCRIPT', 'The proxy auto-config script has an error', 'proxy']],
  [12167, ['UNABLE_TO_DOWNLOAD_SCRIPT', 'The proxy auto-config script could not be downloaded', 'proxy']],
  [12169, ['SECURE_INVALID_CERT', 'The certificate is invalid', 'tls']],
  [12170, ['SECURE_CERT_REVOKED', 'The certificate has been revoked', 'tls']],
  [12175, ['SECURE_FAILURE', 'A TLS/certificate error occurred', 'tls']],
  [12178, ['AUTO_PROXY_SERVICE_ERROR', 'The proxy could not be found for the URL (auto-proxy service error)', 'proxy']],
  [12179, ['SECURE_CERT_WRONG_USAGE', 'The certificate is not valid for server authentication', 'tls']],
  [12180, ['AUTODETECTION_FAILED', 'Proxy auto-detection (WPAD) failed', 'proxy']],
  [12181, ['HEADER_COUNT_EXCEEDED', 'Too many response headers', 'protocol']],
  [12182, ['HEADER_SIZE_OVERFLOW', 'The response headers are too large', 'protocol']],
  [12184, ['RESPONSE_DRAIN_OVERFLOW', 'The response body exceeded the drain limit', 'protocol']],
  [12185, ['CLIENT_CERT_NO_PRIVATE_KEY', 'The client certificate has no private key', 'tls']],
  [12186, ['CLIENT_CERT_NO_ACCESS_TO_PRIVATE_KEY', 'No access to the client certificate private key', 'tls']],
]);

/** HTTP status behind each WU_E_PT_HTTP_STATUS_* code (knowledge 5.2). */
const HTTP_STATUS_OF: ReadonlyMap<number, number> = new Map([
  [0x80244016, 400], [0x80244017, 401], [0x80244018, 403], [0x80244019, 404], [0x8024401a, 405],
  [0x8024401b, 407], [0x8024401c, 408], [0x8024401d, 409], [0x8024401e, 410], [0x8024401f, 500],
  [0x80244020, 501], [0x80244021, 502], [0x80244022, 503], [0x80244023, 504], [0x80244024, 505],
]);

/** What {@link describeErrorCode} knows about a code. */
export interface ErrorCodeDescription {
  /** Normalised code, 0x + 8 upper-case hex digits. */
  code: string;
  /** Unsigned decimal value, as ConfigMgr prints it. */
  decimal: number;
  /** True when a meaning is known (table or WinHTTP low word). */
  known: boolean;
  /** Where the description comes from. */
  source: 'table' | 'winhttp' | 'win32' | 'unknown';
  symbol?: string;
  meaning?: string;
  cause?: string;
  fix?: string;
  family: ErrorFamily;
  /** For the WU_E_PT_HTTP_STATUS_* family: the HTTP status. */
  httpStatus?: number;
  /** For 0x8007xxxx codes: the Win32 (or WinHTTP) error number in the low word. */
  win32Code?: number;
}

/**
 * Describe an error code: from the table, else as a WinHTTP error when the code is
 * HRESULT_FROM_WIN32 of a WinHTTP error number (0x80072EE0-0x80072F8F), else as a plain
 * Win32 error for other 0x8007xxxx codes (no meaning). Accepts the spellings of
 * {@link normaliseErrorCode} (0x/bare hex, unsigned/signed decimal); undefined for anything
 * that is not a failure code in 0x80000000-0x8FFFFFFF.
 */
export function describeErrorCode(value: string | number): ErrorCodeDescription | undefined {
  const code = normaliseErrorCode(value);
  if (code === undefined) return undefined;
  const n = parseInt(code.slice(2), 16);
  const httpStatus = HTTP_STATUS_OF.get(n);
  const isWin32 = n >>> 16 === 0x8007;
  const win32Code = isWin32 ? n & 0xffff : undefined;
  const row = WU_ERROR_CODES[code];
  if (row) {
    return { code, decimal: n, known: true, source: 'table', ...row, httpStatus, win32Code };
  }
  if (win32Code !== undefined && win32Code >= 12000 && win32Code < 12200) {
    const winhttp = WINHTTP_ERRORS.get(win32Code);
    if (winhttp) {
      const [name, meaning, family] = winhttp;
      return {
        code, decimal: n, known: true, source: 'winhttp', win32Code, family,
        symbol: `ERROR_WINHTTP_${name}`,
        meaning: `${meaning} (WinHTTP ${win32Code})`,
        cause: 'A WinHTTP error on the way from the client to the WSUS server (network, proxy or TLS)',
        fix: 'Check the path from the client to the WSUS URL: name resolution, port, proxy, certificate',
      };
    }
    return {
      code, decimal: n, known: false, source: 'winhttp', win32Code, family: 'other',
      symbol: `HRESULT_FROM_WIN32(${win32Code})`,
      meaning: `WinHTTP error ${win32Code} (not in the WinHTTP table)`,
    };
  }
  if (win32Code !== undefined) {
    return { code, decimal: n, known: false, source: 'win32', win32Code, family: 'other', symbol: `HRESULT_FROM_WIN32(${win32Code})` };
  }
  return { code, decimal: n, known: false, source: 'unknown', family: 'other' };
}

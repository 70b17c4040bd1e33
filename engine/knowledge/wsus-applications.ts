/**
 * The WSUS IIS applications and virtual directories as data (knowledge 2.3; "Step 2:
 * Configure WSUS"; KB 3090184): their canonical names and which of them must allow
 * anonymous access, which require SSL when WSUS uses SSL, and which clients download from
 * over plain HTTP. IIS names are case-insensitive, so lookups go through
 * {@link canonicalWsusApplication}.
 */

/** WSUS applications and virtual directories, canonical spelling. */
export const WSUS_APPLICATION_NAMES: readonly string[] = Object.freeze([
  'ApiRemoting30', 'ClientWebService', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService',
  'ReportingWebService', 'Inventory', 'Content', 'Selfupdate',
]);

/**
 * Applications and virtual directories Windows Update clients and downstream servers reach
 * anonymously; only ApiRemoting30 (the console) uses Windows authentication.
 */
export const ANONYMOUS_WSUS_APPLICATIONS: readonly string[] = Object.freeze([
  'ClientWebService', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService', 'ReportingWebService', 'Inventory', 'Content', 'Selfupdate',
]);

/** Web-service applications that require SSL when WSUS uses SSL (WsusUtil configuressl). */
export const SSL_WSUS_APPLICATIONS: readonly string[] = Object.freeze([
  'ApiRemoting30', 'ClientWebService', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService',
]);

/** Virtual directories clients download update and self-update files from over plain HTTP, even with SSL. */
export const HTTP_DOWNLOAD_DIRECTORIES: readonly string[] = Object.freeze(['Content', 'Selfupdate']);

const BY_LOWER: ReadonlyMap<string, string> = new Map(WSUS_APPLICATION_NAMES.map((n) => [n.toLowerCase(), n]));
const ANONYMOUS: ReadonlySet<string> = new Set(ANONYMOUS_WSUS_APPLICATIONS);
const SSL: ReadonlySet<string> = new Set(SSL_WSUS_APPLICATIONS);
const HTTP_DOWNLOAD: ReadonlySet<string> = new Set(HTTP_DOWNLOAD_DIRECTORIES);

/**
 * The canonical name of a WSUS application from an IIS name (any letter case, with or
 * without a leading slash, e.g. "/selfupdate" -> "Selfupdate"); undefined for other names.
 */
export function canonicalWsusApplication(name: string): string | undefined {
  const start = name.charCodeAt(0) === 47 /* / */ ? 1 : 0;
  return BY_LOWER.get((start ? name.slice(start) : name).toLowerCase());
}

/** The canonical application must allow anonymous access. */
export function mustBeAnonymous(canonical: string | undefined): boolean {
  return canonical !== undefined && ANONYMOUS.has(canonical);
}

/** The canonical application requires SSL when WSUS uses SSL. */
export function requiresSslWithWsusSsl(canonical: string | undefined): boolean {
  return canonical !== undefined && SSL.has(canonical);
}

/** The canonical application is a download directory that must stay on plain HTTP. */
export function isHttpDownloadDirectory(canonical: string | undefined): boolean {
  return canonical !== undefined && HTTP_DOWNLOAD.has(canonical);
}

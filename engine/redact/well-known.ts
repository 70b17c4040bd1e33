/**
 * What redaction keeps as it is because it identifies nobody and the diagnosis depends on it:
 * Microsoft's public update hosts (the derivation attributes endpoints by them), loopback and
 * other reserved addresses, the fixed GUIDs of the Windows Update services, built-in accounts,
 * and words of the WSUS vocabulary that a host or user might share (they are replaced where the
 * fact file says they are a name, never in free text).
 */
import { isMicrosoftHost, WSUS_SERVICE_ID } from '../derive/client-endpoints.js';

/**
 * GUIDs the rules and the derivation rely on: the WSUS service id and Microsoft's update service
 * ids (engine/derive/client-endpoints.ts). test/redact checks that every GUID of rules/ and
 * engine/derive is listed here.
 */
export const WELL_KNOWN_GUIDS: ReadonlySet<string> = new Set([
  WSUS_SERVICE_ID,
  '7971F918-A847-4430-9279-4A52D1EFE18D', // Microsoft Update
  '9482F4B4-E343-43B6-B170-9A65BC822C77', // Windows Update
  '855E8A7C-ECB4-4CA3-B045-1DFA50104289', // Microsoft Store
  '8B24B027-1DEE-BABB-9A95-3517DFB9C552', // Windows Insider flighting (DCat)
  '00000000-0000-0000-0000-000000000000',
]);

/** Public hosts outside Microsoft's update domains that clients and servers name in their logs. */
const OTHER_PUBLIC = /(?:^|\.)(?:msftconnecttest\.com|msftncsi\.com|digicert\.com|verisign\.com|globalsign\.com|entrust\.net|letsencrypt\.org|w3\.org|xmlsoap\.org)$/;

/** A host kept as it is: Microsoft's, another public one, or a name for this machine itself. */
export function isPublicHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '.' || h === '(local)' || h === '*' || h === '+' || isMicrosoftHost(h) || OTHER_PUBLIC.test(h);
}

/** IPv4 addresses kept: loopback, unspecified, broadcast and netmasks, multicast, network addresses (a.0.0.0). */
export function isReservedIpv4(ip: string): boolean {
  const [a, b, c, d] = ip.split('.').map(Number) as [number, number, number, number];
  return a === 127 || a === 0 || a === 255 || a >= 224 || (b === 0 && c === 0 && d === 0);
}

/** IPv6 addresses kept: unspecified, loopback, multicast. */
export function isReservedIpv6(ip: string): boolean {
  const h = ip.toLowerCase();
  return h === '::' || h === '::1' || h.startsWith('ff');
}

/** Built-in accounts and workgroup names: identical on every Windows machine. */
export const BUILT_IN_ACCOUNTS: ReadonlySet<string> = new Set([
  'system', 'localsystem', 'local service', 'network service', 'anonymous', 'guest', 'administrator', 'administrators',
  'workgroup', 'defaultapppool', 'wsuspool', 'iusr', 'iwam', 'users', 'everyone',
]);

/** The "domain" part of DOMAIN\name that is not a domain (NT AUTHORITY\SYSTEM, IIS APPPOOL\WsusPool, ...). */
export const NOT_DOMAINS: ReadonlySet<string> = new Set([
  'authority', 'apppool', 'builtin', 'service', 'nt', 'sms', 'logs', 'hklm', 'hkcu', 'hku', 'software', 'system', 'windows', 'wsus', 'iis',
  'window', 'manager', 'font', 'driver', 'virtual', 'machine', 'pipe', 'sql', 'mssql', 'mssqlserver',
]);

/**
 * Words of the WSUS vocabulary: a host, NetBIOS domain or user with one of these names is replaced
 * where a field or a URL names it, but not as a bare word of a log line (that would rewrite the
 * very lines the rules read). Short names below 3 characters are treated the same way.
 */
export const VOCABULARY: ReadonlySet<string> = new Set([
  'wsus', 'server', 'servers', 'client', 'clients', 'update', 'updates', 'windows', 'microsoft', 'admin', 'system', 'service', 'services',
  'default', 'web', 'www', 'sql', 'database', 'site', 'local', 'domain', 'host', 'test', 'content', 'download', 'proxy', 'agent', 'report',
  'reporting', 'api', 'selfupdate', 'sync', 'error', 'warning', 'info', 'true', 'false', 'null', 'none', 'http', 'https', 'com', 'net', 'org',
]);

/** Last labels taken as a DNS name's top-level domain in free text (file extensions are not among them). */
export const TOP_LEVEL: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'us', 'uk', 'de', 'fr', 'nl', 'be', 'ch', 'at', 'se', 'no',
  'dk', 'fi', 'it', 'es', 'pt', 'pl', 'cz', 'sk', 'hu', 'ro', 'ru', 'ua', 'jp', 'cn', 'kr', 'in', 'au', 'nz', 'ca', 'mx', 'br', 'ar', 'za',
  'eu', 'ie', 'lu', 'gr', 'tr', 'il', 'sg', 'hk', 'tw', 'local', 'lan', 'corp', 'internal', 'intranet', 'intra', 'home', 'test', 'example',
  'localdomain', 'ad', 'priv', 'private', 'invalid', 'arpa', 'cloud', 'online', 'tech', 'app', 'dev', 'global', 'group', 'zone',
]);

/** Dotted words that look like host names but are product names. */
export const NOT_HOSTS: ReadonlySet<string> = new Set(['asp.net', 'ado.net', 'vb.net', 'system.net', 'microsoft.net', 'dot.net']);

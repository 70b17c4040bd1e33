/**
 * Derives the server-health blocks that need computation over the `contentStore`,
 * `sslCertificate` and `upstreamSync` sections (issue 9, "server health beyond the article"):
 *
 * - contentStore: does the IIS Content virtual directory point at ContentDir\WsusContent
 *   (knowledge 2.1: ContentDir has no trailing WsusContent, the vdir path has it)? Paths are
 *   compared without letter case, trailing backslashes and a `\\?\` prefix. Can IIS read the
 *   content folder (its ACL gives read to the anonymous user's or the pool's accounts)?
 * - sslCertificate: days from collectedAt to notAfter, expired, and whether the certificate's
 *   names (subject alternative names, else the subject CN, as Windows matches them) cover the
 *   server's FQDN and short name; `problems` lists why clients would reject it.
 * - upstreamSync: days since the last synchronization.
 * Each block is `available: false` when its section is not ok; nothing is invented.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedContentStore, DerivedSslCertificate, DerivedUpstreamSync } from './derived-types.js';
import { isOk } from './evidence.js';

const DAY_MS = 86_400_000;

function normalizePath(path: string): string {
  let p = path.trim().replace(/\//g, '\\');
  if (p.startsWith('\\\\?\\UNC\\')) p = '\\\\' + p.slice(8);
  else if (p.startsWith('\\\\?\\')) p = p.slice(4);
  return p.replace(/\\+$/, '').toLowerCase();
}

function days(fromIso: string, toIso: string): number | undefined {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
  return Math.round(((to - from) / DAY_MS) * 10) / 10;
}

/** The Content virtual directory against ContentDir\WsusContent (see the file header). */
export function deriveContentStore(doc: FactDocument): DerivedContentStore {
  const store = doc.contentStore;
  if (!isOk(store)) return { available: false };
  const out: DerivedContentStore = { available: true };
  const contentDir = isOk(doc.wsusServer) ? doc.wsusServer?.contentDir : undefined;
  const expected = store!.expectedContentPath ?? (contentDir ? `${contentDir.replace(/[\\/]+$/, '')}\\WsusContent` : undefined);
  const vdir =
    store!.virtualDirectoryPath ??
    (isOk(doc.iis) ? doc.iis?.wsusApplications?.find((a) => a.kind === 'virtualDirectory' && a.name.replace(/^\//, '').toLowerCase() === 'content')?.physicalPath : undefined);
  if (expected !== undefined) out.expectedPath = expected;
  if (vdir !== undefined) out.virtualDirectoryPath = vdir;
  if (expected !== undefined && vdir !== undefined) out.virtualDirectoryMatches = normalizePath(expected) === normalizePath(vdir);
  const acl = store!.contentAcl;
  if (acl !== undefined) out.iisReadAccess = deriveIisReadAccess(acl.rules);
  return out;
}

/**
 * Accounts through which IIS can read the content files: the anonymous user (IUSR by default),
 * the WsusPool identity (NETWORK SERVICE by default) and the groups that contain them. Matched by
 * SID (names are localized), else by the English name.
 */
const IIS_READERS: ReadonlyArray<{ sid: string; names: string[]; anonymous: boolean }> = [
  { sid: 'S-1-1-0', names: ['everyone'], anonymous: true },
  { sid: 'S-1-5-32-545', names: ['builtin\\users'], anonymous: true },
  { sid: 'S-1-5-11', names: ['nt authority\\authenticated users'], anonymous: true },
  { sid: 'S-1-5-17', names: ['nt authority\\iusr', 'iusr'], anonymous: true },
  { sid: 'S-1-5-32-568', names: ['builtin\\iis_iusrs'], anonymous: false },
  { sid: 'S-1-5-20', names: ['nt authority\\network service'], anonymous: false },
];

/** FileSystemRights (text, or a number for generic rights) that let a file be read. */
export function rightsAllowRead(rights: string): boolean {
  const t = rights.trim();
  if (/^-?\d+$/.test(t)) {
    const n = Number(t) >>> 0;
    // GENERIC_READ, GENERIC_ALL, or FILE_READ_DATA.
    return (n & 0x80000000) !== 0 || (n & 0x10000000) !== 0 || (n & 0x1) !== 0;
  }
  return /\b(?:FullControl|Modify|ReadAndExecute|Read|ReadData)\b/i.test(t);
}

type AclRule = NonNullable<NonNullable<FactDocument['contentStore']>['contentAcl']>['rules'][number];

function deriveIisReadAccess(rules: AclRule[]): NonNullable<DerivedContentStore['iisReadAccess']> {
  const allowedBy: string[] = [];
  const deniedBy: string[] = [];
  let unresolved = 0;
  for (const rule of rules) {
    const name = rule.identity.toLowerCase();
    const reader = IIS_READERS.find((r) => (rule.sid !== undefined ? rule.sid === r.sid : r.names.includes(name)));
    if (reader === undefined) {
      if (rule.sid === undefined) unresolved++;
      continue;
    }
    if (!rightsAllowRead(rule.rights)) continue;
    if (rule.type === 'Deny') {
      if (reader.anonymous) deniedBy.push(rule.identity);
    } else allowedBy.push(rule.identity);
  }
  const out: NonNullable<DerivedContentStore['iisReadAccess']> = { rules: rules.length, allowedBy: [...new Set(allowedBy)], deniedBy: [...new Set(deniedBy)] };
  // A deny for the anonymous user's groups wins; no allow is conclusive only when every identity could be resolved.
  if (out.deniedBy.length > 0) {
    out.readable = false;
    out.finding = `denies read to ${out.deniedBy.join(', ')}, which the anonymous user belongs to`;
  } else if (out.allowedBy.length > 0) out.readable = true;
  else if (unresolved === 0) {
    out.readable = false;
    out.finding = 'gives no read access to the accounts IIS serves /Content with (Everyone, Users, Authenticated Users, IUSR, IIS_IUSRS, NETWORK SERVICE)';
  }
  return out;
}

/** Does a certificate name (possibly `*.domain`) match a host name? A wildcard covers exactly one left-most label. */
export function certificateNameMatches(pattern: string, hostName: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/\.$/, '');
  const h = hostName.trim().toLowerCase().replace(/\.$/, '');
  if (!p || !h) return false;
  if (p.startsWith('*.')) {
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === p.slice(2);
  }
  return p === h;
}

function subjectCommonName(subject: string | undefined): string | undefined {
  const m = subject ? /(?:^|,)\s*CN=("?)([^,"]+)\1/i.exec(subject) : null;
  return m ? m[2]!.trim() : undefined;
}

/** The WSUS certificate judged at collection time (see the file header). */
export function deriveSslCertificate(doc: FactDocument): DerivedSslCertificate {
  const cert = doc.sslCertificate;
  const out: DerivedSslCertificate = { available: isOk(cert), namesNotCovered: [], problems: [] };
  if (!out.available) return out;
  const c = cert!;
  if (c.notAfter) {
    const left = days(doc.collectedAt, c.notAfter);
    if (left !== undefined) out.daysUntilExpiry = left;
  }
  const notYet = c.notBefore !== undefined && Date.parse(c.notBefore) > Date.parse(doc.collectedAt);
  if (out.daysUntilExpiry !== undefined || notYet) out.expired = (out.daysUntilExpiry !== undefined && Date.parse(c.notAfter!) < Date.parse(doc.collectedAt)) || notYet;
  if (out.expired && !notYet) out.problems.push(`expired on ${c.notAfter}`);
  if (notYet) out.problems.push(`not valid before ${c.notBefore}`);
  if (c.chainValid === false) {
    const status = (c.chainStatus ?? []).join(', ');
    out.problems.push(`its chain to a trusted root could not be built${status ? ` (${status})` : ''}`);
  }
  const names = c.dnsNames && c.dnsNames.length > 0 ? c.dnsNames : [subjectCommonName(c.subject)].filter((n): n is string => n !== undefined);
  if (names.length > 0) {
    const fqdn = doc.host.fqdn;
    if (fqdn) {
      out.coversFqdn = names.some((n) => certificateNameMatches(n, fqdn));
      if (!out.coversFqdn) {
        out.namesNotCovered.push(fqdn);
        out.problems.push(`its names (${names.join(', ')}) do not include the server FQDN ${fqdn}`);
      }
    }
    out.coversShortName = names.some((n) => certificateNameMatches(n, doc.host.computerName));
    if (!out.coversShortName) out.namesNotCovered.push(doc.host.computerName);
  }
  return out;
}

/** Days since the last synchronization (see the file header). */
export function deriveUpstreamSync(doc: FactDocument): DerivedUpstreamSync {
  const sync = doc.upstreamSync;
  if (!isOk(sync)) return { available: false };
  const out: DerivedUpstreamSync = { available: true };
  const last = sync!.lastSyncEndTime ?? sync!.lastSyncStartTime;
  if (last) {
    out.lastSyncTime = last;
    const d = days(last, doc.collectedAt);
    if (d !== undefined) out.daysSinceLastSync = d;
  }
  return out;
}

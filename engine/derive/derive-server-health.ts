/**
 * Derives the server-health blocks that need computation over the `contentStore`,
 * `sslCertificate` and `upstreamSync` sections (issue 9, "server health beyond the article"):
 *
 * - contentStore: does the IIS Content virtual directory point at ContentDir\WsusContent
 *   (knowledge 2.1: ContentDir has no trailing WsusContent, the vdir path has it)? Paths are
 *   compared without letter case, trailing backslashes and a `\\?\` prefix.
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

/**
 * Derives `proxy`: whether the WinHTTP proxy (netsh winhttp show proxy, used by Windows Update
 * scans) is bypassed for the WSUS host of the client policy.
 *
 * WinHTTP bypass-list rules (WINHTTP_PROXY_INFO): entries are separated by semicolons or white
 * space; `<local>` bypasses every host whose name has no period; any other entry is a host name
 * or address compared with the URL's host, letter case ignored, where `*` matches any run of
 * characters (`*.contoso.com` covers wsus01.contoso.com, not contoso.com; a bare name covers
 * that name alone). Entries that carry a scheme (`http://...`) or a port (`host:8530`) are not
 * evaluated: how WinHTTP matches them is not established here, so if no other entry matches
 * the answer is "unknown" rather than a guess. Other `<...>` tokens (e.g. `<-loopback>`) never
 * cover a WSUS host.
 *
 * `bypassesWsusHost` is set only when a proxy is in use (`proxy.direct` false) and the WUServer
 * host is known; "(none)" or an empty or missing bypass list means no bypass (false).
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedPolicy, DerivedProxy } from './derived-types.js';
import { isOk } from './evidence.js';
import { derivePolicy } from './derive-policy.js';

/** What netsh prints when the list is empty. */
const NO_LIST = /^\(none\)$/i;
const SEPARATORS = /[;\s]+/;

/** Split a WinHTTP bypass list into its entries (empty for none). */
export function bypassEntries(list: string | undefined): string[] {
  const trimmed = list?.trim();
  if (!trimmed || NO_LIST.test(trimmed)) return [];
  return trimmed.split(SEPARATORS).filter((e) => e.length > 0);
}

/**
 * `*` wildcard match of a whole (lower-case) host against a (lower-case) pattern: the greedy
 * algorithm with one backtrack point, linear in practice and free of regular expressions.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Does one bypass entry cover `host` (lower case, no trailing dot)? true, false, or undefined
 * when the entry cannot be evaluated (scheme or port in it; `<local>` against an IPv6 literal).
 */
export function entryCoversHost(entry: string, host: string, hostIsIp: boolean): boolean | undefined {
  const e = entry.toLowerCase();
  if (e === '<local>') {
    if (host.includes(':')) return undefined; // IPv6 literal: no period, but not a "local" name
    return !hostIsIp && !host.includes('.');
  }
  if (e.startsWith('<')) return false;
  if (e.includes('://')) return undefined;
  // A colon outside brackets is a port (host:port, [v6]:port); a bare IPv6 entry has several.
  const colons = e.split(':').length - 1;
  if (e.startsWith('[') ? /\]:/.test(e) : colons === 1) return undefined;
  const pattern = e.startsWith('[') && e.endsWith(']') ? e.slice(1, -1) : e;
  return wildcardMatch(pattern.replace(/\.$/, ''), host);
}

/** true when an entry covers the host; undefined when none does but one could not be evaluated; else false. */
export function bypassListCoversHost(entries: readonly string[], host: string, hostIsIp: boolean): boolean | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  let unknown = false;
  for (const entry of entries) {
    const covers = entryCoversHost(entry, h, hostIsIp);
    if (covers === true) return true;
    if (covers === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/**
 * Derive the proxy block (see the file header). `policy` is the derived client policy
 * (computed from the document when not given).
 */
export function deriveProxy(doc: FactDocument, policy: DerivedPolicy = derivePolicy(doc)): DerivedProxy {
  if (!isOk(doc.proxy)) return { available: false, bypassEntries: [] };
  const proxy = doc.proxy!;
  const entries = bypassEntries(proxy.bypassList);
  const out: DerivedProxy = { available: true, bypassEntries: entries };
  const host = policy.wuServer.valid ? policy.wuServer.host : undefined;
  if (proxy.direct !== false || host === undefined) return out;
  const covers = bypassListCoversHost(entries, host, policy.wuServer.isIpAddress);
  if (covers !== undefined) out.bypassesWsusHost = covers;
  return out;
}

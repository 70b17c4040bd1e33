/**
 * Stable pseudonyms for the identifiers of fact files: the same value always gets the same
 * pseudonym within one run (one Pseudonyms instance), and with a key (HMAC-SHA-256) across runs.
 * Pseudonyms keep the shape the schema and the rules need: a host label stays a DNS label
 * (`host-1a2b3c4d`, upper case when the original was), a domain stays a DNS name under the
 * reserved `.example` TLD, an IPv4 address stays an IPv4 address (10.0.0.0/8), an IPv6 address an
 * IPv6 address (fd00::/8 ULA, link-local stays fe80::/64), a GUID a GUID.
 * A pseudonym is never one of the run's original values (the caller lists them), and two values of
 * one kind never share a pseudonym (a collision moves on to the next candidate).
 */
import { createHash, createHmac } from 'node:crypto';

export type PseudonymKind = 'host' | 'domain' | 'netbios' | 'user' | 'guid' | 'ipv4' | 'ipv6' | 'name';

/** Without a key, a fixed one: stable within and across runs, but anyone can recompute it (documented). */
const DEFAULT_KEY = 'wsus-doctor redact';

export class Pseudonyms {
  private readonly key: Buffer;
  private readonly maps = new Map<PseudonymKind, Map<string, string>>();
  private readonly used = new Set<string>();
  /** Original values (lower case) a pseudonym must never equal. */
  private readonly originals: Set<string>;

  constructor(key?: string, originals: Iterable<string> = []) {
    this.key = key === undefined ? createHash('sha256').update(DEFAULT_KEY).digest() : Buffer.from(key, 'utf8');
    this.originals = new Set([...originals].map((o) => o.toLowerCase()));
  }

  /** Adds original values discovered late (before any pseudonym that could equal them is handed out). */
  addOriginals(values: Iterable<string>): void {
    for (const v of values) this.originals.add(v.toLowerCase());
  }

  /** The pseudonym of a value of a kind; `normal` is the value's case-insensitive identity. */
  get(kind: PseudonymKind, normal: string): string {
    let map = this.maps.get(kind);
    if (!map) this.maps.set(kind, (map = new Map()));
    const known = map.get(normal);
    if (known !== undefined) return known;
    for (let attempt = 0; ; attempt++) {
      const digest = createHmac('sha256', this.key).update(`${kind}\0${normal}\0${attempt}`).digest();
      const candidate = FORMAT[kind](digest);
      const id = `${kind === 'ipv4' || kind === 'ipv6' ? 'ip' : kind}:${candidate.toLowerCase()}`;
      if (this.used.has(id) || this.originals.has(candidate.toLowerCase())) continue;
      this.used.add(id);
      map.set(normal, candidate);
      return candidate;
    }
  }

  /** How many distinct values of each kind were replaced. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.maps].map(([kind, map]) => [kind, map.size]));
  }
}

const hex = (digest: Buffer, from: number, bytes: number) => digest.subarray(from, from + bytes).toString('hex');

const FORMAT: Record<PseudonymKind, (d: Buffer) => string> = {
  host: (d) => `host-${hex(d, 0, 4)}`,
  domain: (d) => `domain-${hex(d, 0, 4)}.example`,
  netbios: (d) => `dom-${hex(d, 0, 4)}`,
  user: (d) => `user-${hex(d, 0, 4)}`,
  name: (d) => `name-${hex(d, 0, 4)}`,
  guid: (d) => {
    const h = hex(d, 0, 16);
    // RFC 4122 shape: version 4, variant 10xx.
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  // 10.0.0.0/8, never a network (.0) or broadcast (.255) last octet.
  ipv4: (d) => `10.${d[0]}.${d[1]}.${1 + (d[2]! % 254)}`,
  ipv6: (d) => `fd00::${[0, 2, 4, 6].map((i) => ((d[i]! << 8) | d[i + 1]!).toString(16)).join(':')}`,
};

/**
 * Redaction of fact files for sharing: host names (short and FQDN), domain names, IPv4 and IPv6
 * addresses, user names (DOMAIN\user, user@domain, the IIS cs-username field), SusClientIds and
 * other GUIDs, URL hosts and certificate names are replaced everywhere, log lines, registry
 * values and event messages included, by stable pseudonyms (./pseudonyms.ts).
 *
 * Two passes over every document of a run: `discover` learns the names the files declare (the
 * host section, policy URLs, bindings, SQL and proxy servers, user names of log lines) so that a
 * bare name like `WSUS01` is recognised in any line of any file; `redact` then rewrites every
 * string (and object key). A host is pseudonymised label-wise, first label and the rest:
 * `wsus01` → `host-1a2b3c4d`, `wsus01.corp.contoso.com` → `host-1a2b3c4d.domain-5e6f7a8b.example`,
 * so short names still match FQDNs and clients still match their server. What diagnoses depend on
 * and identifies nobody stays (./well-known.ts).
 */
import { isIPv4, isIPv6 } from 'node:net';
import { Pseudonyms } from './pseudonyms.js';
import { BUILT_IN_ACCOUNTS, isPublicHost, isReservedIpv4, isReservedIpv6, NOT_DOMAINS, NOT_HOSTS, TOP_LEVEL, VOCABULARY, WELL_KNOWN_GUIDS } from './well-known.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Every pattern starts only where its first character class begins a run (a lookbehind), so a long
// run of letters, dots or dashes is scanned once, not once per position: linear cost on hostile lines.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const PATTERNS: Array<[name: string, source: string]> = [
  ['url', String.raw`(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^\s/@'"<>]*@)?(?:\[[0-9A-Fa-f:.%]+\]|[^\s/'"<>:\\\]?#@;,)]+)`],
  ['email', String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`],
  ['unc', String.raw`(?<![\\\w])\\\\[A-Za-z0-9_.-]{2,}(?=\\)`],
  ['account', String.raw`(?<=^|[\s"'(\[,;=])[A-Za-z0-9][A-Za-z0-9._-]{0,14}\\[A-Za-z0-9][A-Za-z0-9._$-]{0,63}(?=$|[\s"'),;\]])`],
  ['guid', String.raw`(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])`],
  ['ipv6', String.raw`(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%[0-9A-Za-z]+)?(?![\w:])`],
  ['ipv4', String.raw`(?<![\w.])(?:${OCTET}\.){3}${OCTET}(?!\w|\.\d)`],
  ['dotted', String.raw`(?<![\w-]|(?<!\*)\.)[A-Za-z0-9_](?:[A-Za-z0-9_-]*)(?:\.[A-Za-z0-9_-]+)+`],
];
const FILE_EXTENSION = /\.(?:log|dll|exe|txt|xml|json|cab|msi|msu|etl|mdf|ldf|config|aspx|asmx|ashx|ps1|cs|cpp|h|sys|inf|cat|ini|dat|mui)$/i;
const PSEUDONYM = /^(?:host|dom|user|name)-[0-9a-f]{8}$|^domain-[0-9a-f]{8}\.example$/i;
/** Keys (lower case) whose string value is a host name, a domain, or a server setting holding host names. */
const HOST_KEYS = new Set(['computername', 'fqdn', 'hostname', 'dnshostname', 'dnsnames']);
const DOMAIN_KEYS = new Set(['domain', 'dnsdomain']);
const SERVER_KEYS = new Set(['sqlservername', 'server', 'upstreamservername', 'proxyserver', 'proxyname', 'siteserver', 'siteservername', 'managementpoint']);

/** What a run replaced, for the command's summary. */
export interface RedactionStats {
  files: number;
  /** Distinct values replaced, by kind (host, domain, netbios, user, guid, ipv4, ipv6, name). */
  replaced: Record<string, number>;
}

export class Redactor {
  private readonly shortNames = new Map<string, 'host' | 'netbios' | 'user'>();
  private readonly domains = new Set<string>();
  private readonly originals = new Set<string>();
  private pseudonyms?: Pseudonyms;
  private literal?: RegExp;
  private readonly master = new RegExp(PATTERNS.map(([name, source]) => `(?<${name}>${source})`).join('|'), 'g');
  private discovering = true;
  private files = 0;

  constructor(private readonly key?: string) {}

  /** First pass: learn the names a document declares and every identifier its strings contain. */
  discover(doc: unknown): void {
    if (!this.discovering) throw new Error('discover() after redact()');
    this.files++;
    this.declare(doc);
    this.walk(doc as Json, undefined);
  }

  /** Second pass: a redacted copy of a document. */
  redact<T>(doc: T): T {
    if (this.discovering) {
      this.discovering = false;
      this.pseudonyms = new Pseudonyms(this.key, this.originals);
      const words = [...this.shortNames.keys()].filter((w) => w.length >= 3 && !VOCABULARY.has(w)).sort((a, b) => b.length - a.length);
      this.literal = words.length > 0 ? new RegExp(`(?<![A-Za-z0-9])(?:${words.map(escape).join('|')})(?![A-Za-z0-9])`, 'gi') : undefined;
    }
    return this.walk(doc as Json, undefined) as T;
  }

  stats(): RedactionStats {
    return { files: this.files, replaced: this.pseudonyms?.counts() ?? {} };
  }

  /** Every identifier the first pass found (lower case): for tests and for the leak check. */
  identifiers(): string[] {
    return [...this.originals];
  }

  // ---- the document walk ----

  private walk(value: Json, key: string | undefined): Json {
    if (typeof value === 'string') return this.field(key, value);
    if (Array.isArray(value)) {
      if (key === 'lines' && value.every((v) => typeof v === 'string')) return this.lines(value as string[]);
      return value.map((v) => this.walk(v, key));
    }
    if (value !== null && typeof value === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) out[k === '$schema' ? k : this.text(k)] = k === '$schema' ? v : this.walk(v, k);
      return out;
    }
    return value;
  }

  /** A string under a key: names the schema declares are replaced as names, the rest as text. */
  private field(key: string | undefined, value: string): string {
    if (key === undefined || value === '') return this.text(value);
    const k = key.toLowerCase();
    if (HOST_KEYS.has(k)) return /[\s\\/]/.test(value) ? this.text(value) : this.host(value, value.startsWith('*.'));
    if (DOMAIN_KEYS.has(k)) return /[\s\\/]/.test(value) ? this.text(value) : value.includes('.') ? this.domain(value) : this.netbios(value);
    if (k === 'subject' || k === 'issuer') return this.distinguishedName(value);
    return this.text(value);
  }

  /** Log lines: a W3C `cs-username` column is a user name whatever it looks like. */
  private lines(lines: string[]): string[] {
    let userColumn = -1;
    return lines.map((line) => {
      if (line.startsWith('#Fields:')) {
        userColumn = line.slice(8).trim().split(/\s+/).indexOf('cs-username');
        return this.text(line);
      }
      if (userColumn < 0 || line.startsWith('#')) return this.text(line);
      const columns = line.split(' ');
      return columns.map((c, i) => (i === userColumn && c !== '-' && c !== '' ? this.user(c) : this.text(c))).join(' ');
    });
  }

  /** Free text: every identifier the patterns or the declared names find. */
  text(value: string): string {
    if (value.length === 0) return value;
    let out = value.replace(this.master, (match, ...args) => {
      const offset = args[args.length - 3] as number;
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      if (groups.url !== undefined) return this.url(match);
      if (groups.email !== undefined) return this.email(match);
      if (groups.unc !== undefined) return `\\\\${this.host(match.slice(2))}`;
      if (groups.account !== undefined) return this.account(match, value, offset);
      if (groups.guid !== undefined) return this.guid(match);
      if (groups.ipv6 !== undefined) return this.ipv6(match);
      if (groups.ipv4 !== undefined) return this.ipv4(match, value.slice(Math.max(0, offset - 8), offset));
      return this.dotted(match, value.slice(Math.max(0, offset - 2), offset) === '*.');
    });
    if (this.literal) out = this.literalNames(out);
    return out;
  }

  private literalNames(text: string): string {
    if (!this.literal) return text;
    return text.replace(this.literal, (word) => {
      const kind = this.shortNames.get(word.toLowerCase())!;
      return kind === 'host' ? this.host(word) : kind === 'netbios' ? this.netbios(word) : this.user(word);
    });
  }

  // ---- one identifier of each kind ----

  private url(match: string): string {
    const m = /^([^:]+:\/\/)((?:[^\s/@'"<>]*@)?)(.*)$/.exec(match)!;
    const userInfo = m[2] ? `${this.user(m[2].slice(0, -1))}@` : '';
    const host = m[3]!;
    if (host.startsWith('[')) return `${m[1]}${userInfo}[${this.ipv6(host.slice(1, -1))}]`;
    return `${m[1]}${userInfo}${this.host(host)}`;
  }

  private email(match: string): string {
    const at = match.lastIndexOf('@');
    const domain = match.slice(at + 1);
    return `${this.user(match.slice(0, at))}@${isPublicHost(domain) ? domain : this.knownDomain(domain) ? this.domain(domain) : this.host(domain)}`;
  }

  /**
   * DOMAIN\user standing alone. Paths look alike (`Program Files\Update Services`), so the domain
   * must be a declared name or written in capitals like NetBIOS domains are (`CONTOSO\wsusadmin`),
   * and the words around it must not continue a path.
   */
  private account(match: string, text: string, offset: number): string {
    const [domain, user] = match.split('\\') as [string, string];
    const d = domain.toLowerCase();
    const kind = this.shortNames.get(d);
    const wordBefore = /(\S*)\s*$/.exec(text.slice(Math.max(0, offset - 300), offset))![1]!;
    const wordAfter = /^\s*(\S*)/.exec(text.slice(offset + match.length, offset + match.length + 300))![1]!;
    const capitals = /^[A-Z0-9-]+$/.test(domain) && /[A-Z]{2}/.test(domain);
    if (
      NOT_DOMAINS.has(d) ||
      FILE_EXTENSION.test(user) ||
      /^\d+$/.test(domain) ||
      PSEUDONYM.test(user) ||
      (kind === undefined && !capitals) ||
      wordBefore.includes('\\') ||
      wordAfter.includes('\\')
    ) {
      return this.literalNames(match);
    }
    const left = kind === 'host' || domain.includes('.') ? this.host(domain) : this.netbios(domain);
    return `${left}\\${this.user(user)}`;
  }

  private guid(match: string): string {
    const upper = match.toUpperCase();
    if (WELL_KNOWN_GUIDS.has(upper)) return match;
    return this.map('guid', upper, match);
  }

  private ipv6(match: string): string {
    const zone = match.indexOf('%');
    const address = zone < 0 ? match : match.slice(0, zone);
    if (!isIPv6(address) || isReservedIpv6(address) || !/[0-9a-f]{2}/i.test(address.replace(/:/g, ''))) return match;
    const normal = address.toLowerCase();
    let pseudonym = this.map('ipv6', normal, normal);
    if (!this.discovering && normal.startsWith('fe80:')) pseudonym = `fe80${pseudonym.slice(4)}`;
    return pseudonym + (zone < 0 ? '' : match.slice(zone));
  }

  private ipv4(match: string, before: string): string {
    if (!isIPv4(match) || isReservedIpv4(match) || /version[=: ]*v?$/i.test(before)) return match;
    return this.map('ipv4', match, match);
  }

  /** A dotted word of free text: a DNS name when the run declared it or it ends in a top-level domain. */
  private dotted(match: string, afterWildcard: boolean): string {
    // A DNS name has at most 253 characters: a longer dotted run is not one (and is not searched label by label).
    if (match.length > 253) return this.literalNames(match);
    const lower = match.toLowerCase();
    if (afterWildcard || this.knownDomain(lower)) return this.domain(match);
    const labels = lower.split('.');
    const looksLikeHost =
      !NOT_HOSTS.has(lower) &&
      !labels.some((l) => l === '' || l.startsWith('-')) &&
      !/^\d+$/.test(labels[labels.length - 1]!) &&
      (TOP_LEVEL.has(labels[labels.length - 1]!) || (this.shortNames.get(labels[0]!) === 'host' && !VOCABULARY.has(labels[0]!)) || this.endsInKnownDomain(lower));
    if (looksLikeHost && !labels[0]!.startsWith('_')) return this.host(match);
    return this.literalNames(match);
  }

  /** A host name, short or fully qualified, or an IP address; public hosts are kept. */
  host(value: string, wildcard = false): string {
    if (wildcard) return `*.${this.domain(value.slice(2))}`;
    let host = value;
    let suffix = '';
    const trailing = /\.$/.exec(host);
    if (trailing) (host = host.slice(0, -1)), (suffix = '.');
    if (isIPv4(host)) return this.ipv4(host, '') + suffix;
    if (isIPv6(host)) return this.ipv6(host) + suffix;
    if (host === '' || isPublicHost(host) || PSEUDONYM.test(host) || /^(?:host-[0-9a-f]{8}\.)?domain-[0-9a-f]{8}\.example$/i.test(host)) return value;
    const dot = host.indexOf('.');
    const first = dot < 0 ? host : host.slice(0, dot);
    const rest = dot < 0 ? '' : host.slice(dot + 1);
    if (this.discovering) {
      this.shortNames.set(first.toLowerCase(), 'host');
      if (rest) this.domains.add(rest.toLowerCase());
    }
    const label = this.map('host', first.toLowerCase(), first);
    return (rest ? `${label}.${this.domain(rest)}` : label) + suffix;
  }

  domain(value: string): string {
    const lower = value.toLowerCase().replace(/\.$/, '');
    if (isPublicHost(lower) || /^domain-[0-9a-f]{8}\.example$/i.test(lower)) return value;
    if (this.discovering) this.domains.add(lower);
    return this.map('domain', lower, value);
  }

  netbios(value: string): string {
    const lower = value.toLowerCase();
    if (BUILT_IN_ACCOUNTS.has(lower) || PSEUDONYM.test(value)) return value;
    if (this.shortNames.get(lower) === 'host') return this.host(value);
    if (this.discovering && !this.shortNames.has(lower)) this.shortNames.set(lower, 'netbios');
    return this.map('netbios', lower, value);
  }

  /** A user name: bare, DOMAIN\user or user@domain. */
  user(value: string): string {
    if (value.includes('\\')) {
      const [domain, user] = value.split('\\', 2) as [string, string];
      return `${this.netbios(domain)}\\${this.user(user)}`;
    }
    if (value.includes('@')) return this.email(value);
    const lower = value.toLowerCase();
    if (BUILT_IN_ACCOUNTS.has(lower) || PSEUDONYM.test(value) || value.endsWith('$') && this.shortNames.get(lower.slice(0, -1)) === 'host') {
      return value.endsWith('$') ? `${this.host(value.slice(0, -1))}$` : value;
    }
    if (this.discovering && !this.shortNames.has(lower)) this.shortNames.set(lower, 'user');
    return this.map('user', lower, value);
  }

  /** Certificate names: CN as a host when it is one, O/OU/L/ST/DC values as names. */
  private distinguishedName(value: string): string {
    return value.replace(/\b(CN|OU|O|L|ST|S|DC|E)=((?:[^,+"\\]|\\.)+|"[^"]*")/gi, (whole, attr: string, raw: string) => {
      const v = raw.trim();
      const a = attr.toUpperCase();
      if (a === 'E') return `${attr}=${this.text(v)}`;
      if (a === 'DC' && TOP_LEVEL.has(v.toLowerCase())) return whole;
      if (a === 'CN' && /^[A-Za-z0-9*][A-Za-z0-9.*-]*$/.test(v) && !v.includes(' ')) return `${attr}=${this.host(v, v.startsWith('*.'))}`;
      const redacted = this.text(v);
      if (redacted !== v || /microsoft/i.test(v)) return `${attr}=${redacted}`;
      return `${attr}=${this.map('name', v.toLowerCase(), v)}`;
    });
  }

  // ---- helpers ----

  private knownDomain(lower: string): boolean {
    return this.domains.has(lower.replace(/\.$/, ''));
  }

  private endsInKnownDomain(lower: string): boolean {
    for (let i = lower.indexOf('.'); i >= 0; i = lower.indexOf('.', i + 1)) if (this.domains.has(lower.slice(i + 1))) return true;
    return false;
  }

  /** The pseudonym (or, while discovering, the original recorded), in the original's case. */
  private map(kind: 'host' | 'domain' | 'netbios' | 'user' | 'guid' | 'ipv4' | 'ipv6' | 'name', normal: string, original: string): string {
    if (this.discovering) {
      this.originals.add(normal);
      return original;
    }
    const pseudonym = this.pseudonyms!.get(kind, normal);
    return /[a-z]/.test(original) || !/[A-Z]/.test(original) ? pseudonym : pseudonym.toUpperCase();
  }

  /** Names the document declares (host, domain and server fields at any depth), so the text pass knows them before it reads any line. */
  private declare(doc: unknown): void {
    const visit = (value: unknown, key: string | undefined): void => {
      if (typeof value === 'string') {
        const k = key?.toLowerCase();
        if (k === undefined || value === '' || /\s/.test(value)) return;
        if (HOST_KEYS.has(k) && !/[\\/]/.test(value)) this.host(value, value.startsWith('*.'));
        else if (DOMAIN_KEYS.has(k) && !/[\\/]/.test(value)) value.includes('.') ? this.domain(value) : this.netbios(value);
        else if (SERVER_KEYS.has(k)) for (const name of serverNames(value)) this.host(name);
        return;
      }
      if (Array.isArray(value)) for (const v of value) visit(v, key);
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(doc, undefined);
  }
}

/** Host names in a server setting: `HOST\INSTANCE`, `tcp:HOST,1433`, `proxy:8080`, `http=proxy:80;https=proxy:443`. */
function serverNames(value: string): string[] {
  const names: string[] = [];
  for (const item of value.split(/[;\s]+/)) {
    let v = item.replace(/^[a-z]+=/i, '').replace(/^[a-z]+:\/\//i, '').replace(/^(?:tcp|np|lpc):/i, '');
    if (v.startsWith('\\\\')) continue; // a named pipe: \\.\pipe\...
    v = v.split('\\')[0]!.split(',')[0]!;
    if (!v.startsWith('[')) v = v.replace(/:\d+$/, '');
    if (v && !v.includes('#') && !v.startsWith('<') && !v.startsWith('*') && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(v)) names.push(v);
  }
  return names;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

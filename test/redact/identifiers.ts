// The identifiers of an original fact file (or any JSON of the collector fixtures), found
// independently of the redactor: declared names, URL hosts, IPv4 addresses, GUIDs (except the
// well-known service ids), DOMAIN\user accounts, e-mail users and domains, UNC hosts and the IIS
// cs-username column. Shared by the engine's leak test and the collector's (check-redaction.ts).
import { isPublicHost, isReservedIpv4, WELL_KNOWN_GUIDS } from '../../engine/redact/well-known.js';

const HOST_KEYS = /^(computername|fqdn|hostname|dnshostname|dnsnames|domain|susclientid|ipaddress|ipv4addresses|ipv6addresses|sqlservername|proxyserver|upstreamservername)$/i;
const VOCABULARY = new Set(['wsus', 'workgroup', 'proxy', 'server', 'localhost']);

/** Every identifier of a JSON document: declared names, URL hosts, IPv4 addresses, GUIDs, user names of W3C logs and DOMAIN\user, e-mail users. */
export function identifiersOf(doc: unknown): Set<string> {
  const found = new Set<string>();
  const add = (value: string) => {
    const v = value.trim().toLowerCase().replace(/\.$/, '');
    if (v.length < 3 || VOCABULARY.has(v) || isPublicHost(v) || v.includes('##')) return;
    found.add(v);
    // The short name of an FQDN is an identifier of its own (wsus01 of wsus01.contoso.com).
    const first = v.split('.')[0]!;
    if (v.includes('.') && !/^\d+$/.test(first) && first.length >= 3 && !VOCABULARY.has(first) && !first.startsWith('*')) found.add(first);
  };
  const scan = (text: string) => {
    for (const m of text.matchAll(/\b[a-z]+:\/\/([^/:\s'"<>\]\\;,)]+)/gi)) add(m[1]!);
    for (const m of text.matchAll(/(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)/g)) if (!isReservedIpv4(m[1]!) && m[1]!.split('.').every((o) => Number(o) <= 255)) add(m[1]!);
    for (const m of text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)) if (!WELL_KNOWN_GUIDS.has(m[0].toUpperCase())) add(m[0]);
    for (const m of text.matchAll(/(?<=^|[\s"'=])([A-Z][A-Z0-9-]{1,14})\\([A-Za-z][\w.$-]*)(?=$|[\s"'])/g)) if (!/^(NT|AUTHORITY|BUILTIN|APPPOOL|SMS|HKLM|WSUS)$/.test(m[1]!)) (add(m[1]!), add(m[2]!));
    for (const m of text.matchAll(/([A-Za-z0-9._-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) (add(m[1]!), add(m[2]!));
    for (const m of text.matchAll(/(?<![\\\w])\\\\([A-Za-z0-9_-]{3,})(?=\\)/g)) add(m[1]!);
  };
  const visit = (value: unknown, key: string | undefined): void => {
    if (typeof value === 'string') {
      scan(value);
      if (key && HOST_KEYS.test(key) && (value.match(/:/g) ?? []).length >= 2) add(value.split('%')[0]!); // an IPv6 address
      else if (key && HOST_KEYS.test(key) && !/[\s/]/.test(value)) for (const part of value.split(/[\\,:]/)) if (/^[*A-Za-z0-9][\w.*-]*$/.test(part) && !/^\d+$/.test(part)) add(part.replace(/^\*\./, ''));
      return;
    }
    if (Array.isArray(value)) {
      if (key?.toLowerCase() === 'lines') {
        let column = -1;
        for (const line of value as string[]) {
          if (typeof line !== 'string') continue;
          if (line.startsWith('#Fields:')) column = line.slice(8).trim().split(/\s+/).indexOf('cs-username');
          else if (column >= 0 && !line.startsWith('#')) {
            const user = line.split(' ')[column];
            if (user && user !== '-') for (const part of user.split(/[\\@]/)) add(part);
          }
        }
      }
      for (const v of value) visit(v, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        scan(k);
        visit(v, k);
      }
    }
  };
  visit(doc, undefined);
  return found;
}

/**
 * Derives `policy` from `clientPolicy`: the WUServer / WUStatusServer URLs taken apart and
 * AU\UseWUServer.
 *
 * Source: the native key `HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate` when it
 * holds WUServer or WUStatusServer, else its Wow6432Node copy when that does (knowledge
 * 6.4: ConfigMgr documentation names the Wow6432Node path); `source` says which.
 * UseWUServer falls back per value (native, else Wow6432Node).
 *
 * URL parsing is done by hand rather than with `new URL()`, which drops a default port
 * (`http://wsus:80` would lose its explicit port) and accepts hosts such as `$WSUSSERVER`.
 * `statusServerMatches` compares the two values case-insensitively with trailing slashes
 * ignored; two absent values match, one absent value does not. `matchesAgentUrl` compares
 * WUServer the same way with the "WSUS server:" URLs the agent logged (any of them: the agent
 * may log an old URL before a "(Changed)" line with the new one).
 */
import type { FactDocument, PolicyWindowsUpdate } from '../facts/fact-types.generated.js';
import type { DerivedPolicy, DerivedUrl } from './derived-types.js';
import { deepFreeze, isOk } from './evidence.js';

const URL_SHAPE = /^(https?):\/\/(\[[0-9A-Fa-f:.]+(?:%[\w.]+)?\]|[^/:?#\s[\]]+)(?::(\d{1,5}))?(?:[/?#]\S*)?$/i;
const HOST_NAME = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?$/;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Take a policy URL apart (see the file header). */
export function parsePolicyUrl(value: string | undefined): DerivedUrl {
  const raw = value?.trim();
  if (!raw) return { present: false, valid: false, isFqdn: false, isIpAddress: false };
  const out: DerivedUrl = { present: true, raw: value, valid: false, isFqdn: false, isIpAddress: false };
  const m = URL_SHAPE.exec(raw);
  if (!m) return out;
  const scheme = m[1]!.toLowerCase() as 'http' | 'https';
  const bracketed = m[2]!.startsWith('[');
  const host = bracketed ? m[2]!.slice(1, -1) : m[2]!;
  const isIpAddress = bracketed || (IPV4.test(host) && host.split('.').every((o) => Number(o) <= 255));
  if (!isIpAddress && !HOST_NAME.test(host)) return out;
  const explicitPort = m[3] === undefined ? undefined : Number(m[3]);
  if (explicitPort !== undefined && (explicitPort < 1 || explicitPort > 65535)) return out;
  out.valid = true;
  out.scheme = scheme;
  out.host = host;
  if (explicitPort !== undefined) out.explicitPort = explicitPort;
  out.port = explicitPort ?? (scheme === 'https' ? 443 : 80);
  out.isIpAddress = isIpAddress;
  out.isFqdn = !isIpAddress && host.replace(/\.$/, '').includes('.');
  return out;
}

/**
 * parsePolicyUrl, shared: a fleet's clients point at a few servers, so each value is taken apart
 * once and its (frozen) result serves every document that holds it. Bounded: the cache starts
 * again when it has seen this many values.
 */
const URL_CACHE_SIZE = 1000;
const urlCache = new Map<string | undefined, DerivedUrl>();
function policyUrl(value: string | undefined): DerivedUrl {
  let url = urlCache.get(value);
  if (url === undefined) {
    if (urlCache.size >= URL_CACHE_SIZE) urlCache.clear();
    urlCache.set(value, (url = deepFreeze(parsePolicyUrl(value))));
  }
  return url;
}

function hasServer(key: PolicyWindowsUpdate | undefined): boolean {
  return Boolean(key?.WUServer?.trim() || key?.WUStatusServer?.trim());
}

/**
 * The Windows Update for Business deferral, pause and offering policies that are on (wufb-wsus.md:
 * "If you configure a WSUS server and deferral policies: all of your updates will come from Windows
 * Update unless you specify the scan source policy"), as "Name = value".
 */
function wufbPolicies(key: PolicyWindowsUpdate | undefined): string[] {
  if (key === undefined) return [];
  const out: string[] = [];
  for (const name of ['DeferFeatureUpdates', 'DeferQualityUpdates', 'TargetReleaseVersion', 'DeferUpgrade'] as const) {
    if (key[name] === 1) out.push(`${name} = 1`);
  }
  for (const name of ['PauseFeatureUpdatesStartTime', 'PauseQualityUpdatesStartTime'] as const) {
    const value = key[name]?.trim();
    if (value) out.push(`${name} = ${value}`);
  }
  return out;
}

/** With the scan source policy on: the classes whose source value is 0 (Windows Update); absent means the CSP default 1 (WSUS). */
function classesFromWindowsUpdate(key: PolicyWindowsUpdate | undefined): string[] {
  const classes = [
    ['Feature', key?.SetPolicyDrivenUpdateSourceForFeatureUpdates],
    ['Quality', key?.SetPolicyDrivenUpdateSourceForQualityUpdates],
    ['Driver', key?.SetPolicyDrivenUpdateSourceForDriverUpdates],
    ['Other', key?.SetPolicyDrivenUpdateSourceForOtherUpdates],
  ] as const;
  return classes.filter(([, value]) => value === 0).map(([name]) => name);
}

/** Two URLs are the same: letter case, surrounding white space and trailing slashes ignored. */
export function sameUrl(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  const norm = (v: string | undefined) => (v ?? '').trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The block of every document without a client policy: built once, shared, frozen. */
let notAvailable: DerivedPolicy | undefined;

/**
 * Derive the client policy block. `available` is false unless `clientPolicy` has status
 * ok; the URL blocks are then "not present". `agentUrls` are the "WSUS server:" URLs of the
 * agent's log (derived.windowsUpdateLog.wsusServerUrls) when that log was collected.
 */
export function derivePolicy(doc: FactDocument, agentUrls?: readonly string[]): DerivedPolicy {
  const policy = doc.clientPolicy;
  if (!isOk(policy)) return (notAvailable ??= deepFreeze({ available: false, wuServer: parsePolicyUrl(undefined), wuStatusServer: parsePolicyUrl(undefined), statusServerMatches: false }));
  const native = policy!.windowsUpdate;
  const wow = policy!.wow6432Node?.windowsUpdate;
  const source: DerivedPolicy['source'] = hasServer(native) ? 'native' : hasServer(wow) ? 'wow6432Node' : undefined;
  const key = source === 'wow6432Node' ? wow : native;
  const out: DerivedPolicy = {
    available: true,
    wuServer: policyUrl(key?.WUServer),
    wuStatusServer: policyUrl(key?.WUStatusServer),
    statusServerMatches: sameUrl(key?.WUServer, key?.WUStatusServer),
  };
  out.alternateDownloadServer = policyUrl(key?.UpdateServiceUrlAlternate);
  out.wufbPolicies = wufbPolicies(native);
  const scanSource = (policy!.au?.UseUpdateClassPolicySource ?? policy!.wow6432Node?.au?.UseUpdateClassPolicySource) === 1;
  out.scanSourcePolicy = scanSource;
  out.classesFromWindowsUpdate = scanSource ? classesFromWindowsUpdate(native) : [];
  const useWUServer = policy!.au?.UseWUServer ?? policy!.wow6432Node?.au?.UseWUServer;
  if (useWUServer !== undefined) out.useWUServer = useWUServer;
  if (source !== undefined) out.source = source;
  if (out.wuServer.present && agentUrls !== undefined && agentUrls.length > 0) {
    out.matchesAgentUrl = agentUrls.some((url) => sameUrl(url, key?.WUServer));
  }
  return out;
}

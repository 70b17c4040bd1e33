/**
 * Derives `wsusSite` and `wsusPool` from the IIS configuration and the WSUS setup values.
 *
 * Site: the site whose id is `wsusServer.iisTargetWebSiteIndex`; else the site named
 * "WSUS Administration" (case-insensitive); else a site with a binding on
 * `wsusServer.portNumber`. Pool: the application pool of the ClientWebService application
 * (knowledge 2.3: discover it rather than assume it), else "WsusPool"; looked up in
 * `iis.appPools` by name, case-insensitively. Without an ok `iis` section nothing is found.
 */
import type { AppPool, FactDocument, Site } from '../facts/fact-types.generated.js';
import type { DerivedWsusPool, DerivedWsusSite } from './derived-types.js';
import { isOk } from './evidence.js';

/** Name WSUS setup gives the pool. */
export const DEFAULT_WSUS_POOL = 'WsusPool';
const WSUS_SITE_NAME = 'wsus administration';

function siteResult(site: Site, matchedBy: NonNullable<DerivedWsusSite['matchedBy']>): DerivedWsusSite {
  const out: DerivedWsusSite = { found: true, id: site.id, name: site.name, matchedBy };
  if (site.state !== undefined) out.state = site.state;
  return out;
}

/** Find the WSUS web site (see the file header). */
export function deriveWsusSite(doc: FactDocument): DerivedWsusSite {
  const sites = isOk(doc.iis) ? (doc.iis!.sites ?? []) : [];
  const setup = doc.wsusServer;
  const index = setup?.iisTargetWebSiteIndex;
  if (index !== undefined) {
    const byId = sites.find((s) => s.id === index);
    if (byId) return siteResult(byId, 'siteIndex');
  }
  const byName = sites.find((s) => s.name.toLowerCase() === WSUS_SITE_NAME);
  if (byName) return siteResult(byName, 'name');
  const port = setup?.portNumber;
  if (port !== undefined) {
    const byPort = sites.find((s) => (s.bindings ?? []).some((b) => b.port === port));
    if (byPort) return siteResult(byPort, 'port');
  }
  return { found: false };
}

/** Resolve the WSUS application pool (see the file header). */
export function deriveWsusPool(doc: FactDocument): DerivedWsusPool {
  const iis = isOk(doc.iis) ? doc.iis! : undefined;
  const cws = iis?.wsusApplications?.find((a) => a.name.replace(/^\//, '').toLowerCase() === 'clientwebservice');
  const name = cws?.applicationPool?.trim() || DEFAULT_WSUS_POOL;
  const pools = iis?.appPools ?? {};
  let pool: AppPool | undefined = pools[name];
  if (pool === undefined) {
    const lower = name.toLowerCase();
    const key = Object.keys(pools).find((k) => k.toLowerCase() === lower);
    pool = key === undefined ? undefined : pools[key];
  }
  const out: DerivedWsusPool = { found: pool !== undefined, name };
  if (pool?.state !== undefined) out.state = pool.state;
  if (pool?.privateMemoryKB !== undefined) out.privateMemoryKB = pool.privateMemoryKB;
  if (pool?.queueLength !== undefined) out.queueLength = pool.queueLength;
  if (pool?.rapidFailProtection !== undefined) out.rapidFailProtection = pool.rapidFailProtection;
  return out;
}

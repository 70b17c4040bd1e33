/**
 * Derives `wsusSite` and `wsusPool` from the IIS configuration and the WSUS setup values.
 *
 * Site: the site whose id is `wsusServer.iisTargetWebSiteIndex`; else the site named
 * "WSUS Administration" (case-insensitive); else a site with a binding on
 * `wsusServer.portNumber`. Pool: the application pool of the ClientWebService application
 * (knowledge 2.3: discover it rather than assume it), else "WsusPool"; looked up in
 * `iis.appPools` by name, case-insensitively. Without an ok `iis` section nothing is found.
 *
 * Best practices (KB 4490414, knowledge 3.1): idle time-out 0, ping disabled, regular time
 * interval (periodic restart) 0, virtual memory limit 0. Each setting that was read and differs
 * is listed in `offBestPractice` with its value; `bestPracticeFix` holds the commands that set
 * them; settings the collector did not read are listed in `bestPracticeUnread`.
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
  if (pool === undefined) return out;
  if (pool.idleTimeoutMinutes !== undefined) out.idleTimeoutMinutes = pool.idleTimeoutMinutes;
  if (pool.pingingEnabled !== undefined) out.pingingEnabled = pool.pingingEnabled;
  if (pool.periodicRestartMinutes !== undefined) out.periodicRestartMinutes = pool.periodicRestartMinutes;
  if (pool.virtualMemoryKB !== undefined) out.virtualMemoryKB = pool.virtualMemoryKB;
  const off: string[] = [];
  const fix: string[] = [];
  const unread: string[] = [];
  const bare = `IIS:\\AppPools\\${pool.name}`;
  const path = /[\s'"]/.test(pool.name) ? `'${bare.replace(/'/g, "''")}'` : bare;
  if (pool.idleTimeoutMinutes === undefined) unread.push('idleTimeout');
  else if (pool.idleTimeoutMinutes !== 0) {
    off.push(`idle time-out ${pool.idleTimeoutMinutes} min (recommended 0)`);
    fix.push(`Set-ItemProperty ${path} -Name processModel.idleTimeout -Value ([TimeSpan]::Zero)`);
  }
  if (pool.pingingEnabled === undefined) unread.push('pingingEnabled');
  else if (pool.pingingEnabled) {
    off.push('ping enabled (recommended False)');
    fix.push(`Set-ItemProperty ${path} -Name processModel.pingingEnabled -Value $false`);
  }
  if (pool.periodicRestartMinutes === undefined) unread.push('periodicRestart.time');
  else if (pool.periodicRestartMinutes !== 0) {
    off.push(`regular time interval ${pool.periodicRestartMinutes} min (recommended 0)`);
    fix.push(`Set-ItemProperty ${path} -Name recycling.periodicRestart.time -Value ([TimeSpan]::Zero)`);
  }
  if (pool.virtualMemoryKB === undefined) unread.push('periodicRestart.memory');
  else if (pool.virtualMemoryKB !== 0) {
    off.push(`virtual memory limit ${pool.virtualMemoryKB} KB (recommended 0)`);
    fix.push(`Set-ItemProperty ${path} -Name recycling.periodicRestart.memory -Value 0`);
  }
  out.offBestPractice = off;
  out.bestPracticeFix = fix.join('; ');
  out.bestPracticeUnread = unread;
  return out;
}

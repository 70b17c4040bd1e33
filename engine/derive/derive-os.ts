/**
 * Derives the operating-system and update facts: `osFamily`, `installedKbs`,
 * `latestUpdateInstalledOn`, `updatesWithoutDate`, `rebootPending`.
 *
 * osFamily: servers (productType server/domainController, else an installationType or
 * caption containing "Server") map by version (knowledge 1.2): 6.1 -> 2008R2, 6.2 -> 2012,
 * 6.3 -> 2012R2, 10.0.14393 -> 2016, 17763 -> 2019, 20348 -> 2022, 26100 -> 2025;
 * workstations (productType workstation, else installationType Client) -> 'client';
 * anything else, including a server build not in the list, -> 'unknown'. Client and server
 * releases share version numbers, so a version alone never decides.
 */
import type { FactDocument, Os } from '../facts/fact-types.generated.js';
import { isOk } from './evidence.js';

export type OsFamily = '2008R2' | '2012' | '2012R2' | '2016' | '2019' | '2022' | '2025' | 'client' | 'unknown';

const SERVER_BY_BUILD: ReadonlyMap<number, OsFamily> = new Map([
  [14393, '2016'], [17763, '2019'], [20348, '2022'], [26100, '2025'],
]);
const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?/;

function kind(os: Os): 'server' | 'workstation' | undefined {
  if (os.productType === 'server' || os.productType === 'domainController') return 'server';
  if (os.productType === 'workstation') return 'workstation';
  if (os.installationType !== undefined) {
    if (/server/i.test(os.installationType)) return 'server';
    if (/client/i.test(os.installationType)) return 'workstation';
  }
  if (os.caption !== undefined && /\bserver\b/i.test(os.caption)) return 'server';
  return undefined;
}

/** OS family from `os` (see the file header); 'unknown' when `os` is not ok. */
export function deriveOsFamily(doc: FactDocument): OsFamily {
  if (!isOk(doc.os)) return 'unknown';
  const os = doc.os!;
  const k = kind(os);
  if (k === 'workstation') return 'client';
  if (k !== 'server' || os.version === undefined) return 'unknown';
  const m = VERSION.exec(os.version.trim());
  if (!m) return 'unknown';
  const version = `${m[1]}.${m[2]}`;
  if (version === '6.1') return '2008R2';
  if (version === '6.2') return '2012';
  if (version === '6.3') return '2012R2';
  if (version !== '10.0') return 'unknown';
  const build = m[3] !== undefined ? Number(m[3]) : os.build;
  return (build !== undefined && SERVER_BY_BUILD.get(build)) || 'unknown';
}

/** What derive takes from `updates`, in one pass: see the three functions below. Undefined unless `updates` is ok. */
export interface UpdateFacts {
  installedKbs: string[];
  latestUpdateInstalledOn: string | undefined;
  updatesWithoutDate: number;
}

/** installedKbs, latestUpdateInstalledOn and updatesWithoutDate in one pass over the updates (each date parsed once). */
export function deriveUpdateFacts(doc: FactDocument): UpdateFacts | undefined {
  if (!isOk(doc.updates)) return undefined;
  const items = doc.updates!.items ?? [];
  const ids: string[] = [];
  // A handful of updates is the rule: a list is searched until there are enough for a set to pay.
  let seen: Set<string> | undefined;
  let newest: string | undefined;
  let newestTime = -Infinity;
  let withoutDate = 0;
  for (const item of items) {
    const id = item.id.trim();
    const time = item.installedOn === undefined ? Number.NaN : Date.parse(item.installedOn);
    if (!Number.isNaN(time) && time > newestTime) {
      newestTime = time;
      newest = item.installedOn;
    }
    if (!id) continue;
    if (Number.isNaN(time)) withoutDate++;
    const kb = id.toUpperCase();
    if (seen !== undefined) {
      if (!seen.has(kb)) {
        seen.add(kb);
        ids.push(kb);
      }
    } else if (!ids.includes(kb)) {
      ids.push(kb);
      if (ids.length > 16) seen = new Set(ids);
    }
  }
  return { installedKbs: ids, latestUpdateInstalledOn: newest, updatesWithoutDate: withoutDate };
}

/** Installed KB ids, trimmed, upper-case, distinct, in collection order; empty unless `updates` is ok. */
export function deriveInstalledKbs(doc: FactDocument): string[] {
  return deriveUpdateFacts(doc)?.installedKbs ?? [];
}

/**
 * The newest `installedOn` among the installed updates, as written (ISO date or date-time);
 * values that do not parse as dates are ignored. Undefined when none is known.
 */
export function deriveLatestUpdateInstalledOn(doc: FactDocument): string | undefined {
  return deriveUpdateFacts(doc)?.latestUpdateInstalledOn;
}

/**
 * How many installed updates (non-empty id) have no usable `installedOn` (missing or not a
 * date): the updates a date test on latestUpdateInstalledOn cannot see. Undefined unless
 * `updates` is ok.
 */
export function deriveUpdatesWithoutDate(doc: FactDocument): number | undefined {
  return deriveUpdateFacts(doc)?.updatesWithoutDate;
}

/** True if any pending-reboot marker is true; undefined when the markers are not known. */
export function deriveRebootPending(doc: FactDocument): boolean | undefined {
  const markers = isOk(doc.os) ? doc.os!.pendingReboot : undefined;
  if (markers === undefined) return undefined;
  return markers.windowsUpdate === true || markers.componentBasedServicing === true || markers.pendingFileRenameOperations === true;
}

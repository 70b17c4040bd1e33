/**
 * Typed fact paths: every dotted path into a fact document or its derived facts, computed from
 * the generated fact types, so `fact('services.items.WsusService.status')` type-checks and a
 * misspelt path is a compile error. Maps (services.items, iis.appPools) accept any key.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import type { DerivedFacts } from '../facts/derived-facts.generated.js';

/** What conditions are evaluated against: the fact document plus `derived`. */
export type FactRoot = FactDocument & { derived: DerivedFacts };

type Depth = [never, 0, 1, 2, 3, 4, 5, 6];

/** Dotted paths of T; arrays are leaves (a path can name a list, not an element). */
export type PathsOf<T, D extends number = 6> = [D] extends [never]
  ? never
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? {
          [K in keyof T & string]-?:
            | K
            | (NonNullable<T[K]> extends readonly unknown[]
                ? never
                : NonNullable<T[K]> extends object
                  ? `${K}.${PathsOf<NonNullable<T[K]>, Depth[D]>}`
                  : never);
        }[keyof T & string]
      : never;

export type FactPath = PathsOf<FactRoot>;

/**
 * Sections of the fact document that carry a collection `status`. A rule that needs a value
 * under one of them gets `insufficientEvidence` unless that section's status is `ok`.
 * (A test checks this list against schemas/facts.schema.json.)
 */
export const SECTION_PATHS = [
  'os',
  'updates',
  'services',
  'wsusServer',
  'configMgr',
  'iis',
  'clientPolicy',
  'windowsUpdateClient',
  'proxy',
  'events',
  'susdb',
  'upstreamSync',
  'contentStore',
  'sslCertificate',
  'clientHealth',
  'logs.iisW3c',
  'logs.httpErr',
  'logs.windowsUpdate',
  'logs.softwareDistribution',
  'logs.configMgrClient.locationServices',
  'logs.configMgrClient.wuaHandler',
  'logs.configMgrClient.scanAgent',
  'logs.configMgrClient.updatesDeployment',
  'logs.configMgrSite.wsyncmgr',
  'logs.configMgrSite.wcm',
  'logs.configMgrSite.wsusCtrl',
] as const;

export type SectionPath = (typeof SECTION_PATHS)[number];

/** The section a path lies in (longest matching prefix), or undefined for derived/top-level values. */
export function sectionOf(path: string): SectionPath | undefined {
  let best: SectionPath | undefined;
  for (const section of SECTION_PATHS) {
    if ((path === section || path.startsWith(`${section}.`)) && (!best || section.length > best.length)) best = section;
  }
  return best;
}

/** Resolves a dotted path; undefined when any step is missing. Keys never contain dots. */
export function resolvePath(root: unknown, path: string): unknown {
  let current: unknown = root;
  let start = 0;
  while (start <= path.length) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    let end = path.indexOf('.', start);
    if (end === -1) end = path.length;
    current = (current as Record<string, unknown>)[path.slice(start, end)];
    start = end + 1;
  }
  return current;
}

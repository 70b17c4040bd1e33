/**
 * Conditions over the entries of `iis.wsusApplications` (a list of objects).
 *
 * Why this exists: fact paths treat lists as leaves and no operator looks inside list items, so
 * "some WSUS application has X" cannot be written directly. The path resolver does index into
 * arrays (`iis.wsusApplications.3.name`), so the check is unrolled over the first
 * MAX_WSUS_APPLICATIONS entries; a longer list makes the rule inconclusive (see
 * `moreApplicationsThanChecked`) instead of silently passing on entries it did not look at.
 * A WSUS site has nine applications and virtual directories, so the cap is not reached in
 * practice. Replace this with an engine-level "some item" condition when one exists.
 */
import { all, any, fact, not } from '../../../engine/dsl/define-rule.js';
import type { FactPath } from '../../../engine/dsl/fact-paths.js';
import type { Condition, FactCondition } from '../../../engine/dsl/rule-types.js';

export const MAX_WSUS_APPLICATIONS = 16;

/**
 * Name lists for `in` conditions. IIS names are case-insensitive, so each name is listed as
 * WSUS setup writes it and in lower case (plus the SelfUpdate spelling). Plain lists rather
 * than case-insensitive regexes: every regex leaf is proven ReDoS-safe at load time, which is
 * slow when a pattern is repeated for each unrolled list index.
 */
function spellings(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => [n, n.toLowerCase()]))];
}
/** Applications that must require SSL when WSUS uses SSL (knowledge 2.3; Step 2: Configure WSUS). */
export const SSL_APPLICATIONS = spellings(['ApiRemoting30', 'ClientWebService', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService']);
/** Applications and virtual directories that must allow anonymous access (knowledge 2.3). */
export const ANONYMOUS_APPLICATIONS = spellings([
  'ClientWebService', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService', 'ReportingWebService', 'Inventory', 'Content', 'Selfupdate', 'SelfUpdate',
]);
/** Virtual directories clients download from over plain HTTP, even when WSUS uses SSL. */
export const HTTP_DOWNLOAD_DIRECTORIES = spellings(['Content', 'Selfupdate', 'SelfUpdate']);

/** A property of the i-th WSUS application, e.g. appFact(2, 'requireSsl', 'equal', true). */
export function appFact(index: number, property: string, operator: FactCondition['operator'], value?: unknown): Condition<FactPath> {
  return fact(`iis.wsusApplications.${index}.${property}` as FactPath, operator, value);
}

/** True when all conditions of `build(i)` hold for at least one of the checked entries. */
export function someWsusApplication(build: (index: number) => Condition<FactPath>[]): Condition<FactPath> {
  return any(
    ...Array.from({ length: MAX_WSUS_APPLICATIONS }, (_, i) => {
      const conditions = build(i);
      return conditions.length === 1 ? conditions[0] : all(...conditions);
    }),
  );
}

/** The list is longer than what someWsusApplication checks, or empty: either way nothing can be concluded. */
export const applicationListNotCheckable: Condition<FactPath> = any(
  fact('iis.wsusApplications', 'lengthGreaterThan', MAX_WSUS_APPLICATIONS),
  not(fact('iis.wsusApplications', 'lengthGreaterThan', 0)),
);

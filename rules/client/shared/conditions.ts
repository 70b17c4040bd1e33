/**
 * Conditions shared by the client rules, written once so that every rule gates the same way.
 *
 * Why the gates start with "... or the section was not collected": the applicability gate is
 * evaluated before `requires`. A gate over a value we could not read would turn missing evidence
 * into notApplicable; keeping the rule applicable lets `requires` report insufficientEvidence.
 */
import { all, any, fact, not } from '../../../engine/dsl/define-rule.js';
import type { FactPath } from '../../../engine/dsl/fact-paths.js';
import type { DerivedErrorFamilies } from '../../../engine/derive/derived-types.js';

/** clientPolicy was not read (any status but ok, or the section is absent). */
export const POLICY_NOT_COLLECTED = not(fact('clientPolicy.status', 'equal', 'ok'));

/** WUServer is set and non-empty (native policy key, else Wow6432Node). */
export const WUSERVER_SET = fact('derived.policy.wuServer.present', 'equal', true);

/** AU\UseWUServer is 1 (native, else Wow6432Node). */
export const USE_WUSERVER_ON = fact('derived.policy.useWUServer', 'equal', 1);

/** Gate of the policy-value rules: the client has a WUServer value to check, or its policy is unknown. */
export const HAS_WUSERVER_OR_UNKNOWN = any(POLICY_NOT_COLLECTED, WUSERVER_SET);

/** Gate of the URL-shape rules: WUServer is a valid http(s) URL (an invalid one is wuserver-not-a-url's finding). */
export const VALID_WUSERVER_OR_UNKNOWN = any(POLICY_NOT_COLLECTED, all(WUSERVER_SET, fact('derived.policy.wuServer.valid', 'equal', true)));

/**
 * Gate of the error-code rules: the client is pointed at WSUS (UseWUServer = 1 and a WUServer), or
 * its policy is unknown. A client that is not managed by WSUS talks to Microsoft Update, so its
 * error codes say nothing about a WSUS connection (client-not-managed-by-wsus reports that state).
 */
export const USES_WSUS_OR_UNKNOWN = any(POLICY_NOT_COLLECTED, all(USE_WUSERVER_ON, WUSERVER_SET));

/** Gate of the ConfigMgr rules: the ConfigMgr client is installed, or we could not tell. */
export const CONFIGMGR_CLIENT_OR_UNKNOWN = any(
  not(fact('configMgr.status', 'equal', 'ok')),
  fact('configMgr.isClient', 'exists', false),
  fact('configMgr.isClient', 'equal', true),
);

/** Evidence for client error codes: WindowsUpdate.log or the WindowsUpdateClient events (either one). */
export const CLIENT_ERROR_SOURCES: FactPath[] = ['logs.windowsUpdate', 'events'];

/** The client logged at least one of these codes (normalised 0x + 8 upper-case hex digits). */
export function loggedAnyOf(codes: string[]) {
  return fact('derived.clientErrors.knownCodes', 'containsAny', codes);
}

/** An error-code family of engine/knowledge/wu-error-codes.ts (one per client error-code rule). */
export type ClientErrorFamily = keyof DerivedErrorFamilies;

/** The client logged at least one code of this family. */
export function loggedFamily(family: ClientErrorFamily) {
  return fact(`derived.clientErrors.byFamily.${family}.count`, 'greaterThan', 0);
}

/** Message sentence naming only this family's codes, with their meaning and the number of occurrences. */
export function familyCodesSentence(family: ClientErrorFamily): string {
  return `Codes of this kind on this client ({{derived.clientErrors.byFamily.${family}.count}} occurrence(s)): {{derived.clientErrors.byFamily.${family}.codes|codes}}.`;
}

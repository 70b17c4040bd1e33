/**
 * Applicability gates over the OS family that keep missing evidence from looking like
 * "not applicable".
 *
 * Why not `appliesTo.osFamily`: that gate compares derived.osFamily with the list, and
 * derived.osFamily is 'unknown' when `os` was not collected, so a rule about Windows Server 2012
 * would say notApplicable on a server whose OS nobody read. These gates also let the rule apply
 * when the OS section is not ok or has no version; the rule then lists `os.version` in
 * `requires`, which turns the unknown OS into insufficientEvidence. A read OS of another family
 * (or one whose family cannot be told from a present version) stays notApplicable.
 * (An engine-level equivalent for `appliesTo.osFamily` is proposed in the change report.)
 */
import { any, fact, not } from '../../../engine/dsl/define-rule.js';
import type { FactPath } from '../../../engine/dsl/fact-paths.js';
import type { Condition } from '../../../engine/dsl/rule-types.js';

/** The OS version was not read: the section is not ok, or it has no version. */
export const OS_VERSION_UNKNOWN: Condition<FactPath> = any(not(fact('os.status', 'equal', 'ok')), fact('os.version', 'exists', false));

/** Gate: the server runs one of these OS families, or its OS version was not read (then `requires: ['os.version']` decides). */
export function osFamilyOrUnread(families: string[]): Condition<FactPath> {
  return any(fact('derived.osFamily', 'in', families), OS_VERSION_UNKNOWN);
}

/**
 * The "KB or a later Monthly Rollup" test shared by the Server 2012 and 2012 R2 prerequisite
 * rules. There is no UBR on those systems, so it is decided from KB ids and install dates:
 * fail only when certain (no updates, or every dated update predates the rollup and none is
 * undated); inconclusive when unnamed later (or undated) updates could be a qualifying rollup.
 */
import { all, any, fact, not } from '../../../engine/dsl/define-rule.js';

/** `proofKbs`: updates that prove the requirement; `threshold`: first day the rollup could be installed. */
export function rollupMissingConditions(proofKbs: string[], threshold: string) {
  const noProofKb = not(fact('derived.installedKbs', 'containsAny', proofKbs));
  return {
    when: all(
      noProofKb,
      any(
        // Every dated update predates the rollup, and no update lacks a date (an undated one could be a later rollup).
        all(fact('derived.latestUpdateInstalledOn', 'dateBefore', threshold), fact('derived.updatesWithoutDate', 'equal', 0)),
        not(fact('derived.installedKbs', 'lengthGreaterThan', 0)),
      ),
    ),
    inconclusiveWhen: noProofKb,
  };
}

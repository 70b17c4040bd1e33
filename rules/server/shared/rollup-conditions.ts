/**
 * The "KB or a later Monthly Rollup" test shared by the Server 2012 and 2012 R2 prerequisite
 * rules. The decision is made once, in derived.prerequisiteUpdate (engine/derive/
 * derive-prerequisite-update.ts, against the dated table engine/knowledge/server-rollups.ts):
 * fail when the installed updates were read and none can qualify; insufficient evidence, naming
 * the updates, when some installed update cannot be classified.
 */
import { fact } from '../../../engine/dsl/define-rule.js';

export function rollupMissingConditions() {
  return {
    when: fact('derived.prerequisiteUpdate.status', 'equal', 'missing'),
    inconclusiveWhen: fact('derived.prerequisiteUpdate.status', 'equal', 'unknown'),
    inconclusiveMessage: '{{derived.prerequisiteUpdate.reason}}.',
  };
}

/** Evidence shown with the result: the proof or the newest rollup found, and what does not count. */
export const ROLLUP_EVIDENCE = [
  'os.caption',
  'derived.prerequisiteUpdate.proofKb',
  'derived.prerequisiteUpdate.proofReleased',
  'derived.prerequisiteUpdate.newestRollupKb',
  'derived.prerequisiteUpdate.newestRollupReleased',
  'derived.prerequisiteUpdate.securityOnlyKbs',
  'derived.prerequisiteUpdate.undecidedKbs',
] as const;

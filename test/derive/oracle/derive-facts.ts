/**
 * TEST ORACLE: engine/derive/derive-facts.ts with the WindowsUpdate.log blocks of the full parse
 * (./derive-windows-update-log.ts and ./derive-client-errors.ts, the implementation before the
 * on-demand derive). Every other block is today's engine code: the oracle takes the engine's
 * result and recomputes only the WindowsUpdate.log blocks and the blocks that read them (policy,
 * which takes the agent's WSUS URLs, and the ConfigMgr client and proxy blocks, which take the
 * policy), so a block added to the engine needs no copy here.
 */
import type { FactDocument } from '../../../engine/facts/fact-types.generated.js';
import { deriveFacts as engineDeriveFacts } from '../../../engine/derive/derive-facts.js';
import { deriveConfigMgrClient } from '../../../engine/derive/derive-configmgr-client.js';
import { derivePolicy } from '../../../engine/derive/derive-policy.js';
import { deriveProxy } from '../../../engine/derive/derive-proxy.js';
import type { DerivedFacts, DerivedThresholds } from '../../../engine/derive/derived-types.js';
import { defaultThresholds } from '../../../engine/knowledge/thresholds.js';
import { deriveClientErrors, ErrorCodeTally } from './derive-client-errors.js';
import { deriveWindowsUpdateLog } from './derive-windows-update-log.js';

export function deriveFacts(doc: FactDocument, thresholds: DerivedThresholds = defaultThresholds()): DerivedFacts {
  const engine = engineDeriveFacts(doc, thresholds);
  const tally = new ErrorCodeTally();
  const windowsUpdateLog = deriveWindowsUpdateLog(doc, tally);
  const clientErrors = deriveClientErrors(doc, tally);
  const policy = derivePolicy(doc, windowsUpdateLog.available ? windowsUpdateLog.wsusServerUrls : undefined);
  // Same key order as the engine's result (deepStrictEqual does not compare key order, but printed diffs stay readable).
  return { ...engine, windowsUpdateLog, clientErrors, policy, configMgrClient: deriveConfigMgrClient(doc, policy), proxy: deriveProxy(doc, policy) };
}

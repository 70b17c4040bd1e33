/**
 * Computes the derived facts of one fact document (types generated from schemas/derived-facts.schema.json): the entry point
 * the engine calls once per document before the rules run. Each block comes from its own
 * derive-*.ts module; this file only puts them together. Every log is parsed once:
 * WindowsUpdate.log feeds both `windowsUpdateLog` and `clientErrors`. Blocks that depend on
 * others get them passed in (the WSUS site and pool for HTTPERR and events, the policy for
 * the ConfigMgr locations and the proxy, the agent's URLs for the policy) rather than
 * deriving them again.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';
import { deriveClientErrors, ErrorCodeTally } from './derive-client-errors.js';
import { deriveClientHealth } from './derive-client-health.js';
import { deriveConfigMgrClient } from './derive-configmgr-client.js';
import { deriveConfigMgrSite } from './derive-configmgr-site.js';
import { deriveEvents } from './derive-events.js';
import { deriveHttpErr } from './derive-httperr.js';
import { deriveIisLog } from './derive-iis-log.js';
import { deriveOsFamily, deriveRebootPending, deriveUpdateFacts } from './derive-os.js';
import { derivePolicy } from './derive-policy.js';
import { derivePrerequisiteUpdate } from './derive-prerequisite-update.js';
import { deriveProxy } from './derive-proxy.js';
import { deriveContentStore, deriveSslCertificate, deriveUpstreamSync } from './derive-server-health.js';
import { deriveWindowsUpdateLog } from './derive-windows-update-log.js';
import { deriveWsusApplications } from './derive-wsus-applications.js';
import { deriveWsusPool, deriveWsusSite } from './derive-wsus-site.js';
import type { DerivedFacts, DerivedThresholds } from './derived-types.js';
import { deriveWsusHealth } from './derive-wsus-health.js';
import { deriveSoftwareDistributionLog } from './derive-software-distribution-log.js';
import { defaultThresholds } from '../knowledge/thresholds.js';
import { deepFreeze } from './evidence.js';

/** The documented default thresholds, built once and shared (as a run shares its configured ones). */
let documentedDefaults: DerivedThresholds | undefined;

/**
 * Derive every block of {@link DerivedFacts} from a (validated) fact document.
 * Blocks whose source section or log was not collected come out with `available: false`
 * and empty counts; nothing is invented. Pure: the document is not modified.
 * `thresholds` (from a config file, engine/config) become `derived.thresholds`; the
 * documented defaults when absent.
 */
export function deriveFacts(doc: FactDocument, thresholds: DerivedThresholds = (documentedDefaults ??= deepFreeze(defaultThresholds()))): DerivedFacts {
  const tally = new ErrorCodeTally();
  const windowsUpdateLog = deriveWindowsUpdateLog(doc, tally);
  const wsusSite = deriveWsusSite(doc);
  const wsusPool = deriveWsusPool(doc);
  const osFamily = deriveOsFamily(doc);
  const updates = deriveUpdateFacts(doc);
  const policy = derivePolicy(doc, windowsUpdateLog.available ? windowsUpdateLog.wsusServerUrls : undefined);
  const derived: DerivedFacts = {
    wsusSite,
    wsusPool,
    iisLog: deriveIisLog(doc),
    httpErr: deriveHttpErr(doc, wsusSite, wsusPool),
    windowsUpdateLog,
    clientErrors: deriveClientErrors(doc, tally),
    policy,
    configMgrClient: deriveConfigMgrClient(doc, policy),
    events: deriveEvents(doc, wsusPool),
    wsusApplications: deriveWsusApplications(doc),
    proxy: deriveProxy(doc, policy),
    installedKbs: updates?.installedKbs ?? [],
    osFamily,
    prerequisiteUpdate: derivePrerequisiteUpdate(doc, osFamily),
    wsusHealth: deriveWsusHealth(doc),
    softwareDistributionLog: deriveSoftwareDistributionLog(doc),
    thresholds,
    contentStore: deriveContentStore(doc),
    sslCertificate: deriveSslCertificate(doc),
    upstreamSync: deriveUpstreamSync(doc),
    configMgrSite: deriveConfigMgrSite(doc, wsusSite),
    clientHealth: deriveClientHealth(doc),
  };
  if (updates?.latestUpdateInstalledOn !== undefined) derived.latestUpdateInstalledOn = updates.latestUpdateInstalledOn;
  if (updates !== undefined) derived.updatesWithoutDate = updates.updatesWithoutDate;
  const rebootPending = deriveRebootPending(doc);
  if (rebootPending !== undefined) derived.rebootPending = rebootPending;
  return derived;
}

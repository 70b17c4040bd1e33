/** Built-in fleet rules (explicit list: no directory scanning), evaluated by `wsus-doctor batch` across machines. */
import type { FleetRuleDefinition } from '../../engine/fleet/fleet-rule.js';
import fleetClientNotInIisLog from './fleet-client-not-in-iis-log.js';
import fleetClientTargetMismatch from './fleet-client-target-mismatch.js';
import fleetTargetAudit from './fleet-target-audit.js';
import fleetOverloadClientTimeouts from './fleet-overload-client-timeouts.js';
import fleetDuplicateSusClientId from './fleet-duplicate-sus-client-id.js';
import fleetStaleReporting from './fleet-stale-reporting.js';
import fleetCollectionTimeOutliers from './fleet-collection-time-outliers.js';
import fleetClientTargetGroupMissing from './fleet-client-target-group-missing.js';

export const fleetRules: readonly FleetRuleDefinition[] = [
  fleetClientNotInIisLog,
  fleetClientTargetMismatch,
  fleetTargetAudit,
  fleetOverloadClientTimeouts,
  fleetDuplicateSusClientId,
  fleetStaleReporting,
  fleetCollectionTimeOutliers,
  fleetClientTargetGroupMissing,
];

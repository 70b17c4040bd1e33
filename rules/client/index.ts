/** Built-in rules about WSUS clients (explicit list: no directory scanning), in catalogue order (WSUS-0050 upward): TypeScript rules and, through data-rules.generated.ts, YAML rules. */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import { agentWsusServerDiffersFromPolicy, clientTimeouts2ee2, winhttpProxyWithoutWsusBypass } from './data-rules.generated.js';
import wuauservDisabled from './wuauserv-disabled.js';
import clientNotManagedByWsus from './client-not-managed-by-wsus.js';
import wuserverNotSet from './wuserver-not-set.js';
import usewuserverNotEnabled from './usewuserver-not-enabled.js';
import wuserverNotAUrl from './wuserver-not-a-url.js';
import wuserverWithoutPort from './wuserver-without-port.js';
import wuserverHostNotFqdn from './wuserver-host-not-fqdn.js';
import wustatusserverNotSet from './wustatusserver-not-set.js';
import wustatusserverDiffersFromWuserver from './wustatusserver-differs-from-wuserver.js';
import configmgrNoWsusLocation from './configmgr-no-wsus-location.js';
import configmgrWsusLocationDiffersFromPolicy from './configmgr-wsus-location-differs-from-policy.js';
import configmgrPolicyOverwrittenByGpo from './configmgr-policy-overwritten-by-gpo.js';
import configmgrScanFailures from './configmgr-scan-failures.js';
import configmgrScanFailuresRecovered from './configmgr-scan-failures-recovered.js';
import clientHttp503Errors from './client-http-503-errors.js';
import clientHttpStatusErrors from './client-http-status-errors.js';
import clientCannotConnectErrors from './client-cannot-connect-errors.js';
import clientTlsCertificateErrors from './client-tls-certificate-errors.js';
import clientProxyDnsErrors from './client-proxy-dns-errors.js';
import clientRequestTimeoutErrors from './client-request-timeout-errors.js';
import clientMaxRoundTripsExceeded from './client-max-round-trips-exceeded.js';
import clientSoapErrors from './client-soap-errors.js';
import windowsUpdateInternetBlockedByPolicy from './windows-update-internet-blocked-by-policy.js';
import clientWsusFailuresRecovered from './client-wsus-failures-recovered.js';
import clientContentDownloadErrors from './client-content-download-errors.js';
import clientSelfUpdateErrors from './client-self-update-errors.js';
import clientOtherEndpointFailures from './client-other-endpoint-failures.js';
import clientUnexplainedWsusErrors from './client-unexplained-wsus-errors.js';
import clientUnattributedErrorCodes from './client-unattributed-error-codes.js';
import dualScanDeferralPolicies from './dual-scan-deferral-policies.js';
import updateClassSourceWindowsUpdate from './update-class-source-windows-update.js';
import alternateDownloadServerInvalid from './alternate-download-server-invalid.js';
import clientSideTargetingWithoutGroup from './client-side-targeting-without-group.js';
import bitsDisabled from './bits-disabled.js';
import cryptsvcDisabled from './cryptsvc-disabled.js';
import deliveryOptimizationDisabled from './delivery-optimization-disabled.js';
import clientRestartPending from './client-restart-pending.js';
import systemDriveLowFreeSpace from './system-drive-low-free-space.js';
import softwaredistributionDatastoreMissing from './softwaredistribution-datastore-missing.js';
import clientTimeNotSynchronized from './client-time-not-synchronized.js';
import configmgrContentVersionMismatch from './configmgr-content-version-mismatch.js';
import configmgrSupSwitched from './configmgr-sup-switched.js';

export const clientRules: RuleDefinition<string>[] = [
  wuauservDisabled,
  clientNotManagedByWsus,
  wuserverNotSet,
  usewuserverNotEnabled,
  wuserverNotAUrl,
  wuserverWithoutPort,
  wuserverHostNotFqdn,
  wustatusserverNotSet,
  wustatusserverDiffersFromWuserver,
  agentWsusServerDiffersFromPolicy,
  winhttpProxyWithoutWsusBypass,
  configmgrNoWsusLocation,
  configmgrWsusLocationDiffersFromPolicy,
  configmgrPolicyOverwrittenByGpo,
  configmgrScanFailures,
  configmgrScanFailuresRecovered,
  clientTimeouts2ee2,
  clientHttp503Errors,
  clientHttpStatusErrors,
  clientCannotConnectErrors,
  clientTlsCertificateErrors,
  clientProxyDnsErrors,
  clientRequestTimeoutErrors,
  clientMaxRoundTripsExceeded,
  clientSoapErrors,
  windowsUpdateInternetBlockedByPolicy,
  clientContentDownloadErrors,
  clientSelfUpdateErrors,
  clientWsusFailuresRecovered,
  clientOtherEndpointFailures,
  clientUnexplainedWsusErrors,
  clientUnattributedErrorCodes,
  dualScanDeferralPolicies,
  updateClassSourceWindowsUpdate,
  alternateDownloadServerInvalid,
  clientSideTargetingWithoutGroup,
  bitsDisabled,
  cryptsvcDisabled,
  deliveryOptimizationDisabled,
  clientRestartPending,
  systemDriveLowFreeSpace,
  softwaredistributionDatastoreMissing,
  clientTimeNotSynchronized,
  configmgrContentVersionMismatch,
  configmgrSupSwitched,
];

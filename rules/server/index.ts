/** Built-in rules about WSUS servers (explicit list: no directory scanning), in catalogue order (TypeScript rules and, through data-rules.generated.ts, YAML rules): KB 4025764's prerequisites, services, web site and pool, IIS configuration, then the logs. */
import type { RuleDefinition } from '../../engine/dsl/rule-types.js';
import { iisLog503Errors, wsus2016CumulativeUpdateMissing, wsusPoolPrivateMemoryLow, wsusServiceNotRunning } from './data-rules.generated.js';
import wsus3Update4039929Missing from './wsus3-update-4039929-missing.js';
import wsus2012RollupMissing from './wsus-2012-rollup-missing.js';
import wsus2012r2RollupMissing from './wsus-2012r2-rollup-missing.js';
import configmgrSiteServerWsusConsoleMissing from './configmgr-site-server-wsus-console-missing.js';
import configmgrWsus3ConsoleUpdateMissing from './configmgr-wsus3-console-update-missing.js';
import wsusServerRestartPending from './wsus-server-restart-pending.js';
import w3svcNotRunning from './w3svc-not-running.js';
import susdbServiceNotRunning from './susdb-service-not-running.js';
import wsusSiteNotFound from './wsus-site-not-found.js';
import wsusSiteNotStarted from './wsus-site-not-started.js';
import wsusPoolNotFound from './wsus-pool-not-found.js';
import wsusPoolNotStarted from './wsus-pool-not-started.js';
import wsusPoolQueueLengthLow from './wsus-pool-queue-length-low.js';
import wsusSslClientCertificatesNotIgnored from './wsus-ssl-client-certificates-not-ignored.js';
import wsusContentRequiresSsl from './wsus-content-requires-ssl.js';
import aspnetImpersonationEnabled from './aspnet-impersonation-enabled.js';
import anonymousAuthenticationDisabled from './anonymous-authentication-disabled.js';
import iisLog403Errors from './iis-log-403-errors.js';
import iisLog404Errors from './iis-log-404-errors.js';
import iisLog500Errors from './iis-log-500-errors.js';
import iisLog500FaultRate from './iis-log-500-fault-rate.js';
import iisContentMimeMapMissing from './iis-content-mime-map-missing.js';
import iisLog503Recovered from './iis-log-503-recovered.js';
import iisLog401Unresolved from './iis-log-401-unresolved.js';
import httperrWsusPoolUnavailable from './httperr-wsus-pool-unavailable.js';
import httperrWorkerProcessFailures from './httperr-worker-process-failures.js';
import wasAppPoolDisabled from './was-app-pool-disabled.js';
import wasWsusPoolMemoryRecycles from './was-wsus-pool-memory-recycles.js';
import wsusPoolSettingsOffBestPractice from './wsus-pool-settings-off-best-practice.js';
import wasWsusPoolWorkerFailures from './was-wsus-pool-worker-failures.js';
import wsusHealthComponentFailing from './wsus-health-component-failing.js';
import wsusHealthComponentRecovered from './wsus-health-component-recovered.js';
import wsusConsoleUnexpectedErrors from './wsus-console-unexpected-errors.js';
import softwaredistributionLogSqlErrors from './softwaredistribution-log-sql-errors.js';
import softwaredistributionLogSqlErrorsRecovered from './softwaredistribution-log-sql-errors-recovered.js';
import susdbSupersededUpdatesHigh from './susdb-superseded-updates-high.js';
import susdbCustomIndexesMissing from './susdb-custom-indexes-missing.js';
import susdbVolumeLowFreeSpace from './susdb-volume-low-free-space.js';
import wsusContentVolumeLowFreeSpace from './wsus-content-volume-low-free-space.js';
import wsusContentVolumeFull from './wsus-content-volume-full.js';
import wsusContentVdirPathMismatch from './wsus-content-vdir-path-mismatch.js';
import wsusContentMimeTypesMissing from './wsus-content-mime-types-missing.js';
import wsusContentAclBlocksIis from './wsus-content-acl-blocks-iis.js';
import wsusSslCertificateInvalid from './wsus-ssl-certificate-invalid.js';
import wsusSslCertificateExpiring from './wsus-ssl-certificate-expiring.js';
import wsusUpstreamSyncFailing from './wsus-upstream-sync-failing.js';
import wsusSyncTls12StrongCryptoMissing from './wsus-sync-tls12-strong-crypto-missing.js';
import configmgrWsusSyncFailing from './configmgr-wsus-sync-failing.js';
import configmgrWsusSyncRecovered from './configmgr-wsus-sync-recovered.js';
import configmgrWsusConfigurationFailing from './configmgr-wsus-configuration-failing.js';
import configmgrWsusConfigurationRecovered from './configmgr-wsus-configuration-recovered.js';
import configmgrSupPortBindingMismatch from './configmgr-sup-port-binding-mismatch.js';

export const serverRules: RuleDefinition<string>[] = [
  // Prerequisites (KB 4025764 "Verify the prerequisites")
  wsus3Update4039929Missing,
  wsus2012RollupMissing,
  wsus2012r2RollupMissing,
  wsus2016CumulativeUpdateMissing,
  configmgrSiteServerWsusConsoleMissing,
  configmgrWsus3ConsoleUpdateMissing,
  wsusServerRestartPending,
  // Step 1: services
  wsusServiceNotRunning,
  w3svcNotRunning,
  susdbServiceNotRunning,
  // Step 2: web site and application pool
  wsusSiteNotFound,
  wsusSiteNotStarted,
  wsusPoolNotFound,
  wsusPoolNotStarted,
  wsusPoolPrivateMemoryLow,
  wsusPoolQueueLengthLow,
  wsusPoolSettingsOffBestPractice,
  // IIS configuration of the WSUS applications
  wsusSslClientCertificatesNotIgnored,
  wsusContentRequiresSsl,
  aspnetImpersonationEnabled,
  anonymousAuthenticationDisabled,
  // Step 3: IIS logs, HTTPERR, WAS events
  iisLog403Errors,
  iisLog404Errors,
  iisContentMimeMapMissing,
  iisLog500Errors,
  iisLog500FaultRate,
  iisLog503Errors,
  iisLog503Recovered,
  iisLog401Unresolved,
  httperrWsusPoolUnavailable,
  httperrWorkerProcessFailures,
  wasAppPoolDisabled,
  wasWsusPoolMemoryRecycles,
  wasWsusPoolWorkerFailures,
  // WSUS health monitor and SoftwareDistribution.log
  wsusHealthComponentFailing,
  wsusHealthComponentRecovered,
  wsusConsoleUnexpectedErrors,
  softwaredistributionLogSqlErrors,
  softwaredistributionLogSqlErrorsRecovered,
  // Server health beyond KB 4025764 (issue 9): SUSDB maintenance, content store, SSL certificate, synchronization
  susdbSupersededUpdatesHigh,
  susdbCustomIndexesMissing,
  susdbVolumeLowFreeSpace,
  wsusContentVolumeLowFreeSpace,
  wsusContentVolumeFull,
  wsusContentVdirPathMismatch,
  wsusContentMimeTypesMissing,
  wsusContentAclBlocksIis,
  wsusSslCertificateInvalid,
  wsusSslCertificateExpiring,
  wsusUpstreamSyncFailing,
  wsusSyncTls12StrongCryptoMissing,
  // ConfigMgr site server / software update point: wsyncmgr.log, WCM.log, WSUSCtrl.log (issue 9)
  configmgrWsusSyncFailing,
  configmgrWsusSyncRecovered,
  configmgrWsusConfigurationFailing,
  configmgrWsusConfigurationRecovered,
  configmgrSupPortBindingMismatch,
];

/** wsyncmgr.log: the newest software update synchronization of the ConfigMgr site failed and none succeeded after it. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { MAYBE_SITE_SERVER } from './shared/configmgr-roles.js';
import { SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING } from './shared/refs.js';
import { siteLogs, SITE_LOGS_UNREADABLE, SITE_SERVER, syncFailed503, syncFailedNoUpdateSource, syncSucceeded } from './shared/configmgr-site-lines.js';

export default defineRule({
  id: 'configmgr-wsus-sync-failing',
  ref: 'WSUS-0082',
  title: 'ConfigMgr software update synchronization is failing (wsyncmgr.log)',
  severity: 'error',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    // wsyncmgr.log is on the site server; applicable when this is one or when the configMgr section could not tell.
    when: MAYBE_SITE_SERVER,
  },
  requires: ['logs.configMgrSite.wsyncmgr'],
  when: fact('derived.configMgrSite.sync.persisting', 'equal', true),
  message:
    'The newest software update synchronization in wsyncmgr.log failed and none succeeded after it: {{derived.configMgrSite.sync.failures.count}} failure line(s), the newest at {{derived.configMgrSite.sync.lastFailureAt}}: "{{derived.configMgrSite.sync.lastFailureText}}". Last success in the excerpt: {{derived.configMgrSite.sync.lastSuccessAt}}.',
  evidence: ['derived.configMgrSite.sync.window', 'derived.configMgrSite.sync.lastAttemptAt'],
  logEvidence: ['derived.configMgrSite.sync.failures'],
  summary: 'The newest software update synchronization in wsyncmgr.log did not fail (or no failure was logged).',
  rationale:
    'SMS_WSUS_SYNC_MANAGER (wsyncmgr.log) synchronizes the software update point\'s WSUS with its upstream source and then the ConfigMgr database with WSUS. A failed run logs "Sync failed: <reason>. Source: <method>", status message 6703 ("WSUS Synchronization Failed") and "Sync failed. Will retry in 60 minutes"; a successful one logs "Done synchronizing SMS with WSUS Server", status message 6702 and "Sync succeeded". When the newest result in the log is a failure, clients get no new updates: the catalog stays where the last successful sync left it. Common causes: WSUS unreachable or returning HTTP 503 (WsusPool stopped or out of memory, Microsoft.UpdateServices.Administration.AdminProxy.createUpdateServer), the WSUS update source missing because WCM.log could not configure WSUS, proxy or TLS problems to the upstream server, SUSDB time-outs. Failures followed by a success are reported at warning by configmgr-wsus-sync-recovered.',
  remediation: [
    'Read the "Sync failed:" line: its text and Source name the failing call (createUpdateServer = WSUS not reachable; getSiteUpdateSource = see WCM.log).',
    'Check WSUS on the software update point: the WsusService and the WsusPool application pool running (HTTP 503 means the pool is stopped), the WSUS console opening, and WCM.log / WSUSCtrl.log without connection errors.',
    'For upstream (Microsoft Update) failures, check the proxy and TLS 1.2 settings of the software update point and the WSUS SoftwareDistribution.log.',
    'Start a synchronization from the console (Software Library > Software Updates > All Software Updates > Synchronize Software Updates) and watch wsyncmgr.log for "Sync succeeded".',
  ],
  references: [SUP_SYNC_TROUBLESHOOTING, SUP_INSTALLATION],
  tests: [
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'a remote software update point (no site server) is not applicable',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: false, isSoftwareUpdatePoint: true } },
      expect: 'notApplicable',
    },
    { name: 'a site server whose wsyncmgr.log could not be read is insufficient evidence', facts: SITE_LOGS_UNREADABLE, expect: 'insufficientEvidence' },
    { name: 'a site server without the log excerpt is insufficient evidence', facts: SITE_SERVER, expect: 'insufficientEvidence' },
    { name: 'successful synchronizations pass', facts: siteLogs({ wsyncmgr: [...syncSucceeded('06'), ...syncSucceeded('07')] }), expect: 'pass' },
    {
      name: 'routine lines and one failed sync that later succeeded pass',
      facts: siteLogs({ wsyncmgr: [...syncSucceeded('05'), ...syncFailed503('06'), ...syncSucceeded('07')] }),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'the newest sync failed with HTTP 503 and nothing succeeded after: fail',
      facts: siteLogs({ wsyncmgr: [...syncSucceeded('05'), ...syncFailed503('06'), ...syncFailed503('07')] }),
      expect: 'fail',
      message:
        'the newest at 2026-11-24T07:00:20.000Z: "Sync failed: The request failed with HTTP status 503: Service Unavailable. Source: Microsoft.UpdateServices.Administration.AdminProxy.createUpdateServer". Last success in the excerpt: 2026-11-24T05:06:00.400Z',
    },
    {
      name: 'a failure without any success (update source missing) fails',
      facts: siteLogs({ wsyncmgr: syncFailedNoUpdateSource('08') }),
      expect: 'fail',
      message: 'WSUS update source not found on site PS1',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

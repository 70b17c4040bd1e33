/** wsyncmgr.log: software update synchronizations failed, a later one succeeded. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { MAYBE_SITE_SERVER } from './shared/configmgr-roles.js';
import { SUP_SYNC_TROUBLESHOOTING } from './shared/refs.js';
import { siteLogs, SITE_LOGS_UNREADABLE, syncFailed503, syncFailedNoUpdateSource, syncSucceeded } from './shared/configmgr-site-lines.js';

export default defineRule({
  id: 'configmgr-wsus-sync-recovered',
  ref: 'WSUS-0083',
  title: 'ConfigMgr software update synchronization failed, then recovered (wsyncmgr.log)',
  severity: 'warning',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    when: MAYBE_SITE_SERVER,
  },
  requires: ['logs.configMgrSite.wsyncmgr'],
  // One failed run that the next one repaired is what a healthy site logs now and then.
  when: all(fact('derived.configMgrSite.sync.recovered', 'equal', true), fact('derived.configMgrSite.sync.failedAttempts', 'greaterThan', 1)),
  message:
    'wsyncmgr.log shows {{derived.configMgrSite.sync.failedAttempts}} failed synchronization attempts ({{derived.configMgrSite.sync.failures.count}} failure lines), the newest at {{derived.configMgrSite.sync.lastFailureAt}} ("{{derived.configMgrSite.sync.lastFailureText}}"), and a successful synchronization after it at {{derived.configMgrSite.sync.lastSuccessAt}}: synchronization works again, but failed for a while.',
  evidence: ['derived.configMgrSite.sync.window', 'derived.configMgrSite.sync.lastSuccessText'],
  logEvidence: ['derived.configMgrSite.sync.failures'],
  summary: 'wsyncmgr.log shows at most one failed synchronization that a later one repaired.',
  rationale:
    'Repeated failed synchronizations that a later run (the 60-minute retry or the next schedule) repairs is not an outage now, but the cause often returns: a WsusPool that stops under memory pressure (HTTP 503), a WSUS server that was briefly unreachable, upstream or proxy time-outs. The failure text names the call that failed. A single failed run followed by a success passes.',
  remediation: [
    'Read the failure lines: HTTP 503 points at the WsusPool (private memory limit, queue length; see the WsusPool rules), time-outs at SUSDB maintenance (KB 4490644) or the upstream connection.',
    'Compare the failure times with the Application and System logs of the software update point (WAS 5117 recycles, WSUS health events).',
  ],
  references: [SUP_SYNC_TROUBLESHOOTING],
  tests: [
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'an unreadable wsyncmgr.log is insufficient evidence', facts: SITE_LOGS_UNREADABLE, expect: 'insufficientEvidence' },
    { name: 'successful synchronizations only pass', facts: siteLogs({ wsyncmgr: [...syncSucceeded('06'), ...syncSucceeded('07')] }), expect: 'pass', noise: true },
    {
      name: 'routine lines and one failed sync that later succeeded pass',
      facts: siteLogs({ wsyncmgr: [...syncSucceeded('05'), ...syncFailed503('06'), ...syncSucceeded('07')] }),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'two failed syncs followed by a successful one fail (warning)',
      facts: siteLogs({ wsyncmgr: [...syncSucceeded('04'), ...syncFailedNoUpdateSource('05'), ...syncFailed503('06'), ...syncSucceeded('07')] }),
      expect: 'fail',
      message: '2 failed synchronization attempts (6 failure lines), the newest at 2026-11-24T06:00:20.000Z ("Sync failed: The request failed with HTTP status 503: Service Unavailable. Source: Microsoft.UpdateServices.Administration.AdminProxy.createUpdateServer"), and a successful synchronization after it at 2026-11-24T07:06:00.400Z',
    },
    {
      name: 'a failure that persists is the error rule\'s, not this one',
      facts: siteLogs({ wsyncmgr: [...syncSucceeded('05'), ...syncFailedNoUpdateSource('06')] }),
      expect: 'pass',
    },
  ],
});

/** WCM.log / WSUSCtrl.log: connection or configuration failures that a later success repaired. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { MAYBE_SITE_SERVER_OR_SUP } from './shared/configmgr-roles.js';
import { SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING } from './shared/refs.js';
import { siteLogs, SITE_LOGS_UNREADABLE, wcmConnectionFailed, wcmHealthy, wsusCtrlFailed, wsusCtrlHealthy } from './shared/configmgr-site-lines.js';

export default defineRule({
  id: 'configmgr-wsus-configuration-recovered',
  ref: 'WSUS-0085',
  title: 'ConfigMgr could not connect to or configure WSUS for a while, then recovered (WCM.log, WSUSCtrl.log)',
  severity: 'warning',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    when: MAYBE_SITE_SERVER_OR_SUP,
  },
  requires: [['logs.configMgrSite.wcm', 'logs.configMgrSite.wsusCtrl']],
  // One failed hourly check that the next one repaired is what a healthy site logs after a WSUS restart.
  when: all(fact('derived.configMgrSite.configurationRecovered', 'equal', true), fact('derived.configMgrSite.configurationFailureCount', 'greaterThan', 2)),
  message:
    'WCM.log and WSUSCtrl.log show {{derived.configMgrSite.configurationFailureCount}} WSUS connection or configuration failure lines, the newest in {{derived.configMgrSite.configurationLastFailureLog}} at {{derived.configMgrSite.configurationLastFailureAt}} ("{{derived.configMgrSite.configurationLastFailureText}}"); every log with failures connected or configured WSUS successfully after them. ConfigMgr reaches WSUS again, but lost it for a while.',
  evidence: ['derived.configMgrSite.wcm.lastSuccessAt', 'derived.configMgrSite.wsusCtrl.lastSuccessAt'],
  logEvidence: ['derived.configMgrSite.wcm.failures', 'derived.configMgrSite.wsusCtrl.failures'],
  summary: 'WCM.log and WSUSCtrl.log show no more than an isolated WSUS connection failure.',
  rationale:
    'WCM and WSUS Control Manager check WSUS every hour. Repeated failures that a later check repaired mean WSUS was unreachable for hours: typically the WsusPool stopped under memory pressure (HTTP 503) and was started again, WSUS was being serviced, or a certificate or TLS change was rolled back. Synchronizations that fell in that time failed too (wsyncmgr.log). Not an outage now, so a warning.',
  remediation: [
    'Read the failure lines: HTTP 503 points at the WsusPool (its private memory limit and queue length; see the WsusPool rules), SSL/TLS texts at the certificate or SchUseStrongCrypto, "Unable to connect" at the port or a stopped WSUS.',
    'Compare the failure times with the software update point\'s System and Application logs (WAS 5117 recycles, WSUS health events 12002-12052) to find what stopped WSUS.',
  ],
  references: [SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING],
  tests: [
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'unreadable WCM.log and WSUSCtrl.log are insufficient evidence', facts: SITE_LOGS_UNREADABLE, expect: 'insufficientEvidence' },
    { name: 'healthy logs pass', facts: siteLogs({ wcm: [...wcmHealthy('06'), ...wcmHealthy('07')], wsusCtrl: wsusCtrlHealthy('07') }), expect: 'pass', noise: true },
    {
      name: 'one failed WSUSCtrl check that the next one repaired passes',
      facts: siteLogs({ wcm: wcmHealthy('06'), wsusCtrl: [...wsusCtrlFailed('05'), ...wsusCtrlHealthy('06')] }),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'failures still persisting are the failing rule, not this one',
      facts: siteLogs({ wcm: [...wcmHealthy('05'), ...wcmConnectionFailed('06'), ...wcmConnectionFailed('07')], wsusCtrl: wsusCtrlHealthy('07') }),
      expect: 'pass',
    },
    {
      name: 'hours of WCM and WSUSCtrl failures, then successes: fail',
      facts: siteLogs({ wcm: [...wcmConnectionFailed('04'), ...wcmConnectionFailed('05'), ...wcmHealthy('06')], wsusCtrl: [...wsusCtrlFailed('04'), ...wsusCtrlHealthy('06')] }),
      expect: 'fail',
      message: 'WCM.log and WSUSCtrl.log show 6 WSUS connection or configuration failure lines, the newest in WCM.log at 2026-11-24T05:10:21.100Z ("Remote configuration failed on WSUS Server.")',
    },
  ],
});

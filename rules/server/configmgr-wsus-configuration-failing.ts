/** WCM.log / WSUSCtrl.log: ConfigMgr cannot connect to or configure WSUS on the software update point. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { MAYBE_SITE_SERVER_OR_SUP } from './shared/configmgr-roles.js';
import { SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING } from './shared/refs.js';
import { siteLogs, SITE_LOGS_UNREADABLE, wcmConnectionFailed, wcmHealthy, wsusCtrlFailed, wsusCtrlHealthy } from './shared/configmgr-site-lines.js';

export default defineRule({
  id: 'configmgr-wsus-configuration-failing',
  ref: 'WSUS-0084',
  title: 'ConfigMgr cannot connect to or configure WSUS (WCM.log, WSUSCtrl.log)',
  severity: 'error',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    when: MAYBE_SITE_SERVER_OR_SUP,
  },
  requires: [['logs.configMgrSite.wcm', 'logs.configMgrSite.wsusCtrl']],
  when: fact('derived.configMgrSite.configurationFailing', 'equal', true),
  message:
    '{{derived.configMgrSite.configurationLastFailureLog}} ends in WSUS connection or configuration failures ({{derived.configMgrSite.configurationFailureCount}} failure line(s) in WCM.log and WSUSCtrl.log), the newest at {{derived.configMgrSite.configurationLastFailureAt}}: "{{derived.configMgrSite.configurationLastFailureText}}". No successful connection or configuration was logged after it.',
  evidence: ['derived.configMgrSite.wcm.lastSuccessAt', 'derived.configMgrSite.wsusCtrl.lastSuccessAt'],
  logEvidence: ['derived.configMgrSite.wcm.failures', 'derived.configMgrSite.wsusCtrl.failures'],
  summary: 'WCM.log and WSUSCtrl.log do not end in WSUS connection or configuration failures.',
  rationale:
    'SMS_WSUS_CONFIGURATION_MANAGER (WCM.log, on the site server) connects to the WSUS of every software update point through the WSUS administration API to set the subscription (products, classifications, languages), the upstream source and the proxy; SMS_WSUS_CONTROL_MANAGER (WSUSCtrl.log, on the software update point) checks the WSUS version, its database connection and health. When they cannot connect ("Failed to connect to ... WSUS", HTTP 503, "Could not establish trust relationship for the SSL/TLS secure channel") or configure WSUS ("Remote configuration failed on WSUS Server", "Failed to set Subscriptions"), synchronization fails next (wsyncmgr: "WSUS update source not found"). Typical causes: WSUS or the WsusPool stopped, the WSUS port or SSL setting in the software update point properties not matching WSUS, a certificate the site server does not trust, SYSTEM of the site server not in "WSUS Administrators", the WSUS console missing on a site server with a remote SUP.',
  remediation: [
    'Read the newest failure line: a connection error names the server, port and useSSL value WCM used; compare them with the WSUS site bindings (8530/8531) and the software update point properties.',
    'Check WSUS on the software update point: WsusService and the WsusPool running, http(s)://<sup>:8530/ClientWebService/client.asmx answering.',
    'For SSL/TLS errors: the certificate bound to the WSUS site must be trusted by the site server and match the server name; enable TLS 1.2 for .NET (SchUseStrongCrypto) on both machines.',
    'Check that the site server\'s computer account (SYSTEM) is a member of the WSUS Administrators group on the software update point, then restart SMS_WSUS_CONFIGURATION_MANAGER and watch WCM.log.',
  ],
  references: [SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING],
  tests: [
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'a machine that is neither site server nor software update point is not applicable',
      facts: { configMgr: { status: 'ok', message: null, isSiteServer: false, isSoftwareUpdatePoint: false, isClient: true } },
      expect: 'notApplicable',
    },
    { name: 'unreadable WCM.log and WSUSCtrl.log are insufficient evidence', facts: SITE_LOGS_UNREADABLE, expect: 'insufficientEvidence' },
    { name: 'healthy WCM.log and WSUSCtrl.log pass', facts: siteLogs({ wcm: [...wcmHealthy('06'), ...wcmHealthy('07')], wsusCtrl: wsusCtrlHealthy('07') }), expect: 'pass' },
    {
      name: 'routine lines and one connection failure that later succeeded pass',
      facts: siteLogs({ wcm: [...wcmHealthy('05'), ...wcmConnectionFailed('06'), ...wcmHealthy('07')], wsusCtrl: [...wsusCtrlFailed('05'), ...wsusCtrlHealthy('06')] }),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'WCM.log ends in a TLS failure and remote configuration failure: fail',
      facts: siteLogs({ wcm: [...wcmHealthy('05'), ...wcmConnectionFailed('06'), ...wcmConnectionFailed('07')], wsusCtrl: wsusCtrlHealthy('07') }),
      expect: 'fail',
      message: 'WCM.log ends in WSUS connection or configuration failures (4 failure line(s) in WCM.log and WSUSCtrl.log), the newest at 2026-11-24T07:10:21.100Z: "Remote configuration failed on WSUS Server."',
    },
    {
      name: 'a remote software update point whose WSUSCtrl.log cannot reach WSUS fails',
      facts: {
        ...siteLogs({ wsusCtrl: [...wsusCtrlHealthy('05'), ...wsusCtrlFailed('06')] }),
        configMgr: { status: 'ok', message: null, isSiteServer: false, isSoftwareUpdatePoint: true },
      },
      expect: 'fail',
      message: 'WSUSCtrl.log ends in WSUS connection or configuration failures',
    },
  ],
});

/** The software update point's port (as WCM.log / WSUSCtrl.log / wsyncmgr.log connect) must be a binding of the WSUS site. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { MAYBE_SITE_SERVER_OR_SUP } from './shared/configmgr-roles.js';
import { SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING } from './shared/refs.js';
import { siteLogs, SITE_LOGS_UNREADABLE, wcmEndpoint, wcmHealthy } from './shared/configmgr-site-lines.js';

export default defineRule({
  id: 'configmgr-sup-port-binding-mismatch',
  ref: 'WSUS-0086',
  title: 'The software update point port does not match the WSUS site bindings',
  severity: 'error',
  category: 'configmgr',
  appliesTo: {
    role: 'server',
    wsusRole: true,
    when: MAYBE_SITE_SERVER_OR_SUP,
  },
  requires: [['logs.configMgrSite.wcm', 'logs.configMgrSite.wsusCtrl', 'logs.configMgrSite.wsyncmgr'], 'derived.configMgrSite.supEndpoint.matchesBinding'],
  // A successful connection proves the port is served (a binding the collector did not see): no finding.
  when: all(fact('derived.configMgrSite.supEndpoint.matchesBinding', 'equal', false), fact('derived.configMgrSite.supEndpoint.connected', 'equal', false)),
  message:
    '{{derived.configMgrSite.supEndpoint.log}} connects to WSUS on {{derived.configMgrSite.supEndpoint.server}} port {{derived.configMgrSite.supEndpoint.port}} over {{#if derived.configMgrSite.supEndpoint.useSsl}}https (useSSL True){{else}}http (useSSL False){{/if}} at {{derived.configMgrSite.supEndpoint.at}} and did not connect, but the WSUS site "{{derived.wsusSite.name}}" of this machine listens on {{derived.configMgrSite.supEndpoint.sitePorts}} for that protocol. The software update point properties send ConfigMgr, and the clients it configures, to a port where WSUS does not answer.',
  evidence: ['wsusServer.portNumber', 'wsusServer.usingSsl'],
  summary: 'The software update point connects to WSUS on a port of the WSUS site bindings.',
  rationale:
    'Configuration Manager does not read the WSUS ports: the software update point properties hold them ("Port number" and "SSL port number", and "Require SSL communication to the WSUS server"), and they must equal the bindings of the WSUS site in IIS (8530/8531 on WSUS 6.2 and later, 80/443 when WSUS was installed on the Default Web Site). WCM.log and wsyncmgr.log then connect to the wrong port ("Unable to connect to the remote server"), synchronization fails, and clients receive the SUP URL with that port in their local policy (WUServer) and fail scans with 0x80072EFD. Seen from this machine\'s logs only when the software update point is this machine.',
  remediation: [
    'In the Configuration Manager console: Administration > Site Configuration > Servers and Site System Roles > this server > Software update point > Properties. Set "Port number" and "SSL port number" to the WSUS site bindings (Get-WebBinding -Name "WSUS Administration" lists them), and "Require SSL communication to the WSUS server" only when WSUS uses SSL.',
    'Or, when the port was changed in IIS by mistake, restore the WSUS site binding to the port the software update point uses (and run "WsusUtil.exe usecustomwebsite" only with the WSUS tools, never by hand).',
    'Watch WCM.log for "Successfully connected to server: <name>, port: <port>" and wsyncmgr.log for the next synchronization; clients pick up the new URL at their next policy cycle (LocationServices.log, WUAHandler.log).',
  ],
  references: [SUP_INSTALLATION, SUP_SYNC_TROUBLESHOOTING],
  tests: [
    { name: 'no Configuration Manager (base) is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'unreadable site-server logs are insufficient evidence', facts: SITE_LOGS_UNREADABLE, expect: 'insufficientEvidence' },
    {
      name: 'WCM.log without an endpoint line is insufficient evidence',
      facts: siteLogs({ wcm: ['Waiting for changes for 59 minutes $$<SMS_WSUS_CONFIGURATION_MANAGER><11-24-2026 06:00:00.000+000><thread=5976 (0x1758)>'] }),
      expect: 'insufficientEvidence',
    },
    { name: 'WCM.log connects on 8530, a binding of the WSUS site: pass', facts: siteLogs({ wcm: wcmEndpoint('06', 'WSUS01.contoso.com', 8530, false, true) }), expect: 'pass' },
    {
      name: 'a remote software update point (another machine) is insufficient evidence here',
      facts: siteLogs({ wcm: [...wcmHealthy('06')] }),
      expect: 'insufficientEvidence',
    },
    {
      name: 'an old failed attempt on 80, then a connection on 8530: pass',
      facts: siteLogs({ wcm: [...wcmEndpoint('05', 'wsus01', 80, false, false), ...wcmEndpoint('06', 'wsus01', 8530, false, true)] }),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'a successful connection on a port the collector did not see as a binding passes',
      facts: siteLogs({ wcm: wcmEndpoint('06', 'WSUS01', 8080, false, true) }),
      expect: 'pass',
      noise: true,
    },
    {
      name: 'the software update point set to 80 while WSUS listens on 8530: fail',
      facts: siteLogs({ wcm: [...wcmEndpoint('05', 'WSUS01.contoso.com', 8530, false, true), ...wcmEndpoint('06', 'WSUS01.contoso.com', 80, false, false)] }),
      expect: 'fail',
      message: 'WCM.log connects to WSUS on WSUS01.contoso.com port 80 over http (useSSL False) at 2026-11-24T06:30:00.000Z and did not connect, but the WSUS site "WSUS Administration" of this machine listens on 8530 for that protocol.',
    },
    {
      name: 'SSL required on the SUP with 443 while the https binding is 8531: fail',
      facts: siteLogs({ wcm: wcmEndpoint('07', 'wsus01', 443, true, false) }),
      expect: 'fail',
      message: 'port 443 over https (useSSL True)',
    },
    {
      name: 'IIS not read is insufficient evidence',
      facts: { ...siteLogs({ wcm: wcmEndpoint('07', 'wsus01', 443, true, false) }), iis: { status: 'notCollected', message: 'not elevated' } },
      expect: 'insufficientEvidence',
    },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

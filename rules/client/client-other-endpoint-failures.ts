/** Principle 1 of the trust work: failures on Microsoft's endpoints are reported once, as information, never as WSUS failures. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { WU_COMMON_ERRORS, WU_LOGS, WU_SETTINGS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { NO_CLIENT_LOGS, etlLog } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT, etlMicrosoftEndpointsFail } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-other-endpoint-failures',
  ref: 'WSUS-0076',
  title: 'Calls to Microsoft endpoints fail (expected on a network without Internet access)',
  severity: 'info',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES],
  when: fact('derived.clientErrors.otherEndpoints.count', 'greaterThan', 0),
  message:
    'The Windows Update client logged {{derived.clientErrors.otherEndpoints.count}} failure(s) on calls to endpoints other than WSUS ({{derived.clientErrors.otherEndpoints.endpoints|list}}): {{derived.clientErrors.otherEndpoints.codes|codes}}. These are not WSUS failures; on a network without Internet access they are expected.',
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.otherEndpoints'],
  summary: 'The client logged no failures on calls to Microsoft endpoints (service locator, Store, Microsoft Update).',
  rationale:
    'Windows 10 and 11 clients managed by WSUS still call Microsoft\'s service locator (sls.update.microsoft.com), the Store, Features on Demand and Delivery Optimization. Where the network blocks the Internet those calls time out (0x80072EE2), fail to connect (0x80072EFD) or fail TLS (0x80072F8F) while the scan against WSUS succeeds. wsus-doctor ties each code to the server its log line or call names, so these are reported here and not as WSUS connection failures.',
  remediation: [
    'Nothing to fix for WSUS. If the client should not call Microsoft at all, set "Do not connect to any Windows Update Internet locations" (DoNotConnectToWindowsUpdateInternetLocations = 1); Store apps and Features on Demand then need another source.',
    'If the client should reach Microsoft (Store, Features on Demand, Windows Update for Business), allow the Windows Update endpoints through the proxy or firewall.',
  ],
  references: [WU_SETTINGS, WU_COMMON_ERRORS, WU_LOGS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'service locator and Store calls failing on an isolated network are reported as information', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'fail', message: 'slscr.update.microsoft.com' },
    { name: 'Microsoft endpoints failing alone', facts: etlLog(...etlMicrosoftEndpointsFail('09:10')), expect: 'fail', message: '0x80072F8F' },
    { name: 'WSUS failures are not other-endpoint failures', facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    { name: 'servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

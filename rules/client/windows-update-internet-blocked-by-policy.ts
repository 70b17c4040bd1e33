/** Knowledge 5.3/6.1: 0x8024002E / 0x8024500C are expected when policy blocks Microsoft Update on a WSUS client. */
import { all, any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WU_ERROR_REFERENCE } from '../references.js';
import { WU_SETTINGS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, loggedAnyOf } from './shared/conditions.js';
import { NO_CLIENT_LOGS, etlLine, etlLog, eventsOnly, facts, wuClientEvent } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT } from './shared/noise-lines.js';

const BLOCKING_POLICY = any(
  fact('clientPolicy.windowsUpdate.DoNotConnectToWindowsUpdateInternetLocations', 'equal', 1),
  fact('clientPolicy.windowsUpdate.DisableWindowsUpdateAccess', 'equal', 1),
  fact('clientPolicy.wow6432Node.windowsUpdate.DoNotConnectToWindowsUpdateInternetLocations', 'equal', 1),
  fact('clientPolicy.wow6432Node.windowsUpdate.DisableWindowsUpdateAccess', 'equal', 1),
);

const blockedLines = etlLog(
  etlLine('13:05:12.3000000', 'Agent', 'Failed to find updates with error code 8024500c'),
  etlLine('13:05:12.3000210', 'ComApi', '*FAILED* [8024500C] ISusInternal::DisconnectCall failed'),
);

export default defineRule({
  id: 'windows-update-internet-blocked-by-policy',
  ref: 'WSUS-0074',
  title: 'Microsoft Update is blocked by policy: 0x8024002E / 0x8024500C are expected, not a WSUS failure',
  severity: 'info',
  category: 'client-policy',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: ['clientPolicy', CLIENT_ERROR_SOURCES, 'derived.clientErrors.knownCodes'],
  when: all(BLOCKING_POLICY, loggedAnyOf(['0x8024002E', '0x8024500C'])),
  message:
    'The client logged policy-blocked connections to Microsoft Update (0x8024002E WU_E_WU_DISABLED / 0x8024500C WU_E_REDIRECTOR_CONNECT_POLICY) and its policy forbids them: DoNotConnectToWindowsUpdateInternetLocations {{#if clientPolicy.windowsUpdate.DoNotConnectToWindowsUpdateInternetLocations}}= {{clientPolicy.windowsUpdate.DoNotConnectToWindowsUpdateInternetLocations}}{{else}}is not set in the native key{{/if}}, DisableWindowsUpdateAccess {{#if clientPolicy.windowsUpdate.DisableWindowsUpdateAccess}}= {{clientPolicy.windowsUpdate.DisableWindowsUpdateAccess}}{{else}}is not set in the native key{{/if}}. ' +
    'These come from online checks, Features on Demand or the Store, not from the WSUS connection to {{derived.policy.wuServer.raw}}. Codes seen on this client: {{derived.clientErrors.codes|codes}}.',
  evidence: ['clientPolicy.wow6432Node.windowsUpdate', 'derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.codes'],
  summary: 'No Microsoft Update connection blocked by the client\'s own policy was logged.',
  rationale:
    '0x8024002E means "access to an unmanaged server is not allowed" and 0x8024500C "connections to the redirector server are disallowed by managed policy" (wuerror.h, knowledge 5.3): a WSUS-managed client tried Microsoft Update (e.g. "Check online for updates from Microsoft Update", installing a Feature on Demand such as OpenSSH) while DoNotConnectToWindowsUpdateInternetLocations or DisableWindowsUpdateAccess forbids it (knowledge 6.1). ' +
    'This is expected by design, so it is information only, shown where it is relevant: when such codes appear and the policy explains them, so they are not mistaken for a WSUS connection failure. Without these codes the policy values are not reported.',
  remediation: [
    'Nothing to fix for WSUS. If Features on Demand or language packs must install, give them a source (the "Specify settings for optional component installation and component repair" policy, a FoD ISO/share) or allow Microsoft Update for them.',
    'Review whether DoNotConnectToWindowsUpdateInternetLocations / DisableWindowsUpdateAccess are intended: gpresult /h gp.html.',
  ],
  references: [WU_SETTINGS, WU_ERROR_REFERENCE, KB4025764],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Features on Demand blocked while WSUS scans succeed is reported as information', noise: true, facts: facts(ISOLATED_NETWORK_CLIENT, { clientPolicy: { windowsUpdate: { DoNotConnectToWindowsUpdateInternetLocations: 1 } } }), expect: 'fail' },
    {
      name: 'Features on Demand blocked under DoNotConnectToWindowsUpdateInternetLocations is reported',
      facts: facts({ clientPolicy: { windowsUpdate: { DoNotConnectToWindowsUpdateInternetLocations: 1 } } }, blockedLines),
      expect: 'fail',
      message: 'DoNotConnectToWindowsUpdateInternetLocations = 1',
    },
    {
      name: 'event 25 with 0x8024002E under DisableWindowsUpdateAccess is reported',
      facts: facts({ clientPolicy: { windowsUpdate: { DisableWindowsUpdateAccess: 1 } } }, eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x8024002E.'))),
      expect: 'fail',
    },
    {
      name: 'policy set but no blocked connection logged passes',
      facts: { clientPolicy: { windowsUpdate: { DoNotConnectToWindowsUpdateInternetLocations: 1 } } },
      expect: 'pass',
    },
    { name: 'codes without such a policy are not explained by it', facts: blockedLines, expect: 'pass' },
    {
      name: 'neither log collected is insufficient evidence',
      facts: facts({ clientPolicy: { windowsUpdate: { DoNotConnectToWindowsUpdateInternetLocations: 1 } } }, NO_CLIENT_LOGS),
      expect: 'insufficientEvidence',
    },
  ],
});

/** Principle 7 of the trust work: a WSUS failure code that no specific rule explains is still reported, decoded. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WU_ERROR_REFERENCE } from '../references.js';
import { WU_COMMON_ERRORS, WU_LOGS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN } from './shared/conditions.js';
import { NO_CLIENT_LOGS, etlLine, etlLog, etlWsusCall, eventsOnly, wuClientEvent } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-unexplained-wsus-errors',
  ref: 'WSUS-0077',
  title: 'The client fails against WSUS with codes no specific check explains',
  severity: 'warning',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES],
  when: fact('derived.clientErrors.unexplained.count', 'greaterThan', 0),
  message:
    'The Windows Update client logged {{derived.clientErrors.unexplained.count}} failure(s) on its calls to WSUS ({{derived.policy.wuServer.raw}}) with codes that no specific wsus-doctor check covers, and no successful WSUS scan since: {{derived.clientErrors.unexplained.codes|codes}}.',
  evidence: ['derived.policy.wuServer.raw', 'derived.clientErrors.wsusScan.lastSuccess'],
  logEvidence: ['derived.clientErrors.unexplained'],
  summary: 'Every failure the client logged against WSUS is covered by a specific check (or there is none).',
  rationale:
    'Every HRESULT says where it comes from: the facility (0x8024xxxx Windows Update, with sub-ranges per agent component; 0x8007xxxx a Win32 or WinHTTP error; 0x8020xxxx BITS; 0x87D0xxxx Configuration Manager) and the code within it. A code that no specific rule claims is decoded here so that it is never silent; the decoding names the component that failed, which tells where to look next.',
  remediation: [
    'Look up the decoded component: 0x8024xxxx codes of the Windows Update agent (download manager, data store, setup, Automatic Updates) point at the client itself; 0x8007xxxx codes are Windows errors (access denied, disk full, service disabled).',
    'Read WindowsUpdate.log around the samples (Get-WindowsUpdateLog on Windows 10/11) for the call that failed.',
    'If the agent itself is damaged: stop wuauserv and bits, rename %windir%\\SoftwareDistribution, start them again and scan (UsoClient StartScan on Windows 10/11, wuauclt /detectnow before).',
  ],
  references: [WU_ERROR_REFERENCE, WU_COMMON_ERRORS, WU_LOGS, KB4025764],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    {
      name: 'an unknown Automatic Updates code in a WSUS call is reported',
      facts: etlLog(etlWsusCall('09:40:01.0000000'), etlLine('09:40:02.0000000', 'Agent', '*FAILED* [8024A00F] Method failed [CAgentUpdateManager::FindUpdates:1234]')),
      expect: 'fail',
      message: '0x8024A00F',
    },
    { name: 'an unknown code of event 25 is reported', facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x8024A00F.')), expect: 'fail' },
    { name: 'known families are left to their rules', facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244022.')), expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints fail, WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a recovered WSUS time-out', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    { name: 'servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

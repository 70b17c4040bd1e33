/** The agent's own "WSUS server:" log line must show the URL the policy sets now. */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, TRACK_COMPLIANCE, WU_CLIENT_AGENTS } from '../references.js';
import { WU_LOGS } from './shared/references.js';
import { HAS_WUSERVER_OR_UNKNOWN } from './shared/conditions.js';
import { etlLine, etlLog, legacyLine, legacyLog } from './shared/test-facts.js';

const LOGGED_ANY = fact('derived.windowsUpdateLog.wsusServerUrls', 'lengthGreaterThan', 0);

export default defineRule({
  id: 'agent-wsus-server-differs-from-policy',
  ref: 'WSUS-0059',
  title: 'The Windows Update agent logs a different WSUS server than the policy',
  severity: 'warning',
  category: 'client-policy',
  appliesTo: { role: 'client', when: HAS_WUSERVER_OR_UNKNOWN },
  requires: ['clientPolicy', 'logs.windowsUpdate', 'derived.policy.wuServer.raw'],
  when: all(LOGGED_ANY, fact('derived.windowsUpdateLog.wsusServerUrls', 'doesNotContain', { fact: 'derived.policy.wuServer.raw' })),
  inconclusiveWhen: not(LOGGED_ANY),
  inconclusiveMessage:
    'the collected WindowsUpdate.log has no "WSUS server:" line (the agent logs it when it starts), so the server the agent really uses cannot be compared with WUServer {{derived.policy.wuServer.raw}}.',
  message:
    'WindowsUpdate.log shows the agent using WSUS server {{derived.windowsUpdateLog.wsusServerUrls|list}}, but the policy now sets WUServer = {{derived.policy.wuServer.raw}}: ' +
    'the agent has not picked up the current policy (or the policy in the registry is not the one in effect), so it scans against a server other than the configured one.',
  evidence: ['derived.policy.source', 'derived.windowsUpdateLog.window'],
  summary: 'The WSUS server the agent logs ("WSUS server: <url>") is the WUServer of the current policy.',
  rationale:
    'At start-up the agent logs the policy it uses: "WSUS server: <url>" and "WSUS status server: <url>" (legacy WindowsUpdate.log and Get-WindowsUpdateLog output, knowledge 4.3/4.4; Microsoft "Track the software update compliance assessment process"). ' +
    'A URL different from the registry value means a stale agent (policy changed, service not restarted), a policy flapping between a domain GPO and ConfigMgr\'s local policy, or a collection that read another key than the agent uses. ' +
    'The rule passes when the current WUServer is among the logged URLs, since the agent may log an old URL before a "(Changed)" line with the new one. The comparison is exact (the agent logs the policy string as written), see the known-gap case for a difference in letter case only. ' +
    'When the excerpt holds no "WSUS server:" line the outcome is insufficient evidence, not a pass.',
  remediation: [
    'Restart the agent so it rereads the policy: Restart-Service wuauserv, then regenerate the log (Windows 10 and later: Get-WindowsUpdateLog) and check the "WSUS server:" line.',
    'If the logged URL comes back, find which policy wins: gpresult /h gp.html for "Specify intranet Microsoft update service location"; on ConfigMgr clients compare with WUAHandler.log ("Enabling WUA Managed server policy to use server: ...").',
    'Run a scan afterwards and check that the client appears in the console of the intended WSUS server.',
  ],
  references: [WU_LOGS, TRACK_COMPLIANCE, WU_CLIENT_AGENTS, KB4025764],
  tests: [
    { name: 'agent logs the policy URL (Windows 10 log) passes', facts: {}, expect: 'pass' },
    {
      name: 'agent logs another server (Windows 10 log) fails',
      facts: etlLog(
        etlLine('09:29:58.1234567', 'Agent', 'WSUS server: http://oldwsus.contoso.com:8530'),
        etlLine('09:29:58.1234569', 'Agent', 'WSUS status server: http://oldwsus.contoso.com:8530'),
        etlLine('09:29:58.1234571', 'Agent', 'Alternate Download Server: NULL'),
      ),
      expect: 'fail',
      message: 'http://oldwsus.contoso.com:8530',
    },
    {
      name: 'legacy log: old server then "(Changed)" to the policy URL passes',
      facts: legacyLog(
        legacyLine('08:02:11:520', 'Agent', '  * WSUS server: http://oldwsus.contoso.com:8530', '968', '9d0'),
        legacyLine('09:18:11:520', 'Agent', '  * WSUS server: http://wsus01.contoso.com:8530 (Changed)', '968', '9d0'),
        legacyLine('09:18:11:521', 'Agent', '  * WSUS status server: http://wsus01.contoso.com:8530 (Changed)', '968', '9d0'),
      ),
      expect: 'pass',
    },
    {
      name: 'legacy log with only another server fails',
      facts: legacyLog(
        legacyLine('12:18:11:520', 'Agent', '  * WSUS server: http://PS1SITE.CONTOSO.COM:8530', '968', '9d0'),
        legacyLine('12:18:47:511', 'PT', '  + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://PS1SITE.CONTOSO.COM:8530/ClientWebService/client.asmx', '968', 'f58'),
      ),
      expect: 'fail',
    },
    {
      name: 'known gap: the same URL in other letter case is reported as a difference',
      facts: etlLog(etlLine('09:29:58.1234567', 'Agent', 'WSUS server: http://WSUS01.CONTOSO.COM:8530')),
      expect: 'pass',
      knownGap: true,
    },
    {
      name: 'no "WSUS server:" line in the excerpt is insufficient evidence',
      facts: etlLog(etlLine('09:30:00.5550001', 'Agent', 'Found 0 updates and 93 categories in search; evaluated appl. rules of 1815 out of 3220 deployed entities')),
      expect: 'insufficientEvidence',
      message: 'no "WSUS server:" line',
    },
    {
      name: 'WindowsUpdate.log not collected is insufficient evidence',
      facts: { logs: { windowsUpdate: { status: 'notCollected', message: 'Get-WindowsUpdateLog timed out', format: null, files: null } } },
      expect: 'insufficientEvidence',
    },
    { name: 'no WSUS policy at all is not applicable (not managed by WSUS)', facts: { clientPolicy: { windowsUpdate: null, au: null } }, expect: 'notApplicable' },
  ],
});

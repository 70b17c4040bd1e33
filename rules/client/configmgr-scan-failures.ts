/** ConfigMgr client: WUAHandler.log records failed software update scans (knowledge 4.6 failure table). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CM_PLAN_SOFTWARE_UPDATES, CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';

const WUA = 'WUAHandler';

export default defineRule({
  id: 'configmgr-scan-failures',
  ref: 'WSUS-0064',
  title: 'ConfigMgr client: WUAHandler.log records failed software update scans',
  severity: 'error',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.wuaHandler', 'derived.configMgrClient.scanFailures'],
  when: fact('derived.configMgrClient.scanFailures.count', 'greaterThan', 0),
  message:
    'WUAHandler.log records {{derived.configMgrClient.scanFailures.count}} failed scan(s) ("Scan failed with error" / "OnSearchComplete - Failed to end search job"; the lines are attached). ' +
    'Codes in WUAHandler.log and ScanAgent.log (decimal spellings such as 2149859362 or -2145107934 decoded): {{derived.configMgrClient.errorCodes|codes}}. Newest software update point from LocationServices.log: {{derived.configMgrClient.latestWsusPath}}; policy WUServer: {{derived.policy.wuServer.raw}}. Codes the Windows Update agent itself logged: {{derived.clientErrors.codes|codes}}.',
  evidence: ['derived.policy.wuServer.raw', 'derived.clientErrors.knownCodes', 'derived.configMgrClient.errorCodes'],
  logEvidence: ['derived.configMgrClient.scanFailures'],
  summary: 'WUAHandler.log shows no failed software update scan.',
  rationale:
    'WUAHandler.log is where a ConfigMgr client records the outcome of each Windows Update agent scan against its SUP; "Scan failed with error = 0x80244022" or "OnSearchComplete - Failed to end search job. Error = ..." is the ConfigMgr view of a WSUS connection failure (knowledge 4.6 failure table; KB 3090184). ' +
    'On retryable codes ConfigMgr retries every 30 minutes, at least 4 times, then switches to the next SUP (knowledge 4.6, "Plan for software updates"), so repeated failures mean the client is not assessed. ' +
    'The failure lines are attached as evidence; the code-specific rules (client-*-errors) explain the agent\'s codes from WindowsUpdate.log and the event log.',
  remediation: [
    'Look up the codes named in the finding (ConfigMgr\'s decimal spellings are shown decoded to hex; by hand: [Convert]::ToString(2149859362, 16) → 80244022) in the matching client-*-errors finding or Microsoft\'s Windows Update error reference.',
    'Read WindowsUpdate.log at the same time (Get-WindowsUpdateLog on Windows 10 and later) for the WebServices/ProtocolTalker lines that name the failing URL.',
    'Check the SUP itself: from the client Test-NetConnection -ComputerName <SUP FQDN> -Port 8530; on the SUP the WsusPool state, IIS log 503s and HTTPERR reasons.',
    'After fixing, run the "Software Updates Scan Cycle" action and check for "Successfully completed scan." in WUAHandler.log.',
  ],
  references: [SCAN_FAILURES, TRACK_COMPLIANCE, CM_TROUBLESHOOT_SUM, CM_PLAN_SOFTWARE_UPDATES, KB4025764],
  tests: [
    {
      name: 'a scan that failed with 503 and succeeded at the retry 30 minutes later is not a current failure',
      noise: true,
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine('OnSearchComplete - Failed to end search job. Error = 0x80244022.', WUA, '08:45:40.210-060', 'cwuahandler.cpp:3780', 3),
          cmtraceLine('Scan failed with error = 0x80244022.', WUA, '08:45:40.215-060', 'cwuahandler.cpp:4221', 3),
          cmtraceLine('Async searching of updates using WUAgent started.', WUA, '09:15:17.400-060', 'cwuahandler.cpp:588'),
          cmtraceLine('Async searching completed.', WUA, '09:16:02.900-060', 'cwuahandler.cpp:2317'),
          cmtraceLine('Successfully completed scan.', WUA, '09:16:03.100-060', 'cwuahandler.cpp:4219'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'successful scan passes',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Async searching of updates using WUAgent started.', WUA, '09:13:17.400-060', 'cwuahandler.cpp:588'),
          cmtraceLine('Async searching completed.', WUA, '09:14:02.900-060', 'cwuahandler.cpp:2317'),
          cmtraceLine('Successfully completed scan.', WUA, '09:14:03.100-060', 'cwuahandler.cpp:4219'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'hex 0x80244022 scan failure fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Async searching of updates using WUAgent started.', WUA, '09:13:17.400-060', 'cwuahandler.cpp:588'),
          cmtraceLine('OnSearchComplete - Failed to end search job. Error = 0x80244022.', WUA, '09:15:40.210-060', 'cwuahandler.cpp:3780', 3),
          cmtraceLine('Scan failed with error = 0x80244022.', WUA, '09:15:40.215-060', 'cwuahandler.cpp:4221', 3),
        ),
      ),
      expect: 'fail',
      message: 'records 2 failed scan(s)',
    },
    {
      name: 'unsigned and signed decimal codes (ConfigMgr style) fail',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Scan failed with error = 2149859362.', WUA, '09:15:40.215-060', 'cwuahandler.cpp:4221', 3),
          cmtraceLine('OnSearchComplete - Failed to end search job. Error = -2145107934.', WUA, '10:15:41.002-060', 'cwuahandler.cpp:3780', 3),
        ),
      ),
      expect: 'fail',
      message: 'decoded): 0x80244022 (HTTP 503: the service is temporarily overloaded).',
    },
    {
      name: 'policy overwritten line alone is not a scan failure (configmgr-policy-overwritten-by-gpo)',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://oldwsus.contoso.com:8530 and Policy ENABLED', WUA, '09:14:45.040-060', 'sourcemanager.cpp:1367', 2),
        ),
      ),
      expect: 'pass',
    },
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'WUAHandler.log not collected is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, { logs: { configMgrClient: { wuaHandler: { status: 'error', message: 'The process cannot access the file' } } } }),
      expect: 'insufficientEvidence',
    },
  ],
});

/** Principle 2 of the trust work, for ConfigMgr clients: a WUAHandler scan failure followed by a completed scan is a warning, never an error. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { SCAN_FAILURES } from '../references.js';
import { CM_PLAN_SOFTWARE_UPDATES, CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';

const WUA = 'WUAHandler';
const ok = (time: string) => cmtraceLine('Successfully completed scan.', WUA, time, 'cwuahandler.cpp:4219');
const failed = (code: string, time: string) => cmtraceLine(`Scan failed with error = ${code}.`, WUA, time, 'cwuahandler.cpp:4221', 3);

export default defineRule({
  id: 'configmgr-scan-failures-recovered',
  ref: 'WSUS-0079',
  title: 'ConfigMgr client: software update scans failed, then a retry completed',
  severity: 'warning',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.wuaHandler'],
  when: fact('derived.configMgrClient.scanFailuresRecovered.count', 'greaterThan', 0),
  message:
    'WUAHandler.log records {{derived.configMgrClient.scanFailuresRecovered.count}} failed scan(s) before the newest completed scan at {{derived.configMgrClient.lastSuccessfulScan}}: the client recovered and is assessed now. Codes in WUAHandler.log and ScanAgent.log: {{derived.configMgrClient.errorCodes|codes}}.',
  evidence: ['derived.configMgrClient.latestWsusPath'],
  logEvidence: ['derived.configMgrClient.scanFailuresRecovered'],
  summary: 'WUAHandler.log shows no scan failure that a later scan recovered from.',
  rationale:
    'On a retryable error ConfigMgr retries the scan every 30 minutes, at least 4 times, before switching to the next software update point ("Plan for software updates"). A failure followed by "Successfully completed scan." is therefore a recovered blip, not an outage; repeated blips at the same hours on many clients point at an overloaded software update point.',
  remediation: [
    'Nothing is broken now. If the failures recur, compare their times with the software update point\'s IIS log (503) and HTTPERR (QueueFull, AppOffline).',
    'If many clients show the same pattern, apply the WsusPool settings of KB 4490414 and the WSUS maintenance of KB 4490644 on the software update point.',
  ],
  references: [SCAN_FAILURES, CM_PLAN_SOFTWARE_UPDATES, CM_TROUBLESHOOT_SUM],
  tests: [
    { name: 'a clean scan passes', facts: facts(CONFIGMGR_CLIENT, configMgrLog('wuaHandler', ok('09:14:03.100-060'))), expect: 'pass' },
    { name: 'a 503 at 08:45, then a completed retry at 09:16, warns', noise: true, facts: facts(CONFIGMGR_CLIENT, configMgrLog('wuaHandler', failed('0x80244022', '08:45:40.215-060'), ok('09:16:03.100-060'))), expect: 'fail', message: '1 failed scan(s) before the newest completed scan at 2026-11-24T08:16:03.100Z' },
    { name: 'a failure after the last completed scan is not recovered (configmgr-scan-failures reports it)', facts: facts(CONFIGMGR_CLIENT, configMgrLog('wuaHandler', ok('08:14:03.100-060'), failed('0x80244022', '09:45:40.215-060'))), expect: 'pass' },
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'WUAHandler.log not collected is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, { logs: { configMgrClient: { wuaHandler: { status: 'notCollected', message: 'not elevated', files: null } } } }),
      expect: 'insufficientEvidence',
    },
  ],
});

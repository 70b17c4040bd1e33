/**
 * ConfigMgr clients (knowledge 4.6, "Plan for software updates"): after repeated scan failures against
 * its software update point the client switches to another SUP of its list; LocationServices.log then
 * returns another preferred "WSUS Path=".
 */
import { defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { TRACK_COMPLIANCE } from '../references.js';
import { CM_PLAN_SOFTWARE_UPDATES, CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';

const LS = 'LocationServices';
const reply = (time: string, ...urls: string[]) => [
  cmtraceLine('Calling back with the following WSUS locations', LS, time, 'ccmwsuslocation.cpp:1159'),
  ...urls.map((url) => cmtraceLine(`WSUS Path='${url}', Server='${url.replace(/^https?:\/\/|:\d+$/g, '')}', Version='38'`, LS, time, 'ccmwsuslocation.cpp:1167')),
];
const SUP01 = 'http://sup01.contoso.com:8530';
const SUP02 = 'http://sup02.contoso.com:8530';
const FAILED = cmtraceLine('Scan failed with error = 0x80244022.', 'WUAHandler', '09:45:10.000-060', 'cwuahandler.cpp:3998', 3);

export default defineRule({
  id: 'configmgr-sup-switched',
  ref: 'WSUS-0112',
  title: 'ConfigMgr client: the client switched to another software update point',
  severity: 'warning',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.locationServices'],
  when: fact('derived.configMgrClient.supSwitches.count', 'greaterThan', 0),
  inconclusiveWhen: not(fact('derived.configMgrClient.wsusLocations', 'lengthGreaterThan', 0)),
  inconclusiveMessage:
    'LocationServices.log has no "WSUS Path=" entry in the excerpt, so it cannot show which software update point the client uses or whether it changed (configmgr-no-wsus-location judges the missing location).',
  message:
    'The client changed its software update point {{derived.configMgrClient.supSwitches|count}} time(s) in the LocationServices.log excerpt; SUPs used, in order: {{derived.configMgrClient.supsUsed|list}}; now {{derived.configMgrClient.latestWsusPath}}. ' +
    'ConfigMgr moves to another SUP after a scan has failed against the current one at least 4 times, 30 minutes apart (WUAHandler scan failures in the excerpt: {{derived.configMgrClient.scanFailures|count}} unresolved, {{derived.configMgrClient.scanFailuresRecovered|count}} recovered). ' +
    'If the new SUP does not share the SUSDB of the old one, the next scan is a full scan, and many clients switching at once load the new SUP heavily.',
  evidence: ['derived.configMgrClient.latestWsusPath', 'derived.policy.wuServer.raw'],
  logEvidence: ['derived.configMgrClient.supSwitches', 'derived.configMgrClient.scanFailures', 'derived.configMgrClient.scanFailuresRecovered'],
  summary: 'The client kept the same preferred software update point in every location reply of the excerpt.',
  rationale:
    'Microsoft "Plan for software updates in Configuration Manager": on a retryable scan error the client retries every 30 minutes, at least 4 times, then switches to another software update point in its list (knowledge 4.6); switching to a SUP with another SUSDB causes a full scan (knowledge 7: more than 1 GB per client). ' +
    'The rule counts location replies whose first (preferred) "WSUS Path=" differs from the previous reply\'s; a reply that lists several SUPs is the failover list, not a switch. ' +
    'The switch itself is the client recovering, so it is at most a warning; the failures that caused it are configmgr-scan-failures\' finding.',
  remediation: [
    'Find out why scans failed against the old SUP: WUAHandler.log "Scan failed with error", and on that SUP the WSUS pool, IIS log and HTTPERR log (503, time-outs).',
    'Check the boundary groups: a client should prefer the SUP of its own site and fall back only when it fails (Administration > Boundary Groups > References > software update points).',
    'When several SUPs serve the same clients, let them share one SUSDB, or expect full scans after every switch.',
  ],
  references: [CM_PLAN_SOFTWARE_UPDATES, TRACK_COMPLIANCE, CM_TROUBLESHOOT_SUM],
  tests: [
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
    { name: 'the same SUP in every reply passes', noise: true, facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', ...reply('08:00:00.000-060', SUP01), ...reply('11:00:00.000-060', SUP01))), expect: 'pass' },
    { name: 'a reply listing two SUPs (failover list) is no switch', noise: true, facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', ...reply('08:00:00.000-060', SUP01, SUP02), ...reply('11:00:00.000-060', SUP01, SUP02))), expect: 'pass' },
    {
      name: 'a move from SUP01 to SUP02 after failed scans fails',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', ...reply('08:00:00.000-060', SUP01), ...reply('11:00:00.000-060', SUP02)), configMgrLog('wuaHandler', FAILED)),
      expect: 'fail',
      message: 'SUPs used, in order: http://sup01.contoso.com:8530, http://sup02.contoso.com:8530',
    },
    { name: 'an excerpt without location replies is insufficient evidence', facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices')), expect: 'insufficientEvidence' },
    { name: 'a single reply passes (no switch in view)', facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', ...reply('08:00:00.000-060', SUP01))), expect: 'pass' },
    { name: 'LocationServices.log not collected is insufficient evidence', facts: facts(CONFIGMGR_CLIENT, { logs: { configMgrClient: { locationServices: { status: 'notCollected', message: 'not elevated' } } } }), expect: 'insufficientEvidence' },
  ],
});

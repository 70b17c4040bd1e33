/**
 * ConfigMgr clients (knowledge 4.6): a scan asks the management point for WSUS locations of one content
 * version ("Requesting WSUS Server Locations from LS for {GUID} version 38"); when the newest location it
 * got has another version, the software update points the client can use do not have the site's current content.
 */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';

const GUID = '{8B8F8D5A-2C1E-4A9B-9E63-0F1D2C3B4A59}';
const LS = 'LocationServices';
const location = (version: string, time: string) => [
  cmtraceLine('Calling back with the following WSUS locations', LS, time, 'ccmwsuslocation.cpp:1159'),
  cmtraceLine(`WSUS Path='http://sup01.contoso.com:8530', Server='SUP01', Version='${version}'`, LS, time, 'ccmwsuslocation.cpp:1167'),
];
const request = (version: string, time: string) =>
  cmtraceLine(`- - - - - -Requesting WSUS Server Locations from LS for ${GUID} version ${version}`, 'ScanAgent', time, 'scanagent.cpp:1571');

export default defineRule({
  id: 'configmgr-content-version-mismatch',
  ref: 'WSUS-0111',
  title: 'ConfigMgr client: the software update point offered has another content version than the scan asks for',
  severity: 'error',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.locationServices'],
  when: fact('derived.configMgrClient.contentVersionMismatch', 'equal', true),
  inconclusiveWhen: fact('derived.configMgrClient.contentVersionMismatch', 'exists', false),
  inconclusiveMessage:
    'The ConfigMgr logs show no scan that asked for a content version together with a WSUS location (requested version: {{derived.configMgrClient.requestedContentVersion}}, newest location version: {{derived.configMgrClient.latestLocationVersion}}), or the newest request is only minutes old. Run the "Software Updates Scan Cycle" action, wait a few minutes and collect again.',
  message:
    'The newest software update scan asked for content version {{derived.configMgrClient.requestedContentVersion}}, but the newest WSUS location the management point returned has version {{derived.configMgrClient.latestLocationVersion}} ({{derived.configMgrClient.latestWsusPath}}) and no location of the requested version followed. ' +
    'The software update points in this client\'s boundary groups have not synchronised the site\'s current update catalogue, so the management point cannot return a location for that version and the scan waits or fails.',
  evidence: ['derived.configMgrClient.latestWsusPath', 'derived.configMgrClient.locationRequestScans', 'configMgr.clientVersion'],
  logEvidence: ['derived.configMgrClient.locationRequestsWithoutReply'],
  summary: 'The WSUS location the client received has the content version its scan asked for.',
  rationale:
    'Microsoft "Track the software update compliance assessment process": ScanAgent.log writes "Requesting WSUS Server Locations from LS for {GUID} version 38" and LocationServices.log answers "WSUS Path=\'http://...:8530\', Server=\'...\', Version=\'38\'"; KB 3090184 / KB 4505440 list a content version mismatch (CI_UpdateSources, WSUSServerLocations, Update_SyncStatus) among the reasons the management point returns no location. ' +
    'The rule compares the version of the newest request (ScanAgent "version N" or "ContentVersion=N", LocationServices WSUSLocationRequest Content Version) with the newest "WSUS Path=" Version, and only fails when no location of the requested version follows the request; a request of the last 10 minutes may still get its reply and is not judged.',
  remediation: [
    'On the site server, check software update point synchronisation (Monitoring > Software Update Point Synchronization Status; wsyncmgr.log): every SUP must show the site\'s current catalogue version.',
    'Check that the SUP of this client\'s boundary group is the one that synchronised; a SUP whose WSUS fails to sync (WCM.log, WSUSCtrl.log) keeps an old version.',
    'When the SUPs are current again, run the "Software Updates Scan Cycle" action on the client and look for "WSUS Path=... Version=\'<requested>\'" in LocationServices.log.',
  ],
  references: [TRACK_COMPLIANCE, SCAN_FAILURES, CM_TROUBLESHOOT_SUM, KB4025764],
  tests: [
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'a location of the requested version passes',
      noise: true,
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('scanAgent', request('38', '09:12:40.001-060')), configMgrLog('locationServices', ...location('38', '09:12:44.123-060'))),
      expect: 'pass',
    },
    {
      name: 'a request for version 39 answered only by version 38 fails',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('scanAgent', request('39', '10:15:00.000-060')), configMgrLog('locationServices', ...location('38', '09:12:44.123-060'))),
      expect: 'fail',
      message: 'asked for content version 39',
    },
    {
      name: 'a new version requested minutes before collection may still be answered: insufficient evidence',
      noise: true,
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('scanAgent', request('39', '12:55:00.000-060')), configMgrLog('locationServices', ...location('38', '09:12:44.123-060'))),
      expect: 'insufficientEvidence',
    },
    {
      name: 'locations without any request in the excerpt: insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', ...location('38', '09:12:44.123-060'))),
      expect: 'insufficientEvidence',
      message: 'no scan that asked for a content version',
    },
    {
      name: 'LocationServices.log not collected is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, { logs: { configMgrClient: { locationServices: { status: 'error', message: 'Access is denied' } } } }),
      expect: 'insufficientEvidence',
    },
  ],
});

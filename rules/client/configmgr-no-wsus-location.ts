/**
 * KB 4025764 (ConfigMgr clients): LocationServices.log must show a "WSUS Path=" entry - judged
 * over at least one software update scan cycle (7 days by default, knowledge 8a), or after a
 * scan that asked for a location.
 */
import { all, any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';
import type { FactPatch } from '../../engine/dsl/rule-types.js';

const GUID = '{8B8F8D5A-2C1E-4A9B-9E63-0F1D2C3B4A59}';
const LS = 'LocationServices';
/** ConfigMgr's default software update scan schedule: every 7 days. */
const SCAN_CYCLE_DAYS = 7;

/** A CMTrace line of another day (test data; cmtraceLine writes 11-24-2026, collectedAt is 2026-11-24T12:00:00Z). */
function onDay(day: number, line: string): string {
  return line.replace('date="11-24-2026"', `date="11-${String(day).padStart(2, '0')}-2026"`);
}

/** The routine lines a healthy client writes to LocationServices.log every day (no scan). */
function routineDay(day: number): string[] {
  return [
    onDay(day, cmtraceLine('Current AD site of machine is Default-First-Site-Name', LS, '08:01:12.311-060', 'lsad.cpp:4719')),
    onDay(day, cmtraceLine('Refreshing the Management Point List', LS, '08:01:12.402-060', 'lsmpl.cpp:1380')),
  ];
}

/** The LocationServices.log excerpt covers from `coveredFrom` (as the collector records it) with these lines. */
function locationServices(coveredFrom: string, maxAgeDays: number, ...lines: string[]): FactPatch {
  return facts(configMgrLog('locationServices', ...lines), { logs: { configMgrClient: { locationServices: { coveredFrom, maxAgeDays } } } });
}

const REQUEST = cmtraceLine(`Attempting to send WSUS Location Request for ContentID='${GUID}'`, LS, '09:12:40.101-060', 'ccmwsuslocation.cpp:1034');
const LOCATION = cmtraceLine("WSUS Path='http://wsus01.contoso.com:8530', Server='WSUS01', Version='38'", LS, '09:12:44.123-060', 'ccmwsuslocation.cpp:1167');

export default defineRule({
  id: 'configmgr-no-wsus-location',
  ref: 'WSUS-0061',
  title: 'ConfigMgr client: LocationServices.log has no WSUS location (no "WSUS Path=" entry)',
  severity: 'error',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.locationServices'],
  // Principle 4: no location proves something only over a whole scan cycle, or after a scan asked for one.
  when: any(
    all(fact('derived.configMgrClient.latestWsusPath', 'exists', false), fact('derived.configMgrClient.locationServicesWindowDays', 'greaterThanInclusive', SCAN_CYCLE_DAYS)),
    fact('derived.configMgrClient.locationRequestsWithoutReply.count', 'greaterThan', 0),
  ),
  inconclusiveWhen: fact('derived.configMgrClient.latestWsusPath', 'exists', false),
  inconclusiveMessage:
    'LocationServices.log covers only {{derived.configMgrClient.locationServicesWindowDays}} days ({{derived.configMgrClient.locationServicesWindow.from}} to {{derived.configMgrClient.locationServicesWindow.to}}), shorter than the 7-day software update scan cycle, and no scan asked for a WSUS location in it: a healthy client logs "WSUS Path=" only around a scan. ' +
    'Run the "Software Updates Scan Cycle" action (Control Panel > Configuration Manager > Actions), wait a few minutes and collect again (the collector keeps 8 days of ConfigMgr client logs by default, -MaxConfigMgrLogAgeDays).',
  message:
    'No WSUS location came back from the management point: LocationServices.log ({{derived.configMgrClient.locationServicesWindowDays}} days, {{derived.configMgrClient.locationServicesWindow.from}} to {{derived.configMgrClient.locationServicesWindow.to}}) has no "WSUS Path=" entry over a whole 7-day software update scan cycle, or a scan asked for WSUS locations and got none ' +
    '({{derived.configMgrClient.locationRequestsWithoutReply|count}} scan(s) without a reply; "WSUS Path=" entries in the excerpt: {{derived.configMgrClient.wsusLocations|count}}). The management point returned no software update point for this client, so ConfigMgr has no WSUS server to scan against. ' +
    'Current policy WUServer: {{derived.policy.wuServer.raw}}.',
  evidence: [
    'configMgr.clientVersion',
    'logs.configMgrClient.locationServices.maxAgeDays',
    'logs.configMgrClient.locationServices.coveredFrom',
    'derived.configMgrClient.locationServicesWindowDays',
    'derived.configMgrClient.locationRequestScans',
  ],
  logEvidence: ['derived.configMgrClient.locationRequestsWithoutReply'],
  summary: 'LocationServices.log shows the WSUS location the management point returned ("WSUS Path=...").',
  rationale:
    'KB 4025764 tells ConfigMgr admins to check LocationServices.log for the WSUS entry; after a Software Updates Scan Cycle the client logs "WSUS Path=\'http://<SUP>:8530\', Server=..., Version=..." (Microsoft "Track the software update compliance assessment process", knowledge 4.6). ' +
    'No such entry means the management point returned no WSUS location (knowledge 4.6 failure table, KB 3090184/4505440): the SUP is missing or not synchronising, the SUP is not in a boundary group of the client, or the content version the client asks for does not match the site\'s (CI_UpdateSources, WSUSServerLocations, Update_SyncStatus). ' +
    'A client shows a location only around a software update scan, every 7 days by default (knowledge 8a), so the rule fails only when the excerpt covers a whole cycle (derived.configMgrClient.locationServicesWindowDays, from the collector\'s coveredFrom or the log\'s own entries) without any location, or when a scan asked for locations (ScanAgent "Requesting WSUS Server Locations", LocationServices "Attempting to send WSUS Location Request") and no location followed; a shorter window without a scan is insufficient evidence, never a failure. ' +
    'A scan that did not run in the window (client off, schedule changed) still looks the same as a missing location: severity error rather than critical for that reason.',
  remediation: [
    'Run the "Software Updates Scan Cycle" client action (Control Panel > Configuration Manager > Actions), wait a few minutes and collect again; look in %windir%\\CCM\\Logs\\LocationServices.log for "WSUS Path=" and in ScanAgent.log for "Requesting WSUS Server Locations from LS".',
    'Still none: on the management point check MP_Location.log for "MP_GetWSUSServerLocations" replies, and in the console that a software update point exists, has synchronised (wsyncmgr.log, Software Update Point Synchronization Status) and is in a boundary group of this client.',
    'Check that the client setting "Enable software updates on clients" is Yes for this device.',
    'Check the content version: the "Version" the client requests (ScanAgent.log "ContentVersion=") must exist for the site (Update_SyncStatus); a stuck synchronisation leaves old versions.',
  ],
  references: [KB4025764, TRACK_COMPLIANCE, SCAN_FAILURES, CM_TROUBLESHOOT_SUM],
  tests: [
    {
      name: 'a WSUS Path entry passes',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'locationServices',
          REQUEST,
          cmtraceLine('Processing Location reply message', LS, '09:12:44.117-060', 'lsad.cpp:1032'),
          cmtraceLine('Calling back with the following WSUS locations', LS, '09:12:44.120-060', 'ccmwsuslocation.cpp:1159'),
          LOCATION,
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'a scan that asked for locations without any WSUS Path fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'locationServices',
          REQUEST,
          cmtraceLine(`WSUSLocationRequest : <WSUSLocationRequest SchemaVersion="1.00"><Content ID="${GUID}" Version="38"/><AssignedSite SiteCode="PS1"/><ClientLocationInfo LocationType="SMSUpdateSource" UseProtocol="http" UseAzureMP="false"><ADSite Name="Default-First-Site-Name"/><Forest Name="contoso.com"/><Domain Name="contoso.com"/><IPAddresses><IPAddress SubnetAddress="10.0.1.0" Address="10.0.1.21"/></IPAddresses></ClientLocationInfo></WSUSLocationRequest>`, LS, '09:12:40.104-060', 'ccmwsuslocation.cpp:1040'),
          cmtraceLine('Processing Location reply message', LS, '09:12:44.117-060', 'lsad.cpp:1032'),
        ),
      ),
      expect: 'fail',
      message: '1 scan(s) without a reply',
    },
    {
      name: 'a scan request after an older location that got no reply fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        locationServices('2026-11-21T12:00:00Z', 3, onDay(22, REQUEST), onDay(22, LOCATION), ...routineDay(23), REQUEST),
        configMgrLog('scanAgent', cmtraceLine(`- - - - - -Requesting WSUS Server Locations from LS for ${GUID} version 38`, 'ScanAgent', '09:12:40.001-060', 'scanagent.cpp:1571')),
      ),
      expect: 'fail',
      message: '1 scan(s) without a reply',
    },
    {
      name: 'eight days of LocationServices.log without any WSUS location fail',
      facts: facts(
        CONFIGMGR_CLIENT,
        locationServices('2026-11-16T12:00:00Z', 8, ...[16, 17, 18, 19, 20, 21, 22, 23, 24].flatMap(routineDay)),
      ),
      expect: 'fail',
      message: 'has no "WSUS Path=" entry over a whole 7-day software update scan cycle',
    },
    {
      name: 'healthy client, last scan 5 days ago, 3-day excerpt without location lines: cannot tell',
      noise: true,
      facts: facts(CONFIGMGR_CLIENT, locationServices('2026-11-21T12:00:00Z', 3, ...[21, 22, 23, 24].flatMap(routineDay))),
      expect: 'insufficientEvidence',
      message: 'covers only 3 days',
    },
    {
      name: 'a location request of the last minutes may still be waiting for its reply: cannot tell',
      noise: true,
      facts: facts(
        CONFIGMGR_CLIENT,
        locationServices('2026-11-21T12:00:00Z', 3, ...routineDay(23), cmtraceLine(`Attempting to send WSUS Location Request for ContentID='${GUID}'`, LS, '12:56:10.101-060', 'ccmwsuslocation.cpp:1034')),
      ),
      expect: 'insufficientEvidence',
    },
    {
      name: 'an empty LocationServices.log excerpt without a stated window is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices')),
      expect: 'insufficientEvidence',
    },
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'LocationServices.log not collected is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, { logs: { configMgrClient: { locationServices: { status: 'notCollected', message: 'file not found' } } } }),
      expect: 'insufficientEvidence',
    },
    {
      name: 'ConfigMgr facts not collected is insufficient evidence',
      facts: { configMgr: { status: 'error', message: 'WMI namespace root\\ccm not reachable', isClient: null } },
      expect: 'insufficientEvidence',
    },
  ],
});

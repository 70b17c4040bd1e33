/** KB 4025764 (ConfigMgr clients): LocationServices.log must show a "WSUS Path=" entry. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';

const GUID = '{8B8F8D5A-2C1E-4A9B-9E63-0F1D2C3B4A59}';
const LS = 'LocationServices';

export default defineRule({
  id: 'configmgr-no-wsus-location',
  ref: 'WSUS-0061',
  title: 'ConfigMgr client: LocationServices.log has no WSUS location (no "WSUS Path=" entry)',
  severity: 'error',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.locationServices'],
  when: fact('derived.configMgrClient.latestWsusPath', 'exists', false),
  message:
    'The ConfigMgr client\'s LocationServices.log excerpt has no "WSUS Path=" entry: the management point returned no software update point for this client, so ConfigMgr has no WSUS server to scan against. ' +
    'Current policy WUServer: {{derived.policy.wuServer.raw}}.',
  evidence: ['configMgr.clientVersion', 'logs.configMgrClient.locationServices.maxAgeDays'],
  summary: 'LocationServices.log shows the WSUS location the management point returned ("WSUS Path=...").',
  rationale:
    'KB 4025764 tells ConfigMgr admins to check LocationServices.log for the WSUS entry; after a Software Updates Scan Cycle the client logs "WSUS Path=\'http://<SUP>:8530\', Server=..., Version=..." (Microsoft "Track the software update compliance assessment process", knowledge 4.6). ' +
    'No such entry means the management point returned no WSUS location (knowledge 4.6 failure table, KB 3090184/4505440): the SUP is missing or not synchronising, the SUP is not in a boundary group of the client, or the content version the client asks for does not match the site\'s (CI_UpdateSources, WSUSServerLocations, Update_SyncStatus). ' +
    'The log excerpt is bounded by age, so a client that simply ran no scan in that window looks the same: the first remediation step is to run a scan cycle and collect again. Severity error rather than critical for that reason.',
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
          cmtraceLine(`Attempting to send WSUS Location Request for ContentID='${GUID}'`, LS, '09:12:40.101-060', 'ccmwsuslocation.cpp:1034'),
          cmtraceLine('Processing Location reply message', LS, '09:12:44.117-060', 'lsad.cpp:1032'),
          cmtraceLine('Calling back with the following WSUS locations', LS, '09:12:44.120-060', 'ccmwsuslocation.cpp:1159'),
          cmtraceLine("WSUS Path='http://wsus01.contoso.com:8530', Server='WSUS01', Version='38'", LS, '09:12:44.123-060', 'ccmwsuslocation.cpp:1167'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'location requests without any WSUS Path fail',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'locationServices',
          cmtraceLine(`Attempting to send WSUS Location Request for ContentID='${GUID}'`, LS, '09:12:40.101-060', 'ccmwsuslocation.cpp:1034'),
          cmtraceLine(`WSUSLocationRequest : <WSUSLocationRequest SchemaVersion="1.00"><Content ID="${GUID}" Version="38"/><AssignedSite SiteCode="PS1"/><ClientLocationInfo LocationType="SMSUpdateSource" UseProtocol="http" UseAzureMP="false"><ADSite Name="Default-First-Site-Name"/><Forest Name="contoso.com"/><Domain Name="contoso.com"/><IPAddresses><IPAddress SubnetAddress="10.0.1.0" Address="10.0.1.21"/></IPAddresses></ClientLocationInfo></WSUSLocationRequest>`, LS, '09:12:40.104-060', 'ccmwsuslocation.cpp:1040'),
          cmtraceLine('Processing Location reply message', LS, '09:12:44.117-060', 'lsad.cpp:1032'),
        ),
      ),
      expect: 'fail',
      message: 'no "WSUS Path=" entry',
    },
    {
      name: 'an empty LocationServices.log excerpt fails',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices')),
      expect: 'fail',
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

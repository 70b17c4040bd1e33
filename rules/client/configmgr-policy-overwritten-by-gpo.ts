/** KB 4025764 cause 8 / KB 3090184: WUAHandler "Group policy settings were overwritten by a higher authority", ScanAgent 0x87D00692. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CM_TROUBLESHOOT_SUM } from './shared/references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts } from './shared/test-facts.js';

const WUA = 'WUAHandler';
const SOURCE = '{3A7E2C1B-5F0D-4E8A-9B6C-2D1E0F3A4B5C}';
const healthyScan = [
  cmtraceLine(`Its a WSUS Update Source type (${SOURCE}), adding it.`, WUA, '09:12:45.001-060', 'sourcemanager.cpp:1310'),
  cmtraceLine('Enabling WUA Managed server policy to use server: http://wsus01.contoso.com:8530', WUA, '09:12:45.010-060', 'sourcemanager.cpp:1322'),
  cmtraceLine('Waiting for 2 mins for Group Policy to notify of WUA policy change...', WUA, '09:12:45.020-060', 'sourcemanager.cpp:1354'),
  cmtraceLine('Waiting for 30 secs for policy to take effect on WU Agent.', WUA, '09:12:47.031-060', 'sourcemanager.cpp:1366'),
  cmtraceLine(`Added Update Source (${SOURCE}) of content type: 2`, WUA, '09:13:17.050-060', 'sourcemanager.cpp:1385'),
  cmtraceLine("Search Criteria is (DeploymentAction=* AND Type='Software') OR (DeploymentAction=* AND Type='Driver')", WUA, '09:13:17.200-060', 'cwuahandler.cpp:3091'),
  cmtraceLine('Async searching of updates using WUAgent started.', WUA, '09:13:17.400-060', 'cwuahandler.cpp:588'),
  cmtraceLine('Async searching completed.', WUA, '09:14:02.900-060', 'cwuahandler.cpp:2317'),
  cmtraceLine('Successfully completed scan.', WUA, '09:14:03.100-060', 'cwuahandler.cpp:4219'),
];

export default defineRule({
  id: 'configmgr-policy-overwritten-by-gpo',
  ref: 'WSUS-0063',
  title: 'ConfigMgr client: a domain GPO overwrites the WSUS policy of the software update point',
  severity: 'error',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  // WUAHandler.log or ScanAgent.log (either one): 0x87D00692 appears in both (WUAHandler "Failed to Add Update Source", ScanAgent "Failed at AddUpdateSource").
  requires: ['configMgr.isClient', ['logs.configMgrClient.wuaHandler', 'logs.configMgrClient.scanAgent']],
  when: any(fact('derived.configMgrClient.policyOverwritten.count', 'greaterThan', 0), fact('derived.configMgrClient.gpoConflict.count', 'greaterThan', 0)),
  message:
    '{{#if derived.configMgrClient.wuaHandlerAvailable}}WUAHandler.log reports {{derived.configMgrClient.policyOverwritten.count}} time(s) "Group policy settings were overwritten by a higher authority"{{else}}WUAHandler.log was not collected{{/if}} and WUAHandler/ScanAgent.log {{derived.configMgrClient.gpoConflict.count}} time(s) error 0x87D00692 (GPO conflict at AddUpdateSource): a domain GPO sets the Windows Update server and wins over the local policy ConfigMgr writes for its software update point. ' +
    'Policy in effect: WUServer = {{derived.policy.wuServer.raw}}; newest ConfigMgr WSUS location: {{derived.configMgrClient.latestWsusPath}}. ConfigMgr scans fail while the two conflict.',
  evidence: ['derived.policy.wuServer.raw', 'derived.configMgrClient.latestWsusPath'],
  logEvidence: ['derived.configMgrClient.policyOverwritten', 'derived.configMgrClient.gpoConflict'],
  summary: 'WUAHandler.log shows no "Group policy settings were overwritten by a higher authority" line and neither WUAHandler.log nor ScanAgent.log has error 0x87D00692.',
  rationale:
    'Microsoft KB 3090184 ("Troubleshoot software update scan failures"): when a domain GPO\'s WSUS server or port differs from the SUP, WUAHandler logs "Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://server and Policy ENABLED" and the scan fails (knowledge 4.6 failure table, 6.4). ' +
    'It is one of KB 4025764\'s client-policy causes (knowledge section 8, cause 8). ScanAgent.log then logs "CScanJob::Execute- Failed at AddUpdateSource, Error = 0x87d00692" (knowledge 4.6, 5.3: GPO conflict with the ConfigMgr-managed WSUS policy); the code counts in hex or in ConfigMgr\'s decimal spellings (2278557330 / -2016409966). ' +
    'Severity error: the client does reach a WSUS server, but not the one ConfigMgr manages, and ConfigMgr compliance is not assessed.',
  remediation: [
    'Find the GPO: gpresult /h gp.html and look at "Specify intranet Microsoft update service location" (winning GPO).',
    'For ConfigMgr clients, unlink or filter that GPO (security filtering, WMI filter, OU), or make it set exactly the SUP URL with port, e.g. http://wsus01.contoso.com:8530.',
    'Apply: gpupdate /force, run the "Software Updates Scan Cycle" action and check WUAHandler.log for "Successfully completed scan." without the overwritten message.',
  ],
  references: [SCAN_FAILURES, TRACK_COMPLIANCE, CM_TROUBLESHOOT_SUM, KB4025764],
  tests: [
    { name: 'normal WUAHandler scan passes', facts: facts(CONFIGMGR_CLIENT, configMgrLog('wuaHandler', ...healthyScan)), expect: 'pass' },
    {
      name: 'a domain GPO that names the software update point itself, then a successful scan, is no conflict',
      noise: true,
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog('locationServices', cmtraceLine("WSUS Path='http://WSUS01.CONTOSO.COM:8530', Server='WSUS01.CONTOSO.COM', Version='38'", 'LocationServices', '09:12:44.123-060', 'ccmwsuslocation.cpp:911')),
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://wsus01.contoso.com:8530 and Policy ENABLED', WUA, '09:12:45.005-060', 'sourcemanager.cpp:1304', 2),
          ...healthyScan,
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'an overwrite by another server that a later scan shows was resolved is no current conflict',
      noise: true,
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://oldwsus.contoso.com:8530 and Policy ENABLED', WUA, '07:02:45.005-060', 'sourcemanager.cpp:1304', 2),
          ...healthyScan,
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'overwritten by a higher authority fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          healthyScan[0],
          healthyScan[1],
          healthyScan[2],
          cmtraceLine(
            'Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://oldwsus.contoso.com:8530 and Policy ENABLED',
            WUA,
            '09:14:45.040-060',
            'sourcemanager.cpp:1367',
            2,
          ),
          cmtraceLine('Failed to Add Update Source for WUAgent of type (2) and id (' + SOURCE + '). Error = 0x87d00692.', WUA, '09:14:45.052-060', 'cwuahandler.cpp:2780', 3),
        ),
      ),
      expect: 'fail',
      message: 'WUAHandler.log reports 1 time(s) "Group policy settings were overwritten by a higher authority" and WUAHandler/ScanAgent.log 1 time(s) error 0x87D00692',
    },
    {
      name: 'ScanAgent.log alone with 0x87D00692 (decimal, as ConfigMgr may print it) fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        { logs: { configMgrClient: { wuaHandler: { status: 'notCollected', message: 'file not found' } } } },
        configMgrLog(
          'scanAgent',
          cmtraceLine('CScanJob::Execute- Failed at AddUpdateSource, Error = 2278557330', 'ScanAgent', '09:14:45.060-060', 'scanjob.cpp:1205', 3),
        ),
      ),
      expect: 'fail',
      message: '1 time(s) error 0x87D00692',
    },
    {
      name: 'a healthy ScanAgent.log alone passes',
      facts: facts(
        CONFIGMGR_CLIENT,
        { logs: { configMgrClient: { wuaHandler: { status: 'notCollected', message: 'file not found' } } } },
        configMgrLog('scanAgent', cmtraceLine('CScanJob::Execute - successfully requested Scan, ScanType=1', 'ScanAgent', '09:14:45.060-060', 'scanjob.cpp:1250')),
      ),
      expect: 'pass',
    },
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
    {
      name: 'neither WUAHandler.log nor ScanAgent.log collected is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, { logs: { configMgrClient: { wuaHandler: { status: 'notCollected', message: 'file not found' } } } }),
      expect: 'insufficientEvidence',
    },
  ],
});

/** KB 4025764 cause 8 (ConfigMgr): the WSUS location ConfigMgr assigned must be the WUServer in effect. */
import { all, any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts, wsusPolicy } from './shared/test-facts.js';

/**
 * WUServer is none of the SUPs of the newest location reply (the derivation compares the URLs
 * case-insensitively, trailing slash ignored; a reply can list several SUPs, the client uses the
 * first and fails over to the next, so any of them is a legitimate WUServer).
 */
const DIFFERS = fact('derived.configMgrClient.latestLocationMatchesPolicy', 'equal', false);

/**
 * With no WUServer at all the difference may only mean WUAHandler has not written the policy
 * yet (no scan since the location reply): it is decided only when WUAHandler.log shows the
 * conflict or failed scans.
 */
const CORROBORATED = any(
  fact('derived.configMgrClient.policyOverwritten.count', 'greaterThan', 0),
  fact('derived.configMgrClient.scanFailures.count', 'greaterThan', 0),
);

const LS = 'LocationServices';
const WUA = 'WUAHandler';
const overwritten = (server: string) =>
  cmtraceLine(`Group policy settings were overwritten by a higher authority (Domain Controller) to: Server ${server} and Policy ENABLED`, WUA, '09:14:45.040-060', 'sourcemanager.cpp:1367', 2);
const location = (url: string, server: string, time = '09:12:44.123-060') =>
  cmtraceLine(`WSUS Path='${url}', Server='${server}', Version='38'`, LS, time, 'ccmwsuslocation.cpp:1167');

export default defineRule({
  id: 'configmgr-wsus-location-differs-from-policy',
  ref: 'WSUS-0062',
  title: 'ConfigMgr client: the software update point ConfigMgr assigned is not the WUServer in effect',
  severity: 'error',
  category: 'configmgr',
  appliesTo: { role: 'client', when: CONFIGMGR_CLIENT_OR_UNKNOWN },
  requires: ['configMgr.isClient', 'logs.configMgrClient.locationServices', 'clientPolicy', 'derived.configMgrClient.latestWsusPath'],
  when: all(DIFFERS, any(fact('derived.policy.wuServer.present', 'equal', true), CORROBORATED)),
  inconclusiveWhen: DIFFERS,
  inconclusiveMessage:
    'the newest location reply in LocationServices.log lists {{derived.configMgrClient.latestReplyWsusPaths|list}}, and the policy has no WUServer yet, but {{#if derived.configMgrClient.wuaHandlerAvailable}}WUAHandler.log shows no policy overwrite and no failed scan{{else}}WUAHandler.log was not collected, so no policy overwrite or failed scan is known{{/if}}: WUAHandler may simply not have written the policy since that reply. Run the "Software Updates Scan Cycle" action and collect again.',
  message:
    'The newest location reply the management point gave this ConfigMgr client lists {{derived.configMgrClient.latestReplyWsusPaths|list}} (LocationServices.log; the client uses the first and fails over to the next), but {{#if derived.policy.wuServer.raw}}the Windows Update policy says WUServer = {{derived.policy.wuServer.raw}}, which is none of them{{else}}the Windows Update policy sets no WUServer{{/if}}. ' +
    '{{#if derived.configMgrClient.wuaHandlerAvailable}}WUAHandler.log: {{derived.configMgrClient.policyOverwritten.count}} policy overwrite(s), {{derived.configMgrClient.scanFailures.count}} failed scan(s). {{else}}WUAHandler.log was not collected. {{/if}}' +
    'ConfigMgr scans then run against the policy\'s server and fail, or go to a server the site does not manage; usually a domain GPO overrides the local policy ConfigMgr writes.',
  evidence: ['derived.configMgrClient.latestReplyWsusPaths', 'derived.configMgrClient.wsusLocations', 'derived.policy.source'],
  logEvidence: ['derived.configMgrClient.policyOverwritten', 'derived.configMgrClient.scanFailures'],
  summary: 'The WUServer policy value is one of the software update points of the newest location reply in LocationServices.log (letter case and a trailing slash ignored).',
  rationale:
    'WUAHandler writes the SUP URL it got from the management point into local policy (WUServer, WUStatusServer, UseWUServer = 1) and forces a policy refresh; a domain GPO with a different value wins and breaks the scan (knowledge 6.4, KB 3090184; Microsoft "Track the software update compliance assessment process"). ' +
    'One location reply can list several SUPs (Microsoft\'s sample lists PS1SITE:8530 and PS1SYS:8531); the client uses the first and, after repeated failures, the next. The rule therefore compares WUServer with every "WSUS Path=" entry of the newest reply (letter case and a trailing slash ignored; another port is a difference) and fails when it is none of them. ' +
    'When the policy has no WUServer at all, the difference is decided only if WUAHandler.log shows a "Group policy settings were overwritten by a higher authority" line or failed scans (otherwise WUAHandler may not have run since the reply, and the outcome is insufficient evidence). ' +
    'Missing LocationServices.log or no "WSUS Path=" entry also gives insufficient evidence (configmgr-no-wsus-location reports the missing location).',
  remediation: [
    'Find the winning policy: gpresult /h gp.html, setting "Specify intranet Microsoft update service location". On ConfigMgr clients no domain GPO should set it, or it must set exactly the SUP URL with its port.',
    'Remove or re-scope the GPO (security filtering / WMI filter / OU), run gpupdate /force, then the "Software Updates Scan Cycle" action.',
    'Check WUAHandler.log: "Enabling WUA Managed server policy to use server: <SUP URL>" and "Successfully completed scan." without "Group policy settings were overwritten by a higher authority".',
  ],
  references: [SCAN_FAILURES, TRACK_COMPLIANCE, KB4025764],
  tests: [
    {
      name: 'location equal to the policy, a domain GPO naming the same server and a scan failure that recovered',
      noise: true,
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog('locationServices', location('http://WSUS01.CONTOSO.COM:8530', 'WSUS01.CONTOSO.COM')),
        configMgrLog(
          'wuaHandler',
          overwritten('http://wsus01.contoso.com:8530'),
          cmtraceLine('Scan failed with error = 0x80244022.', WUA, '09:13:40.215-060', 'cwuahandler.cpp:4221', 3),
          cmtraceLine('Successfully completed scan.', WUA, '09:44:03.100-060', 'cwuahandler.cpp:4219'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'location equal to the policy passes',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', location('http://wsus01.contoso.com:8530', 'wsus01.contoso.com'))),
      expect: 'pass',
    },
    {
      name: 'upper-case location (as ConfigMgr logs it) equal to a lower-case policy passes',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', location('http://WSUS01.CONTOSO.COM:8530', 'WSUS01.CONTOSO.COM'))),
      expect: 'pass',
    },
    {
      name: 'domain GPO pointing at another server, WUAHandler reports the overwrite: fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        wsusPolicy('http://oldwsus.contoso.com:8530'),
        configMgrLog('locationServices', location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM')),
        configMgrLog('wuaHandler', overwritten('http://oldwsus.contoso.com:8530')),
      ),
      expect: 'fail',
      message: 'lists http://PS1SITE.CONTOSO.COM:8530 (LocationServices.log',
    },
    {
      name: 'same server but another port (8531 SUP, 8530 GPO) with failed scans: fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog('locationServices', location('https://WSUS01.CONTOSO.COM:8531', 'WSUS01.CONTOSO.COM')),
        configMgrLog('wuaHandler', cmtraceLine('Scan failed with error = 0x80072efd.', WUA, '09:20:02.310-060', 'cwuahandler.cpp:4221', 3)),
      ),
      expect: 'fail',
      message: '1 failed scan(s)',
    },
    {
      name: 'location present, no WUServer in the policy, failed scans: fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        { clientPolicy: { windowsUpdate: null } },
        configMgrLog('locationServices', location('http://wsus01.contoso.com:8530', 'wsus01.contoso.com')),
        configMgrLog('wuaHandler', cmtraceLine('Scan failed with error = 2149859345.', WUA, '09:20:02.310-060', 'cwuahandler.cpp:4221', 3)),
      ),
      expect: 'fail',
      message: 'the Windows Update policy sets no WUServer',
    },
    {
      name: 'the newest location counts: moved from the old SUP to the policy server passes',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'locationServices',
          location('http://oldsup.contoso.com:8530', 'oldsup.contoso.com', '07:02:10.000-060'),
          location('http://wsus01.contoso.com:8530', 'wsus01.contoso.com', '09:12:44.123-060'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'a WUServer that is none of the SUPs of the newest reply fails without WUAHandler corroboration',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM'))),
      expect: 'fail',
      message: 'WUServer = http://wsus01.contoso.com:8530, which is none of them. WUAHandler.log was not collected.',
    },
    {
      name: 'no WUServer yet and nothing in WUAHandler.log cannot be decided',
      facts: facts(CONFIGMGR_CLIENT, { clientPolicy: { windowsUpdate: null } }, configMgrLog('locationServices', location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM'))),
      expect: 'insufficientEvidence',
      message: 'the policy has no WUServer yet',
    },
    {
      name: 'Microsoft sample reply listing two SUPs, the client using the first, passes',
      facts: facts(
        CONFIGMGR_CLIENT,
        wsusPolicy('http://PS1SITE.CONTOSO.COM:8530'),
        configMgrLog(
          'locationServices',
          cmtraceLine('Calling back with the following WSUS locations', LS, '12:18:09.870-060', 'ccmwsuslocation.cpp:1159'),
          location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM', '12:18:09.871-060'),
          location('https://PS1SYS.CONTOSO.COM:8531', 'PS1SYS.CONTOSO.COM', '12:18:09.872-060'),
        ),
        configMgrLog(
          'wuaHandler',
          cmtraceLine('Enabling WUA Managed server policy to use server: http://PS1SITE.CONTOSO.COM:8530', WUA, '12:18:10.050-060', 'sourcemanager.cpp:1322'),
          cmtraceLine('Successfully completed scan.', WUA, '12:18:53.300-060', 'cwuahandler.cpp:4219'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'Microsoft sample reply listing two SUPs, the client failed over to the second, passes',
      facts: facts(
        CONFIGMGR_CLIENT,
        wsusPolicy('https://ps1sys.contoso.com:8531/'),
        configMgrLog(
          'locationServices',
          cmtraceLine('Calling back with the following WSUS locations', LS, '12:18:09.870-060', 'ccmwsuslocation.cpp:1159'),
          location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM', '12:18:09.871-060'),
          location('https://PS1SYS.CONTOSO.COM:8531', 'PS1SYS.CONTOSO.COM', '12:18:09.872-060'),
        ),
      ),
      expect: 'pass',
    },
    {
      name: 'an older reply listed the policy server, the newest one does not: fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        wsusPolicy('http://oldsup.contoso.com:8530'),
        configMgrLog(
          'locationServices',
          cmtraceLine('Calling back with the following WSUS locations', LS, '07:02:09.000-060', 'ccmwsuslocation.cpp:1159'),
          location('http://oldsup.contoso.com:8530', 'oldsup.contoso.com', '07:02:10.000-060'),
          cmtraceLine('Calling back with locations for WSUS request {C2BB9710-C548-49D0-9DF8-5F9CFC5F3862}', LS, '07:02:10.100-060', 'ccmwsuslocation.cpp:1172'),
          cmtraceLine('Calling back with the following WSUS locations', LS, '09:12:44.000-060', 'ccmwsuslocation.cpp:1159'),
          location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM', '09:12:44.123-060'),
          location('https://PS1SYS.CONTOSO.COM:8531', 'PS1SYS.CONTOSO.COM', '09:12:44.124-060'),
        ),
      ),
      expect: 'fail',
      message: 'lists http://PS1SITE.CONTOSO.COM:8530, https://PS1SYS.CONTOSO.COM:8531 (LocationServices.log',
    },
    {
      name: 'client policy not collected is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, { clientPolicy: { status: 'error', message: 'access denied', windowsUpdate: null, au: null } }, configMgrLog('locationServices', location('http://wsus01.contoso.com:8530', 'wsus01.contoso.com'))),
      expect: 'insufficientEvidence',
    },
    {
      name: 'no WSUS location to compare is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', cmtraceLine('Processing Location reply message', LS, '09:12:44.117-060', 'lsad.cpp:1032'))),
      expect: 'insufficientEvidence',
    },
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
  ],
});

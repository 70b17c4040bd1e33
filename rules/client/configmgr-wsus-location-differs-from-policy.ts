/** KB 4025764 cause 8 (ConfigMgr): the WSUS location ConfigMgr assigned must be the WUServer in effect. */
import { all, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES, TRACK_COMPLIANCE } from '../references.js';
import { CONFIGMGR_CLIENT_OR_UNKNOWN } from './shared/conditions.js';
import { CONFIGMGR_CLIENT, cmtraceLine, configMgrLog, facts, wsusPolicy } from './shared/test-facts.js';

/**
 * Case-insensitive equality of the two URLs, written as "each starts with the other" because
 * `startsWith` is the only case-insensitive string operator (host names are case-insensitive and
 * ConfigMgr logs them upper-case while a GPO may not).
 */
const SAME_URL = all(
  fact('derived.configMgrClient.latestWsusPath', 'startsWith', { fact: 'derived.policy.wuServer.raw' }),
  fact('derived.policy.wuServer.raw', 'startsWith', { fact: 'derived.configMgrClient.latestWsusPath' }),
);

const LS = 'LocationServices';
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
  when: not(SAME_URL),
  message:
    'The newest WSUS location the management point gave this ConfigMgr client is {{derived.configMgrClient.latestWsusPath}} (LocationServices.log), but the Windows Update policy says WUServer = {{derived.policy.wuServer.raw}} ("unknown" means not set). ' +
    'ConfigMgr scans run against the policy\'s server, so they fail or go to a server the site does not manage; usually a domain GPO overrides the local policy ConfigMgr writes.',
  evidence: ['derived.configMgrClient.wsusLocations', 'derived.policy.source', 'derived.configMgrClient.policyOverwritten.count'],
  summary: 'The newest "WSUS Path=" of LocationServices.log equals the WUServer policy value (letter case ignored).',
  rationale:
    'WUAHandler writes the SUP URL it got from the management point into local policy (WUServer, WUStatusServer, UseWUServer = 1) and forces a policy refresh; a domain GPO with a different value wins and breaks the scan (knowledge 6.4, KB 3090184; Microsoft "Track the software update compliance assessment process"). ' +
    'Comparing the newest "WSUS Path=" entry with WUServer shows that conflict even when WUAHandler.log was not collected. Letter case is ignored; a trailing slash or different port is a difference. ' +
    'Missing LocationServices.log or no "WSUS Path=" entry gives insufficient evidence here (configmgr-no-wsus-location reports the missing location).',
  remediation: [
    'Find the winning policy: gpresult /h gp.html, setting "Specify intranet Microsoft update service location". On ConfigMgr clients no domain GPO should set it, or it must set exactly the SUP URL with its port.',
    'Remove or re-scope the GPO (security filtering / WMI filter / OU), run gpupdate /force, then the "Software Updates Scan Cycle" action.',
    'Check WUAHandler.log: "Enabling WUA Managed server policy to use server: <SUP URL>" and "Successfully completed scan." without "Group policy settings were overwritten by a higher authority".',
  ],
  references: [SCAN_FAILURES, TRACK_COMPLIANCE, KB4025764],
  tests: [
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
      name: 'policy from a domain GPO pointing at another server fails',
      facts: facts(
        CONFIGMGR_CLIENT,
        wsusPolicy('http://oldwsus.contoso.com:8530'),
        configMgrLog('locationServices', location('http://PS1SITE.CONTOSO.COM:8530', 'PS1SITE.CONTOSO.COM')),
      ),
      expect: 'fail',
      message: 'is http://PS1SITE.CONTOSO.COM:8530',
    },
    {
      name: 'same server but another port (8531 SUP, 8530 GPO) fails',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', location('https://WSUS01.CONTOSO.COM:8531', 'WSUS01.CONTOSO.COM'))),
      expect: 'fail',
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
      name: 'location present but no WUServer in the policy fails',
      facts: facts(CONFIGMGR_CLIENT, { clientPolicy: { windowsUpdate: null } }, configMgrLog('locationServices', location('http://wsus01.contoso.com:8530', 'wsus01.contoso.com'))),
      expect: 'fail',
      message: 'WUServer = unknown',
    },
    {
      name: 'no WSUS location to compare is insufficient evidence',
      facts: facts(CONFIGMGR_CLIENT, configMgrLog('locationServices', cmtraceLine('Processing Location reply message', LS, '09:12:44.117-060', 'lsad.cpp:1032'))),
      expect: 'insufficientEvidence',
    },
    { name: 'not a ConfigMgr client is not applicable', facts: {}, expect: 'notApplicable' },
  ],
});

/** Knowledge 8a: content and license-terms downloads from the WSUS Content virtual directory fail (0x80240033, 0x800710DD, 0x80200013, BITS HTTP errors). */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, SCAN_FAILURES } from '../references.js';
import { WU_COMMON_ERRORS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { BASE_WSUS, CONFIGMGR_CLIENT, NO_CLIENT_LOGS, cmtraceLine, configMgrLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-content-download-errors',
  ref: 'WSUS-0080',
  title: 'Downloads from the WSUS Content virtual directory fail (license terms, update files)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [[...CLIENT_ERROR_SOURCES, 'logs.configMgrClient.wuaHandler']],
  when: any(loggedFamily('content'), fact('derived.configMgrClient.succeededWithErrors.count', 'greaterThan', 0)),
  message:
    'The Windows Update client cannot download files from the Content virtual directory of {{derived.policy.wuServer.raw}}: license terms or update files are refused, missing, or cut by a proxy, so updates are found but cannot be installed. ' +
    familyCodesSentence('content') +
    ' ConfigMgr WUAHandler.log: {{derived.configMgrClient.succeededWithErrors.count}} search(es) "SucceededWithErrors".',
  evidence: ['derived.policy.wuServer.raw'],
  logEvidence: ['derived.clientErrors.byFamily.content', 'derived.configMgrClient.succeededWithErrors'],
  summary: 'The client logged no failed download from the WSUS Content virtual directory (0x80240033, 0x800710DD, 0x80200013, BITS HTTP errors).',
  rationale:
    'Clients fetch license terms (.txt) and update files from http://<server>:<port>/Content/... with BITS. The shared-SUSDB guide shows the chain: the EULA download fails ("Fail to download eula file ... 0x80244019" for a wrong path, 0x800710DD with IIS 401.3 for NTFS/share permissions on shared content), the scan ends with 0x80240033 WU_E_EULA_UNAVAILABLE, and a ConfigMgr client logs "Received \'SucceededWithErrors\'". 0x80200013 BG_E_INSUFFICIENT_RANGE_SUPPORT means something between client and server strips the HTTP Range header BITS relies on; 0x8019xxxx are HTTP statuses BITS received (0x80190193 = 403, 0x80190194 = 404).',
  remediation: [
    'On the WSUS server, look up the same downloads in the IIS log of the WSUS site (cs-uri-stem /Content/...): 401.3 = NTFS or share permissions, 404.0 = wrong Content path or file not downloaded, 404.3 = a missing MIME type, 403 = SSL or request filtering on Content.',
    'Check the Content virtual directory: its physical path must be <ContentDir>\\WsusContent (ContentDir from HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup) and it must allow anonymous access without SSL.',
    'Shared content (several WSUS servers, one share): give the WSUS servers\' computer accounts and the IIS identity Full Control on the share and on WsusContent.',
    '0x80200013: exempt the WSUS server from the proxy or web filter, or let it pass Range requests; then run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" reset on the server if files are missing.',
  ],
  references: [KB4025764, SCAN_FAILURES, WU_COMMON_ERRORS],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    {
      name: 'shared content without permissions: 401.3 on the EULA file, 0x800710DD then 0x80240033',
      facts: legacyLog(
        legacyLine('10:20:01:100', 'Misc', `WARNING: WinHttp: SendRequestUsingProxy failed for <${BASE_WSUS}/Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.txt>. error 0x800710dd`),
        legacyLine('10:20:01:101', 'Misc', `WARNING: Fail to download eula file ${BASE_WSUS}/Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.txt with error 0x800710dd`),
        legacyLine('10:20:01:120', 'Agent', '*FAILED* [80240033] ISusInternal:: GetEulaText'),
      ),
      expect: 'fail',
      message: '0x800710DD',
    },
    {
      name: 'a proxy stripping Range: event 31 with 0x80200013',
      facts: eventsOnly(wuClientEvent(31, 'Windows Update failed to download an update with error 0x80200013.')),
      expect: 'fail',
      message: '0x80200013',
    },
    {
      name: 'ConfigMgr client: WUAHandler "Received \'SucceededWithErrors\'" with 0x80240033 (license terms unavailable)',
      facts: facts(
        CONFIGMGR_CLIENT,
        configMgrLog(
          'wuaHandler',
          cmtraceLine("Received 'SucceededWithErrors' code from WUA during search. Check WindowsUpdate.log in Windows directory.", 'WUAHandler', '09:14:02.900-060', 'cwuahandler.cpp:2306', 2),
          cmtraceLine('WU Agent reported the following 1 warning messages:', 'WUAHandler', '09:14:02.901-060', 'cwuahandler.cpp:2310', 2),
          cmtraceLine('HResult: 0x80240033 Context: uecGeneral Msg: The license terms of one or more updates are unavailable..', 'WUAHandler', '09:14:02.902-060', 'cwuahandler.cpp:2312', 2),
        ),
      ),
      expect: 'fail',
      message: '1 search(es) "SucceededWithErrors"',
    },
    { name: 'isolated network: Microsoft endpoints fail, WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a recovered WSUS time-out is not a content failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    { name: 'servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

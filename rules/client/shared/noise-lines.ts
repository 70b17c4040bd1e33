/**
 * What healthy Windows Update clients really log besides their WSUS scan (knowledge 8a), as
 * WindowsUpdate.log line sets for the "healthy but noisy" test cases of the client rules and
 * for the noise property test (test/rules/noise-property.test.ts):
 *
 * - a Windows 10/11 client on an isolated network whose calls to Microsoft's service locator
 *   (SLS), Store and Features-on-Demand endpoints time out, fail to connect or fail TLS
 *   (0x80072EE2, 0x80072EFD, 0x80072F8F next to sls.update.microsoft.com lines) while its scan
 *   against WSUS succeeds;
 * - a WSUS scan that timed out once and succeeded at the next attempt;
 * - Microsoft Update blocked by policy (DoNotConnectToWindowsUpdateInternetLocations: 0x8024002E).
 *
 * Lines follow the layout of Get-WindowsUpdateLog output (knowledge 4.4) and of the legacy log
 * (4.3); process and thread ids differ per call as on a real machine. Test data only.
 */
import type { FactPatch } from '../../../engine/dsl/rule-types.js';
import { BASE_WSUS, etlLine, etlLog, legacyLine, legacyLog } from './test-facts.js';

const SLS_QUERY = 'x64/10.0.22631.4602/0?CH=686&L=en-US&P=&PT=0x30&WUA=1219.2411.6012.0&MK=Dell+Inc.&MD=OptiPlex+7090';
const STORE = '855E8A7C-ECB4-4CA3-B045-1DFA50104289';
const WU = '9482F4B4-E343-43B6-B170-9A65BC822C77';

/** A successful WSUS scan on Windows 10/11 (UpdateOrchestrator), on its own thread. */
export function etlWsusScanOk(hhmm: string, server = BASE_WSUS, tid = '7012'): string[] {
  return [
    etlLine(`${hhmm}:00.0000000`, 'Agent', '* START * Finding updates CallerId = UpdateOrchestrator  Id = 12', '1228', tid),
    etlLine(`${hhmm}:00.0001000`, 'Agent', `Added service 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7 to sequential scan list`, '1228', tid),
    etlLine(`${hhmm}:01.5000000`, 'ProtocolTalker', `ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${server}/ClientWebService/client.asmx`, '1228', tid),
    etlLine(`${hhmm}:01.5000200`, 'ProtocolTalker', 'OK to reuse existing configuration', '1228', tid),
    etlLine(`${hhmm}:02.9000000`, 'ProtocolTalker', 'SyncUpdates round trips: 1', '1228', tid),
    etlLine(`${hhmm}:03.0000000`, 'Agent', '* Found 0 updates and 94 categories in search; evaluated appl. rules of 1791 out of 2922 deployed entities', '1228', tid),
    etlLine(`${hhmm}:03.0001000`, 'Agent', '* END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x00000000', '1228', tid),
  ];
}

/** Service locator and Store calls failing on an isolated network: time-out, no connection, TLS failure. */
export function etlMicrosoftEndpointsFail(hhmm: string, tid = '6640'): string[] {
  return [
    etlLine(`${hhmm}:02.1234567`, 'SLS', `Get response for service ${STORE} - forceExpire[False] asyncRefreshOnExpiry[True]`, '1228', tid),
    etlLine(`${hhmm}:02.1234600`, 'SLS', `path used for cache lookup: /SLS/{${STORE}}/${SLS_QUERY}`, '1228', tid),
    etlLine(`${hhmm}:02.1240000`, 'Misc', `Send request: GET https://slscr.update.microsoft.com/SLS/{${STORE}}/${SLS_QUERY}`, '1228', tid),
    etlLine(`${hhmm}:23.1490000`, 'Misc', '*FAILED* [80072EE2] Send request', '1228', tid),
    etlLine(`${hhmm}:23.1490100`, 'Misc', '*FAILED* [80072EE2] Library download error. Will retry. Retry Counter:0', '1228', tid),
    etlLine(`${hhmm}:44.2010000`, 'SLS', '*FAILED* [80072EE2] GetResponse', '1228', tid),
    etlLine(`${hhmm}:44.2010100`, 'SLS', '*FAILED* [80072EE2] Method failed [CSLSClient::GetResponse:555]', '1228', tid),
    etlLine(`${hhmm}:45.0000000`, 'SLS', `Get response for service ${WU} - forceExpire[False] asyncRefreshOnExpiry[True]`, '1228', tid),
    etlLine(`${hhmm}:45.0010000`, 'Misc', `Send request: GET https://sls.update.microsoft.com/SLS/{${WU}}/${SLS_QUERY}`, '1228', tid),
    etlLine(`${hhmm}:45.3000000`, 'Misc', '*FAILED* [80072EFD] Send request', '1228', tid),
    etlLine(`${hhmm}:45.3000100`, 'SLS', '*FAILED* [80072EFD] Method failed [CSLSClient::GetResponse:555]', '1228', tid),
    etlLine(`${hhmm}:46.0000000`, 'Misc', `Send request: GET https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx`, '1228', '6652'),
    etlLine(`${hhmm}:46.4000000`, 'Misc', '*FAILED* [80072F8F] Send request', '1228', '6652'),
    etlLine(`${hhmm}:46.4000100`, 'WebServices', "WS error: There was an error communicating with the endpoint at 'https://fe3cr.delivery.mp.microsoft.com/ClientWebService/client.asmx'.", '1228', '6652'),
    etlLine(`${hhmm}:46.4000300`, 'WebServices', 'Web service call failed with hr = 80072f8f.', '1228', '6652'),
  ];
}

/** A WSUS scan whose web-service call timed out (the failure the rules look for). */
export function etlWsusScanTimesOut(hhmm: string, server = BASE_WSUS, tid = '7020'): string[] {
  return [
    etlLine(`${hhmm}:00.0000000`, 'Agent', '* START * Finding updates CallerId = UpdateOrchestrator  Id = 11', '1228', tid),
    etlLine(`${hhmm}:01.0000000`, 'ProtocolTalker', `ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${server}/ClientWebService/client.asmx`, '1228', tid),
    etlLine(`${hhmm}:31.0000000`, 'WebServices', `WS error: There was an error communicating with the endpoint at '${server}/ClientWebService/client.asmx'.`, '1228', tid),
    etlLine(`${hhmm}:31.0000100`, 'WebServices', 'WS error: The operation timed out', '1228', tid),
    etlLine(`${hhmm}:31.0000300`, 'WebServices', 'Web service call failed with hr = 80072ee2.', '1228', tid),
    etlLine(`${hhmm}:31.0001000`, 'ProtocolTalker', '*FAILED* [80072EE2] SyncUpdates_WithRecovery', '1228', tid),
    etlLine(`${hhmm}:31.0002000`, 'Agent', '* END * Finding updates CallerId = UpdateOrchestrator  Exit code = 0x80072EE2', '1228', tid),
  ];
}

/** A Features-on-Demand request blocked by DoNotConnectToWindowsUpdateInternetLocations (0x8024002E). */
export function etlFeatureOnDemandBlocked(hhmm: string, tid = '5120'): string[] {
  return [
    etlLine(`${hhmm}:10.0000000`, 'Agent', '* START * Finding updates CallerId = Windows.Desktop.FeaturesOnDemand  Id = 14', '1228', tid),
    etlLine(`${hhmm}:10.0002000`, 'Agent', `Service ${WU} is in sequential scan list`, '1228', tid),
    etlLine(`${hhmm}:10.1000000`, 'Agent', '*FAILED* [8024002E] Method failed [CAgentUpdateManager::FindUpdates:1234]', '1228', tid),
    etlLine(`${hhmm}:10.1000100`, 'Agent', '* END * Finding updates CallerId = Windows.Desktop.FeaturesOnDemand  Exit code = 0x8024002E', '1228', tid),
  ];
}

/** A legacy (Windows 7 / 2008 R2) scan that timed out and succeeded at the next attempt. */
export function legacyWsusTimeoutThenRecovered(server = BASE_WSUS): string[] {
  const call = `  + ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${server}/ClientWebService/client.asmx`;
  return [
    legacyLine('06:10:02:100', 'Agent', '** START **  Agent: Finding updates [CallerId = AutomaticUpdates]', '964', 'a10'),
    legacyLine('06:10:02:110', 'Agent', '  * ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed', '964', 'a10'),
    legacyLine('06:10:03:500', 'PT', call, '964', 'a10'),
    legacyLine('06:10:45:501', 'PT', 'WARNING: SyncUpdates failure, error = 0x80072EE2, soap client error = 5, soap error code = 0, HTTP status code = 200', '964', 'a10'),
    legacyLine('06:10:45:502', 'Agent', '  * WARNING: Exit code = 0x80072EE2', '964', 'a10'),
    legacyLine('06:10:45:503', 'Agent', '**  END  **  Agent: Finding updates [CallerId = AutomaticUpdates]', '964', 'a10'),
    legacyLine('11:12:02:100', 'Agent', '** START **  Agent: Finding updates [CallerId = AutomaticUpdates]', '964', 'b20'),
    legacyLine('11:12:02:110', 'Agent', '  * ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed', '964', 'b20'),
    legacyLine('11:12:03:500', 'PT', call, '964', 'b20'),
    legacyLine('11:12:09:694', 'Agent', '  * Found 2 updates and 70 categories in search; evaluated appl. rules of 622 out of 1150 deployed entities', '964', 'b20'),
    legacyLine('11:12:09:745', 'Agent', '**  END  **  Agent: Finding updates [CallerId = AutomaticUpdates]', '964', 'b20'),
  ];
}

/**
 * Healthy but noisy Windows 11 client on an isolated network: its calls to Microsoft's
 * endpoints time out, fail to connect and fail TLS, while two scans against WSUS succeed.
 */
export const ISOLATED_NETWORK_CLIENT: FactPatch = etlLog(...etlWsusScanOk('09:02'), ...etlMicrosoftEndpointsFail('09:10'), ...etlFeatureOnDemandBlocked('09:11'), ...etlWsusScanOk('09:12', BASE_WSUS, '7044'));

/** A WSUS scan that timed out at 08:40 and succeeded at 09:12: recovered, not an outage. */
export const RECOVERED_TIMEOUT_CLIENT: FactPatch = etlLog(...etlWsusScanTimesOut('08:40'), ...etlWsusScanOk('09:12'));

/** The same on a legacy (Windows 7 / 2008 R2) agent. */
export const RECOVERED_TIMEOUT_LEGACY_CLIENT: FactPatch = legacyLog(...legacyWsusTimeoutThenRecovered());

/** KB 4025764 causes 3, 9, 10: the client cannot open (or keep) a connection to the WSUS port. */
import { defineRule } from '../../engine/dsl/define-rule.js';
import { HTTPERR_LOGGING, KB4025764, SCAN_FAILURES, WSUS_CONFIGURE } from '../references.js';
import { WU_COMMON_ERRORS } from './shared/references.js';
import { CLIENT_ERROR_SOURCES, USES_WSUS_OR_UNKNOWN, familyCodesSentence, loggedFamily } from './shared/conditions.js';
import { NO_CLIENT_LOGS, NOT_MANAGED, etlLine, etlLog, eventsOnly, facts, legacyLine, legacyLog, wuClientEvent, legacyWsusCall, etlWsusCall } from './shared/test-facts.js';
import { ISOLATED_NETWORK_CLIENT, RECOVERED_TIMEOUT_CLIENT } from './shared/noise-lines.js';

export default defineRule({
  id: 'client-cannot-connect-errors',
  ref: 'WSUS-0068',
  title: 'The client cannot connect to WSUS, or the connection is reset (0x80072EFD / 0x80072EFE / 0x80240438)',
  severity: 'error',
  category: 'client-errors',
  appliesTo: { role: 'client', when: USES_WSUS_OR_UNKNOWN },
  requires: [CLIENT_ERROR_SOURCES, 'derived.clientErrors.byFamily.connect'],
  // The 'connect' family of engine/knowledge/wu-error-codes.ts: the codes this rule is about, in one place.
  when: loggedFamily('connect'),
  message:
    'The Windows Update client could not connect to {{derived.policy.wuServer.raw}} (host {{derived.policy.wuServer.host}}, port {{derived.policy.wuServer.port}}) or had the connection reset: nothing answers on that port, a firewall blocks or resets it, or the WSUS web site is down. ' +
    familyCodesSentence('connect'),
  evidence: ['derived.policy.wuServer.raw', 'proxy.direct', 'proxy.proxyServer'],
  logEvidence: ['derived.clientErrors.byFamily.connect'],
  summary: 'The client logged no cannot-connect or connection-reset errors (0x80072EFD, 0x80072EFE, 0x80240438, 0x80244004, 0x80244005, 0x8024001F).',
  rationale:
    '0x80072EFD is WinHTTP 12029 ERROR_WINHTTP_CANNOT_CONNECT, 0x80072EFE WinHTTP 12030 ERROR_WINHTTP_CONNECTION_ERROR (reset/aborted), 0x80240438 WU_E_PT_ENDPOINT_UNREACHABLE, 0x80244004 WU_E_PT_SOAPCLIENT_CONNECT, 0x80244005 WU_E_PT_SOAPCLIENT_SEND, 0x8024001F WU_E_NO_CONNECTION (knowledge 5.3; the "connect" family of the code table). ' +
    'In KB 4025764 terms: W3SVC, the WSUS site or WsusPool stopped (cause 3/4), the client never reaching IIS (cause 9), a firewall or a wrong port in the GPO (cause 10), or a TLS/IPS device resetting the connection. ' +
    'A machine that was off the network also logs these, which is why this is an error and not critical: compare the times with the machine\'s connectivity.',
  remediation: [
    'From the client: Test-NetConnection -ComputerName <WSUS FQDN> -Port <port from WUServer> must report TcpTestSucceeded : True; "telnet <server> <port>" failing to open the connection means a firewall or nothing listening.',
    'On the WSUS server: W3SVC running, the "WSUS Administration" site started and bound to that port (Get-Website), WsusPool started (Get-WebAppPoolState WsusPool), and the Windows Firewall allowing 8530/8531.',
    'Compare the WUServer port with the site bindings; with SSL the client must use https and 8531.',
    'For resets (0x80072EFE): look at HTTPERR Connection_* reasons on the server, TLS settings on both ends, and any IPS/proxy in the path; take a network trace if unclear.',
  ],
  references: [KB4025764, SCAN_FAILURES, WSUS_CONFIGURE, WU_COMMON_ERRORS, HTTPERR_LOGGING],
  tests: [
    { name: 'healthy client passes', facts: {}, expect: 'pass' },
    { name: 'isolated network: Microsoft endpoints (SLS, Store, FoD) fail while WSUS scans succeed', noise: true, facts: ISOLATED_NETWORK_CLIENT, expect: 'pass' },
    { name: 'a WSUS scan that timed out and then succeeded is not a current failure', noise: true, facts: RECOVERED_TIMEOUT_CLIENT, expect: 'pass' },
    {
      name: 'legacy log cannot connect fails',
      facts: legacyLog(legacyWsusCall('11:20:31:044'), legacyLine('11:20:31:044', 'Misc', 'WARNING: WinHttp: SendRequestToServerForFileInformation failed with 0x80072efd'),
        legacyLine('11:20:31:045', 'Misc', 'WARNING: WinHttp: ShouldFileBeDownloaded failed with 0x80072efd'),
        legacyLine('11:20:31:047', 'Setup', 'WARNING: SelfUpdate check failed to download package information, error = 0x80072EFD'),
        legacyLine('11:20:31:050', 'Agent', '  * WARNING: Skipping scan, self-update check returned 0x80072EFD'),
      ),
      expect: 'fail',
      message: 'port 8530',
    },
    {
      name: 'Windows 10 connection reset, lower-case hex without 0x, fails',
      facts: etlLog(etlWsusCall('11:20:31.0440000'), etlLine('11:20:31.0440000', 'WebServices', "WS error: There was an error communicating with the endpoint at 'http://wsus01.contoso.com:8530/ClientWebService/client.asmx'."),
        etlLine('11:20:31.0440004', 'WebServices', 'WS error: The connection with the remote endpoint was terminated.'),
        etlLine('11:20:31.0440210', 'WebServices', 'Web service call failed with hr = 80072efe.'),
      ),
      expect: 'fail',
    },
    {
      name: 'event 25 with endpoint unreachable fails',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80240438.')),
      expect: 'fail',
    },
    {
      name: 'time-outs alone belong to client-timeouts-2ee2',
      facts: etlLog(etlWsusCall('11:20:31.0440210'), etlLine('11:20:31.0440210', 'WebServices', 'Web service call failed with hr = 80072ee2.')),
      expect: 'pass',
    },
    {
      name: 'with another family\'s code (0x80072EE7) logged too, only this rule\'s codes are named',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EFD.'), wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EE7.')),
      expect: 'fail',
      message: 'Codes of this kind on this client (1 occurrence(s)): 0x80072EFD (A connection to the server could not be established (WinHTTP 12029)).',
    },
    {
      name: 'a failed SOAP send (0x80244005) is a connection failure too',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80244005.')),
      expect: 'fail',
      message: '0x80244005',
    },
    {
      name: 'a name that does not resolve (0x80072EE7) belongs to client-proxy-dns-errors',
      facts: eventsOnly(wuClientEvent(25, 'Windows Update failed to check for updates with error 0x80072EE7.')),
      expect: 'pass',
    },
    { name: 'neither log collected is insufficient evidence', facts: NO_CLIENT_LOGS, expect: 'insufficientEvidence' },
    {
      name: 'client not managed by WSUS is not applicable',
      facts: facts(NOT_MANAGED, etlLog(etlWsusCall('11:20:31.0440210'), etlLine('11:20:31.0440210', 'WebServices', 'Web service call failed with hr = 80072efd.'))),
      expect: 'notApplicable',
    },
  ],
});

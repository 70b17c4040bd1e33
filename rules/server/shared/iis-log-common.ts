/**
 * What every IIS-log rule shares: the "this excerpt cannot tell" condition (derived once in
 * derive-iis-log.ts: another kind of log, no parsable entries, or no request of a WSUS client
 * to WSUS) and the test cases that prove a wrong kind of log never passes and never fails.
 */
import { fact } from '../../../engine/dsl/define-rule.js';
import type { RuleTestCase } from '../../../engine/dsl/rule-types.js';

/** inconclusiveWhen / inconclusiveMessage of every IIS-log rule. */
export const IIS_LOG_UNUSABLE = {
  inconclusiveWhen: fact('derived.iisLog.unusableReason', 'exists'),
  inconclusiveMessage: '{{derived.iisLog.unusableReason}}',
};

function offered(path: string, lines: string[]): RuleTestCase['facts'] {
  return { logs: { iisW3c: { files: [{ path, truncated: false, startLine: 1, lines }] } } };
}

/** The Windows Firewall log and the HTTPERR log offered as logs.iisW3c: insufficient evidence naming the log. */
export const WRONG_LOG_KIND_CASES: RuleTestCase[] = [
  {
    name: 'the Windows Firewall log offered as the IIS log is insufficient evidence',
    facts: offered('C:\\Windows\\System32\\LogFiles\\Firewall\\pfirewall.log', [
      '#Version: 1.5',
      '#Software: Microsoft Internet Connection Firewall',
      '#Time Format: Local',
      '#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path',
      '2026-11-24 09:00:01 ALLOW TCP 10.0.1.21 10.0.0.10 50211 8530 0 - 0 0 0 - - - RECEIVE',
      '2026-11-24 09:00:02 DROP TCP 10.0.66.6 10.0.0.10 40001 8531 0 - 0 0 0 - - - RECEIVE',
    ]),
    expect: 'insufficientEvidence',
    message: 'is not an IIS access log: the Windows Firewall log (#Software: Microsoft Internet Connection Firewall)',
  },
  {
    name: 'the HTTPERR log offered as the IIS log is insufficient evidence',
    facts: offered('C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr1.log', [
      '#Software: Microsoft HTTP API 2.0',
      '#Version: 1.0',
      '#Date: 2026-11-24 08:10:00',
      '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
      '2026-11-24 13:00:01 10.0.1.21 50211 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 AppOffline WsusPool',
    ]),
    expect: 'insufficientEvidence',
    message: 'the HTTP.sys error log (HTTPERR)',
  },
];

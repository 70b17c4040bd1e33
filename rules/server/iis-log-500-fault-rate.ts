/** Many plain HTTP 500 answers (SOAP faults, web-service exceptions) among the WSUS clients' requests: WSUS is failing part of the scans. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { IIS_HTTP_STATUS_CODES } from './shared/refs.js';
import { HEALTHY_IIS_NOISE, iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

/** A 500.0 rate that warns: at least this many such answers... */
const MIN_FAULTS = 20;
/** ...making at least this share (percent) of the WSUS clients' requests. */
const MIN_RATE_PERCENT = 5;

/** `n` scans of different clients at one-second steps from 11:00:00, with `faults` of them answered 500.0. */
function scans(n: number, faults: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const t = `11:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const status = i % Math.ceil(n / faults) === 0 && i / Math.ceil(n / faults) < faults ? '500 0 0 1312' : '200 0 0 187';
    return `2026-11-24 ${t} 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)} ${WUA_AGENT} - ${status}`;
  });
}

export default defineRule({
  id: 'iis-log-500-fault-rate',
  ref: 'WSUS-0031',
  title: 'The WSUS web services answer many WSUS client requests with HTTP 500 (SOAP faults or exceptions)',
  severity: 'warning',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: all(
    fact('derived.iisLog.status500Fault.count', 'greaterThanInclusive', MIN_FAULTS),
    fact('derived.iisLog.status500Fault.ratePercent', 'greaterThanInclusive', MIN_RATE_PERCENT),
  ),
  ...IIS_LOG_UNUSABLE,
  message:
    'The WSUS web services answered {{derived.iisLog.status500Fault.count}} of the {{derived.iisLog.wsusRequests.count}} requests of WSUS clients ({{derived.iisLog.status500Fault.ratePercent}} %) with HTTP 500 without a configuration sub-status between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC). Sub-statuses of all their 500s: {{derived.iisLog.wsusRequests.subStatusCounts.500|times}}.',
  evidence: ['derived.iisLog.wsusRequests.count', 'derived.iisLog.wsusRequests.subStatusCounts.500'],
  logEvidence: ['derived.iisLog.status500Fault'],
  summary: `HTTP 500.0 answers (SOAP faults, web-service exceptions) stay below ${MIN_RATE_PERCENT} % of the WSUS clients' requests (or below ${MIN_FAULTS}).`,
  rationale: `The WSUS client protocol returns SOAP faults that clients handle and recover from: an expired authorization cookie, a changed configuration. With SOAP 1.1 a fault travels as HTTP 500, so a healthy server logs some 500.0 on /ClientWebService/client.asmx and /SimpleAuthWebService among thousands of 200s, and a single one says nothing. A high share is different: exceptions in the web services (SUSDB time-outs or deadlocks, an overloaded WsusPool, a catalog too large for the scans) make a part of the scans fail, which clients report as 0x8024400E (SOAP fault) or time-outs. The thresholds, at least ${MIN_FAULTS} answers and at least ${MIN_RATE_PERCENT} % of the requests of WSUS clients and servers in the excerpt, keep isolated faults out; configuration sub-statuses (500.19, 500.24...) are errors of their own (iis-log-500-errors). This is a warning: most scans still succeed.`,
  remediation: [
    'Read the Application log at the times of the lines below (source Windows Server Update Services: events 7053, 12002-12072; source ASP.NET) and %ProgramFiles%\\Update Services\\LogFiles\\SoftwareDistribution.log for the exception behind the 500s (SqlException, TimeoutException, OutOfMemoryException).',
    'SQL time-outs or a slow SUSDB: run the WSUS maintenance (decline superseded updates, server clean-up wizard, re-index SUSDB) as the WSUS maintenance guide describes.',
    'Memory: raise the WsusPool private memory limit to 4-8 GB or more (KB 4025764).',
    'Then compare the share of 500s in the next day of IIS log.',
  ],
  references: [KB4025764, WSUS_MAINTENANCE_GUIDE, IIS_HTTP_STATUS_CODES],
  tests: [
    { name: 'log without 500 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a healthy site with one 500.0 SOAP fault among 200s passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    { name: '10 faults in 400 scans (2.5 %) pass', facts: iisLog(scans(400, 10)), expect: 'pass', noise: true },
    { name: '15 faults in 100 scans (15 %, under 20 answers) pass', facts: iisLog(scans(100, 15)), expect: 'pass' },
    {
      name: '40 faults in 400 scans (10 %) fail',
      facts: iisLog(scans(400, 40)),
      expect: 'fail',
      message: 'answered 40 of the 400 requests of WSUS clients (10 %) with HTTP 500 without a configuration sub-status between 2026-11-24T11:00:00.000Z and 2026-11-24T11:06:39.000Z (UTC). Sub-statuses of all their 500s: 0 x40.',
    },
    ...WRONG_LOG_KIND_CASES,
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

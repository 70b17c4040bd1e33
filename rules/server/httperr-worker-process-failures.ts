/** HTTPERR: connections abandoned by the worker process or timed out in the queue point at w3wp crashes, recycles or an overloaded WsusPool. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { HTTPERR_LOGGING, KB4025764, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { HEALTHY_HTTPERR_NOISE, httpErrLog } from './shared/log-lines.js';

/** Reasons (KB 820729) that mean the worker process failed the request or let it wait too long. */
const WORKER_REASONS = ['Connection_Abandoned_By_AppPool', 'Connection_Abandoned_By_ReqQueue', 'Timer_AppPool', 'Timer_ReqQueue', 'Connections_Refused'] as const;

export default defineRule({
  id: 'httperr-worker-process-failures',
  ref: 'WSUS-0027',
  title: 'HTTP.sys logged abandoned or timed-out requests (worker process crash, recycle or overload)',
  severity: 'warning',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.httpErr'],
  // Only the entries of the WSUS pool/site/port (derived.httpErr.wsus): WinRM, UPnP and other pools log here too.
  when: any(...WORKER_REASONS.map((reason) => fact(`derived.httpErr.wsus.reasonCounts.${reason}`, 'greaterThan', 0))),
  // Without a known WSUS port, entries that do not name the WSUS pool cannot be attributed either way.
  inconclusiveWhen: all(
    not(fact('derived.httpErr.wsus.ports', 'lengthGreaterThan', 0)),
    any(...WORKER_REASONS.map((reason) => fact(`derived.httpErr.reasonCounts.${reason}`, 'greaterThan', 0))),
  ),
  inconclusiveMessage:
    'the HTTPERR log has abandoned or timed-out requests ({{derived.httpErr.notable|reasons}}), none naming the WSUS pool "{{derived.httpErr.wsus.poolName}}", and the WSUS port is not known (wsusServer or the IIS site not collected), so whether they concern WSUS cannot be told. Read s-port and s-queuename in the HTTPERR log.',
  message:
    'The HTTPERR log shows requests to WSUS (pool "{{derived.httpErr.wsus.poolName}}", ports {{derived.httpErr.wsus.ports|list}}) that the worker process abandoned or that waited too long between {{derived.httpErr.window.from}} and {{derived.httpErr.window.to}} (UTC): {{derived.httpErr.wsus.notable|reasons}}.',
  evidence: ['derived.httpErr.wsus.reasonCounts', 'derived.wsusPool.privateMemoryKB'],
  logEvidence: ['derived.httpErr.wsus.notable'],
  summary: 'The HTTPERR log has no requests abandoned by the worker process, timed out in the application-pool queue, or refused for lack of kernel memory.',
  rationale:
    'KB 4025764 points at the HTTPERR log when client requests do not show up in the IIS log. HTTP.sys (KB 820729) writes Connection_Abandoned_By_AppPool / _By_ReqQueue when the worker process quit or recycled with the request in hand, Timer_AppPool / Timer_ReqQueue when a request waited in the application-pool queue longer than the connection time-out (default 2 minutes), and Connections_Refused when the kernel non-paged pool is exhausted. For WSUS these mean w3wp crashing, recycling at its memory limit, or too slow for the load: clients see time-outs (0x80072EE2) and round-trip errors.',
  remediation: [
    'Read s-queuename and s-port in the lines below: they are the entries of the WSUS pool, site or port (other pools and HTTP.sys users such as WinRM, which log here too, are left out).',
    'Read WAS events 5117 (private memory recycle), 5002 (pool disabled) and 5009/5011 (worker process terminated) in the System log around the same times.',
    'Raise the WsusPool private memory limit to 4-8 GB or more, and reduce the load as the WSUS maintenance guide describes (decline superseded updates, clean-up, re-index SUSDB).',
    'Connections_Refused: the server is out of kernel memory; find the leaking driver or process (poolmon) and restart.',
  ],
  references: [KB4025764, HTTPERR_LOGGING, WSUS_MAINTENANCE_GUIDE],
  tests: [
    { name: 'only idle-connection time-outs (base) pass', facts: {}, expect: 'pass' },
    { name: 'a healthy server\'s HTTPERR (idle time-outs, client resets, scanner 400s, WinRM, another pool offline) passes', facts: httpErrLog(HEALTHY_HTTPERR_NOISE), expect: 'pass', noise: true },
    {
      name: 'requests abandoned by the WsusPool worker process fail',
      facts: httpErrLog([
        '2026-11-24 14:00:01 10.0.1.21 50411 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - - 1234567 Connection_Abandoned_By_AppPool WsusPool',
        '2026-11-24 14:00:01 10.0.1.25 50412 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - - 1234567 Connection_Abandoned_By_AppPool WsusPool',
      ]),
      expect: 'fail',
      message: 'Connection_Abandoned_By_AppPool x2',
    },
    {
      name: 'requests timed out in the WsusPool queue fail',
      facts: httpErrLog(['2026-11-24 14:10:00 10.0.1.26 50413 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - - 1234567 Timer_AppPool WsusPool']),
      expect: 'fail',
    },
    {
      name: 'client-side drops and idle time-outs pass',
      facts: httpErrLog([
        '2026-11-24 14:20:00 10.0.1.27 50414 10.0.0.10 8530 HTTP/1.1 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - - 1234567 Connection_Dropped WsusPool',
        '2026-11-24 14:21:00 10.0.1.28 50415 10.0.0.10 8530 - - - - - - Timer_ConnectionIdle -',
      ]),
      expect: 'pass',
    },
    {
      name: 'WinRM requests abandoned by their own queue are not a WSUS problem',
      facts: httpErrLog(['2026-11-24 14:30:00 10.0.0.5 50600 10.0.0.10 5985 HTTP/1.1 POST /wsman - - - Connection_Abandoned_By_ReqQueue -']),
      expect: 'pass',
    },
    {
      name: 'requests of the WSUS site abandoned without a queue name (site id 1234567) fail',
      facts: httpErrLog(['2026-11-24 14:31:00 10.0.1.29 50601 10.0.0.10 8531 HTTP/1.1 POST /ClientWebService/client.asmx - - 1234567 Connection_Abandoned_By_ReqQueue -']),
      expect: 'fail',
      message: 'Connection_Abandoned_By_ReqQueue x1',
    },
    {
      name: 'WinRM entries when the WSUS port is not known cannot be attributed',
      facts: {
        wsusServer: { status: 'error', message: 'WSUS API not available', installed: null, version: null, versionSource: null, portNumber: null, usingSsl: null, contentDir: null, targetDir: null, iisTargetWebSiteIndex: null, sqlServerName: null, databaseType: null },
        iis: { status: 'error', message: 'access denied', version: null, sites: null, appPools: null, wsusApplications: null },
        ...httpErrLog(['2026-11-24 14:30:00 10.0.0.5 50600 10.0.0.10 5985 HTTP/1.1 POST /wsman - - - Connection_Abandoned_By_ReqQueue -']),
      },
      expect: 'insufficientEvidence',
    },
    { name: 'HTTPERR not collected is insufficient evidence', facts: { logs: { httpErr: { status: 'error', message: 'access denied', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

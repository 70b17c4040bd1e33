/** KB 4025764: check the HTTPERR log; 503 reasons (AppOffline, QueueFull, ...) mean WsusPool was offline or overloaded. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { HTTPERR_LOGGING, KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { HEALTHY_HTTPERR_NOISE, httpErrLog } from './shared/log-lines.js';

export default defineRule({
  id: 'httperr-wsus-pool-unavailable',
  ref: 'WSUS-0026',
  title: 'HTTP.sys rejected requests with 503 (application pool offline, overloaded or queue full)',
  severity: 'warning',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.httpErr'],
  // Only the entries of the WSUS pool/site/port (derived.httpErr.wsus): HTTP.sys logs every pool's 503s here.
  when: any(fact('derived.httpErr.wsus.serviceUnavailable.count', 'greaterThan', 0), fact('derived.httpErr.wsus.reasonCounts.N/A', 'greaterThan', 0)),
  // Without a known WSUS port, 503s that do not name the WSUS pool cannot be attributed either way.
  inconclusiveWhen: all(
    not(fact('derived.httpErr.wsus.ports', 'lengthGreaterThan', 0)),
    any(fact('derived.httpErr.serviceUnavailable.count', 'greaterThan', 0), fact('derived.httpErr.reasonCounts.N/A', 'greaterThan', 0)),
  ),
  inconclusiveMessage:
    'the HTTPERR log has {{derived.httpErr.serviceUnavailable.count}} 503 rejection(s) ({{derived.httpErr.notable|reasons}}), none naming the WSUS pool "{{derived.httpErr.wsus.poolName}}", and the WSUS port is not known (wsusServer or the IIS site not collected), so whether they concern WSUS cannot be told. Read s-port and s-queuename in the HTTPERR log.',
  message:
    'HTTP.sys answered requests to WSUS (pool "{{derived.httpErr.wsus.poolName}}", ports {{derived.httpErr.wsus.ports|list}}) with 503 before they reached WSUS, between {{derived.httpErr.window.from}} and {{derived.httpErr.window.to}} (UTC): {{derived.httpErr.wsus.serviceUnavailable.count}} rejection(s) because the pool was offline or overloaded. Reasons logged for WSUS: {{derived.httpErr.wsus.notable|reasons}}. WsusPool "{{derived.wsusPool.name}}" is now {{derived.wsusPool.state}}, private memory limit {{derived.wsusPool.privateMemoryKB|memoryLimit}}, queue length {{derived.wsusPool.queueLength}}.',
  evidence: ['derived.httpErr.wsus.reasonCounts', 'derived.httpErr.serviceUnavailable.count', 'derived.wsusPool.state', 'derived.wsusPool.privateMemoryKB', 'derived.wsusPool.queueLength'],
  logEvidence: ['derived.httpErr.wsus.serviceUnavailable'],
  summary: 'The HTTPERR log has no 503 rejections (AppOffline, AppPoolTimer, AppShutdown, Disabled, QueueFull, ConnLimit, N/A) of requests to WSUS.',
  rationale:
    'When requests never reach IIS, KB 4025764 tells to check C:\\Windows\\System32\\LogFiles\\HTTPERR. HTTP.sys logs the 503 it returns on behalf of an application pool with a reason (KB 820729): AppOffline = pool disabled after repeated worker failures (rapid-fail, WAS 5002), Disabled = pool stopped by an administrator, AppShutdown = pool shut down (recycle, e.g. at its memory limit), AppPoolTimer = worker too busy to take the request, QueueFull = request queue full (queueLength), ConnLimit = site connection limit reached, N/A = internal error such as a URL reservation conflict. HTTP.sys writes one log for every pool and every other listener, so only the entries whose s-queuename is the WSUS pool count (or, without a queue name, whose s-siteid is the WSUS site or whose s-port is a WSUS port: wsusServer.portNumber, its SSL pair and the site bindings). This is a warning: the log tells that the pool failed at those times, not that it still does; a pool that is stopped now is an error of its own (wsus-pool-not-started), and so are 503s in the IIS log after the last success of a client (iis-log-503-errors).',
  remediation: [
    'Look at s-reason and s-queuename in the lines below to see which pool and why.',
    'AppOffline/Disabled: start the pool (Start-WebAppPool -Name WsusPool) and read WAS events 5002/5117 in the System log for the cause.',
    'AppShutdown/AppPoolTimer: raise the WsusPool private memory limit to 4-8 GB or more (KB 4025764) and follow the WSUS maintenance guide to cut the load.',
    'QueueFull: raise the WsusPool queue length (Set-ItemProperty IIS:\\AppPools\\WsusPool -Name queueLength -Value 2000). ConnLimit: raise or remove the site limits/@maxConnections.',
  ],
  references: [KB4025764, HTTPERR_LOGGING, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'only idle-connection time-outs (base) pass', facts: {}, expect: 'pass' },
    { name: 'a healthy server\'s HTTPERR (idle time-outs, client resets, scanner 400s, WinRM, another pool offline) passes', facts: httpErrLog(HEALTHY_HTTPERR_NOISE), expect: 'pass', noise: true },
    {
      name: 'WsusPool offline (AppOffline) fails and explains the reason',
      facts: httpErrLog([
        '2026-11-24 13:00:01 10.0.1.21 50211 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 AppOffline WsusPool',
        '2026-11-24 13:00:04 10.0.1.22 50212 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 AppOffline WsusPool',
      ]),
      expect: 'fail',
      message: 'AppOffline x2',
    },
    {
      name: 'queue full fails',
      facts: httpErrLog(['2026-11-24 13:05:00 10.0.1.23 50300 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 QueueFull WsusPool']),
      expect: 'fail',
      message: 'QueueFull',
    },
    {
      name: 'client disconnects only (Connection_Dropped) pass',
      facts: httpErrLog(['2026-11-24 13:06:00 10.0.1.24 50301 10.0.0.10 8530 HTTP/1.1 GET /Content/AE/0123456789ABCDEF0123456789ABCDEF012345AE.cab - - 1234567 Connection_Dropped WsusPool']),
      expect: 'pass',
    },
    {
      name: 'AppOffline of another application pool (DefaultAppPool on port 80) is not a WSUS problem',
      facts: httpErrLog(['2026-11-24 13:10:00 10.0.2.5 50500 10.0.0.10 80 HTTP/1.1 GET /default.aspx - 503 1 AppOffline DefaultAppPool']),
      expect: 'pass',
    },
    {
      name: 'WSUS pool in another letter case fails; another pool on the same log is left out of the reasons',
      facts: httpErrLog([
        '2026-11-24 13:10:00 10.0.2.5 50500 10.0.0.10 80 HTTP/1.1 GET /default.aspx - 503 1 AppOffline DefaultAppPool',
        '2026-11-24 13:11:00 10.0.1.21 50211 10.0.0.10 8531 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1234567 AppShutdown WSUSPOOL',
      ]),
      expect: 'fail',
      message: 'Reasons logged for WSUS: AppShutdown x1 (',
    },
    {
      name: 'a URL-reservation conflict (N/A, no queue name) on the WSUS port fails',
      facts: httpErrLog(['2026-11-24 13:12:00 10.0.1.21 50212 10.0.0.10 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 - N/A -']),
      expect: 'fail',
      message: 'ports 8530, 8531',
    },
    {
      name: 'another pool\'s 503s when the WSUS port is not known cannot be attributed',
      facts: {
        wsusServer: { status: 'notCollected', message: 'WSUS API not available', installed: null, version: null, versionSource: null, portNumber: null, usingSsl: null, contentDir: null, targetDir: null, iisTargetWebSiteIndex: null, sqlServerName: null, databaseType: null },
        iis: { status: 'error', message: 'access denied', version: null, sites: null, appPools: null, wsusApplications: null },
        ...httpErrLog(['2026-11-24 13:10:00 10.0.2.5 50500 10.0.0.10 80 HTTP/1.1 GET /default.aspx - 503 1 AppOffline DefaultAppPool']),
      },
      expect: 'insufficientEvidence',
      message: 'the WSUS port is not known',
    },
    { name: 'HTTPERR not collected is insufficient evidence', facts: { logs: { httpErr: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** KB 4025764: check the HTTPERR log; 503 reasons (AppOffline, QueueFull, ...) mean WsusPool was offline or overloaded. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { HTTPERR_LOGGING, KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { httpErrLog } from './shared/log-lines.js';

export default defineRule({
  id: 'httperr-wsus-pool-unavailable',
  ref: 'WSUS-0026',
  title: 'HTTP.sys rejected requests with 503 (application pool offline, overloaded or queue full)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server' },
  requires: ['logs.httpErr'],
  when: any(fact('derived.httpErr.serviceUnavailable.count', 'greaterThan', 0), fact('derived.httpErr.reasonCounts.N/A', 'greaterThan', 0)),
  message:
    'The HTTPERR log has {{derived.httpErr.serviceUnavailable.count}} request(s) that HTTP.sys answered with 503 before they reached WSUS, between {{derived.httpErr.window.from}} and {{derived.httpErr.window.to}} (UTC). Reasons: {{derived.httpErr.notable|reasons}}. WsusPool "{{derived.wsusPool.name}}" is now {{derived.wsusPool.state}}, private memory limit {{derived.wsusPool.privateMemoryKB}} KB ({{derived.wsusPool.privateMemoryKB|kbAsGb}}, 0 = no limit), queue length {{derived.wsusPool.queueLength}}.',
  evidence: ['derived.httpErr.reasonCounts', 'derived.wsusPool.state', 'derived.wsusPool.privateMemoryKB', 'derived.wsusPool.queueLength'],
  logEvidence: ['derived.httpErr.serviceUnavailable'],
  summary: 'The HTTPERR log has no 503 rejections (AppOffline, AppPoolTimer, AppShutdown, Disabled, QueueFull, ConnLimit, N/A).',
  rationale:
    'When requests never reach IIS, KB 4025764 tells to check C:\\Windows\\System32\\LogFiles\\HTTPERR. HTTP.sys logs the 503 it returns on behalf of an application pool with a reason (KB 820729): AppOffline = pool disabled after repeated worker failures (rapid-fail, WAS 5002), Disabled = pool stopped by an administrator, AppShutdown = pool shut down (recycle, e.g. at its memory limit), AppPoolTimer = worker too busy to take the request, QueueFull = request queue full (queueLength), ConnLimit = site connection limit reached, N/A = internal error such as a URL reservation conflict. The s-queuename column names the pool.',
  remediation: [
    'Look at s-reason and s-queuename in the lines below to see which pool and why.',
    'AppOffline/Disabled: start the pool (Start-WebAppPool -Name WsusPool) and read WAS events 5002/5117 in the System log for the cause.',
    'AppShutdown/AppPoolTimer: raise the WsusPool private memory limit to 4-8 GB or more (KB 4025764) and follow the WSUS maintenance guide to cut the load.',
    'QueueFull: raise the WsusPool queue length (Set-ItemProperty IIS:\\AppPools\\WsusPool -Name queueLength -Value 2000). ConnLimit: raise or remove the site limits/@maxConnections.',
  ],
  references: [KB4025764, HTTPERR_LOGGING, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'only idle-connection time-outs (base) pass', facts: {}, expect: 'pass' },
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
      // Known gap: derived.httpErr does not filter on s-queuename/port, so another pool's 503s count.
      name: 'AppOffline of another application pool (DefaultAppPool on port 80) is not a WSUS problem',
      facts: httpErrLog(['2026-11-24 13:10:00 10.0.2.5 50500 10.0.0.10 80 HTTP/1.1 GET /default.aspx - 503 1 AppOffline DefaultAppPool']),
      expect: 'pass',
      knownGap: true,
    },
    { name: 'HTTPERR not collected is insufficient evidence', facts: { logs: { httpErr: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** Repeated HTTP 503 to WSUS clients that recovered later in the log: WsusPool keeps dropping out (recycles at its memory limit, short overloads). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { IIS_APP_POOL_MEMORY_RECYCLE } from './shared/refs.js';
import { HEALTHY_IIS_NOISE, iisLog, WUA_AGENT } from './shared/log-lines.js';
import { IIS_LOG_UNUSABLE, WRONG_LOG_KIND_CASES } from './shared/iis-log-common.js';

/** Recovered 503s that warn: fewer are the blips of a pool recycle that clients retry through. */
const MIN_RECOVERED = 10;

/** Three outages of `n` 503s each, every one followed by successful scans. */
function outages(n: number): string[] {
  const lines: string[] = [];
  for (let o = 0; o < 3; o++) {
    for (let i = 0; i < n; i++) lines.push(`2026-11-24 1${o}:00:${String(i).padStart(2, '0')} 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.${20 + i} ${WUA_AGENT} - 503 0 0 0`);
    lines.push(`2026-11-24 1${o}:05:00 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.20 ${WUA_AGENT} - 200 0 0 187`);
  }
  return lines;
}

export default defineRule({
  id: 'iis-log-503-recovered',
  ref: 'WSUS-0032',
  title: 'WsusPool answered WSUS clients with HTTP 503 several times and recovered (pool dropping out)',
  severity: 'warning',
  category: 'iis-log',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status503Recovered.count', 'greaterThanInclusive', MIN_RECOVERED),
  ...IIS_LOG_UNUSABLE,
  message:
    'IIS answered {{derived.iisLog.status503Recovered.count}} request(s) of WSUS clients with HTTP 503 (service unavailable) between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC) that later successes show recovered. The application pool "{{derived.wsusPool.name}}" is {{derived.wsusPool.state}}; its private memory limit is {{derived.wsusPool.privateMemoryKB|memoryLimit}} and its queue length {{derived.wsusPool.queueLength}}.',
  evidence: ['derived.wsusPool.privateMemoryKB', 'derived.wsusPool.queueLength', 'derived.iisLog.status503.count'],
  logEvidence: ['derived.iisLog.status503Recovered'],
  summary: `Fewer than ${MIN_RECOVERED} HTTP 503 answers to WSUS clients that recovered (no pool dropping out repeatedly).`,
  rationale: `A 503 followed later in the log by successes of WSUS clients means WsusPool was unavailable for a while and came back: a recycle at its private memory limit, a short overload, a restart. Clients retry and the scans go through later, so this is not an outage now (503s after the last success are: iis-log-503-errors). One or a few such 503s are the blip of a recycle; at least ${MIN_RECOVERED} in the excerpt mean the pool keeps dropping out, which KB 4025764 ties to the WsusPool memory limit and the load of too many clients, and which ends in time-outs (0x80072EE2) on the clients and, after repeated worker failures, in rapid-fail protection disabling the pool (WAS 5002).`,
  remediation: [
    'Read the WAS events around the 503s: Get-WinEvent -FilterHashtable @{LogName="System"; ProviderName="Microsoft-Windows-WAS"; Id=5002,5117} | Format-List TimeCreated, Id, Message (5117 = recycle at the memory limit).',
    "Raise the WsusPool private memory limit to 4-8 GB or more (value in KB): Set-WebConfiguration \"/system.applicationHost/applicationPools/add[@name='WsusPool']/recycling/periodicRestart/@privateMemory\" -Value 8000000; set the queue length to 2000: Set-ItemProperty IIS:\\AppPools\\WsusPool -Name queueLength -Value 2000.",
    'Reduce the load: decline superseded and expired updates, run the WSUS clean-up and re-index SUSDB as the WSUS maintenance guide describes.',
  ],
  references: [KB4025764, WSUS_MAINTENANCE_GUIDE, IIS_APP_POOL_MEMORY_RECYCLE],
  tests: [
    { name: 'log without 503 (base) passes', facts: {}, expect: 'pass' },
    { name: 'a healthy site with a single 503 blip followed by 200s passes', facts: iisLog(HEALTHY_IIS_NOISE), expect: 'pass', noise: true },
    { name: 'three outages of 3 requests each (9 recovered 503s) pass', facts: iisLog(outages(3)), expect: 'pass', noise: true },
    {
      name: 'three outages of 4 requests each (12 recovered 503s) fail',
      facts: { ...iisLog(outages(4)), iis: { appPools: { WsusPool: { privateMemoryKB: 1843200 } } } },
      expect: 'fail',
      message: 'IIS answered 12 request(s) of WSUS clients with HTTP 503 (service unavailable) between 2026-11-24T10:00:00.000Z and 2026-11-24T12:05:00.000Z (UTC) that later successes show recovered. The application pool "WsusPool" is Started; its private memory limit is 1.8 GB (1843200 KB)',
    },
    ...WRONG_LOG_KIND_CASES,
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** KB 4025764 step 3: HTTP 503 in the WSUS IIS log = WsusPool memory issue or too many clients. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES, WSUS_MAINTENANCE_GUIDE } from '../references.js';
import { IIS_APP_POOL_MEMORY_RECYCLE } from './shared/refs.js';
import { iisLog, WUA_AGENT } from './shared/log-lines.js';

export default defineRule({
  id: 'iis-log-503-errors',
  ref: 'WSUS-0024',
  title: 'The WSUS IIS log shows HTTP 503 (WsusPool busy: memory limit or too many clients)',
  severity: 'error',
  category: 'iis-log',
  appliesTo: { role: 'server' },
  requires: ['logs.iisW3c'],
  when: fact('derived.iisLog.status503.count', 'greaterThan', 0),
  inconclusiveWhen: fact('derived.iisLog.entries', 'equal', 0),
  inconclusiveMessage: 'the IIS log excerpt has no parsable entries ({{derived.iisLog.skippedLines}} lines skipped).',
  message:
    'The IIS log of the WSUS site has {{derived.iisLog.status503.count}} request(s) answered with HTTP 503 (busy) between {{derived.iisLog.window.from}} and {{derived.iisLog.window.to}} (UTC). The application pool "{{derived.wsusPool.name}}" is {{derived.wsusPool.state}}; its private memory limit is {{derived.wsusPool.privateMemoryKB|kbAsGb}} ({{derived.wsusPool.privateMemoryKB}} KB, 0 = no limit) and its queue length {{derived.wsusPool.queueLength}}. KB 4025764: raise the private memory limit to 4-8 GB, more if needed.',
  evidence: ['derived.wsusPool.privateMemoryKB', 'derived.wsusPool.queueLength', 'derived.wsusPool.state'],
  logEvidence: ['derived.iisLog.status503'],
  summary: 'The WSUS IIS log has no HTTP 503 (service busy) responses.',
  rationale:
    'KB 4025764: "503 Busy: this can be caused by a WSUS application pool memory issue or just too many client connections. To fix the issue, increase the WSUS Application Pool Private memory limit to 4-8 GB"; such 503s come with xxxx2ee2 (time-out) errors on the clients, and for client time-outs and round-trip errors the KB points to the WSUS maintenance guide (decline superseded updates, clean-up, re-index SUSDB).',
  remediation: [
    'Raise the WsusPool private memory limit to 4-8 GB or more (value in KB): Set-WebConfiguration "/system.applicationHost/applicationPools/add[@name=\'WsusPool\']/recycling/periodicRestart/@privateMemory" -Value 8000000; set the queue length to 2000: Set-ItemProperty IIS:\\AppPools\\WsusPool -Name queueLength -Value 2000.',
    'Make sure WsusPool is started (Start-WebAppPool -Name WsusPool) and check the HTTPERR log and WAS events 5117/5002 for the reason of the 503s.',
    'Reduce the load: decline superseded and expired updates, run the WSUS clean-up and re-index SUSDB as the WSUS maintenance guide describes.',
  ],
  references: [KB4025764, WSUS_MAINTENANCE_GUIDE, WSUS_BEST_PRACTICES, IIS_APP_POOL_MEMORY_RECYCLE],
  tests: [
    { name: 'log without 503 (base) passes', facts: {}, expect: 'pass' },
    {
      name: '503s with the setup-default memory limit fail and show the limit in GB',
      facts: {
        ...iisLog([
          `2026-11-24 11:00:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA_AGENT} - 503 0 0 15`,
          `2026-11-24 11:00:02 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.22 ${WUA_AGENT} - 503 0 0 0`,
          `2026-11-24 11:00:03 10.0.0.10 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.1.23 ${WUA_AGENT} - 503 0 0 0`,
        ]),
        iis: { appPools: { WsusPool: { privateMemoryKB: 1843200, queueLength: 1000 } } },
      },
      expect: 'fail',
      message: 'private memory limit is 1.8 GB',
    },
    { name: 'an excerpt without entries is insufficient evidence', facts: iisLog([]), expect: 'insufficientEvidence' },
    { name: 'IIS log not collected is insufficient evidence', facts: { logs: { iisW3c: { status: 'notCollected', files: null } } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

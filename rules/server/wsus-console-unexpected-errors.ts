/** WSUS event 7053: the WSUS administration console encountered an unexpected error (KB 2761925). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { WSUS_CONSOLE_CRASHES, WSUS_MESSAGES } from './shared/refs.js';
import { HEALTHY_REFRESH, wsusEvent } from './shared/wsus-health-events.js';

export default defineRule({
  id: 'wsus-console-unexpected-errors',
  ref: 'WSUS-0037',
  title: 'The WSUS administration console crashed (event 7053)',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['events'],
  when: fact('derived.wsusHealth.consoleErrors.count', 'greaterThan', 0),
  message:
    'The Application log has {{derived.wsusHealth.consoleErrors.count}} event(s) 7053 (Windows Server Update Services) in the last {{events.maxAgeDays}} days: the WSUS administration console met an unexpected error (see the events below for the wrapped error, e.g. HTTP 503 or 500.24 from the WSUS site).',
  logEvidence: ['derived.wsusHealth.consoleErrors'],
  summary: 'The WSUS console logged no unexpected error (event 7053) in the collected period.',
  rationale:
    'Event 7053 is the console\'s crash report (KB 2761925); its text wraps the error the console got from the WSUS web services: HTTP 503 (WsusPool stopped or recycling: KB 4025764), 500.24 (ASP.NET impersonation enabled), "The operation has timed out" (a slow or neglected database: KB 4490644) or a connection error. The console itself recovers on restart ("Reset Server Node"), hence warning; the wrapped error names the server-side cause.',
  remediation: [
    'Read the wrapped error: Get-WinEvent -FilterHashtable @{LogName="Application"; ProviderName="Windows Server Update Services"; Id=7053} | Format-List TimeCreated, Message.',
    'For 503: check WsusPool (started, private memory limit); for time-outs: run the WSUS maintenance of KB 4490644 (reindex, decline superseded updates, cleanup wizard); for 500.24: turn ASP.NET impersonation off on the WSUS applications.',
  ],
  references: [WSUS_CONSOLE_CRASHES, WSUS_MESSAGES, KB4025764],
  tests: [
    { name: 'no WSUS events (base) passes', facts: {}, expect: 'pass' },
    { name: 'health-monitor events of a healthy server pass', facts: { events: { items: HEALTHY_REFRESH } }, expect: 'pass', noise: true },
    { name: 'a console crash fails', facts: { events: { items: [wsusEvent(7053, '2026-11-24T09:12:00Z')] } }, expect: 'fail', message: 'has 1 event(s) 7053' },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'error', message: 'Get-WinEvent failed', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** WSUS health monitor: a component reported "not working" and later "working" again (recovered). */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';
import { HEALTHY_REFRESH, wsusEvent } from './shared/wsus-health-events.js';

export default defineRule({
  id: 'wsus-health-component-recovered',
  ref: 'WSUS-0036',
  title: 'The WSUS health monitor reported a component not working that has recovered since',
  severity: 'warning',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['events'],
  when: fact('derived.wsusHealth.recoveredIds', 'lengthGreaterThan', 0),
  message:
    'The WSUS health monitor logged failures that recovered (a "working" event follows the newest failure; Application log, last {{events.maxAgeDays}} days): {{derived.wsusHealth.recoveredText}} Clients, the console or downstream servers failed while it lasted.',
  logEvidence: ['derived.wsusHealth.recovered'],
  summary: 'No WSUS component failed and recovered in the collected period.',
  rationale:
    'A failure event of the WSUS health monitor followed by the same component\'s "working" event (the refresh cycle logs it every 6 hours, or after the fix) means the component failed and works again: not an outage now, hence warning, but the failure explains scan or sync errors of that period and often comes back (pool recycles, database time-outs, a content share that drops). Event ids and what is verified about them: see wsus-health-component-failing.',
  remediation: [
    'Compare the failure times with the WAS events (5002, 5009-5013, 5117), the IIS 503s and SoftwareDistribution.log of the same period to find the cause.',
    'Get-WinEvent -FilterHashtable @{LogName="Application"; ProviderName="Windows Server Update Services"} -MaxEvents 50 | Format-List TimeCreated, Id, Message.',
  ],
  references: [WSUS_MESSAGES, KB4025764],
  tests: [
    { name: 'no WSUS events (base) passes', facts: {}, expect: 'pass' },
    { name: 'the refresh cycle logging every component as working passes', facts: { events: { items: HEALTHY_REFRESH } }, expect: 'pass', noise: true },
    {
      name: 'a Reporting Web Service failure followed by its working event fails (recovered)',
      facts: { events: { items: [wsusEvent(12002, '2026-11-24T02:10:00Z'), wsusEvent(12001, '2026-11-24T06:00:00Z')] } },
      expect: 'fail',
      message: '12002 Reporting Web Service not working (1 event(s), newest 2026-11-24T02:10:00Z), working again at 2026-11-24T06:00:00Z (event 12001)',
    },
    {
      name: 'a failure still current is not recovered',
      facts: { events: { items: [wsusEvent(12001, '2026-11-24T00:00:00Z'), wsusEvent(12002, '2026-11-24T06:00:00Z')] } },
      expect: 'pass',
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'notCollected', message: 'not requested', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

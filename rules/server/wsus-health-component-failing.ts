/** WSUS health monitor: a web service, the content directory or self-update reported "not working" with no "working" event since. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_BEST_PRACTICES } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';
import { HEALTHY_REFRESH, wsusEvent } from './shared/wsus-health-events.js';

export default defineRule({
  id: 'wsus-health-component-failing',
  ref: 'WSUS-0035',
  title: 'The WSUS health monitor reports a component not working (events 12002-12072, 13042)',
  severity: 'error',
  category: 'services',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['events'],
  when: fact('derived.wsusHealth.failingIds', 'lengthGreaterThan', 0),
  message:
    'The WSUS health monitor logged failures with no "working" event after the newest one (Application log, source Windows Server Update Services, last {{events.maxAgeDays}} days): {{derived.wsusHealth.failingText}}',
  logEvidence: ['derived.wsusHealth.failing'],
  summary: 'No WSUS component (web services, content directory, self-update) is left in a "not working" state by the health monitor.',
  rationale:
    'WSUS checks its components every 10 minutes and, every 6 hours, logs each error again together with "working" events for the healthy components; "WsusUtil checkhealth" forces a run. A failure event whose component has not logged a "working" event since is a current failure: of the Client and SimpleAuth web services, clients cannot scan; of the Reporting, API Remoting, Server Sync and DSS Auth services, reporting, the console, ConfigMgr or downstream servers fail; of the content directory, downloads fail; of self-update, clients cannot update their agent. What is verified: 7053 and 12072 are in Microsoft articles; 12002 ("The Reporting Web Service is not working.") and its counterpart "is working correctly" are quoted together in a public WSUS script; the other failure ids (12012, 12022, 12032, 12042, 12052, 13042) and the "working" ids (failure id - 1: 12001 ... 12071, 13041) are community knowledge matching that pattern and the two-state monitors of Microsoft\'s WSUS management pack, not read from the provider\'s message table. A failure that did recover is reported by wsus-health-component-recovered.',
  remediation: [
    'Each failing component above comes with its likely cause and fix.',
    'Confirm on the server: & "$env:ProgramFiles\\Update Services\\Tools\\WsusUtil.exe" checkhealth, then Get-WinEvent -FilterHashtable @{LogName="Application"; ProviderName="Windows Server Update Services"} -MaxEvents 50 | Format-List TimeCreated, Id, Message.',
    'To confirm the event ids on this WSUS version: (Get-WinEvent -ListProvider "Windows Server Update Services").Events | Select-Object Id, Description.',
  ],
  references: [WSUS_MESSAGES, KB4025764, WSUS_BEST_PRACTICES],
  tests: [
    { name: 'no WSUS events (base) passes', facts: {}, expect: 'pass' },
    { name: 'the refresh cycle logging every component as working passes', facts: { events: { items: HEALTHY_REFRESH } }, expect: 'pass', noise: true },
    {
      name: 'a failure followed by the working event (recovered) passes',
      facts: { events: { items: [wsusEvent(12022, '2026-11-24T00:05:00Z'), wsusEvent(12021, '2026-11-24T06:00:00Z')] } },
      expect: 'pass',
      noise: true,
    },
    {
      name: 'a Client Web Service failure with no working event after it fails with cause and fix',
      facts: { events: { items: [wsusEvent(12021, '2026-11-24T00:00:00Z'), wsusEvent(12022, '2026-11-24T06:00:00Z'), wsusEvent(12022, '2026-11-24T12:00:00Z')] } },
      expect: 'fail',
      message: '12022 Client Web Service not working (2 event(s), newest 2026-11-24T12:00:00Z): the ClientWebService application that clients scan against failed its health check',
    },
    {
      name: 'a content directory failure fails and names the permissions fix',
      facts: { events: { items: [wsusEvent(12072, '2026-11-24T06:00:00Z')] } },
      expect: 'fail',
      message: 'grant NETWORK SERVICE',
    },
    {
      name: 'another component working does not clear a failure',
      facts: { events: { items: [wsusEvent(12042, '2026-11-24T06:00:00Z'), wsusEvent(12021, '2026-11-24T06:00:01Z')] } },
      expect: 'fail',
      message: '12042 SimpleAuth Web Service',
    },
    { name: 'events not collected is insufficient evidence', facts: { events: { status: 'error', message: 'Get-WinEvent failed', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

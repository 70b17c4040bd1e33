/** Time skew breaks TLS to an https WSUS (certificate validity) and makes log times misleading. */
import { any, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { W32TIME_TOOLS, WU_COMMON_ERRORS } from './shared/references.js';

/** A domain member or NTP client synchronises many times a day; a week without success means it does not. */
const MAX_SYNC_AGE_DAYS = 7;

export default defineRule({
  id: 'client-time-not-synchronized',
  ref: 'WSUS-0110',
  title: 'The client clock is not synchronised (Windows Time: no source, local clock, or no sync for a week)',
  severity: 'warning',
  category: 'network',
  appliesTo: { role: 'client' },
  requires: ['clientHealth', ['clientHealth.timeService.type', 'clientHealth.timeService.source', 'clientHealth.timeService.lastSuccessfulSyncTime']],
  when: any(fact('derived.clientHealth.timeNotSynchronized', 'equal', true), fact('derived.clientHealth.timeSyncAgeDays', 'greaterThan', MAX_SYNC_AGE_DAYS)),
  message:
    'Windows Time does not keep this clock right: type {{clientHealth.timeService.type}}, source "{{clientHealth.timeService.source}}", last successful sync {{clientHealth.timeService.lastSuccessfulSyncTime}} ({{derived.clientHealth.timeSyncAgeDays}} days before collection); {{derived.clientHealth.timeProblems|list}}. ' +
    'A clock that drifts breaks TLS to an https WSUS (the certificate looks not yet valid or expired: 0x80072F8F, 0x800B0101) and shifts every log time stamp used to match client and server events. WSUS URL: {{derived.policy.wuServer.raw}}.',
  evidence: ['clientHealth.timeService.ntpServer', 'clientHealth.timeService.statusReadable', 'derived.policy.wuServer.scheme'],
  summary: 'Windows Time synchronises the clock from a real source and did so within the last 7 days.',
  rationale:
    'Windows Time service tools and settings: Parameters\\Type NoSync means the service does not synchronise; w32tm /query /status names the current source ("Local CMOS Clock" or "Free-running System Clock" when nothing is reachable) and the last successful sync. ' +
    'The collector reads these locally (registry and w32tm /query /status); it never measures the offset over the network, so the rule judges the synchronisation state, not the skew itself. Knowledge 5.4: 0x80072F8F (secure failure) has clock skew among its causes. ' +
    'Warning: a few minutes of drift do not stop an http WSUS; the finding explains TLS and time-stamp problems found elsewhere.',
  remediation: [
    'Domain members: w32tm /config /syncfromflags:domhier /update, then Restart-Service w32time; w32tm /query /status must show a domain controller as Source.',
    'Workgroup machines: w32tm /config /manualpeerlist:"time.contoso.com,0x8" /syncfromflags:manual /update and restart w32time.',
    'Force and check a sync: w32tm /resync, then w32tm /query /status ("Last Successful Sync Time"). Allow UDP 123 to the time source.',
  ],
  references: [W32TIME_TOOLS, WU_COMMON_ERRORS],
  tests: [
    { name: 'synchronised from a domain controller passes', facts: {}, expect: 'pass' },
    { name: 'NoSync fails', facts: { clientHealth: { timeService: { type: 'NoSync' } } }, expect: 'fail', message: 'NoSync' },
    { name: 'the local CMOS clock as source fails', facts: { clientHealth: { timeService: { source: 'Local CMOS Clock' } } }, expect: 'fail', message: 'Local CMOS Clock' },
    { name: 'no successful sync for three weeks fails', facts: { clientHealth: { timeService: { lastSuccessfulSyncTime: '2026-11-02T08:00:00Z' } } }, expect: 'fail', message: '22.2 days' },
    { name: 'a sync two days ago passes', facts: { clientHealth: { timeService: { lastSuccessfulSyncTime: '2026-11-22T12:00:00Z' } } }, expect: 'pass' },
    { name: 'time service not read is insufficient evidence', facts: { clientHealth: { timeService: { type: null, source: null, lastSuccessfulSyncTime: null, statusReadable: false } } }, expect: 'insufficientEvidence' },
    { name: 'client health not collected is insufficient evidence', facts: { clientHealth: { status: 'notCollected', message: 'not attempted' } }, expect: 'insufficientEvidence' },
    { name: 'WSUS servers are not applicable', role: 'server', facts: {}, expect: 'notApplicable' },
  ],
});

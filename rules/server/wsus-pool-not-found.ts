/** KB 4025764 / WSUS messages: the WSUS application pool (WsusPool) must exist. */
import { defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';

export default defineRule({
  id: 'wsus-pool-not-found',
  ref: 'WSUS-0013',
  title: 'The WSUS application pool (WsusPool) does not exist in IIS',
  severity: 'critical',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['iis.appPools'],
  when: fact('derived.wsusPool.found', 'equal', false),
  message:
    'The application pool "{{derived.wsusPool.name}}" (the pool of ClientWebService, else WsusPool) is not among the IIS application pools, so the WSUS web services cannot run.',
  evidence: ['derived.wsusPool.name'],
  summary: 'The application pool the WSUS web services run in (WsusPool) exists in IIS.',
  rationale:
    'All WSUS web applications (ClientWebService, SimpleAuthWebService, ApiRemoting30, ...) run in one application pool, WsusPool by default; its name is taken from the applicationPool of ClientWebService rather than assumed. Without that pool, IIS answers WSUS requests with errors (503) and the console cannot connect, which KB 4025764 counts among the connection failures.',
  remediation: [
    'List the pools and the pool of ClientWebService: Get-ChildItem IIS:\\AppPools; Get-WebApplication -Site "WSUS Administration" | Select-Object Path, ApplicationPool.',
    'If WsusPool was deleted, re-run the WSUS post-installation ("%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" postinstall CONTENT_DIR=<content folder>) or remove and reinstall the WSUS role; then apply the WsusPool settings of the WSUS best practices.',
  ],
  references: [KB4025764, WSUS_CONFIGURE],
  tests: [
    { name: 'WsusPool present passes', facts: {}, expect: 'pass' },
    { name: 'WsusPool missing fails', facts: { iis: { appPools: { WsusPool: null } } }, expect: 'fail', message: '"WsusPool"' },
    { name: 'app pools not read is insufficient evidence', facts: { iis: { appPools: null } }, expect: 'insufficientEvidence' },
    { name: 'IIS not collected is insufficient evidence', facts: { iis: { status: 'notCollected', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

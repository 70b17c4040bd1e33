/** KB 4025764 check 2: the WSUS web site (Default Web Site or WSUS Administration) must be running. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';

export default defineRule({
  id: 'wsus-site-not-started',
  ref: 'WSUS-0012',
  title: 'The WSUS web site is stopped',
  severity: 'critical',
  category: 'iis',
  // A site known to be missing is reported by wsus-site-not-found; IIS not collected stays
  // applicable so that it gives insufficientEvidence.
  appliesTo: { role: 'server', wsusRole: true, when: not(all(fact('iis.status', 'equal', 'ok'), fact('derived.wsusSite.found', 'equal', false))) },
  requires: ['iis.sites'],
  when: fact('derived.wsusSite.state', 'in', ['Stopped', 'Stopping']),
  inconclusiveWhen: any(fact('derived.wsusSite.state', 'exists', false), fact('derived.wsusSite.state', 'in', ['Starting', 'Unknown'])),
  inconclusiveMessage: 'the state of the WSUS web site "{{derived.wsusSite.name}}" (id {{derived.wsusSite.id}}) is {{derived.wsusSite.state}}.',
  message:
    'The WSUS web site "{{derived.wsusSite.name}}" (id {{derived.wsusSite.id}}) is {{derived.wsusSite.state}}: IIS refuses every connection on the WSUS port {{wsusServer.portNumber}}, so no client can scan or download.',
  evidence: ['derived.wsusSite.name', 'derived.wsusSite.id', 'derived.wsusSite.matchedBy', 'services.items.W3SVC.status'],
  summary: 'The WSUS web site (WSUS Administration or Default Web Site) is started.',
  rationale:
    'KB 4025764 step 2: verify that the Default Web Site or the WSUS Administration web site is running on the WSUS server. A stopped site does not listen on the WSUS port (8530/8531, or 80/443 for WSUS 3.0), which clients see as connection failures (for example 0x80072EFD).',
  remediation: [
    'Start the site: Start-Website -Name "WSUS Administration" (or the name shown), or IIS Manager > Sites > the site > Start.',
    'If it does not start, look for a port conflict: netstat -ano | findstr :8530, and the System event log (source Microsoft-Windows-IIS-W3SVC).',
  ],
  references: [KB4025764],
  tests: [
    { name: 'started site passes', facts: {}, expect: 'pass' },
    {
      name: 'stopped site fails',
      facts: {
        iis: {
          sites: [
            { id: 1, name: 'Default Web Site', state: 'Started' },
            { id: 1234567, name: 'WSUS Administration', state: 'Stopped', bindings: [{ protocol: 'http', bindingInformation: '*:8530:', port: 8530 }] },
          ],
        },
      },
      expect: 'fail',
      message: 'The WSUS web site "WSUS Administration" (id 1234567) is Stopped',
    },
    {
      name: 'site state not read is insufficient evidence',
      facts: {
        iis: { sites: [{ id: 1234567, name: 'WSUS Administration', bindings: [{ protocol: 'http', bindingInformation: '*:8530:', port: 8530 }] }] },
      },
      expect: 'insufficientEvidence',
    },
    {
      name: 'site state Unknown is insufficient evidence',
      facts: { iis: { sites: [{ id: 1234567, name: 'WSUS Administration', state: 'Unknown' }] } },
      expect: 'insufficientEvidence',
    },
    { name: 'missing site is not applicable here', facts: { iis: { sites: [{ id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', port: 80 }] }] } }, expect: 'notApplicable' },
    { name: 'IIS not collected is insufficient evidence', facts: { iis: { status: 'error', message: 'WebAdministration module missing', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

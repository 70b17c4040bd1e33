/** KB 4025764 check 2: the WSUS web site (Default Web Site or WSUS Administration) must exist in IIS. */
import { all, defineRule, fact } from '../../engine/dsl/define-rule.js';
import { KB4025764, WSUS_CONFIGURE } from '../references.js';

export default defineRule({
  id: 'wsus-site-not-found',
  ref: 'WSUS-0011',
  title: 'The WSUS web site named by IISTargetWebSiteIndex does not exist in IIS',
  severity: 'critical',
  category: 'iis',
  appliesTo: { role: 'server', wsusRole: true },
  requires: ['iis.sites'],
  // Only a failure when WSUS says which site it uses; otherwise the search by name/port may just
  // have missed a custom site (inconclusive below).
  when: all(fact('derived.wsusSite.found', 'equal', false), fact('wsusServer.iisTargetWebSiteIndex', 'exists', true)),
  inconclusiveWhen: fact('derived.wsusSite.found', 'equal', false),
  inconclusiveMessage:
    'no IIS site named "WSUS Administration" or bound to the WSUS port {{wsusServer.portNumber}} was found, and the WSUS setup value IISTargetWebSiteIndex (the site id WSUS uses) is not known.',
  message:
    'WSUS is set up on IIS site id {{wsusServer.iisTargetWebSiteIndex}} (IISTargetWebSiteIndex, port {{wsusServer.portNumber}}), but IIS has no site with that id, none named "WSUS Administration" and none bound to that port. Clients have nothing to connect to.',
  evidence: ['wsusServer.portNumber'],
  summary: 'The IIS web site WSUS is installed into (IISTargetWebSiteIndex) exists.',
  rationale:
    'KB 4025764 asks to verify that the Default Web Site or the WSUS Administration web site is running; the site WSUS uses is the one whose id is in HKLM\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup\\IISTargetWebSiteIndex (the id can be a large random number). If that site was deleted or recreated with another id, the WSUS web services are gone.',
  remediation: [
    'List the sites with their ids: Get-Website | Select-Object Id, Name, State, Bindings (or %windir%\\system32\\inetsrv\\appcmd.exe list site).',
    'Compare with (Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Update Services\\Server\\Setup").IISTargetWebSiteIndex.',
    'If the site is missing, re-run the WSUS post-installation: "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" postinstall CONTENT_DIR=<content folder> (with SQL_INSTANCE_NAME=<server> for a SQL Server SUSDB); as a last resort remove and reinstall the WSUS role.',
  ],
  references: [KB4025764, WSUS_CONFIGURE],
  tests: [
    { name: 'the site with the WSUS site id exists (base) passes', facts: {}, expect: 'pass' },
    {
      name: 'no site with the WSUS id, name or port fails',
      facts: {
        iis: { sites: [{ id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', bindingInformation: '*:80:', port: 80 }] }] },
      },
      expect: 'fail',
      message: 'IIS site id 1234567',
    },
    {
      name: 'site missing and IISTargetWebSiteIndex unknown cannot decide',
      facts: {
        wsusServer: { iisTargetWebSiteIndex: null },
        iis: { sites: [{ id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', bindingInformation: '*:80:', port: 80 }] }] },
      },
      expect: 'insufficientEvidence',
    },
    {
      name: 'WSUS 3.0 in the Default Web Site (site id 1) passes',
      facts: {
        wsusServer: { iisTargetWebSiteIndex: 1, portNumber: 80 },
        iis: { sites: [{ id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', bindingInformation: '*:80:', port: 80 }] }] },
      },
      expect: 'pass',
    },
    { name: 'IIS not collected is insufficient evidence', facts: { iis: { status: 'notCollected', sites: null, appPools: null, wsusApplications: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

/** The local SUSDB engine (Windows Internal Database: WID on 2012+, SSEE with WSUS 3.0) must be running. */
import { all, any, defineRule, fact, not } from '../../engine/dsl/define-rule.js';
import { KB4025764 } from '../references.js';
import { WSUS_MESSAGES } from './shared/refs.js';

const WID = 'services.items.MSSQL$MICROSOFT##WID';
const SSEE = 'services.items.MSSQL$MICROSOFT##SSEE';

export default defineRule({
  id: 'susdb-service-not-running',
  ref: 'WSUS-0010',
  title: 'The Windows Internal Database service that hosts SUSDB is not running',
  severity: 'critical',
  category: 'services',
  appliesTo: {
    role: 'server',
    wsusRole: true,
    // SUSDB on a full SQL Server (possibly remote) cannot be judged from the local service list.
    when: not(fact('wsusServer.databaseType', 'equal', 'SQL')),
  },
  requires: ['services', 'wsusServer.databaseType'],
  when: any(
    all(fact('wsusServer.databaseType', 'equal', 'WID'), any(fact(WID, 'exists', false), fact(`${WID}.status`, 'notEqual', 'Running'))),
    all(fact('wsusServer.databaseType', 'equal', 'SSEE'), any(fact(SSEE, 'exists', false), fact(`${SSEE}.status`, 'notEqual', 'Running'))),
  ),
  message:
    'SUSDB is on the Windows Internal Database ({{wsusServer.databaseType}}, SqlServerName {{wsusServer.sqlServerName}}), but its service is not running: MSSQL$MICROSOFT##WID {{#if services.items.MSSQL$MICROSOFT##WID.status}}is {{services.items.MSSQL$MICROSOFT##WID.status}}{{else}}is not installed{{/if}}, MSSQL$MICROSOFT##SSEE {{#if services.items.MSSQL$MICROSOFT##SSEE.status}}is {{services.items.MSSQL$MICROSOFT##SSEE.status}}{{else}}is not installed{{/if}}.',
  evidence: ['wsusServer.sqlServerName', 'services.items.WsusService.status'],
  summary: 'The Windows Internal Database service that hosts SUSDB (MSSQL$MICROSOFT##WID, or MSSQL$MICROSOFT##SSEE with WSUS 3.0) is running.',
  rationale:
    'Every WSUS service except self-update needs its database (WSUS messages and troubleshooting tips); with SUSDB down, ClientWebService cannot answer scans and the console shows a connection error. KB 4025764 points at the services the WSUS server depends on. The database kind comes from SqlServerName: ##WID (Windows Server 2012 and later) or ##SSEE (WSUS 3.0 on 2008/2008 R2); a full SQL Server is not judged by this rule.',
  remediation: [
    'Start the service: Start-Service -Name \'MSSQL$MICROSOFT##WID\' (WSUS 3.0: \'MSSQL$MICROSOFT##SSEE\'), then restart WsusService.',
    'If it stops again, read the WID error log (C:\\Windows\\WID\\Log; WSUS 3.0: C:\\Windows\\SYSMSI\\SSEE\\MSSQL.2005\\MSSQL\\LOG) for disk-space or corruption errors.',
    'Run "%ProgramFiles%\\Update Services\\Tools\\WsusUtil.exe" checkhealth and look at the Application log (source Windows Server Update Services).',
  ],
  references: [KB4025764, WSUS_MESSAGES],
  tests: [
    { name: 'WID running passes', facts: {}, expect: 'pass' },
    {
      name: 'WID stopped fails',
      facts: { services: { items: { 'MSSQL$MICROSOFT##WID': { status: 'Stopped' } } } },
      expect: 'fail',
      message: 'MSSQL$MICROSOFT##WID is Stopped',
    },
    { name: 'WID service missing fails', facts: { services: { items: { 'MSSQL$MICROSOFT##WID': null } } }, expect: 'fail' },
    {
      name: 'WSUS 3.0 on SSEE running passes',
      facts: {
        wsusServer: { databaseType: 'SSEE', sqlServerName: 'WSUS01\\MICROSOFT##SSEE' },
        services: { items: { 'MSSQL$MICROSOFT##WID': null, 'MSSQL$MICROSOFT##SSEE': { name: 'MSSQL$MICROSOFT##SSEE', status: 'Running', startType: 'Automatic' } } },
      },
      expect: 'pass',
    },
    {
      name: 'WSUS 3.0 on SSEE stopped fails',
      facts: {
        wsusServer: { databaseType: 'SSEE', sqlServerName: 'WSUS01\\MICROSOFT##SSEE' },
        services: { items: { 'MSSQL$MICROSOFT##WID': null, 'MSSQL$MICROSOFT##SSEE': { name: 'MSSQL$MICROSOFT##SSEE', status: 'Stopped', startType: 'Automatic' } } },
      },
      expect: 'fail',
      message: 'MSSQL$MICROSOFT##SSEE is Stopped',
    },
    {
      name: 'SUSDB on SQL Server is not applicable',
      facts: { wsusServer: { databaseType: 'SQL', sqlServerName: 'SQL01.contoso.com' }, services: { items: { 'MSSQL$MICROSOFT##WID': null } } },
      expect: 'notApplicable',
    },
    { name: 'database kind unknown is insufficient evidence', facts: { wsusServer: { databaseType: null } }, expect: 'insufficientEvidence' },
    { name: 'services not collected is insufficient evidence', facts: { services: { status: 'error', message: 'RPC server unavailable', items: null } }, expect: 'insufficientEvidence' },
    { name: 'clients are not applicable', role: 'client', facts: {}, expect: 'notApplicable' },
  ],
});

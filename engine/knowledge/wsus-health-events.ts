/**
 * WSUS health-monitor events (Application log, source "Windows Server Update Services";
 * knowledge 7.1). The monitor checks each component every 10 minutes (logging changes) and
 * logs every error together with the "working" events of healthy components in its 6-hour
 * refresh cycle (WSUS 3.0 SP2 health monitoring doc), so a failure followed by the component's
 * "working" event has recovered.
 *
 * What is verified: 7053 and 12072 come from Microsoft articles (KB 2761925, the shared-SUSDB
 * doc); 12002 with the text "The Reporting Web Service is not working." and its counterpart
 * "The Reporting Web Service is working correctly." are quoted together in a public WSUS
 * troubleshooting script. The other failure ids (12012-12052, 13042) and every "working" id
 * (failure id - 1: 12001, 12011, ..., 12071, 13041) are community knowledge, consistent with that
 * pattern and with Microsoft's WSUS management pack, which models each web service as a
 * two-state monitor (an error event and a healthy event), but not read from the provider's
 * message table. Read it on a server to confirm:
 * (Get-WinEvent -ListProvider 'Windows Server Update Services').Events | Select Id, Description.
 */

export const WSUS_EVENT_PROVIDER = 'Windows Server Update Services';

/** Event 7053: the WSUS administration console encountered an unexpected error (KB 2761925). */
export const WSUS_CONSOLE_ERROR = 7053;

export interface WsusHealthComponent {
  /** Event id of "... is not working". */
  failureId: number;
  /** Event id of "... is working correctly" (failure id - 1; community knowledge). */
  workingId: number;
  component: string;
  cause: string;
  fix: string;
}

const WEB_SERVICE_FIX =
  'check the SQL Server/WID database first, then that WsusPool and the WSUS Administration site are started, the application\'s authentication settings and the permissions on its folder; then run "WsusUtil checkhealth" and read the Application log again';

export const WSUS_HEALTH_COMPONENTS: readonly WsusHealthComponent[] = [
  {
    failureId: 12002,
    workingId: 12001,
    component: 'Reporting Web Service',
    cause: 'the ReportingWebService application (client status and event reporting, console reports) failed its health check',
    fix: `${WEB_SERVICE_FIX} (a restart of the WSUS Administration site often clears it)`,
  },
  {
    failureId: 12012,
    workingId: 12011,
    component: 'API Remoting Web Service',
    cause: 'the ApiRemoting30 application (used by the WSUS console and ConfigMgr to administer the server) failed its health check',
    fix: WEB_SERVICE_FIX,
  },
  {
    failureId: 12022,
    workingId: 12021,
    component: 'Client Web Service',
    cause: 'the ClientWebService application that clients scan against failed its health check: clients cannot scan',
    fix: `${WEB_SERVICE_FIX}; ClientWebService must allow anonymous access`,
  },
  {
    failureId: 12032,
    workingId: 12031,
    component: 'Server Synchronization Web Service',
    cause: 'the ServerSyncWebService application that downstream servers synchronize from failed its health check',
    fix: WEB_SERVICE_FIX,
  },
  {
    failureId: 12042,
    workingId: 12041,
    component: 'SimpleAuth Web Service',
    cause: 'the SimpleAuthWebService application that gives clients their authorization cookie failed its health check: clients cannot scan',
    fix: `${WEB_SERVICE_FIX}; SimpleAuthWebService must allow anonymous access`,
  },
  {
    failureId: 12052,
    workingId: 12051,
    component: 'DSS Authentication Web Service',
    cause: 'the DssAuthWebService application that authenticates downstream servers failed its health check',
    fix: WEB_SERVICE_FIX,
  },
  {
    failureId: 12072,
    workingId: 12071,
    component: 'WSUS content directory',
    cause: 'the content directory is not accessible or its permissions are incorrect (clients then fail downloads with 404/401.3 or 0x80240033)',
    fix: 'check the ContentDir folder and share, grant NETWORK SERVICE (and, for a shared content store, the WSUS computer accounts) Full Control, or re-run "WsusUtil postinstall CONTENT_DIR=<path>"',
  },
  {
    failureId: 13042,
    workingId: 13041,
    component: 'WSUS self-update',
    cause: 'the Selfupdate virtual directory is missing or not reachable anonymously, so clients cannot update their Windows Update Agent from this server',
    fix: 'check that the Selfupdate virtual directory exists on the WSUS Administration site (and on the default web site on port 80 for WSUS 3.0) with anonymous access, then run "WsusUtil checkhealth"',
  },
];

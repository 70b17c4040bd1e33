/**
 * ConfigMgr site-server log lines (wsyncmgr.log, WCM.log, WSUSCtrl.log; simple format,
 * knowledge 4.5) shared by the rules' test cases. Texts follow real logs where known
 * (knowledge S46, the Microsoft synchronization troubleshooting article, public wsyncmgr.log
 * samples); see engine/derive/derive-configmgr-site.ts for which texts are matched loosely.
 */
import type { FactPatch } from '../../../engine/dsl/rule-types.js';

const THREAD = '<thread=5976 (0x1758)>';

/** One simple-format line on 11-24-2026 at `time` (HH:mm:ss.fff), bias +000 (UTC). */
export function smsLine(component: string, time: string, message: string): string {
  return `${message} $$<${component}><11-24-2026 ${time}+000>${THREAD}`;
}

const sync = (time: string, message: string): string => smsLine('SMS_WSUS_SYNC_MANAGER', time, message);
const wcmLine = (time: string, message: string): string => smsLine('SMS_WSUS_CONFIGURATION_MANAGER', time, message);
const ctrl = (time: string, message: string): string => smsLine('SMS_WSUS_CONTROL_MANAGER', time, message);

/** A successful synchronization (with routine lines, including a per-update failure of a partial sync). */
export function syncSucceeded(hour: string): string[] {
  return [
    sync(`${hour}:00:01.100`, 'Wakeup for a polling cycle'),
    sync(`${hour}:00:01.200`, 'Starting Sync'),
    sync(`${hour}:00:01.210`, 'Performing sync on schedule'),
    sync(`${hour}:00:01.300`, 'Read SUPs from SCF for CM01.contoso.com'),
    sync(`${hour}:00:02.000`, 'STATMSG: ID=6701 SEV=I LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER" SYS=CM01.contoso.com SITE=PS1 PID=2420 TID=5976'),
    sync(`${hour}:00:05.000`, 'Synchronizing WSUS server CM01.contoso.com ...'),
    sync(`${hour}:04:10.000`, 'Synchronizing SMS database with WSUS server CM01.contoso.com ...'),
    sync(`${hour}:05:00.000`, 'Failed to delete orphaned content folder \\\\fs01\\source\\WindowsUpdates\\KB4103718, error 0x5'),
    sync(`${hour}:06:00.000`, 'Done synchronizing SMS with WSUS Server CM01.contoso.com'),
    sync(`${hour}:06:00.100`, 'Set content version of update source {5A9B3F4E-0C51-4F6A-9B8E-2D1C6F3A7B10} for site PS1 to 212'),
    sync(`${hour}:06:00.200`, 'Sync time: 0d00h05m59s'),
    sync(`${hour}:06:00.300`, 'STATMSG: ID=6702 SEV=I LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER" SYS=CM01.contoso.com SITE=PS1 PID=2420 TID=5976'),
    sync(`${hour}:06:00.400`, 'Sync succeeded. Setting sync alert to canceled state on site PS1'),
    sync(`${hour}:06:00.500`, 'Updated 412 items in SMS database, new update source content version is 212'),
  ];
}

/** A failed synchronization: WSUS answered 503 (WsusPool stopped), status message 6703, retry. */
export function syncFailed503(hour: string): string[] {
  return [
    sync(`${hour}:00:01.200`, 'Starting Sync'),
    sync(`${hour}:00:01.210`, 'Performing sync on retry schedule'),
    sync(`${hour}:00:20.000`, 'Sync failed: The request failed with HTTP status 503: Service Unavailable. Source: Microsoft.UpdateServices.Administration.AdminProxy.createUpdateServer'),
    sync(`${hour}:00:20.100`, 'STATMSG: ID=6703 SEV=E LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER" SYS=CM01.contoso.com SITE=PS1 PID=2420 TID=5976 ISTR0="Microsoft.UpdateServices.Administration.AdminProxy.createUpdateServer" ISTR1="The request failed with HTTP status 503: Service Unavailable."'),
    sync(`${hour}:00:20.200`, 'Sync failed. Will retry in 60 minutes'),
    sync(`${hour}:00:20.300`, 'Setting sync alert to active state on site PS1'),
  ];
}

/** A failed synchronization: the WSUS update source is missing (WCM could not configure WSUS). */
export function syncFailedNoUpdateSource(hour: string): string[] {
  return [
    sync(`${hour}:00:01.200`, 'Starting Sync'),
    sync(`${hour}:00:01.210`, 'Performing sync on local request'),
    sync(`${hour}:00:02.000`, 'Sync failed: WSUS update source not found on site PS1. Please refer to WCM.log for configuration error details.. Source: getSiteUpdateSource'),
    sync(`${hour}:00:02.100`, 'STATMSG: ID=6703 SEV=E LEV=M SOURCE="SMS Server" COMP="SMS_WSUS_SYNC_MANAGER" SYS=CM01.contoso.com SITE=PS1 PID=2420 TID=5976 ISTR0="getSiteUpdateSource"'),
    sync(`${hour}:00:02.200`, 'Sync failed. Will retry in 60 minutes'),
  ];
}

/** WCM.log: a healthy configuration check. */
export function wcmHealthy(hour: string): string[] {
  return [
    wcmLine(`${hour}:10:00.000`, 'Checking for supported version of WSUS (min WSUS 3.0 SP2 + KB2720211 + KB2734608)'),
    wcmLine(`${hour}:10:00.100`, 'Checking runtime v4.0.30319...'),
    wcmLine(`${hour}:10:00.200`, 'Supported WSUS version found'),
    wcmLine(`${hour}:10:00.300`, 'Attempting connection to WSUS server: CM01.contoso.com, port: 8530, useSSL: False'),
    wcmLine(`${hour}:10:01.000`, 'Successfully connected to server: CM01.contoso.com, port: 8530, useSSL: False'),
    wcmLine(`${hour}:10:02.000`, 'No changes - WSUS Server settings are correctly configured and Subscription settings are correctly configured'),
    wcmLine(`${hour}:10:02.100`, 'Waiting for changes for 59 minutes'),
  ];
}

/** WCM.log: the connection to WSUS fails (TLS). */
export function wcmConnectionFailed(hour: string): string[] {
  return [
    wcmLine(`${hour}:10:00.300`, 'Attempting connection to WSUS server: SUP01.contoso.com, port: 8531, useSSL: True'),
    wcmLine(`${hour}:10:21.000`, 'System.Net.WebException: The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.~~   at Microsoft.UpdateServices.Administration.AdminProxy.CreateUpdateServer(Object[] args)'),
    wcmLine(`${hour}:10:21.100`, 'Remote configuration failed on WSUS Server.'),
    wcmLine(`${hour}:10:21.200`, 'Waiting for changes for 59 minutes'),
  ];
}

/** WSUSCtrl.log: a healthy check. */
export function wsusCtrlHealthy(hour: string): string[] {
  return [
    ctrl(`${hour}:20:00.000`, 'Checking for supported version of WSUS (min WSUS 3.0 SP2 + KB2720211 + KB2734608)'),
    ctrl(`${hour}:20:00.100`, 'Supported WSUS version found'),
    ctrl(`${hour}:20:00.200`, 'Successfully connected to local WSUS server'),
    ctrl(`${hour}:20:00.300`, 'There are no unhealthy WSUS Server components on WSUS Server SUP01.contoso.com'),
    ctrl(`${hour}:20:00.400`, 'Successfully checked database connection on WSUS server SUP01.contoso.com'),
    ctrl(`${hour}:20:00.500`, 'Waiting for changes for 59 minutes'),
  ];
}

/** WSUSCtrl.log: WSUS cannot be reached. */
export function wsusCtrlFailed(hour: string): string[] {
  return [
    ctrl(`${hour}:20:00.000`, 'Checking for supported version of WSUS (min WSUS 3.0 SP2 + KB2720211 + KB2734608)'),
    ctrl(`${hour}:20:21.000`, 'Failed to connect to local WSUS server, error: The request failed with HTTP status 503: Service Unavailable.'),
    ctrl(`${hour}:20:21.100`, 'Failed to check for WSUS version - will retry in 60 minutes'),
  ];
}

/** A site server (local software update point) whose configMgr section was read. */
export const SITE_SERVER: FactPatch = {
  configMgr: { status: 'ok', message: null, isSiteServer: true, isSoftwareUpdatePoint: true, hasRemoteSoftwareUpdatePoint: false, isClient: false },
};

const LOG_DIR = 'D:\\Program Files\\Microsoft Configuration Manager\\Logs';

function excerpt(name: string, lines: string[] | undefined): Record<string, unknown> {
  if (lines === undefined) return { status: 'notApplicable', message: `${name} was not found` };
  return { status: 'ok', format: 'cmtrace', maxAgeDays: 3, files: [{ path: `${LOG_DIR}\\${name}`, lines }] };
}

/** A fact patch of a site server with these site-server log lines (undefined: the log was not found). */
export function siteLogs(logs: { wsyncmgr?: string[]; wcm?: string[]; wsusCtrl?: string[] }): FactPatch {
  return {
    ...SITE_SERVER,
    logs: {
      configMgrSite: {
        wsyncmgr: excerpt('wsyncmgr.log', logs.wsyncmgr),
        wcm: excerpt('WCM.log', logs.wcm),
        wsusCtrl: excerpt('WSUSCtrl.log', logs.wsusCtrl),
      },
    },
  } as FactPatch;
}

/** The site-server logs could not be read (a site server, but the log sections failed). */
export const SITE_LOGS_UNREADABLE: FactPatch = {
  ...SITE_SERVER,
  logs: {
    configMgrSite: {
      wsyncmgr: { status: 'error', message: 'Access to the path is denied.' },
      wcm: { status: 'error', message: 'Access to the path is denied.' },
      wsusCtrl: { status: 'error', message: 'Access to the path is denied.' },
    },
  },
} as FactPatch;

/** WCM.log: a connection to `server` on `port`; `connected` adds the success line, else the attempt fails with "Unable to connect". */
export function wcmEndpoint(hour: string, server: string, port: number, useSsl: boolean, connected: boolean): string[] {
  const ssl = useSsl ? 'True' : 'False';
  const lines = [wcmLine(`${hour}:30:00.000`, `Attempting connection to WSUS server: ${server}, port: ${port}, useSSL: ${ssl}`)];
  if (connected) {
    lines.push(wcmLine(`${hour}:30:01.000`, `Successfully connected to server: ${server}, port: ${port}, useSSL: ${ssl}`));
    lines.push(wcmLine(`${hour}:30:02.000`, 'No changes - WSUS Server settings are correctly configured and Subscription settings are correctly configured'));
  } else {
    lines.push(wcmLine(`${hour}:30:21.000`, 'System.Net.WebException: Unable to connect to the remote server~~   at Microsoft.UpdateServices.Administration.AdminProxy.CreateUpdateServer(Object[] args)'));
    lines.push(wcmLine(`${hour}:30:21.100`, 'Remote configuration failed on WSUS Server.'));
  }
  return lines;
}

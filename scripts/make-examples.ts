// Builds the example fact files in examples/ from the healthy base documents plus the
// failures each example shows. `npm run generate` writes them (or run this file:
// node --import tsx scripts/make-examples.ts); importing it only computes `examples`.
// (The output is committed; test/examples checks every example is a valid fact document.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseClientDocument, baseServerDocument } from '../engine/rule-testing/base-documents.js';
import { mergePatch } from '../engine/rule-testing/merge-patch.js';
import type { FactDocument } from '../engine/facts/fact-types.generated.js';

const root = join(import.meta.dirname, '..');
const W3C_FIELDS = '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
const WUA = 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.50';

/** File name under examples/ → the file's text. */
export const examples = new Map<string, string>();

function write(name: string, doc: FactDocument) {
  examples.set(name, `${JSON.stringify({ $schema: '../schemas/facts.schema.json', ...doc }, null, 2)}\n`);
}

write('healthy-wsus-server.json', baseServerDocument());

write('healthy-client.json', baseClientDocument());

// A Windows Server 2016 WSUS server with several KB 4025764 failures at once.
write(
  'broken-wsus-server.json',
  mergePatch(baseServerDocument(), {
    host: { computerName: 'WSUS02', fqdn: 'wsus02.fabrikam.local', domain: 'fabrikam.local', ipv4Addresses: ['192.168.20.5'] },
    collectedAt: '2026-11-24T15:42:10Z',
    os: { caption: 'Microsoft Windows Server 2016 Standard', version: '10.0.14393', build: 14393, ubr: 1593, lastBootUpTime: '2026-11-02T22:14:00Z' },
    updates: { items: [{ id: 'KB4035631', installedOn: '2017-08-08', description: 'Security Update' }, { id: 'KB3211320', installedOn: '2017-01-10', description: 'Update' }] },
    wsusServer: { version: '10.0.14393.1593', iisTargetWebSiteIndex: 1572271583, contentDir: 'E:\\WSUS', sqlServerName: 'MICROSOFT##WID' },
    services: { items: { W3SVC: { status: 'Running' }, WsusService: { status: 'Running' } } },
    iis: {
      sites: [
        { id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', bindingInformation: '*:80:', ipAddress: '*', port: 80, hostName: '' }] },
        {
          id: 1572271583,
          name: 'WSUS Administration',
          state: 'Started',
          bindings: [
            { protocol: 'http', bindingInformation: '*:8530:', ipAddress: '*', port: 8530, hostName: '' },
            { protocol: 'https', bindingInformation: '*:8531:', ipAddress: '*', port: 8531, hostName: '' },
          ],
          logDirectory: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1572271583',
        },
      ],
      appPools: {
        DefaultAppPool: { name: 'DefaultAppPool', state: 'Started' },
        WsusPool: { name: 'WsusPool', state: 'Stopped', queueLength: 1000, privateMemoryKB: 1843200, virtualMemoryKB: 0, periodicRestartMinutes: 1740, idleTimeoutMinutes: 20, pingingEnabled: true, rapidFailProtection: true, maxProcesses: 1, loadBalancerCapabilities: 'HttpLevel', managedRuntimeVersion: 'v4.0' },
      },
      wsusApplications: [
        ...['ApiRemoting30', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService', 'ReportingWebService'].map((name) => ({
          name,
          kind: 'application',
          physicalPath: `C:\\Program Files\\Update Services\\WebServices\\${name}`,
          applicationPool: 'WsusPool',
          requireSsl: false,
          clientCertificates: 'Ignore',
          anonymousAuthentication: name !== 'ApiRemoting30',
          windowsAuthentication: name === 'ApiRemoting30',
          aspNetImpersonation: name === 'SimpleAuthWebService',
        })),
        { name: 'Content', kind: 'virtualDirectory', physicalPath: 'E:\\WSUS\\WsusContent', anonymousAuthentication: true },
        { name: 'Selfupdate', kind: 'virtualDirectory', physicalPath: 'C:\\Program Files\\Update Services\\SelfUpdate', anonymousAuthentication: true },
      ],
    },
    events: {
      items: [
        { logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5117, level: 'Information', timeCreated: '2026-11-24T13:58:02Z', message: "A worker process with process id of '5412' serving application pool 'WsusPool' has requested a recycle because it reached its private bytes memory limit." },
        { logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5002, level: 'Error', timeCreated: '2026-11-24T14:01:37Z', message: "Application pool 'WsusPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool." },
        { logName: 'Application', providerName: 'Windows Server Update Services', id: 7053, level: 'Error', timeCreated: '2026-11-24T14:20:11Z', message: 'The WSUS administration console has encountered an unexpected error. System.Net.WebException -- The request failed with HTTP status 503: Service Unavailable.' },
      ],
    },
    logs: {
      iisW3c: {
        files: [
          {
            path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1572271583\\u_ex261124.log',
            lastWriteTime: '2026-11-24T15:40:00Z',
            sizeBytes: 734003,
            truncated: true,
            lines: [
              '#Software: Microsoft Internet Information Services 10.0',
              '#Version: 1.0',
              '#Date: 2026-11-24 13:00:00',
              W3C_FIELDS,
              `2026-11-24 13:55:12 192.168.20.5 POST /ClientWebService/client.asmx - 8530 - 192.168.31.44 ${WUA} - 200 0 0 1873`,
              `2026-11-24 13:57:40 192.168.20.5 POST /ClientWebService/client.asmx - 8530 - 192.168.31.45 ${WUA} - 200 0 64 60211`,
              `2026-11-24 13:58:01 192.168.20.5 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 192.168.31.46 ${WUA} - 500 24 50 12`,
              `2026-11-24 13:58:03 192.168.20.5 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 192.168.31.47 ${WUA} - 500 24 50 9`,
              `2026-11-24 14:01:36 192.168.20.5 POST /ClientWebService/client.asmx - 8530 - 192.168.31.48 ${WUA} - 503 0 0 3`,
              `2026-11-24 14:01:39 192.168.20.5 POST /ClientWebService/client.asmx - 8530 - 192.168.31.49 ${WUA} - 503 0 0 2`,
              `2026-11-24 14:02:10 192.168.20.5 GET /ClientWebService/wusserverversion.xml - 8530 - 192.168.31.50 ${WUA} - 404 0 2 1`,
              `2026-11-24 14:05:51 192.168.20.5 POST /ClientWebService/client.asmx - 8530 - 192.168.31.51 ${WUA} - 503 0 0 2`,
            ],
          },
        ],
      },
      httpErr: {
        files: [
          {
            path: 'C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr7.log',
            truncated: false,
            startLine: 1,
            lines: [
              '#Software: Microsoft HTTP API 2.0',
              '#Version: 1.0',
              '#Date: 2026-11-24 13:59:00',
              '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
              '2026-11-24 13:59:58 192.168.31.52 50342 192.168.20.5 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1572271583 QueueFull WsusPool',
              '2026-11-24 14:01:37 192.168.31.53 50388 192.168.20.5 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1572271583 AppOffline WsusPool',
              '2026-11-24 14:09:12 192.168.31.54 50412 192.168.20.5 8530 HTTP/1.1 POST /ClientWebService/client.asmx - 503 1572271583 AppOffline WsusPool',
              '2026-11-24 14:10:00 192.168.31.55 50420 192.168.20.5 8530 - - - - - - Timer_ConnectionIdle -',
            ],
          },
        ],
      },
    },
  }),
);

// Windows Server 2008 R2 SP1 with WSUS 3.0 SP2 below 3.2.7600.283 (update 4039929 missing),
// collected by Windows PowerShell 2.0.
write(
  'wsus3-2008r2-server.json',
  mergePatch(baseServerDocument(), {
    host: { computerName: 'SUS-LEGACY', fqdn: 'sus-legacy.contoso.com', ipv4Addresses: ['10.0.0.20'] },
    collector: { psVersion: '2.0', psEdition: 'Desktop' },
    os: { caption: 'Microsoft Windows Server 2008 R2 Standard', version: '6.1.7601', build: 7601, ubr: null, installationType: 'Server', lastBootUpTime: '2026-10-30T01:00:00Z' },
    updates: { items: [{ id: 'KB4489878', installedOn: '2019-03-12', description: 'Update' }, { id: 'KB4484071', installedOn: '2019-07-01', description: 'Update' }] },
    services: {
      items: {
        'MSSQL$MICROSOFT##WID': null,
        'MSSQL$MICROSOFT##SSEE': { name: 'MSSQL$MICROSOFT##SSEE', displayName: 'Windows Internal Database (MICROSOFT##SSEE)', status: 'Running', startType: 'Automatic' },
      },
    },
    wsusServer: { version: '3.2.7600.274', versionSource: 'registry', portNumber: 80, iisTargetWebSiteIndex: 1, sqlServerName: 'SUS-LEGACY\\MICROSOFT##SSEE', databaseType: 'SSEE', contentDir: 'C:\\WSUS' },
    iis: {
      version: '7.5',
      sites: [{ id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', bindingInformation: '*:80:', ipAddress: '*', port: 80, hostName: '' }], logDirectory: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1' }],
      appPools: { WsusPool: { name: 'WsusPool', state: 'Started', queueLength: 1000, privateMemoryKB: 0, managedRuntimeVersion: 'v2.0' } },
    },
    logs: {
      iisW3c: {
        files: [
          {
            path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261124.log',
            truncated: false,
            startLine: 1,
            lines: [
              '#Software: Microsoft Internet Information Services 7.5',
              '#Version: 1.0',
              '#Date: 2026-11-24 06:00:00',
              W3C_FIELDS,
              `2026-11-24 06:00:01 10.0.0.20 POST /ClientWebService/client.asmx - 80 - 10.0.5.17 ${WUA} - 200 0 0 421`,
              `2026-11-24 06:00:05 10.0.0.20 POST /SimpleAuthWebService/SimpleAuth.asmx - 80 - 10.0.5.18 ${WUA} - 200 0 0 40`,
            ],
          },
        ],
      },
      httpErr: { status: 'notCollected', message: 'HTTPERR folder not readable without administrator rights', files: null },
    },
  }),
);

// A Windows 11 client whose policy points at a decommissioned server by short name.
write(
  'client-wrong-server.json',
  mergePatch(baseClientDocument(), {
    host: { computerName: 'LAPTOP-7731', fqdn: 'laptop-7731.contoso.com', ipv4Addresses: ['10.0.7.31'] },
    collectedAt: '2026-11-24T16:05:00Z',
    clientPolicy: {
      windowsUpdate: { WUServer: 'http://oldwsus', WUStatusServer: 'http://wsus01.contoso.com:8530', TargetGroupEnabled: 1, TargetGroup: 'Laptops' },
      au: { UseWUServer: 1 },
    },
    windowsUpdateClient: { susClientId: '0b7d2e61-41f3-4c8e-a2d5-93e8c4f1a7b2', lastDetectSuccessTime: '2026-10-02T08:11:00Z' },
    events: {
      items: [
        { logName: 'Microsoft-Windows-WindowsUpdateClient/Operational', providerName: 'Microsoft-Windows-WindowsUpdateClient', id: 25, level: 'Error', timeCreated: '2026-11-24T14:30:12Z', message: 'Windows Update failed to check for updates with error 0x80072EE2.' },
        { logName: 'Microsoft-Windows-WindowsUpdateClient/Operational', providerName: 'Microsoft-Windows-WindowsUpdateClient', id: 25, level: 'Error', timeCreated: '2026-11-24T15:30:40Z', message: 'Windows Update failed to check for updates with error 0x80072EFD.' },
      ],
    },
    logs: {
      windowsUpdate: {
        files: [
          {
            path: 'C:\\Windows\\Temp\\WindowsUpdate-20261124.log',
            truncated: false,
            startLine: 1,
            lines: [
              '2026/11/24 14:29:10.1034566 1184 7720 Agent WSUS server: http://oldwsus',
              '2026/11/24 14:29:10.1034569 1184 7720 Agent WSUS status server: http://wsus01.contoso.com:8530',
              '2026/11/24 14:29:10.1034571 1184 7720 Agent Target group: Laptops',
              "2026/11/24 14:30:11.9942510 1184 7720 WebServices WS error: There was an error communicating with the endpoint at 'http://oldwsus/ClientWebService/client.asmx'.",
              '2026/11/24 14:30:11.9942519 1184 7720 WebServices WS error: The operation did not complete within the time allotted.',
              '2026/11/24 14:30:12.0012001 1184 7720 Agent Exit code = 0x80072EE2',
              '2026/11/24 15:30:39.8010000 1184 6012 ProtocolTalker ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = http://oldwsus/ClientWebService/client.asmx',
              '2026/11/24 15:30:40.2211002 1184 6012 WebServices Web service call failed with hr = 80072efd.',
              '2026/11/24 15:30:40.2211100 1184 6012 Agent Exit code = 0x80072EFD',
            ],
          },
        ],
      },
    },
  }),
);

// A Windows 10 ConfigMgr client that never received a WSUS location from its management point,
// and whose domain GPO overwrites the WSUS policy ConfigMgr wants.
const cm = (message: string, time: string, component: string, type = 1) =>
  `<![LOG[${message}]LOG]!><time="${time}.000+000" date="11-24-2026" component="${component}" context="" type="${type}" thread="4312" file="">`;
write(
  'configmgr-client-no-location.json',
  mergePatch(baseClientDocument(), {
    host: { computerName: 'WKS-1187', fqdn: 'wks-1187.corp.contoso.com', domain: 'corp.contoso.com', ipv4Addresses: ['10.20.11.87'] },
    os: { caption: 'Microsoft Windows 10 Enterprise', version: '10.0.19045', build: 19045, ubr: 5131 },
    configMgr: { status: 'ok', isClient: true, clientVersion: '5.00.9128.1007' },
    windowsUpdateClient: { susClientId: 'c4e8a1f0-6b2d-4f7e-9a3c-5d1e7b9f2a64', lastDetectSuccessTime: '2026-11-24T08:05:12Z' },
    services: { items: { CcmExec: { name: 'CcmExec', displayName: 'SMS Agent Host', status: 'Running', startType: 'AutomaticDelayedStart' } } },
    // A Windows Update for Business ring policy left on from a pilot: dual scan (all updates from Windows Update).
    clientPolicy: {
      windowsUpdate: {
        WUServer: 'http://wsus-legacy.corp.contoso.com:8530',
        WUStatusServer: 'http://wsus-legacy.corp.contoso.com:8530',
        DeferQualityUpdates: 1,
        DeferQualityUpdatesPeriodInDays: 7,
      },
    },
    // A VM restored from a template: Windows Time falls back to the local clock.
    clientHealth: { timeService: { type: 'NT5DS', source: 'Local CMOS Clock', lastSuccessfulSyncTime: '2026-10-30T06:12:09Z', statusReadable: true } },
    logs: {
      windowsUpdate: {
        files: [
          {
            path: 'C:\\Windows\\Temp\\WindowsUpdate.log',
            truncated: false,
            startLine: 1,
            lines: ['2026/11/24 08:02:11.5520011 1220 3304 Agent WSUS server: http://wsus-legacy.corp.contoso.com:8530'],
          },
        ],
      },
      configMgrClient: {
        locationServices: {
          status: 'ok',
          format: 'cmtrace',
          files: [
            {
              path: 'C:\\Windows\\CCM\\Logs\\LocationServices.log',
              truncated: true,
              lines: [
                cm('Attempting to send WSUS Location Request for ContentID=\'{F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60}\'', '08:00:03', 'WSUSLocation'),
                cm('WSUSLocationRequest : <WSUSLocationRequest SchemaVersion="1.00"><Content ID="{F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60}" Version="38"/></WSUSLocationRequest>', '08:00:03', 'WSUSLocation'),
                cm('Processing Location reply message', '08:00:05', 'LocationServices'),
                cm('Calling back with empty WSUS locations', '08:00:05', 'LocationServices', 2),
              ],
            },
          ],
        },
        wuaHandler: {
          status: 'ok',
          format: 'cmtrace',
          files: [
            {
              path: 'C:\\Windows\\CCM\\Logs\\WUAHandler.log',
              truncated: true,
              lines: [
                cm('Its a WSUS Update Source type ({F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60}), adding it.', '08:01:01', 'WUAHandler'),
                cm('Enabling WUA Managed server policy to use server: http://sup01.corp.contoso.com:8530', '08:01:01', 'WUAHandler'),
                cm('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://wsus-legacy.corp.contoso.com:8530 and Policy ENABLED', '08:03:31', 'WUAHandler', 2),
                cm('Failed to Add Update Source for WUAgent of type (2) and id ({F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60}). Error = 0x87d00692.', '08:03:31', 'WUAHandler', 3),
              ],
            },
          ],
        },
        scanAgent: {
          status: 'ok',
          format: 'cmtrace',
          files: [
            {
              path: 'C:\\Windows\\CCM\\Logs\\ScanAgent.log',
              truncated: true,
              lines: [
                cm('CScanAgent::ScanByUpdates- Policy available for UpdateSourceID={F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60} ContentVersion=38', '08:00:01', 'ScanAgent'),
                cm('- - - - - -Requesting WSUS Server Locations from LS for {F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60} version 38', '08:00:01', 'ScanAgent'),
                cm('CScanJob::Execute- Failed at AddUpdateSource, Error = 0x87d00692', '08:03:31', 'ScanAgent', 3),
              ],
            },
          ],
        },
      },
    },
  }),
);
// A Windows Server 2019 WSUS server under strain (issue 9, server health): WsusPool left at the
// IIS defaults for idle time-out, ping and periodic recycle, its worker failing to answer pings
// (WAS 5010), the health monitor reporting the Client Web Service down and a recovered Reporting
// Web Service failure, a console crash, and SoftwareDistribution.log ending in SQL time-outs.
const wsusEvent = (id: number, time: string, level: 'Error' | 'Information', message: string) => ({
  logName: 'Application',
  providerName: 'Windows Server Update Services',
  id,
  level,
  timeCreated: time,
  message,
});
const sdTimeout = (time: string) => [
  `2026-11-24 ${time} UTC Error w3wp.21 DBConnection.LogSqlException DBLAYER: SqlException occurred in the database layer`,
  'System.Data.SqlClient.SqlException (0x80131904): Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.',
  '   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)',
];
write(
  'strained-wsus-server.json',
  mergePatch(baseServerDocument(), {
    host: { computerName: 'WSUS-STRAINED', fqdn: 'wsus-strained.contoso.com', ipv4Addresses: ['10.0.0.30'] },
    iis: { appPools: { WsusPool: { idleTimeoutMinutes: 20, pingingEnabled: true, periodicRestartMinutes: 1740 } } },
    events: {
      items: [
        { logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5010, level: 'Warning', timeCreated: '2026-11-24T05:12:40Z', message: "A process serving application pool 'WsusPool' failed to respond to a ping. The process id was '6120'." },
        { logName: 'System', providerName: 'Microsoft-Windows-WAS', id: 5010, level: 'Warning', timeCreated: '2026-11-24T05:58:02Z', message: "A process serving application pool 'WsusPool' failed to respond to a ping. The process id was '7032'." },
        wsusEvent(12002, '2026-11-24T00:00:05Z', 'Error', 'The Reporting Web Service is not working.'),
        wsusEvent(12001, '2026-11-24T06:00:04Z', 'Information', 'The Reporting Web Service is working correctly.'),
        wsusEvent(12022, '2026-11-24T06:00:05Z', 'Error', 'The Client Web Service is not working.'),
        wsusEvent(7053, '2026-11-24T06:20:31Z', 'Error', 'The WSUS administration console has encountered an unexpected error. This may be a transient error; try restarting the administration console. System.Net.WebException -- The operation has timed out'),
      ],
    },
    logs: {
      softwareDistribution: {
        status: 'ok',
        format: 'text',
        maxAgeDays: 3,
        files: [
          {
            path: 'C:\\Program Files\\Update Services\\LogFiles\\SoftwareDistribution.log',
            lines: [
              '2026-11-24 06:00:01.120 UTC Info w3wp.12 ThreadEntry ThreadHelper.ThreadStart',
              '2026-11-24 06:00:01.122 UTC Info w3wp.12 ClientImplementation..ctor Initializing ClientWebService ProcessID = 380, Process Start Time = 11/24/2026 6:00:00 AM, Product Version = 10.0.17763.5830',
              ...sdTimeout('06:10:12.301'),
              '2026-11-24 06:10:40.008 UTC Info WsusService.9 SusService.ValidateServerCertificate CheckValidationResult Succeeds: CertOK',
              ...sdTimeout('06:18:55.117'),
              ...sdTimeout('06:19:25.118'),
              ...sdTimeout('06:20:30.902'),
            ],
          },
        ],
      },
    },
  }),
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, text] of examples) writeFileSync(join(root, 'examples', name), text);
  console.log('examples written');
}

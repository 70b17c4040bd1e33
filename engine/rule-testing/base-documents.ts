/**
 * Healthy base documents for rule test cases: a WSUS server and a WSUS client on which every
 * built-in rule passes. A test case names only what differs (a patch merged over one of these),
 * like ESLint's RuleTester cases name only the code under test.
 */
import type { FactDocument } from '../facts/fact-types.generated.js';

const W3C_HEADER = [
  '#Software: Microsoft Internet Information Services 10.0',
  '#Version: 1.0',
  '#Date: 2026-11-24 08:00:00',
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
];
const WUA = 'Windows-Update-Agent/10.0.10011.16384+Client-Protocol/2.71';

export function baseServerDocument(): FactDocument {
  return {
    schemaVersion: '1.0',
    role: 'server',
    host: { computerName: 'WSUS01', fqdn: 'wsus01.contoso.com', domain: 'contoso.com', ipv4Addresses: ['10.0.0.10'] },
    collectedAt: '2026-11-24T12:00:00Z',
    collector: { name: 'Invoke-WsusDoctorCollection', version: '1.0.0', psVersion: '5.1.20348.2849', psEdition: 'Desktop', elevated: true },
    os: {
      status: 'ok',
      caption: 'Microsoft Windows Server 2022 Standard',
      version: '10.0.20348',
      build: 20348,
      ubr: 2849,
      installationType: 'Server',
      productType: 'server',
      lastBootUpTime: '2026-11-20T03:00:00Z',
      pendingReboot: { windowsUpdate: false, componentBasedServicing: false, pendingFileRenameOperations: false },
    },
    updates: { status: 'ok', items: [{ id: 'KB5044281', installedOn: '2026-10-10', description: 'Security Update' }] },
    services: {
      status: 'ok',
      items: {
        WsusService: { name: 'WsusService', displayName: 'WSUS Service', status: 'Running', startType: 'Automatic' },
        W3SVC: { name: 'W3SVC', displayName: 'World Wide Web Publishing Service', status: 'Running', startType: 'Automatic' },
        WAS: { name: 'WAS', displayName: 'Windows Process Activation Service', status: 'Running', startType: 'Manual' },
        'MSSQL$MICROSOFT##WID': { name: 'MSSQL$MICROSOFT##WID', displayName: 'Windows Internal Database', status: 'Running', startType: 'Automatic' },
        BITS: { name: 'BITS', displayName: 'Background Intelligent Transfer Service', status: 'Running', startType: 'Manual' },
      },
    },
    wsusServer: {
      status: 'ok',
      installed: true,
      version: '10.0.20348.2849',
      versionSource: 'api',
      portNumber: 8530,
      usingSsl: false,
      contentDir: 'D:\\WSUS',
      targetDir: 'C:\\Program Files\\Update Services',
      iisTargetWebSiteIndex: 1234567,
      sqlServerName: 'MICROSOFT##WID',
      databaseType: 'WID',
    },
    configMgr: { status: 'notApplicable', message: 'Configuration Manager is not installed on this machine' },
    iis: {
      status: 'ok',
      version: '10.0',
      sites: [
        { id: 1, name: 'Default Web Site', state: 'Started', bindings: [{ protocol: 'http', bindingInformation: '*:80:', ipAddress: '*', port: 80, hostName: '' }] },
        {
          id: 1234567,
          name: 'WSUS Administration',
          state: 'Started',
          bindings: [
            { protocol: 'http', bindingInformation: '*:8530:', ipAddress: '*', port: 8530, hostName: '' },
            { protocol: 'https', bindingInformation: '*:8531:', ipAddress: '*', port: 8531, hostName: '' },
          ],
          logDirectory: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1234567',
        },
      ],
      appPools: {
        DefaultAppPool: { name: 'DefaultAppPool', state: 'Started' },
        WsusPool: {
          name: 'WsusPool',
          state: 'Started',
          queueLength: 2000,
          privateMemoryKB: 8000000,
          virtualMemoryKB: 0,
          periodicRestartMinutes: 0,
          idleTimeoutMinutes: 0,
          pingingEnabled: false,
          rapidFailProtection: true,
          maxProcesses: 1,
          loadBalancerCapabilities: 'HttpLevel',
          managedRuntimeVersion: 'v4.0',
        },
      },
      wsusApplications: [
        ...['ApiRemoting30', 'ClientWebService', 'DssAuthWebService', 'ServerSyncWebService', 'SimpleAuthWebService', 'ReportingWebService'].map((name) => ({
          name,
          kind: 'application' as const,
          physicalPath: `C:\\Program Files\\Update Services\\WebServices\\${name}`,
          applicationPool: 'WsusPool',
          requireSsl: false,
          clientCertificates: 'Ignore' as const,
          anonymousAuthentication: name !== 'ApiRemoting30',
          windowsAuthentication: name === 'ApiRemoting30',
          aspNetImpersonation: false,
        })),
        { name: 'Content', kind: 'virtualDirectory', physicalPath: 'D:\\WSUS\\WsusContent', anonymousAuthentication: true },
        { name: 'Selfupdate', kind: 'virtualDirectory', physicalPath: 'C:\\Program Files\\Update Services\\SelfUpdate', anonymousAuthentication: true },
      ],
    },
    events: { status: 'ok', maxAgeDays: 3, items: [] },
    susdb: {
      status: 'ok',
      source: 'WID',
      server: 'np:\\\\.\\pipe\\MICROSOFT##WID\\tsql\\query',
      databaseName: 'SUSDB',
      queryTimeoutSeconds: 30,
      totalUpdates: 5200,
      declinedUpdates: 3900,
      supersededNotDeclinedUpdates: 120,
      customIndexes: { nclLocalizedPropertyID: true, nclSupercededUpdateID: true },
      dataFilePath: 'C:\\Windows\\WID\\Data\\SUSDB.mdf',
      dataFileSizeMB: 4096,
      dataVolumeFreeMB: 61440,
      dataVolumeFreePercent: 48,
    },
    upstreamSync: {
      status: 'ok',
      syncFromMicrosoftUpdate: true,
      useProxy: false,
      lastSyncStartTime: '2026-11-24T02:00:00Z',
      lastSyncEndTime: '2026-11-24T02:14:00Z',
      lastSyncResult: 'Succeeded',
      tls: { netFx4SchUseStrongCrypto: 1, netFx4SystemDefaultTlsVersions: 1, netFx4Wow64SchUseStrongCrypto: 1, netFx4Wow64SystemDefaultTlsVersions: 1 },
    },
    contentStore: {
      status: 'ok',
      expectedContentPath: 'D:\\WSUS\\WsusContent',
      virtualDirectoryPath: 'D:\\WSUS\\WsusContent',
      volumeRoot: 'D:\\',
      volumeTotalMB: 512000,
      volumeFreeMB: 204800,
      volumeFreePercent: 40,
      mimeTypes: { '.msu': 'application/octet-stream', '.wim': 'application/x-ms-wim', '.psf': 'application/octet-stream', '.esd': 'application/vnd.ms-cab-compressed' },
      missingMimeExtensions: [],
      contentAcl: {
        path: 'D:\\WSUS\\WsusContent',
        rules: [
          { identity: 'NT AUTHORITY\\SYSTEM', sid: 'S-1-5-18', rights: 'FullControl', type: 'Allow', inherited: true },
          { identity: 'BUILTIN\\Administrators', sid: 'S-1-5-32-544', rights: 'FullControl', type: 'Allow', inherited: true },
          { identity: 'NT AUTHORITY\\NETWORK SERVICE', sid: 'S-1-5-20', rights: 'FullControl', type: 'Allow', inherited: false },
          { identity: 'BUILTIN\\Users', sid: 'S-1-5-32-545', rights: 'ReadAndExecute, Synchronize', type: 'Allow', inherited: true },
          { identity: 'WSUS01\\WSUS Administrators', sid: 'S-1-5-21-3623811015-3361044348-30300820-1013', rights: 'FullControl', type: 'Allow', inherited: false },
        ],
      },
    },
    sslCertificate: { status: 'notApplicable', message: 'WSUS does not use SSL (UsingSSL = 0).' },
    logs: {
      iisW3c: {
        status: 'ok',
        format: 'w3c',
        maxAgeDays: 3,
        maxBytes: 4194304,
        files: [
          {
            path: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1234567\\u_ex261124.log',
            truncated: false,
            startLine: 1,
            lines: [
              ...W3C_HEADER,
              `2026-11-24 08:00:01 10.0.0.10 POST /ClientWebService/client.asmx - 8530 - 10.0.1.21 ${WUA} - 200 0 0 187`,
              `2026-11-24 08:00:02 10.0.0.10 POST /SimpleAuthWebService/SimpleAuth.asmx - 8530 - 10.0.1.22 ${WUA} - 200 0 0 31`,
              `2026-11-24 08:00:03 10.0.0.10 GET /selfupdate/wuident.cab 1811091430 8530 - 10.0.1.23 Windows-Update-Agent - 200 0 0 15`,
              `2026-11-24 08:00:04 10.0.0.10 HEAD /Content/AE/0123456789ABCDEF0123456789ABCDEF01234567.cab - 8530 - 10.0.1.21 Microsoft+BITS/7.8 - 200 0 0 0`,
              `2026-11-24 08:00:05 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 - 10.0.0.10 - - 401 2 5 0`,
              `2026-11-24 08:00:05 10.0.0.10 POST /ApiRemoting30/WebService.asmx - 8530 CONTOSO\\wsusadmin 10.0.0.10 - - 200 0 0 62`,
            ],
          },
        ],
      },
      httpErr: {
        status: 'ok',
        format: 'httperr',
        maxAgeDays: 3,
        files: [
          {
            path: 'C:\\Windows\\System32\\LogFiles\\HTTPERR\\httperr1.log',
            truncated: false,
            startLine: 1,
            lines: [
              '#Software: Microsoft HTTP API 2.0',
              '#Version: 1.0',
              '#Date: 2026-11-24 08:10:00',
              '#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename',
              '2026-11-24 08:10:00 10.0.1.21 50123 10.0.0.10 8530 - - - - - - Timer_ConnectionIdle -',
            ],
          },
        ],
      },
      softwareDistribution: { status: 'notCollected', message: 'not requested' },
    },
  };
}

export function baseClientDocument(): FactDocument {
  return {
    schemaVersion: '1.0',
    role: 'client',
    host: { computerName: 'PC0042', fqdn: 'pc0042.contoso.com', domain: 'contoso.com', ipv4Addresses: ['10.0.1.21'] },
    collectedAt: '2026-11-24T12:00:00Z',
    collector: { name: 'Invoke-WsusDoctorCollection', version: '1.0.0', psVersion: '5.1.26100.2161', psEdition: 'Desktop', elevated: true },
    os: {
      status: 'ok',
      caption: 'Microsoft Windows 11 Enterprise',
      version: '10.0.26100',
      build: 26100,
      ubr: 2161,
      installationType: 'Client',
      productType: 'workstation',
      lastBootUpTime: '2026-11-23T07:55:00Z',
      pendingReboot: { windowsUpdate: false, componentBasedServicing: false, pendingFileRenameOperations: false },
    },
    updates: { status: 'ok', items: [{ id: 'KB5046617', installedOn: '2026-11-13', description: 'Security Update' }] },
    services: {
      status: 'ok',
      items: {
        wuauserv: { name: 'wuauserv', displayName: 'Windows Update', status: 'Running', startType: 'Manual' },
        BITS: { name: 'BITS', displayName: 'Background Intelligent Transfer Service', status: 'Running', startType: 'Manual' },
        CryptSvc: { name: 'CryptSvc', displayName: 'Cryptographic Services', status: 'Running', startType: 'Automatic' },
        DoSvc: { name: 'DoSvc', displayName: 'Delivery Optimization', status: 'Running', startType: 'AutomaticDelayedStart' },
      },
    },
    clientHealth: {
      status: 'ok',
      systemDrive: { root: 'C:\\', totalMB: 243200, freeMB: 98304, freePercent: 40.4 },
      softwareDistribution: { path: 'C:\\Windows\\SoftwareDistribution', exists: true, dataStoreExists: true, dataStoreSizeMB: 212, dataStoreLastWriteTime: '2026-11-24T09:30:02Z' },
      pendingXml: { exists: false },
      timeService: { type: 'NT5DS', source: 'dc01.contoso.com', lastSuccessfulSyncTime: '2026-11-24T11:12:40Z', statusReadable: true },
    },
    configMgr: { status: 'ok', isClient: false },
    clientPolicy: {
      status: 'ok',
      windowsUpdate: { WUServer: 'http://wsus01.contoso.com:8530', WUStatusServer: 'http://wsus01.contoso.com:8530' },
      au: { UseWUServer: 1, NoAutoUpdate: 0, AUOptions: 4 },
    },
    windowsUpdateClient: {
      status: 'ok',
      susClientId: '6f1c3a52-9d0e-4a55-8b2c-0f4e2d7a1b01',
      lastDetectSuccessTime: '2026-11-24T09:30:00Z',
    },
    proxy: { status: 'ok', direct: true },
    events: { status: 'ok', maxAgeDays: 3, items: [] },
    logs: {
      windowsUpdate: {
        status: 'ok',
        format: 'windowsUpdateEtl',
        files: [
          {
            path: 'C:\\Windows\\Temp\\WindowsUpdate.log',
            truncated: false,
            startLine: 1,
            lines: [
              '2026/11/24 09:29:58.1234567 1056 5308 Agent WSUS server: http://wsus01.contoso.com:8530',
              '2026/11/24 09:29:58.1234569 1056 5308 Agent WSUS status server: http://wsus01.contoso.com:8530',
              '2026/11/24 09:29:58.1234571 1056 5308 Agent Alternate Download Server: NULL',
              '2026/11/24 09:30:00.5550001 1056 5308 Agent Found 0 updates and 93 categories in search; evaluated appl. rules of 1815 out of 3220 deployed entities',
            ],
          },
        ],
      },
      configMgrClient: {
        locationServices: { status: 'notApplicable', message: 'the ConfigMgr client is not installed' },
        wuaHandler: { status: 'notApplicable', message: 'the ConfigMgr client is not installed' },
        scanAgent: { status: 'notApplicable', message: 'the ConfigMgr client is not installed' },
        updatesDeployment: { status: 'notApplicable', message: 'the ConfigMgr client is not installed' },
      },
    },
  };
}

export function baseDocument(role: 'server' | 'client'): FactDocument {
  return role === 'server' ? baseServerDocument() : baseClientDocument();
}

// Bundles for the ingest tests: the real samples of test/fixtures/corpus (see ATTRIBUTION.md there)
// plus the small hand-written exports a customer would add (a .reg in UTF-16LE as regedit writes it,
// netsh output, wevtutil XML, an Event Viewer CSV), written into a fresh temporary folder.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';

export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');
export const corpusBytes = (relative: string): Uint8Array => readFileSync(join(CORPUS, relative));

export function tempDir(prefix = 'wsus-doctor-ingest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** UTF-16LE with BOM, CRLF: what regedit's export writes. */
export function utf16le(text: string): Uint8Array {
  const body = Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
}

/** A regedit export of the WSUS policy keys (UTF-16LE), with hex(2), hex(7), hex(b) and a continued hex line. */
export const POLICY_REG = utf16le(`Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate]
"WUServer"="http://servername"
"WUStatusServer"="http://servername"
"TargetGroup"=hex(2):57,00,6f,00,72,00,6b,00,73,00,74,00,61,00,74,00,69,00,6f,00,\\
  6e,00,73,00,00,00
"TargetGroupEnabled"=hex(b):01,00,00,00,00,00,00,00
"UpdateServiceUrlAlternate"=hex(7):68,00,74,00,74,00,70,00,3a,00,2f,00,2f,00,61,00,00,00,00,00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU]
"UseWUServer"=dword:00000001
"AUOptions"=dword:00000004

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate]
"SusClientId"="6f1c3a52-9d0e-4a55-8b2c-0f4e2d7a1b01"
`);

export const NETSH_PROXY = 'Current WinHTTP proxy settings:\r\n\r\n    Proxy Server(s) :  proxy.contoso.com:8080\r\n    Bypass List     :  (none)\r\n\r\n';

export const EVENTS_XML = `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient' Guid='{945a8954-c147-4acd-923f-40c45405a658}'/><EventID>25</EventID><Version>0</Version><Level>2</Level><Task>1</Task><TimeCreated SystemTime='2010-01-05T18:52:07.1234567Z'/><Channel>Microsoft-Windows-WindowsUpdateClient/Operational</Channel><Computer>PC0042.contoso.com</Computer></System><EventData><Data Name='errorCode'>0x8024402c</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-WindowsUpdateClient'/><EventID>25</EventID><Level>2</Level><TimeCreated SystemTime='2010-01-05T19:52:07.000Z'/><Channel>Microsoft-Windows-WindowsUpdateClient/Operational</Channel><Computer>PC0042.contoso.com</Computer></System><RenderingInfo Culture='en-US'><Message>Windows Update failed to check for updates with error 0x8024402C.</Message></RenderingInfo></Event>
`;

export const EVENTS_CSV =
  'Level,Date and Time,Source,Event ID,Task Category\r\n' +
  'Error,1/5/2010 7:53:10 PM,Microsoft-Windows-WindowsUpdateClient,20,Windows Update Agent,"Installation Failure: Windows failed to install the following update with error 0x8024402C: KB1, ""quoted""."\r\n';

/** Get-WinEvent -LogName System | Export-Clixml: one EventLogRecord (nested objects inside, as PowerShell writes them). */
export const EVENTS_CLIXML = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Diagnostics.Eventing.Reader.EventLogRecord</T>
      <T>System.Diagnostics.Eventing.Reader.EventRecord</T>
      <T>System.Object</T>
    </TN>
    <ToString>System.Diagnostics.Eventing.Reader.EventLogRecord</ToString>
    <Props>
      <I32 N="Id">5002</I32>
      <I32 N="Version">0</I32>
      <Nil N="Qualifiers" />
      <By N="Level">2</By>
      <S N="ProviderName">Microsoft-Windows-WAS</S>
      <S N="LogName">System</S>
      <S N="MachineName">WSUS01.contoso.com</S>
      <DT N="TimeCreated">2026-11-24T15:01:37.1234567+01:00</DT>
      <Obj N="Properties" RefId="1">
        <TN RefId="1"><T>System.Collections.Generic.List\`1[[System.Diagnostics.Eventing.Reader.EventProperty]]</T></TN>
        <LST><Obj RefId="2"><TN RefId="2"><T>System.Diagnostics.Eventing.Reader.EventProperty</T></TN><Props><S N="Value">WsusPool</S><I32 N="Id">99</I32></Props></Obj></LST>
      </Obj>
      <S N="LevelDisplayName">Error</S>
    </Props>
    <MS>
      <S N="Message">Application pool 'WsusPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool._x000D__x000A_</S>
    </MS>
  </Obj>
</Objs>`;

/** Get-WindowsUpdateLog (Windows 10+) lines. */
export const WU_ETL = [
  '2026/11/24 09:29:58.1234567 1056 5308 Agent WSUS server: http://wsus01.contoso.com:8530',
  '2026/11/24 09:29:58.1234569 1056 5308 Agent WSUS status server: http://wsus01.contoso.com:8530',
  '2026/11/24 09:30:00.0000000 1056 5308 Agent * Found 0 updates and 10 categories in search; evaluated appl. rules of 100 out of 200 deployed entities',
].join('\r\n');

export const WUAHANDLER_CMTRACE = [
  '<![LOG[Its a WSUS Update Source type ({F2A6DE3E-7C9B-4B2B-9A3C-1B2C3D4E5F60}), adding it.]LOG]!><time="08:01:01.000+000" date="11-24-2026" component="WUAHandler" context="" type="1" thread="4312" file="">',
  '<![LOG[Enabling WUA Managed server policy to use server: http://sup01.corp.contoso.com:8530]LOG]!><time="08:01:01.000+000" date="11-24-2026" component="WUAHandler" context="" type="1" thread="4312" file="">',
].join('\r\n');

export const WSYNCMGR_SIMPLE = [
  'Starting Sync $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 02:13:11.522+480><thread=5976 (0x1758)>',
  'Sync failed: WSUS update source not found on site PS1. Please refer to WCM.log for configuration error details.. Source: getSiteUpdateSource $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 02:13:20.100+480><thread=5976 (0x1758)>',
].join('\r\n');

export const SOFTWARE_DISTRIBUTION = [
  '2026-11-24 06:00:01.120 UTC Info w3wp.12 ThreadEntry ThreadHelper.ThreadStart',
  '2026-11-24 06:00:02.000 UTC Error w3wp.12 DBConnection.LogSqlException SqlException: Timeout expired.',
].join('\r\n');

/** Every file kind in one folder (plus an unknown file and a picture), with a partial fact file. */
export function everyKindBundle(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'server logs', 'W3SVC1'), { recursive: true });
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  // Names say nothing: detection is by content.
  put('server logs/W3SVC1/a.txt', corpusBytes('plaso/iis/iis10.log'));
  put('server logs/b.txt', corpusBytes('plaso/httperr/httperr.log'));
  put('c.txt', corpusBytes('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log'));
  put('d.txt', WU_ETL);
  put('e.txt', WUAHANDLER_CMTRACE);
  put('f.txt', WSYNCMGR_SIMPLE);
  put('g.txt', SOFTWARE_DISTRIBUTION);
  put('h.txt', POLICY_REG);
  put('i.txt', corpusBytes('hakanfly-windows-tweaks/Disable Windows Update.reg'));
  put('j.txt', NETSH_PROXY);
  put('k.txt', EVENTS_XML);
  put('l.txt', EVENTS_CSV);
  put('l2.xml', utf16le(EVENTS_CLIXML));
  put('m.json', JSON.stringify({ os: { status: 'ok', caption: 'Microsoft Windows 10 Enterprise', version: '10.0.19045', build: 19045 } }));
  put('notes.txt', 'Customer says updates stopped last week.\r\n');
  put('screenshot.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
  put('k.txt.old', corpusBytes('ms-windows-itpro-docs/windows-autopatch-conflicting-configurations.remove-values.reg'));
  return dir;
}

/** The client case of the support article on 0x8024402C as a customer zip (with a nested zip). */
export function clientZip(): Uint8Array {
  const inner = zipSync({ 'proxy.txt': new TextEncoder().encode(NETSH_PROXY) });
  return zipSync({
    'logs/WindowsUpdate.log': corpusBytes('ms-supportarticles/error-0x8024402c.WindowsUpdate-excerpt.log'),
    'policy.reg': POLICY_REG,
    'more.zip': inner,
    'events/wu.xml': new TextEncoder().encode(EVENTS_XML),
  });
}

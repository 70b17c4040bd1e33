/**
 * Decodes any 32-bit HRESULT into the parts Windows defines for it, so that no code in a
 * log is left without an explanation (issue "Trust on real machines", principle 7).
 *
 * Layout (winerror.h): bit 31 severity (1 = failure), bit 29 customer flag, bit 28 set for
 * NTSTATUS values mapped to HRESULTs, facility = (hr >> 16) & 0x1FFF (HRESULT_FACILITY),
 * code = the low 16 bits.
 *
 * Sources (read 2026 from mirrors of the Windows SDK headers; names and numbers are facts,
 * the wording here is ours):
 * - facility numbers and names: winerror.h, "Define the facility codes"
 *   (trcrsired/windows-msvc-sysroot include/winerror.h);
 * - Windows Update sub-ranges 0x8024Nxxx and their symbol prefixes: the section headers and
 *   defines of wuerror.h (trcrsired/windows-msvc-sysroot include/wuerror.h, commit 5b217bba):
 *   general 0x80240xxx (with WU_E_PT_* web-service codes at 0x80240436-0x8024044B), Windows
 *   Installer 0x80241, update handler 0x80242, UI 0x80243, protocol talker 0x80244,
 *   redirector 0x80245 (service-initiated healing 0x802451xx), download manager 0x80246,
 *   scan package / metadata integrity 0x80247, data store 0x80248, inventory 0x80249,
 *   Automatic Updates 0x8024A, WU tasks / hardware capability / SLS / trust 0x8024B, driver
 *   util 0x8024C, setup and self-update 0x8024D, expression evaluator 0x8024E, reporter
 *   0x8024F, with each range's catch-all *_UNEXPECTED code;
 * - BITS BG_E_* 0x80200001-0x80200023 and BG_E_HTTP_ERROR_<status> = 0x80190000 + status:
 *   bitsmsg.h (Project JEDI JwaBitsMsg.pas, a port of bitsmsg.h);
 * - Windows Web Services WS_E_* 0x803D0000-0x803D0023: webservices.h (a Delphi port of it;
 *   0x803D0013 WS_E_ENDPOINT_FAULT_RECEIVED also in Microsoft's WWSAPI return-value table);
 * - Win32 error numbers: winerror.h (1-54 read there) and constant lists mirroring it
 *   (4317 ERROR_INVALID_OPERATION, 1051-1073 service errors, 64, 87, 109, 122, 183, 258, 995,
 *   1450, 1460, 3017, 14098 checked); 1115, 1223, 1300, 1326, 1392, 1603, 1618, 1722, 3010,
 *   10054, 10060, 10061 and 11001 are the well-known winerror.h values, not re-checked.
 * - WinHTTP errors (12001-12186): winhttp.h, see {@link WINHTTP_ERRORS}.
 * 0x87D0xxxx (facility 0x7D0 = 2000, not a winerror.h facility) are Configuration Manager
 * client codes, as ConfigMgr logs them (e.g. 0x87D00692); the customer bit is NOT set.
 *
 * Leaf module: imports only the status-value parser.
 */
import { parseStatusValue } from '../parsers/error-codes.js';

/** Where the decoded explanation comes from. */
export type HresultSource = 'wuerror' | 'winhttp' | 'win32' | 'bits' | 'webservices' | 'facility' | 'unknown';

/** A decoded HRESULT. */
export interface DecodedHresult {
  /** 0x + 8 upper-case hex digits. */
  code: string;
  /** Unsigned value. */
  value: number;
  /** Bit 31: true for failure codes. */
  failure: boolean;
  /** Bit 29: customer-defined code (facility numbers are then not Windows facilities). */
  customer: boolean;
  /** Bit 28: an NTSTATUS value mapped to an HRESULT (HRESULT_FROM_NT). */
  ntstatus: boolean;
  /** HRESULT_FACILITY: (value >> 16) & 0x1FFF. */
  facility: number;
  /** winerror.h name of the facility, e.g. FACILITY_WINDOWSUPDATE; undefined when unnamed. */
  facilityName?: string;
  /** Plain-words name of the facility, e.g. "Windows Update"; "unknown facility 0x5DD" when unnamed. */
  facilityLabel: string;
  /** The facility's status code (low 16 bits). */
  codeWord: number;
  /** Windows Update component (wuerror.h sub-range), e.g. "Automatic Updates". */
  component?: string;
  /** The component's range, e.g. "0x8024Axxx". */
  componentRange?: string;
  /** Symbol pattern(s) of the component, e.g. "WU_E_AU_*". */
  componentSymbols?: string;
  /** Header symbol, when this decoder knows it. */
  symbol?: string;
  /** What the code means, in plain words (the symbol's meaning, else what the parts say). */
  meaning: string;
  /** For FACILITY_WIN32 codes: the Win32 error number (low word). */
  win32?: number;
  /** For BITS BG_E_HTTP_ERROR_* codes (facility 0x19): the HTTP status. */
  httpStatus?: number;
  source: HresultSource;
  /** One line for people, e.g. "0x8024A00F: Windows Update, Automatic Updates (0x8024Axxx), code 0xA00F: ...". */
  description: string;
}

// ---------------------------------------------------------------------------------------
// Facilities (winerror.h). Where winerror.h gives one number two names, both are kept.
// ---------------------------------------------------------------------------------------

/** Facility number -> [winerror.h name(s), plain-words label]. */
export const FACILITIES: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  [0, ['FACILITY_NULL', 'general COM/OLE']],
  [1, ['FACILITY_RPC', 'RPC']],
  [2, ['FACILITY_DISPATCH', 'COM dispatch (IDispatch)']],
  [3, ['FACILITY_STORAGE', 'structured storage (OLE)']],
  [4, ['FACILITY_ITF', 'COM interface-specific']],
  [7, ['FACILITY_WIN32', 'Win32 error']],
  [8, ['FACILITY_WINDOWS', 'Windows']],
  [9, ['FACILITY_SSPI / FACILITY_SECURITY', 'security (SSPI, Schannel, Kerberos)']],
  [10, ['FACILITY_CONTROL', 'ActiveX control']],
  [11, ['FACILITY_CERT', 'certificates and trust']],
  [12, ['FACILITY_INTERNET', 'WinINet / URL monikers']],
  [13, ['FACILITY_MEDIASERVER', 'media server']],
  [14, ['FACILITY_MSMQ', 'Message Queuing']],
  [15, ['FACILITY_SETUPAPI', 'SetupAPI / component-based servicing']],
  [16, ['FACILITY_SCARD', 'smart card']],
  [17, ['FACILITY_COMPLUS', 'COM+']],
  [18, ['FACILITY_AAF', 'AAF']],
  [19, ['FACILITY_URT', '.NET runtime']],
  [20, ['FACILITY_ACS', 'ACS']],
  [21, ['FACILITY_DPLAY', 'DirectPlay']],
  [22, ['FACILITY_UMI', 'UMI']],
  [23, ['FACILITY_SXS', 'side-by-side assemblies']],
  [24, ['FACILITY_WINDOWS_CE', 'Windows CE']],
  [25, ['FACILITY_HTTP', 'HTTP status (BITS BG_E_HTTP_ERROR_*)']],
  [26, ['FACILITY_USERMODE_COMMONLOG', 'Common Log File System']],
  [27, ['FACILITY_WER', 'Windows Error Reporting']],
  [31, ['FACILITY_USERMODE_FILTER_MANAGER', 'filter manager']],
  [32, ['FACILITY_BACKGROUNDCOPY', 'BITS (Background Intelligent Transfer Service)']],
  [33, ['FACILITY_CONFIGURATION / FACILITY_WIA', 'configuration / Windows Image Acquisition']],
  [34, ['FACILITY_STATE_MANAGEMENT', 'state management']],
  [35, ['FACILITY_METADIRECTORY', 'metadirectory']],
  [36, ['FACILITY_WINDOWSUPDATE', 'Windows Update']],
  [37, ['FACILITY_DIRECTORYSERVICE', 'Active Directory']],
  [38, ['FACILITY_GRAPHICS', 'graphics']],
  [39, ['FACILITY_SHELL / FACILITY_NAP', 'shell / Network Access Protection']],
  [40, ['FACILITY_TPM_SERVICES', 'TPM services']],
  [41, ['FACILITY_TPM_SOFTWARE', 'TPM software']],
  [42, ['FACILITY_UI', 'UI']],
  [43, ['FACILITY_XAML', 'XAML']],
  [44, ['FACILITY_ACTION_QUEUE', 'action queue']],
  [48, ['FACILITY_PLA / FACILITY_WINDOWS_SETUP', 'performance logs / Windows Setup']],
  [49, ['FACILITY_FVE', 'BitLocker (full-volume encryption)']],
  [50, ['FACILITY_FWP', 'Windows Filtering Platform']],
  [51, ['FACILITY_WINRM', 'WinRM']],
  [52, ['FACILITY_NDIS', 'NDIS']],
  [53, ['FACILITY_USERMODE_HYPERVISOR', 'hypervisor']],
  [54, ['FACILITY_CMI', 'CMI']],
  [55, ['FACILITY_USERMODE_VIRTUALIZATION', 'virtualization']],
  [56, ['FACILITY_USERMODE_VOLMGR', 'volume manager']],
  [57, ['FACILITY_BCD', 'boot configuration data']],
  [58, ['FACILITY_USERMODE_VHD', 'virtual hard disk']],
  [59, ['FACILITY_USERMODE_HNS', 'host networking service']],
  [60, ['FACILITY_SDIAG', 'scripted diagnostics']],
  [61, ['FACILITY_WEBSERVICES / FACILITY_WINPE', 'Windows Web Services (WWSAPI)']],
  [62, ['FACILITY_WPN', 'push notifications']],
  [63, ['FACILITY_WINDOWS_STORE', 'Microsoft Store']],
  [64, ['FACILITY_INPUT', 'input']],
  [65, ['FACILITY_QUIC', 'QUIC']],
  [66, ['FACILITY_EAP', 'EAP']],
  [70, ['FACILITY_IORING', 'I/O ring']],
  [80, ['FACILITY_WINDOWS_DEFENDER', 'Microsoft Defender']],
  [81, ['FACILITY_OPC', 'Open Packaging Conventions']],
  [82, ['FACILITY_XPS', 'XPS']],
  [83, ['FACILITY_RAS', 'remote access']],
  [84, ['FACILITY_MBN / FACILITY_POWERSHELL', 'mobile broadband / PowerShell']],
  [85, ['FACILITY_EAS', 'Exchange ActiveSync policies']],
  [98, ['FACILITY_P2P_INT', 'peer-to-peer (internal)']],
  [99, ['FACILITY_P2P', 'peer-to-peer']],
  [100, ['FACILITY_DAF', 'device association']],
  [101, ['FACILITY_BLUETOOTH_ATT', 'Bluetooth ATT']],
  [102, ['FACILITY_AUDIO', 'audio']],
  [103, ['FACILITY_STATEREPOSITORY', 'state repository']],
  [109, ['FACILITY_VISUALCPP', 'Visual C++ runtime']],
  [112, ['FACILITY_SCRIPT', 'script']],
  [113, ['FACILITY_PARSE', 'parse']],
  [120, ['FACILITY_BLB', 'Windows Server Backup']],
  [121, ['FACILITY_BLB_CLI', 'Windows Server Backup (command line)']],
  [122, ['FACILITY_WSBAPP', 'Windows Server Backup application']],
  [128, ['FACILITY_BLBUI', 'Windows Server Backup UI']],
  [129, ['FACILITY_USN', 'USN journal']],
  [130, ['FACILITY_USERMODE_VOLSNAP', 'volume shadow copy']],
  [131, ['FACILITY_TIERING', 'storage tiering']],
  [133, ['FACILITY_WSB_ONLINE', 'online backup']],
  [134, ['FACILITY_ONLINE_ID', 'Microsoft account (online ID)']],
  [135, ['FACILITY_DEVICE_UPDATE_AGENT', 'device update agent']],
  [136, ['FACILITY_DRVSERVICING', 'driver servicing']],
  [153, ['FACILITY_DLS', 'downloadable services']],
  [160, ['FACILITY_SOS', 'SOS']],
  [173, ['FACILITY_OCP_UPDATE_AGENT', 'OCP update agent']],
  [176, ['FACILITY_DEBUGGERS', 'debuggers']],
  [208, ['FACILITY_DELIVERY_OPTIMIZATION', 'Delivery Optimization']],
  [231, ['FACILITY_USERMODE_SPACES', 'Storage Spaces']],
  [232, ['FACILITY_USER_MODE_SECURITY_CORE', 'security core']],
  [234, ['FACILITY_USERMODE_LICENSING', 'licensing']],
  [256, ['FACILITY_SPP / FACILITY_RESTORE / FACILITY_DMSERVER', 'software protection / restore / disk management']],
  [257, ['FACILITY_DEPLOYMENT_SERVICES_SERVER', 'Windows Deployment Services']],
  [2168, ['FACILITY_DIRECTMUSIC', 'DirectMusic']],
  [2170, ['FACILITY_DXGI', 'DXGI']],
  [2304, ['FACILITY_DEFRAG', 'defragmentation']],
  [2306, ['FACILITY_JSCRIPT', 'JScript']],
]);

/** Configuration Manager client codes 0x87D0xxxx: facility 0x7D0, not defined by winerror.h. */
export const CONFIGMGR_FACILITY = 0x7d0;

// ---------------------------------------------------------------------------------------
// Windows Update sub-ranges (wuerror.h)
// ---------------------------------------------------------------------------------------

/** One wuerror.h range: [first, last] value, name, symbol prefix, catch-all code. */
interface WuRange {
  first: number;
  last: number;
  range: string;
  component: string;
  /** Symbol pattern(s), e.g. 'WU_E_PT_*'. */
  prefix: string;
  /** The range's catch-all code and symbol, e.g. 0x80244FFF WU_E_PT_UNEXPECTED. */
  unexpected?: readonly [number, string];
}

/** Narrow ranges first: the first match wins. */
const WU_RANGES: readonly WuRange[] = [
  { first: 0x80240400, last: 0x802404ff, range: '0x802404xx', component: 'protocol talker, web-service transport', prefix: 'WU_E_PT_*' },
  { first: 0x80245100, last: 0x802451ff, range: '0x802451xx', component: 'service-initiated healing', prefix: 'WU_E_SIH_*', unexpected: [0x802451ff, 'WU_E_SIH_UNEXPECTED'] },
  { first: 0x80247100, last: 0x802471ff, range: '0x802471xx', component: 'update metadata integrity (signature verification)', prefix: 'WU_E_METADATA_*' },
  { first: 0x8024b100, last: 0x8024b1ff, range: '0x8024B1xx', component: 'hardware capability', prefix: 'WU_E_' },
  { first: 0x8024b200, last: 0x8024b2ff, range: '0x8024B2xx', component: 'service locator (SLS)', prefix: 'WU_E_SLS_*' },
  { first: 0x8024b300, last: 0x8024b3ff, range: '0x8024B3xx', component: 'file trust', prefix: 'WU_E_' },
  { first: 0x80240000, last: 0x80240fff, range: '0x80240xxx', component: 'general Windows Update agent', prefix: 'WU_E_', unexpected: [0x80240fff, 'WU_E_UNEXPECTED'] },
  { first: 0x80241000, last: 0x80241fff, range: '0x80241xxx', component: 'Windows Installer (MSI) detection', prefix: 'WU_E_MSI_*, WU_E_MSP_*', unexpected: [0x80241fff, 'WU_E_MSP_UNEXPECTED'] },
  { first: 0x80242000, last: 0x80242fff, range: '0x80242xxx', component: 'update handler (installation)', prefix: 'WU_E_UH_*', unexpected: [0x80242fff, 'WU_E_UH_UNEXPECTED'] },
  { first: 0x80243000, last: 0x80243fff, range: '0x80243xxx', component: 'user interface', prefix: 'WU_E_AUCLIENT_*, WU_E_INSTALLATION_RESULTS_*', unexpected: [0x80243fff, 'WU_E_AUCLIENT_UNEXPECTED'] },
  { first: 0x80244000, last: 0x80244fff, range: '0x80244xxx', component: 'protocol talker (client-server communication)', prefix: 'WU_E_PT_*', unexpected: [0x80244fff, 'WU_E_PT_UNEXPECTED'] },
  { first: 0x80245000, last: 0x80245fff, range: '0x80245xxx', component: 'redirector (wuredir.cab, service locator)', prefix: 'WU_E_REDIRECTOR_*', unexpected: [0x802450ff, 'WU_E_REDIRECTOR_UNEXPECTED'] },
  { first: 0x80246000, last: 0x80246fff, range: '0x80246xxx', component: 'download manager', prefix: 'WU_E_DM_*', unexpected: [0x80246fff, 'WU_E_DM_UNEXPECTED'] },
  { first: 0x80247000, last: 0x80247fff, range: '0x80247xxx', component: 'scan package and events', prefix: 'WU_E_OL_*', unexpected: [0x80247fff, 'WU_E_OL_UNEXPECTED'] },
  { first: 0x80248000, last: 0x80248fff, range: '0x80248xxx', component: 'data store', prefix: 'WU_E_DS_*', unexpected: [0x80248fff, 'WU_E_DS_UNEXPECTED'] },
  { first: 0x80249000, last: 0x80249fff, range: '0x80249xxx', component: 'inventory', prefix: 'WU_E_INVENTORY_*' },
  { first: 0x8024a000, last: 0x8024afff, range: '0x8024Axxx', component: 'Automatic Updates', prefix: 'WU_E_AU_*', unexpected: [0x8024afff, 'WU_E_AU_UNEXPECTED'] },
  { first: 0x8024b000, last: 0x8024bfff, range: '0x8024Bxxx', component: 'Windows Update tasks', prefix: 'WU_E_WUTASK_*' },
  { first: 0x8024c000, last: 0x8024cfff, range: '0x8024Cxxx', component: 'driver utility', prefix: 'WU_E_DRV_*', unexpected: [0x8024cfff, 'WU_E_DRV_UNEXPECTED'] },
  { first: 0x8024d000, last: 0x8024dfff, range: '0x8024Dxxx', component: 'setup and self-update of the agent', prefix: 'WU_E_SETUP_*, WU_E_SELFUPDATE_*', unexpected: [0x8024dfff, 'WU_E_SETUP_UNEXPECTED'] },
  { first: 0x8024e000, last: 0x8024efff, range: '0x8024Exxx', component: 'expression evaluator (applicability rules)', prefix: 'WU_E_EE_*', unexpected: [0x8024efff, 'WU_E_EE_UNEXPECTED'] },
  { first: 0x8024f000, last: 0x8024ffff, range: '0x8024Fxxx', component: 'reporter (events sent to the server)', prefix: 'WU_E_REPORTER_*', unexpected: [0x8024ffff, 'WU_E_REPORTER_UNEXPECTED'] },
];

/** The wuerror.h range of a 0x8024xxxx value, if any. */
export function wuRangeOf(value: number): { range: string; component: string; symbols: string } | undefined {
  const r = WU_RANGES.find((x) => value >= x.first && value <= x.last);
  return r && { range: r.range, component: r.component, symbols: r.prefix };
}

/** Number of distinct wuerror.h ranges the decoder names. */
export const WU_RANGE_COUNT = WU_RANGES.length;

// ---------------------------------------------------------------------------------------
// Win32 errors commonly seen with Windows Update (winerror.h)
// ---------------------------------------------------------------------------------------

/** Win32 error number -> [name, meaning in plain words]. */
export const WIN32_ERRORS: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  [1, ['ERROR_INVALID_FUNCTION', 'incorrect function']],
  [2, ['ERROR_FILE_NOT_FOUND', 'a file was not found']],
  [3, ['ERROR_PATH_NOT_FOUND', 'a path was not found']],
  [5, ['ERROR_ACCESS_DENIED', 'access is denied']],
  [6, ['ERROR_INVALID_HANDLE', 'the handle is invalid']],
  [8, ['ERROR_NOT_ENOUGH_MEMORY', 'not enough memory']],
  [13, ['ERROR_INVALID_DATA', 'the data is invalid']],
  [14, ['ERROR_OUTOFMEMORY', 'out of memory']],
  [21, ['ERROR_NOT_READY', 'the device is not ready']],
  [31, ['ERROR_GEN_FAILURE', 'a device attached to the system is not functioning']],
  [32, ['ERROR_SHARING_VIOLATION', 'the file is in use by another process']],
  [33, ['ERROR_LOCK_VIOLATION', 'part of the file is locked by another process']],
  [38, ['ERROR_HANDLE_EOF', 'end of file reached']],
  [39, ['ERROR_HANDLE_DISK_FULL', 'the disk is full']],
  [50, ['ERROR_NOT_SUPPORTED', 'the request is not supported']],
  [53, ['ERROR_BAD_NETPATH', 'the network path was not found']],
  [64, ['ERROR_NETNAME_DELETED', 'the network name is no longer available']],
  [87, ['ERROR_INVALID_PARAMETER', 'a parameter is incorrect']],
  [109, ['ERROR_BROKEN_PIPE', 'the pipe has been ended']],
  [112, ['ERROR_DISK_FULL', 'not enough space on the disk']],
  [122, ['ERROR_INSUFFICIENT_BUFFER', 'the data area passed is too small']],
  [183, ['ERROR_ALREADY_EXISTS', 'the file or object already exists']],
  [258, ['WAIT_TIMEOUT', 'the wait timed out']],
  [995, ['ERROR_OPERATION_ABORTED', 'the I/O operation was aborted']],
  [1051, ['ERROR_DEPENDENT_SERVICES_RUNNING', 'other running services depend on this service']],
  [1053, ['ERROR_SERVICE_REQUEST_TIMEOUT', 'the service did not answer the start or control request in time']],
  [1056, ['ERROR_SERVICE_ALREADY_RUNNING', 'the service is already running']],
  [1058, ['ERROR_SERVICE_DISABLED', 'the service is disabled and cannot be started']],
  [1060, ['ERROR_SERVICE_DOES_NOT_EXIST', 'the service is not installed']],
  [1062, ['ERROR_SERVICE_NOT_ACTIVE', 'the service has not been started']],
  [1067, ['ERROR_PROCESS_ABORTED', 'the process terminated unexpectedly']],
  [1068, ['ERROR_SERVICE_DEPENDENCY_FAIL', 'a service this service depends on failed to start']],
  [1069, ['ERROR_SERVICE_LOGON_FAILED', 'the service could not log on']],
  [1072, ['ERROR_SERVICE_MARKED_FOR_DELETE', 'the service is marked for deletion']],
  [1223, ['ERROR_CANCELLED', 'the operation was cancelled by the user']],
  [1115, ['ERROR_SHUTDOWN_IN_PROGRESS', 'a system shutdown is in progress']],
  [1300, ['ERROR_NOT_ALL_ASSIGNED', 'not all privileges or groups referenced are assigned to the caller']],
  [1326, ['ERROR_LOGON_FAILURE', 'unknown user name or bad password']],
  [1392, ['ERROR_FILE_CORRUPT', 'the file or directory is corrupt and unreadable']],
  [1450, ['ERROR_NO_SYSTEM_RESOURCES', 'insufficient system resources']],
  [1460, ['ERROR_TIMEOUT', 'the operation timed out']],
  [1603, ['ERROR_INSTALL_FAILURE', 'fatal error during installation (Windows Installer)']],
  [1618, ['ERROR_INSTALL_ALREADY_RUNNING', 'another installation is already in progress']],
  [1722, ['RPC_S_SERVER_UNAVAILABLE', 'the RPC server is unavailable']],
  [3010, ['ERROR_SUCCESS_REBOOT_REQUIRED', 'the operation succeeded; a restart is required to finish it']],
  [3017, ['ERROR_FAIL_REBOOT_REQUIRED', 'the operation failed; a restart is required to roll it back']],
  [4317, ['ERROR_INVALID_OPERATION', 'the operation identifier is not valid']],
  [10054, ['WSAECONNRESET', 'the connection was reset by the remote host']],
  [10060, ['WSAETIMEDOUT', 'the connection attempt timed out']],
  [10061, ['WSAECONNREFUSED', 'the connection was refused']],
  [11001, ['WSAHOST_NOT_FOUND', 'the host name is not known']],
  [14098, ['ERROR_SXS_COMPONENT_STORE_CORRUPT', 'the component store is corrupt']],
]);

// ---------------------------------------------------------------------------------------
// WinHTTP errors (winhttp.h, 12000 + n), also used by wu-error-codes.ts
// ---------------------------------------------------------------------------------------

/** WinHTTP error number -> [symbol suffix after ERROR_WINHTTP_, meaning]. */
export const WINHTTP_ERRORS: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  [12001, ['OUT_OF_HANDLES', 'No more WinHTTP handles could be generated']],
  [12002, ['TIMEOUT', 'The request timed out']],
  [12004, ['INTERNAL_ERROR', 'An internal WinHTTP error occurred']],
  [12005, ['INVALID_URL', 'The URL is invalid']],
  [12006, ['UNRECOGNIZED_SCHEME', 'The URL scheme is not http or https']],
  [12007, ['NAME_NOT_RESOLVED', 'The server name could not be resolved']],
  [12009, ['INVALID_OPTION', 'An invalid WinHTTP option was given']],
  [12011, ['OPTION_NOT_SETTABLE', 'The WinHTTP option cannot be set']],
  [12012, ['SHUTDOWN', 'WinHTTP support is shut down or unloaded']],
  [12015, ['LOGIN_FAILURE', 'Login failed (proxy or server authentication)']],
  [12017, ['OPERATION_CANCELLED', 'The operation was cancelled (handle closed)']],
  [12018, ['INCORRECT_HANDLE_TYPE', 'The handle type is incorrect for the operation']],
  [12019, ['INCORRECT_HANDLE_STATE', 'The handle is in the wrong state for the operation']],
  [12029, ['CANNOT_CONNECT', 'A connection to the server could not be established']],
  [12030, ['CONNECTION_ERROR', 'The connection was reset or aborted']],
  [12032, ['RESEND_REQUEST', 'The request must be resent']],
  [12037, ['SECURE_CERT_DATE_INVALID', 'The server certificate has expired or is not yet valid']],
  [12038, ['SECURE_CERT_CN_INVALID', 'The certificate name does not match the server name']],
  [12044, ['CLIENT_AUTH_CERT_NEEDED', 'The server requires a client certificate']],
  [12045, ['SECURE_INVALID_CA', 'The certificate was issued by an untrusted authority']],
  [12057, ['SECURE_CERT_REV_FAILED', 'The certificate revocation check failed']],
  [12150, ['HEADER_NOT_FOUND', 'The requested header was not found']],
  [12152, ['INVALID_SERVER_RESPONSE', 'The server response could not be parsed']],
  [12153, ['INVALID_HEADER', 'The supplied header is invalid']],
  [12156, ['REDIRECT_FAILED', 'The redirection failed (scheme change or too many redirects)']],
  [12157, ['SECURE_CHANNEL_ERROR', 'An error occurred in the secure channel (TLS)']],
  [12166, ['BAD_AUTO_PROXY_SCRIPT', 'The proxy auto-config script has an error']],
  [12167, ['UNABLE_TO_DOWNLOAD_SCRIPT', 'The proxy auto-config script could not be downloaded']],
  [12169, ['SECURE_INVALID_CERT', 'The certificate is invalid']],
  [12170, ['SECURE_CERT_REVOKED', 'The certificate has been revoked']],
  [12175, ['SECURE_FAILURE', 'A TLS/certificate error occurred']],
  [12178, ['AUTO_PROXY_SERVICE_ERROR', 'The proxy could not be found for the URL (auto-proxy service error)']],
  [12179, ['SECURE_CERT_WRONG_USAGE', 'The certificate is not valid for server authentication']],
  [12180, ['AUTODETECTION_FAILED', 'Proxy auto-detection (WPAD) failed']],
  [12181, ['HEADER_COUNT_EXCEEDED', 'Too many response headers']],
  [12182, ['HEADER_SIZE_OVERFLOW', 'The response headers are too large']],
  [12184, ['RESPONSE_DRAIN_OVERFLOW', 'The response body exceeded the drain limit']],
  [12185, ['CLIENT_CERT_NO_PRIVATE_KEY', 'The client certificate has no private key']],
  [12186, ['CLIENT_CERT_NO_ACCESS_TO_PRIVATE_KEY', 'No access to the client certificate private key']],
]);

// ---------------------------------------------------------------------------------------
// BITS (bitsmsg.h) and Windows Web Services (webservices.h)
// ---------------------------------------------------------------------------------------

/** BITS BG_E_* codes 0x80200001-0x80200023 by low word -> [symbol, meaning]. */
export const BITS_ERRORS: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  [0x01, ['BG_E_NOT_FOUND', 'the requested item was not found']],
  [0x02, ['BG_E_INVALID_STATE', 'the action is not allowed in the current state of the job']],
  [0x03, ['BG_E_EMPTY', 'the item is empty']],
  [0x04, ['BG_E_FILE_NOT_AVAILABLE', 'the file is not available']],
  [0x05, ['BG_E_PROTOCOL_NOT_AVAILABLE', 'the protocol is not available']],
  [0x07, ['BG_E_ERROR_CONTEXT_UNKNOWN', 'the error happened in an unknown place']],
  [0x08, ['BG_E_ERROR_CONTEXT_GENERAL_QUEUE_MANAGER', 'the error happened in the BITS queue manager']],
  [0x09, ['BG_E_ERROR_CONTEXT_LOCAL_FILE', 'the error happened on the local file']],
  [0x0a, ['BG_E_ERROR_CONTEXT_REMOTE_FILE', 'the error happened on the remote file']],
  [0x0b, ['BG_E_ERROR_CONTEXT_GENERAL_TRANSPORT', 'the error happened in the transport layer']],
  [0x0c, ['BG_E_ERROR_CONTEXT_QUEUE_MANAGER_NOTIFICATION', 'the error happened in the notification callback']],
  [0x0d, ['BG_E_DESTINATION_LOCKED', 'the destination volume is locked']],
  [0x0e, ['BG_E_VOLUME_CHANGED', 'the destination volume changed']],
  [0x0f, ['BG_E_ERROR_INFORMATION_UNAVAILABLE', 'no error information is available']],
  [0x10, ['BG_E_NETWORK_DISCONNECTED', 'no network connection is active']],
  [0x11, ['BG_E_MISSING_FILE_SIZE', 'the server did not return the file size']],
  [0x12, ['BG_E_INSUFFICIENT_HTTP_SUPPORT', 'the server does not support HTTP 1.1']],
  [0x13, ['BG_E_INSUFFICIENT_RANGE_SUPPORT', 'the server (or a proxy) does not honour the HTTP Range header']],
  [0x14, ['BG_E_REMOTE_NOT_SUPPORTED', 'remote use of BITS is not supported']],
  [0x15, ['BG_E_NEW_OWNER_DIFF_MAPPING', 'the drive mapping differs for the new job owner']],
  [0x16, ['BG_E_NEW_OWNER_NO_FILE_ACCESS', 'the new job owner cannot access the temporary files']],
  [0x18, ['BG_E_PROXY_LIST_TOO_LARGE', 'the proxy list is longer than 32767 characters']],
  [0x19, ['BG_E_PROXY_BYPASS_LIST_TOO_LARGE', 'the proxy bypass list is longer than 32767 characters']],
  [0x1b, ['BG_E_INVALID_SERVER_RESPONSE', 'the server response was not valid']],
  [0x1c, ['BG_E_TOO_MANY_FILES', 'no more files can be added to the job']],
  [0x1d, ['BG_E_LOCAL_FILE_CHANGED', 'the local file changed during the transfer']],
  [0x1e, ['BG_E_ERROR_CONTEXT_REMOTE_APPLICATION', 'the remote server application reported the error']],
  [0x1f, ['BG_E_SESSION_NOT_FOUND', 'the upload session was not found on the server']],
  [0x20, ['BG_E_TOO_LARGE', 'the upload file is too large for the server']],
  [0x21, ['BG_E_STRING_TOO_LONG', 'a string is too long']],
  [0x22, ['BG_E_CLIENT_SERVER_PROTOCOL_MISMATCH', 'the server supports none of the client upload protocols']],
  [0x23, ['BG_E_SERVER_EXECUTE_ENABLE', 'scripting or execute permissions are enabled on the upload virtual directory']],
]);

/** Windows Web Services WS_E_* codes 0x803D0000-0x803D0023 by low word -> [symbol, meaning]. */
export const WS_ERRORS: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  [0x00, ['WS_E_INVALID_FORMAT', 'the data received was not in the expected format']],
  [0x01, ['WS_E_OBJECT_FAULTED', 'the object is faulted after an earlier error']],
  [0x02, ['WS_E_NUMERIC_OVERFLOW', 'numeric overflow']],
  [0x03, ['WS_E_INVALID_OPERATION', 'the operation is not allowed in the current state']],
  [0x04, ['WS_E_OPERATION_ABORTED', 'the operation was aborted']],
  [0x05, ['WS_E_ENDPOINT_ACCESS_DENIED', 'the remote endpoint denied access']],
  [0x06, ['WS_E_OPERATION_TIMED_OUT', 'the operation did not complete in time']],
  [0x07, ['WS_E_OPERATION_ABANDONED', 'the operation was abandoned']],
  [0x08, ['WS_E_QUOTA_EXCEEDED', 'a quota was exceeded']],
  [0x09, ['WS_E_NO_TRANSLATION_AVAILABLE', 'no text in the requested language']],
  [0x0a, ['WS_E_SECURITY_VERIFICATION_FAILURE', 'security verification failed']],
  [0x0b, ['WS_E_ADDRESS_IN_USE', 'the address is already in use']],
  [0x0c, ['WS_E_ADDRESS_NOT_AVAILABLE', 'the address is not valid here']],
  [0x0d, ['WS_E_ENDPOINT_NOT_FOUND', 'the remote endpoint does not exist or cannot be found']],
  [0x0e, ['WS_E_ENDPOINT_NOT_AVAILABLE', 'the remote endpoint is not available']],
  [0x0f, ['WS_E_ENDPOINT_FAILURE', 'the remote endpoint could not process the request']],
  [0x10, ['WS_E_ENDPOINT_UNREACHABLE', 'the remote endpoint is not reachable']],
  [0x11, ['WS_E_ENDPOINT_ACTION_NOT_SUPPORTED', 'the remote endpoint does not support the action']],
  [0x12, ['WS_E_ENDPOINT_TOO_BUSY', 'the remote endpoint is too busy']],
  [0x13, ['WS_E_ENDPOINT_FAULT_RECEIVED', 'the remote endpoint answered with a fault message']],
  [0x14, ['WS_E_ENDPOINT_DISCONNECTED', 'the connection to the remote endpoint was closed']],
  [0x15, ['WS_E_PROXY_FAILURE', 'the HTTP proxy could not process the request']],
  [0x16, ['WS_E_PROXY_ACCESS_DENIED', 'the HTTP proxy denied access']],
  [0x17, ['WS_E_NOT_SUPPORTED', 'not supported']],
  [0x18, ['WS_E_PROXY_REQUIRES_BASIC_AUTH', 'the proxy requires Basic authentication']],
  [0x19, ['WS_E_PROXY_REQUIRES_DIGEST_AUTH', 'the proxy requires Digest authentication']],
  [0x1a, ['WS_E_PROXY_REQUIRES_NTLM_AUTH', 'the proxy requires NTLM authentication']],
  [0x1b, ['WS_E_PROXY_REQUIRES_NEGOTIATE_AUTH', 'the proxy requires Negotiate authentication']],
  [0x1c, ['WS_E_SERVER_REQUIRES_BASIC_AUTH', 'the server requires Basic authentication']],
  [0x1d, ['WS_E_SERVER_REQUIRES_DIGEST_AUTH', 'the server requires Digest authentication']],
  [0x1e, ['WS_E_SERVER_REQUIRES_NTLM_AUTH', 'the server requires NTLM authentication']],
  [0x1f, ['WS_E_SERVER_REQUIRES_NEGOTIATE_AUTH', 'the server requires Negotiate authentication']],
  [0x20, ['WS_E_INVALID_ENDPOINT_URL', 'the endpoint URL is invalid']],
  [0x21, ['WS_E_OTHER', 'an unrecognised Windows Web Services error']],
  [0x22, ['WS_E_SECURITY_TOKEN_EXPIRED', 'a security token expired']],
  [0x23, ['WS_E_SECURITY_SYSTEM_FAILURE', 'a security operation failed']],
]);

// ---------------------------------------------------------------------------------------
// Decoder
// ---------------------------------------------------------------------------------------

const HEX_INPUT = /^\s*(?:0x)?[0-9a-f]{8}\s*$/i;
/** Decimal spellings of failure codes have 10 digits (2147483648..4294967295, -2147483648..-1000000000). */
const DECIMAL_INPUT = /^\s*-?\d{10}\s*$/;

function hex(n: number, digits: number): string {
  return '0x' + n.toString(16).toUpperCase().padStart(digits, '0');
}

/**
 * Decode one status code. Accepts 8 hex digits with or without 0x (any case, any severity),
 * and for failure codes 10-digit signed or unsigned decimal strings (ConfigMgr's spellings)
 * or a number. Returns undefined for anything else (junk, short numbers, out of 32-bit
 * range); never throws.
 */
export function decodeHresult(input: string | number): DecodedHresult | undefined {
  let value: number | undefined;
  try {
    value = parseStatusValue(input);
  } catch {
    return undefined;
  }
  if (value === undefined) return undefined;
  // Hex of any severity is taken; decimals (10 digits, as ConfigMgr writes them) only for failure values.
  if (typeof input === 'string' && HEX_INPUT.test(input)) return decodeValue(value);
  if (value < 0x80000000 || (typeof input === 'string' && !DECIMAL_INPUT.test(input))) return undefined;
  return decodeValue(value);
}

/** Decode an unsigned 32-bit value (0..0xFFFFFFFF). */
export function decodeValue(value: number): DecodedHresult {
  const failure = value >= 0x80000000;
  const customer = (value & 0x20000000) !== 0;
  const ntstatus = (value & 0x10000000) !== 0;
  const facility = (value >>> 16) & 0x1fff;
  const codeWord = value & 0xffff;
  const code = hex(value, 8);
  const base = { code, value, failure, customer, ntstatus, facility, codeWord };

  let facilityName: string | undefined;
  let facilityLabel: string;
  const ntShaped = failure && (value & 0x40000000) !== 0;
  if (customer) {
    facilityLabel = `customer-defined facility ${hex(facility, 3)}`;
  } else if (ntShaped) {
    facilityLabel = `NTSTATUS-shaped value, facility field ${hex(facility, 3)}`;
  } else if (facility === CONFIGMGR_FACILITY) {
    facilityLabel = 'Configuration Manager client (0x87D0xxxx, not a winerror.h facility)';
  } else {
    const f = FACILITIES.get(facility);
    facilityName = f?.[0];
    facilityLabel = f?.[1] ?? `unknown facility ${hex(facility, 3)}`;
  }

  let parts: Parts;
  if (customer) {
    parts = { meaning: 'a customer-defined code (bit 29 set): its facility is not a Windows facility', source: 'unknown' };
  } else if (ntShaped) {
    parts = { meaning: 'an NTSTATUS-style value (top bits 11, e.g. 0xC0000005), not an HRESULT', source: 'unknown' };
  } else {
    parts = decodeByFacility(value, facility, codeWord, failure, facilityLabel, facilityName);
  }
  const { quiet, ...fields } = parts;

  const decoded: DecodedHresult = {
    ...base,
    ...(facilityName !== undefined && { facilityName }),
    facilityLabel,
    ...fields,
    description: '',
  };
  decoded.description = describe(decoded, quiet === true);
  return decoded;
}

/** Decoded parts; `quiet` when the meaning only repeats the facility or range (left out of the description). */
type Parts = Partial<DecodedHresult> & { meaning: string; source: HresultSource; quiet?: boolean };

function decodeByFacility(
  value: number, facility: number, codeWord: number, failure: boolean, facilityLabel: string, facilityName: string | undefined,
): Parts {
  if (!failure) {
    return {
      ...(value === 0 && { symbol: 'S_OK' }),
      meaning: value === 0 ? 'success' : `a success or informational status (severity bit clear) from ${facilityLabel}`,
      source: facilityName !== undefined ? 'facility' : 'unknown',
    };
  }
  if (facility === 36) {
    const r = WU_RANGES.find((x) => value >= x.first && value <= x.last);
    if (r) {
      const symbol = r.unexpected && r.unexpected[0] === value ? r.unexpected[1] : undefined;
      return {
        component: r.component, componentRange: r.range, componentSymbols: r.prefix,
        ...(symbol !== undefined && { symbol }),
        meaning: symbol !== undefined
          ? `Windows Update ${r.component} error not covered by a more specific ${r.prefix} code`
          : `Windows Update ${r.component} error (${r.prefix}, range ${r.range})`,
        quiet: symbol === undefined,
        source: 'wuerror',
      };
    }
    return { meaning: 'a Windows Update error outside the ranges wuerror.h defines', source: 'facility' };
  }
  if (facility === 7) {
    const winhttp = WINHTTP_ERRORS.get(codeWord);
    if (winhttp) {
      return { win32: codeWord, symbol: `ERROR_WINHTTP_${winhttp[0]}`, meaning: `${winhttp[1]} (WinHTTP ${codeWord})`, source: 'winhttp' };
    }
    const win32 = WIN32_ERRORS.get(codeWord);
    if (win32) return { win32: codeWord, symbol: win32[0], meaning: `Win32 error ${codeWord}: ${win32[1]}`, source: 'win32' };
    if (codeWord >= 12000 && codeWord < 12200) {
      return { win32: codeWord, meaning: `WinHTTP/WinINet error ${codeWord} (not in the WinHTTP table)`, source: 'win32' };
    }
    return { win32: codeWord, meaning: `Win32 error ${codeWord} (HRESULT_FROM_WIN32)`, source: 'win32' };
  }
  if (facility === 32) {
    const bits = BITS_ERRORS.get(codeWord);
    if (bits) return { symbol: bits[0], meaning: `BITS: ${bits[1]}`, source: 'bits' };
    return { meaning: `a BITS (Background Intelligent Transfer Service) error, code ${hex(codeWord, 4)}`, source: 'facility', quiet: true };
  }
  if (facility === 25) {
    // bitsmsg.h: BG_E_HTTP_ERROR_<status> = 0x80190000 + status.
    if (codeWord >= 100 && codeWord <= 599) {
      return { httpStatus: codeWord, symbol: `BG_E_HTTP_ERROR_${codeWord}`, meaning: `BITS download answered with HTTP ${codeWord}`, source: 'bits' };
    }
    return { meaning: `an HTTP-facility error, code ${hex(codeWord, 4)}`, source: 'facility' };
  }
  if (facility === 61) {
    const ws = WS_ERRORS.get(codeWord);
    if (ws) return { symbol: ws[0], meaning: `Windows Web Services: ${ws[1]}`, source: 'webservices' };
    return { meaning: `a Windows Web Services (WWSAPI) error, code ${hex(codeWord, 4)}`, source: 'facility', quiet: true };
  }
  if (facility === CONFIGMGR_FACILITY) {
    return { meaning: `a Configuration Manager client error, code ${hex(codeWord, 4)}`, source: 'facility', quiet: true };
  }
  if (facilityName !== undefined) {
    return { meaning: `an error from ${facilityLabel} (${facilityName}), code ${hex(codeWord, 4)}`, source: 'facility', quiet: true };
  }
  return { meaning: `an error from a facility Windows does not name (${hex(facility, 3)}), code ${hex(codeWord, 4)}`, source: 'unknown', quiet: true };
}

function describe(d: DecodedHresult, quiet: boolean): string {
  const where = d.component !== undefined
    ? `Windows Update, ${d.component} component (${d.componentRange}, ${d.componentSymbols})`
    : d.facilityName !== undefined ? `${d.facilityLabel} (${d.facilityName.split(' ')[0]} ${hex(d.facility, 2)})` : d.facilityLabel;
  const what = d.symbol !== undefined ? `: ${d.symbol}, ${d.meaning}` : quiet ? '' : `: ${d.meaning}`;
  return `${d.code}: ${where}, code ${hex(d.codeWord, 4)}${what}`;
}

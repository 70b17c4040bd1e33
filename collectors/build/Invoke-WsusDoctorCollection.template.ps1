<#
.SYNOPSIS
Collects the WSUS facts of this machine (WSUS server or client) into one JSON fact file for wsus-doctor.

.DESCRIPTION
Copy this one file to a WSUS server or client and run it. It reads what wsus-doctor needs to
diagnose WSUS connection failures (Microsoft KB 4025764) and writes one JSON document that
follows schemas/facts.schema.json: operating system and UBR, pending reboot, installed updates,
services, WSUS setup and version, IIS sites / application pools / WSUS applications, ConfigMgr
roles, Windows Update policy, WinHTTP proxy, events, and bounded excerpts of the IIS, HTTPERR,
WindowsUpdate, SoftwareDistribution and ConfigMgr client logs (newest lines first, capped by age
and size).

READ-ONLY: it restarts no service, writes no registry value, calls no wuauclt/usoclient and
changes nothing in IIS. It writes the fact file, and on Windows 10 / Server 2016+ a temporary
decoded copy of the ETL Windows Update log that it deletes again.

Run it from an elevated PowerShell: without administrator rights the IIS configuration and IIS /
HTTPERR logs are not collected (the file says so: collector.elevated = false).

Works on Windows PowerShell 2.0 (Windows Server 2008 R2, WSUS 3.0 SP2), 3.0 to 5.1 and
PowerShell 7. Self-contained: the functions of the WsusDoctor module are embedded below.

.PARAMETER OutFile
The JSON file to write. Default: wsus-doctor-<COMPUTERNAME>-<yyyyMMdd-HHmmss>.json in the current folder.

.PARAMETER Role
Auto (default) detects a WSUS server; Server or Client forces the role.

.PARAMETER MaxLogAgeDays
Age cap for log excerpts and events, in days (default 3).

.PARAMETER MaxConfigMgrLogAgeDays
Age cap for the ConfigMgr client logs (LocationServices, WUAHandler, ScanAgent), in days (default 8:
one 7-day software update scan cycle, so a missing WSUS location means something).

.PARAMETER MaxLogSizeMB
Size cap per log kind, in megabytes (default 4).

.PARAMETER MaxEvents
Maximum number of events per event-log query (default 500).

.PARAMETER WindowsUpdateLogTimeoutSeconds
Time limit for Get-WindowsUpdateLog on Windows 10 / Server 2016 and later (default 120).

.PARAMETER SkipWindowsUpdateLog
Do not decode the ETL Windows Update log (faster; the legacy text log is still read on older Windows).

.PARAMETER SqlTimeoutSeconds
Command time-out of the one read-only SUSDB query (default 30).

.PARAMETER SkipSusdb
Do not query SUSDB (the susdb section is then notCollected).

.PARAMETER Redact
Replace host names (short and FQDN), domains, IPv4/IPv6 addresses, user names, SusClientIds and
other GUIDs and URL hosts everywhere in the fact file by stable pseudonyms, so the file can be
shared (the same scheme as `wsus-doctor redact`, docs/redaction.md). The default file name then
carries the pseudonym, not the computer name.

.PARAMETER RedactKey
With -Redact: the secret the pseudonyms are derived from; machines collected with the same key (and
`wsus-doctor redact --key` with it) give the same pseudonyms, so a redacted fleet still correlates.

.PARAMETER AsJson
Write the JSON text to the pipeline instead of a file (used for remote collection).

.PARAMETER Quiet
No console output except errors.

.OUTPUTS
System.IO.FileInfo of the written fact file; with -AsJson, System.String (the JSON document).

Exit code: 0 when the fact file was written (with -AsJson: when the document was printed);
otherwise one line "Invoke-WsusDoctorCollection: <reason>" on stderr and 2 for a bad parameter
(unknown name, value out of range, -RedactKey without -Redact), 3 when the fact file could not be
written (its folder missing or not writable), 1 for an unexpected failure. A GPO startup script or a
ConfigMgr "Run Scripts" deployment sees the failure. With -AsJson (remote collection) the same line
is thrown as an error instead, for the caller to report per machine.

.EXAMPLE
.\Invoke-WsusDoctorCollection.ps1 -OutFile facts.json

Collects this machine's facts into facts.json; then run: wsus-doctor diagnose facts.json

.EXAMPLE
powershell.exe -ExecutionPolicy Bypass -File .\Invoke-WsusDoctorCollection.ps1 -MaxLogAgeDays 1

Runs the script once without changing the execution policy, with one day of logs.

.EXAMPLE
.\Invoke-WsusDoctorCollection.ps1 -OutFile "\\fileserver\wsus-facts\$env:COMPUTERNAME.json" -SkipWindowsUpdateLog -Quiet

Writes the fact file to a share (e.g. from a GPO startup script or ConfigMgr "Run Scripts") for a fleet diagnosis.

.EXAMPLE
.\Invoke-WsusDoctorCollection.ps1 -Redact -RedactKey 'our-secret'

Writes wsus-doctor-HOST-1A2B3C4D-<timestamp>.json with names, addresses, users and ids replaced, to send to a vendor.
#>
# <WsusDoctor:notice> This is the TEMPLATE of collectors/Invoke-WsusDoctorCollection.ps1: Build-WsusDoctorCollector.ps1 replaces this line and the functions marker below.
# Values are taken as text and checked below, so that a wrong one ends with exit code 2 and one line
# on every PowerShell version (a binding error would print a multi-line record and exit 1).
[CmdletBinding()]
param(
    [string] $OutFile,
    [string] $Role = 'Auto',
    [string] $MaxLogAgeDays = '3',
    [string] $MaxConfigMgrLogAgeDays = '8',
    [string] $MaxLogSizeMB = '4',
    [string] $MaxEvents = '500',
    [string] $WindowsUpdateLogTimeoutSeconds = '120',
    [switch] $SkipWindowsUpdateLog,
    [string] $SqlTimeoutSeconds = '30',
    [switch] $SkipSusdb,
    [switch] $Redact,
    [string] $RedactKey,
    [switch] $AsJson,
    [switch] $Quiet,
    [Parameter(ValueFromRemainingArguments = $true)]
    [object[]] $UnknownArgument
)

# <WsusDoctor:functions> (the collector functions of WsusDoctor\Private and WsusDoctor\Public go here)

$wdSettings = Resolve-WdCollectionParameter -Parameter @{
    Role = $Role; MaxLogAgeDays = $MaxLogAgeDays; MaxConfigMgrLogAgeDays = $MaxConfigMgrLogAgeDays; MaxLogSizeMB = $MaxLogSizeMB
    MaxEvents = $MaxEvents; WindowsUpdateLogTimeoutSeconds = $WindowsUpdateLogTimeoutSeconds; SqlTimeoutSeconds = $SqlTimeoutSeconds
    Redact = [bool]$Redact; RedactKey = $RedactKey; UnknownArgument = $UnknownArgument
}
if ($wdSettings.Error) { Stop-WdCollection -AsJson:$AsJson 2 $wdSettings.Error }
$wdOutPath = $null
if ($OutFile -and -not $AsJson) {
    try { $wdOutPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile) }
    catch { Stop-WdCollection -AsJson:$AsJson 2 ('-OutFile ' + $OutFile + ' is not a usable path: ' + $_.Exception.Message) }
    $wdOutFolder = Split-Path -Parent $wdOutPath
    if ($wdOutFolder -and -not (Test-Path -LiteralPath $wdOutFolder -PathType Container)) { Stop-WdCollection -AsJson:$AsJson 3 ('no fact file written: the folder ' + $wdOutFolder + ' does not exist') }
    if (Test-Path -LiteralPath $wdOutPath -PathType Container) { Stop-WdCollection -AsJson:$AsJson 3 ('no fact file written: -OutFile ' + $wdOutPath + ' is a folder; name a file in it') }
}

try {
$wdShowConsole = -not ($Quiet -or $AsJson)
$wdEnvironment = Get-WdEnvironment
if ($wdShowConsole) {
    Write-Host ('WSUS doctor collector {0} on {1} (PowerShell {2}) - read-only, changes nothing.' -f (Get-WdCollectorVersion), $wdEnvironment.ComputerName, $wdEnvironment.PSVersion)
    if (-not $wdEnvironment.IsElevated) {
        Write-Host 'WARNING: not running as administrator. The IIS configuration and the IIS/HTTPERR logs will NOT be collected,' -ForegroundColor Yellow
        Write-Host '         and the fact file will say so (collector.elevated = false). Re-run from an elevated PowerShell for a full collection.' -ForegroundColor Yellow
    }
}
$wdParameters = @{
    Role                           = $wdSettings.Role
    MaxLogAgeDays                  = $wdSettings.MaxLogAgeDays
    MaxConfigMgrLogAgeDays         = $wdSettings.MaxConfigMgrLogAgeDays
    MaxLogSizeMB                   = $wdSettings.MaxLogSizeMB
    MaxEvents                      = $wdSettings.MaxEvents
    WindowsUpdateLogTimeoutSeconds = $wdSettings.WindowsUpdateLogTimeoutSeconds
    SkipWindowsUpdateLog           = [bool]$SkipWindowsUpdateLog
    SqlTimeoutSeconds              = $wdSettings.SqlTimeoutSeconds
    SkipSusdb                      = [bool]$SkipSusdb
    Redact                         = [bool]$Redact
    RedactKey                      = $RedactKey
}
$wdFacts = Get-WsusDoctorFact @wdParameters
if ($AsJson) {
    ConvertTo-WsusDoctorJson -InputObject $wdFacts
    return
}
if (-not $wdOutPath) {
    # With -Redact the name carries the pseudonym of the computer, not its name.
    $wdName = [string]$wdFacts['host']['computerName']
    if (-not $wdName) { $wdName = 'unknown' }
    $wdOutPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath(('wsus-doctor-{0}-{1}.json' -f $wdName, [datetime]::Now.ToString('yyyyMMdd-HHmmss', [System.Globalization.CultureInfo]::InvariantCulture)))
}
try { $wdFile = Export-WsusDoctorFact -InputObject $wdFacts -Path $wdOutPath -ErrorAction Stop }
catch { Stop-WdCollection -AsJson:$AsJson 3 ('no fact file written: ' + $wdOutPath + ' could not be written: ' + $_.Exception.Message) }
if ($wdShowConsole) {
    Write-Host ('Role: {0}   Duration: {1} ms' -f $wdFacts['role'], $wdFacts['collector']['durationMs'])
    foreach ($wdName in @('os', 'updates', 'services', 'wsusServer', 'configMgr', 'iis', 'clientPolicy', 'windowsUpdateClient', 'proxy', 'events')) {
        $wdSection = $wdFacts[$wdName]
        if ($null -eq $wdSection) { continue }
        $wdColor = 'Gray'
        if ($wdSection['status'] -eq 'error') { $wdColor = 'Red' } elseif ($wdSection['status'] -eq 'notCollected') { $wdColor = 'Yellow' }
        Write-Host ('  {0,-20} {1,-14} {2}' -f $wdName, $wdSection['status'], (Limit-WdText ([string]$wdSection['message']) 90)) -ForegroundColor $wdColor
    }
    if ($null -ne $wdFacts['logs']) {
        foreach ($wdEntry in $wdFacts['logs'].GetEnumerator()) {
            $wdLog = $wdEntry.Value
            if ($null -eq $wdLog['status']) { continue }
            $wdCount = 0
            foreach ($wdLogFile in @($wdLog['files'])) { if ($null -ne $wdLogFile) { $wdCount += @($wdLogFile['lines']).Length } }
            Write-Host ('  logs.{0,-21} {1,-14} {2} lines {3}' -f $wdEntry.Key, $wdLog['status'], $wdCount, (Limit-WdText ([string]$wdLog['message']) 70))
        }
    }
    Write-Host ('Fact file: {0} ({1:N0} bytes). Diagnose it with: wsus-doctor diagnose "{0}"' -f $wdFile.FullName, $wdFile.Length)
}
$wdFile
}
catch {
    Stop-WdCollection -AsJson:$AsJson 1 ('no fact file written: unexpected failure: ' + $_.Exception.Message)
}

# Get-WsusDoctorFact: the collector - reads everything the fact contract names on this machine and
# returns one fact document (ordered dictionaries, ready for ConvertTo-WsusDoctorJson).
function Get-WsusDoctorFact {
    <#
    .SYNOPSIS
    Collects the WSUS facts of the local machine (server or client) and returns one fact document that follows schemas/facts.schema.json.

    .DESCRIPTION
    Reads, and only reads, what the wsus-doctor engine needs to diagnose WSUS connection failures
    (Microsoft KB 4025764): operating system and UBR, pending-reboot flags, installed updates,
    services, WSUS setup values and version, IIS sites / bindings / application pools / WSUS
    applications, Configuration Manager roles, Windows Update policy (native and Wow6432Node),
    WinHTTP proxy, event-log entries and bounded excerpts of the IIS, HTTPERR, WindowsUpdate,
    SoftwareDistribution and ConfigMgr client logs; on WSUS servers also SUSDB counts and indexes (one
    read-only SELECT batch), the last synchronization and TLS registry values, the content volume, Content
    virtual directory and MIME map, and the certificate of the https binding.

    Every read goes through a probe; a probe that fails turns its section into
    status "error" with the reason, and the collection goes on. Sections that do not exist on the
    machine are "notApplicable" (no IIS on a client), sections that need administrator rights are
    "notCollected" when the collector is not elevated (collector.elevated is false then).

    READ-ONLY: the collector never restarts a service, never writes the registry, never calls
    wuauclt/usoclient and never changes IIS. The only file it writes is the temporary decoded copy
    of the Windows Update ETL log (Windows 10 / Server 2016 and later), which it deletes again.

    Runs on Windows PowerShell 2.0 (Windows Server 2008 R2 with WSUS 3.0 SP2), 3.0-5.1 and PowerShell 7.

    .PARAMETER Role
    Auto (default) detects a server by the WSUS setup registry key, the WsusService service, or a
    Configuration Manager site server / software update point (SMS_SITE_COMPONENT_MANAGER service or
    component key, SMS_WSUS_CONTROL_MANAGER component key) - a site server whose software update
    point is remote is a server without the WSUS role (wsusServer notApplicable); Server or Client
    forces the role.

    .PARAMETER MaxLogAgeDays
    Age cap for log excerpts and events, in days (default 3).

    .PARAMETER MaxConfigMgrLogAgeDays
    Age cap for the ConfigMgr client logs (LocationServices, WUAHandler, ScanAgent), in days
    (default 8): ConfigMgr clients scan for software updates every 7 days by default and
    LocationServices.log shows a WSUS location only around a scan, so the excerpt must cover one
    scan cycle. The size cap still applies.

    .PARAMETER MaxLogSizeMB
    Size cap per log kind, in megabytes (default 4). The newest lines win.

    .PARAMETER MaxEvents
    Maximum number of events per event-log query (default 500).

    .PARAMETER WindowsUpdateLogTimeoutSeconds
    Time limit for decoding the Windows 10+ ETL log with Get-WindowsUpdateLog (default 120).

    .PARAMETER SkipWindowsUpdateLog
    Do not decode the Windows 10+ ETL log (the legacy text log is still read on older Windows).

    .PARAMETER SkipWsusApi
    Do not ask the WSUS administration API for the version (the registry and file version are used)
    nor for the synchronization state (upstreamSync is then notCollected).

    .PARAMETER SqlTimeoutSeconds
    Command time-out of the one read-only SUSDB query (default 30 seconds; the connection time-out is 15).

    .PARAMETER SkipSusdb
    Do not query SUSDB (the susdb section is then notCollected).

    .PARAMETER Redact
    Replace host names (short and FQDN), domains, IPv4/IPv6 addresses, user names, SusClientIds and
    other GUIDs and URL hosts everywhere in the document (fields, log lines, registry values, event
    messages) by stable pseudonyms, as `wsus-doctor redact` does (docs/redaction.md), so the file
    can be shared. Microsoft's public hosts, loopback addresses and the Windows Update service ids
    are kept: the diagnoses stay the same.

    .PARAMETER RedactKey
    With -Redact: the secret the pseudonyms are derived from (HMAC-SHA-256). Machines collected with
    the same key, and `wsus-doctor redact --key` with it, give the same pseudonyms for the same names,
    so a redacted fleet still correlates. Without it a fixed built-in key is used.

    .OUTPUTS
    System.Collections.Specialized.OrderedDictionary. The fact document with the keys schemaVersion,
    role, host, collectedAt, collector (name, version, psVersion, psEdition, elevated, durationMs,
    warnings), os, updates, services, wsusServer, configMgr, iis, clientPolicy,
    windowsUpdateClient, proxy, events, susdb, upstreamSync, contentStore, sslCertificate and logs;
    each section has status and, when not ok, message.

    .EXAMPLE
    $facts = Get-WsusDoctorFact
    $facts['wsusServer']['version']

    Collects the facts of this machine and shows the WSUS version (e.g. 3.2.7600.283).

    .EXAMPLE
    Get-WsusDoctorFact -MaxLogAgeDays 1 -MaxLogSizeMB 2 | Export-WsusDoctorFact -Path C:\Temp\facts.json

    Collects one day of logs, at most 2 MB per log kind, and saves the fact file.

    .EXAMPLE
    Get-WsusDoctorFact -Role Client -SkipWindowsUpdateLog | ConvertTo-WsusDoctorJson

    Collects client facts quickly (without decoding the ETL log) and prints the JSON.

    .EXAMPLE
    Get-WsusDoctorFact -Redact -RedactKey 'fleet-2026' | Export-WsusDoctorFact -Path C:\Temp\facts-redacted.json

    Collects the facts with names, addresses, users and ids replaced by pseudonyms, to send to a vendor.
    #>
    [CmdletBinding()]
    param(
        [ValidateSet('Auto', 'Server', 'Client')]
        [string] $Role = 'Auto',
        [ValidateRange(0, 3650)]
        [double] $MaxLogAgeDays = 3,
        [ValidateRange(0, 3650)]
        [double] $MaxConfigMgrLogAgeDays = 8,
        [ValidateRange(0, 1024)]
        [double] $MaxLogSizeMB = 4,
        [ValidateRange(1, 5000)]
        [int] $MaxEvents = 500,
        [ValidateRange(1, 3600)]
        [int] $WindowsUpdateLogTimeoutSeconds = 120,
        [switch] $SkipWindowsUpdateLog,
        [switch] $SkipWsusApi,
        [ValidateRange(1, 600)]
        [int] $SqlTimeoutSeconds = 30,
        [switch] $SkipSusdb,
        [switch] $Redact,
        [string] $RedactKey
    )
    $started = [datetime]::UtcNow
    $warnings = New-Object System.Collections.ArrayList
    $environment = $null
    try { $environment = Get-WdEnvironment }
    catch {
        [void]$warnings.Add('The run environment could not be read: ' + (Get-WdErrorText $_))
        $fallback = New-WdDictionary
        $fallback['ComputerName'] = [System.Environment]::MachineName
        $fallback['PSVersion'] = $PSVersionTable.PSVersion.ToString()
        $fallback['PSEdition'] = 'Desktop'
        $fallback['IsElevated'] = $false
        $environment = New-Object PSObject -Property $fallback
    }

    $options = New-WdDictionary
    $options['MaxLogAgeDays'] = $MaxLogAgeDays
    $options['MaxConfigMgrLogAgeDays'] = $MaxConfigMgrLogAgeDays
    $options['MaxLogBytes'] = [long]($MaxLogSizeMB * 1MB)
    $options['MaxEvents'] = $MaxEvents
    $options['WindowsUpdateLogTimeoutSeconds'] = $WindowsUpdateLogTimeoutSeconds
    $options['SkipWindowsUpdateLog'] = [bool]$SkipWindowsUpdateLog
    $options['SkipWsusApi'] = [bool]$SkipWsusApi
    $options['SqlTimeoutSeconds'] = $SqlTimeoutSeconds
    $options['SkipSusdb'] = [bool]$SkipSusdb

    $state = New-WdDictionary
    $state['Environment'] = $environment
    $state['Options'] = New-Object PSObject -Property $options
    $state['Role'] = 'client'
    $state['WsusSetup'] = $null
    $state['WsusSetupError'] = $null
    $state['ConfigMgrSite'] = $null
    $state['ServiceNames'] = @('WsusService', 'W3SVC', 'WAS', 'MSSQL$MICROSOFT##WID', 'MSSQL$MICROSOFT##SSEE', 'MSSQLSERVER',
        'BITS', 'wuauserv', 'UsoSvc', 'DoSvc', 'CryptSvc', 'CcmExec', 'SMS_EXECUTIVE', 'SMS_SITE_COMPONENT_MANAGER')
    $state['ServicesFound'] = @()
    $state['WsusSite'] = $null
    $state['IisSection'] = $null
    $state['IisInstalled'] = $false
    $state['OsBuild'] = $null
    $state['NowUtc'] = $started
    $state['Warnings'] = $warnings
    $context = New-Object PSObject -Property $state

    if (-not $environment.IsElevated) {
        [void]$warnings.Add('Not running as administrator: the IIS configuration and the IIS/HTTPERR logs were not collected, other reads may fail. Run the collector from an elevated PowerShell.')
    }
    try { $context.WsusSetup = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\Update Services\Server\Setup' }
    catch { $context.WsusSetupError = Get-WdErrorText $_ }
    if ($null -ne $context.WsusSetup) {
        # A SUSDB on a local named SQL Server instance: watch that instance's service too.
        $sqlServer = [string]$context.WsusSetup['SqlServerName']
        if ($sqlServer -match '^([^\\]+)\\([^\\#]+)$') {
            $sqlHost = $Matches[1]
            $instance = $Matches[2]
            if ($sqlHost -eq '.' -or $sqlHost -eq 'localhost' -or $sqlHost -eq '(local)' -or $sqlHost -eq [string]$environment.ComputerName) {
                $context.ServiceNames = $context.ServiceNames + @('MSSQL$' + $instance)
            }
        }
    }

    $services = Invoke-WdSection -Name 'services' -ScriptBlock { Get-WdServiceFact -Context $context }
    if ($services['status'] -eq 'ok') { $context.ServicesFound = @($services['items'].Keys) }

    # ConfigMgr site server / software update point: a server for the diagnosis even without the
    # WSUS role (a site server with a remote SUP needs the WSUS Administration Console only).
    $context.ConfigMgrSite = Get-WdConfigMgrSiteRole -Context $context
    $detected = 'client'
    if ($null -ne $context.WsusSetup -or $context.ServicesFound -contains 'WsusService') { $detected = 'server' }
    elseif ($context.ConfigMgrSite.IsSiteServer -or $context.ConfigMgrSite.HasSupComponent) { $detected = 'server' }
    if ($Role -eq 'Server') { $detected = 'server' }
    elseif ($Role -eq 'Client') { $detected = 'client' }
    $context.Role = $detected

    $inetStp = $null
    try { $inetStp = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\InetStp' } catch { $inetStp = $null }
    $context.IisInstalled = (($context.ServicesFound -contains 'W3SVC') -or $null -ne $inetStp)

    $doc = New-WdDictionary
    $doc['schemaVersion'] = '1.0'
    $doc['role'] = $detected
    $hostFact = $null
    try { $hostFact = Get-WdHostFact -Context $context }
    catch {
        [void]$warnings.Add('The host identity could not be read: ' + (Get-WdErrorText $_))
        $hostFact = New-WdDictionary
        $hostFact['computerName'] = [string]$environment.ComputerName
    }
    $doc['host'] = $hostFact
    $doc['collectedAt'] = $started.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
    $collector = New-WdDictionary
    $collector['name'] = 'Invoke-WsusDoctorCollection'
    $collector['version'] = Get-WdCollectorVersion
    $collector['psVersion'] = Limit-WdText ([string]$environment.PSVersion) 50
    if ([string]$environment.PSEdition -eq 'Core') { $collector['psEdition'] = 'Core' } else { $collector['psEdition'] = 'Desktop' }
    $collector['elevated'] = [bool]$environment.IsElevated
    $collector['durationMs'] = 0
    $collector['warnings'] = @()
    $doc['collector'] = $collector

    $doc['os'] = Invoke-WdSection -Name 'os' -ScriptBlock { Get-WdOsFact -Context $context }
    if ($doc['os'].Contains('build')) { $context.OsBuild = [long]$doc['os']['build'] }
    $doc['updates'] = Invoke-WdSection -Name 'updates' -ScriptBlock { Get-WdUpdateFact -Context $context }
    $doc['services'] = $services
    $doc['wsusServer'] = Invoke-WdSection -Name 'wsusServer' -ScriptBlock { Get-WdWsusServerFact -Context $context }
    $doc['configMgr'] = Invoke-WdSection -Name 'configMgr' -ScriptBlock { Get-WdConfigMgrFact -Context $context }
    $doc['iis'] = Invoke-WdSection -Name 'iis' -ScriptBlock { Get-WdIisFact -Context $context }
    $context.IisSection = $doc['iis']
    $doc['clientPolicy'] = Invoke-WdSection -Name 'clientPolicy' -ScriptBlock { Get-WdClientPolicyFact -Context $context }
    $doc['windowsUpdateClient'] = Invoke-WdSection -Name 'windowsUpdateClient' -ScriptBlock { Get-WdWindowsUpdateClientFact -Context $context }
    $doc['proxy'] = Invoke-WdSection -Name 'proxy' -ScriptBlock { Get-WdProxyFact -Context $context }
    $doc['events'] = Invoke-WdSection -Name 'events' -ScriptBlock { Get-WdEventFact -Context $context }
    # Server health beyond KB 4025764 (read-only: one SELECT batch, API getters, registry, certificate store).
    $doc['susdb'] = Invoke-WdSection -Name 'susdb' -ScriptBlock { Get-WdSusdbFact -Context $context }
    $doc['upstreamSync'] = Invoke-WdSection -Name 'upstreamSync' -ScriptBlock { Get-WdUpstreamSyncFact -Context $context }
    $doc['contentStore'] = Invoke-WdSection -Name 'contentStore' -ScriptBlock { Get-WdContentStoreFact -Context $context }
    $doc['sslCertificate'] = Invoke-WdSection -Name 'sslCertificate' -ScriptBlock { Get-WdSslCertificateFact -Context $context }
    # Client-side state the agent depends on (local reads only: volume, files, registry, w32tm /query /status).
    $doc['clientHealth'] = Invoke-WdSection -Name 'clientHealth' -ScriptBlock { Get-WdClientHealthFact -Context $context }
    $logs = $null
    try { $logs = Get-WdLogFact -Context $context }
    catch { [void]$warnings.Add('The log excerpts could not be collected: ' + (Get-WdErrorText $_)) }
    if ($null -ne $logs) { $doc['logs'] = $logs }
    Write-Progress -Activity 'WSUS doctor: collecting facts' -Completed

    $limited = New-Object System.Collections.ArrayList
    foreach ($warning in $warnings) { if ($limited.Count -lt 200) { [void]$limited.Add((Limit-WdText ([string]$warning) 4000)) } }
    $collector['warnings'] = $limited.ToArray()
    $collector['durationMs'] = [long][math]::Max(0, ([datetime]::UtcNow - $started).TotalMilliseconds)
    if ($Redact) { $doc = ConvertTo-WdRedactedFact -InputObject $doc -Key $RedactKey }
    , $doc
}

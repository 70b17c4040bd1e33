# Get-WdLogFact: all bounded log excerpts (IIS W3C, HTTPERR, WindowsUpdate.log, SoftwareDistribution.log, ConfigMgr client and site-server logs).
function Get-WdLogFact {
    <#
    .SYNOPSIS
    Builds the logs object; each log kind is its own section, so one unreadable log never hides the others.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $logs = New-WdDictionary
    $isServer = ($Context.Role -eq 'server')
    $elevated = [bool]$Context.Environment.IsElevated
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $adminNote = ' needs administrator rights: run the collector from an elevated PowerShell.'

    $logs['iisW3c'] = Invoke-WdSection -Name 'IIS log' -ScriptBlock {
        if (-not $isServer) { return (New-WdSection -Status 'notApplicable' -Message 'Client role: the IIS log is collected on the WSUS server.') }
        if (-not $Context.IisInstalled) { return (New-WdSection -Status 'notApplicable' -Message 'IIS is not installed on this machine.') }
        if (-not $elevated) { return (New-WdSection -Status 'notCollected' -Message ('Reading the IIS logs' + $adminNote)) }
        if ($null -eq $Context.WsusSetup) { return (New-WdSection -Status 'notApplicable' -Message 'The WSUS role is not installed on this machine: there is no WSUS web site whose IIS log to read.') }
        $siteId = $null
        if ($null -ne $Context.WsusSetup) { $siteId = ConvertTo-WdInteger $Context.WsusSetup['IISTargetWebSiteIndex'] }
        if ($null -eq $siteId) { return (New-WdSection -Status 'notApplicable' -Message 'The WSUS web site id (IISTargetWebSiteIndex) is not known.') }
        $root = '%SystemDrive%\inetpub\logs\LogFiles'
        if ($null -ne $Context.WsusSite -and $Context.WsusSite['logDirectory']) { $root = [string]$Context.WsusSite['logDirectory'] }
        $folder = Join-WdPath (Expand-WdPath -Path $root -Context $Context) ('W3SVC' + $siteId)
        Get-WdLogExcerpt -Context $Context -Format 'w3c' -Directory $folder -Filter '*.log' -MissingMessage "The IIS log folder of the WSUS site was not found: $folder (logging disabled or moved?)"
    }

    $logs['httpErr'] = Invoke-WdSection -Name 'HTTPERR log' -ScriptBlock {
        if (-not $isServer) { return (New-WdSection -Status 'notApplicable' -Message 'Client role: the HTTP.sys error log is collected on the WSUS server.') }
        if (-not $elevated) { return (New-WdSection -Status 'notCollected' -Message ('Reading the HTTP.sys error logs' + $adminNote)) }
        $base = Join-WdPath $winDir 'System32\LogFiles'
        $parameters = $null
        try { $parameters = Get-WdRegistryKey -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\HTTP\Parameters' } catch { $parameters = $null }
        if ($null -ne $parameters -and $parameters['ErrorLoggingDir']) { $base = Expand-WdPath -Path ([string]$parameters['ErrorLoggingDir']) -Context $Context }
        $folder = Join-WdPath $base 'HTTPERR'
        Get-WdLogExcerpt -Context $Context -Format 'httperr' -Directory $folder -Filter 'httperr*.log' -MissingMessage "The HTTP.sys error log folder was not found: $folder"
    }

    $logs['softwareDistribution'] = Invoke-WdSection -Name 'SoftwareDistribution.log' -ScriptBlock {
        if (-not $isServer -or $null -eq $Context.WsusSetup) { return (New-WdSection -Status 'notApplicable' -Message 'WSUS is not installed on this machine.') }
        $target = [string]$Context.WsusSetup['TargetDir']
        if (-not $target) { $target = Join-WdPath ([string]$Context.Environment.ProgramFiles) 'Update Services' }
        $folder = Join-WdPath $target 'LogFiles'
        Get-WdLogExcerpt -Context $Context -Format 'text' -Directory $folder -Filter 'SoftwareDistribution*.log' -MissingMessage "The WSUS log folder was not found: $folder"
    }

    $logs['windowsUpdate'] = Invoke-WdSection -Name 'WindowsUpdate.log' -ScriptBlock { Get-WdWindowsUpdateLogFact -Context $Context }

    $ccmNeeded = ($Context.ServicesFound -contains 'CcmExec') -or -not $isServer
    if ($ccmNeeded) {
        $ccm = New-WdDictionary
        $ccmDir = Join-WdPath $winDir 'CCM\Logs'
        try {
            $logging = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\CCM\Logging\@Global'
            if ($null -ne $logging -and $logging['LogDirectory']) { $ccmDir = [string]$logging['LogDirectory'] }
        }
        catch { $ccmDir = Join-WdPath $winDir 'CCM\Logs' }
        $isClient = ($Context.ServicesFound -contains 'CcmExec')
        # One software update scan cycle (7 days by default) plus a day: LocationServices.log shows a
        # WSUS location only around a scan, so a shorter excerpt cannot tell "no location" from "no scan".
        $ccmMaxAgeDays = [double]$Context.Options.MaxConfigMgrLogAgeDays
        if ($ccmMaxAgeDays -le 0) { $ccmMaxAgeDays = [double]$Context.Options.MaxLogAgeDays }
        foreach ($pair in @(@('locationServices', 'LocationServices'), @('wuaHandler', 'WUAHandler'), @('scanAgent', 'ScanAgent'), @('updatesDeployment', 'UpdatesDeployment'))) {
            $logBaseName = $pair[1]
            $ccm[$pair[0]] = Invoke-WdSection -Name "$logBaseName.log" -ScriptBlock {
                if (-not $isClient) { return (New-WdSection -Status 'notApplicable' -Message 'The Configuration Manager client (CcmExec) is not installed.') }
                # Current file Name.log plus rolled-over copies: Name.lo_ (one history file, the default) or Name-<date>-<time>.log.
                Get-WdLogExcerpt -Context $Context -Format 'cmtrace' -Directory $ccmDir -Filter "$logBaseName*.lo*" -MaxAgeDays $ccmMaxAgeDays -MissingMessage "The ConfigMgr client log folder was not found: $ccmDir"
            }
        }
        $logs['configMgrClient'] = $ccm
    }

    # ConfigMgr site server / software update point: wsyncmgr.log, WCM.log (site server) and WSUSCtrl.log (SUP).
    $site = $Context.ConfigMgrSite
    $isSiteSystem = $isServer -and $null -ne $site -and ([bool]$site.IsSiteServer -or [bool]$site.HasSupComponent)
    if ($isServer) {
        $smsLogs = New-WdDictionary
        $siteLogDir = $null
        if ($isSiteSystem) { $siteLogDir = Get-WdConfigMgrSiteLogDirectory -Context $Context }
        foreach ($triple in @(@('wsyncmgr', 'wsyncmgr', 'SMS_WSUS_SYNC_MANAGER'), @('wcm', 'WCM', 'SMS_WSUS_CONFIGURATION_MANAGER'), @('wsusCtrl', 'WSUSCtrl', 'SMS_WSUS_CONTROL_MANAGER'))) {
            $siteLogName = $triple[1]
            $component = $triple[2]
            $smsLogs[$triple[0]] = Invoke-WdSection -Name "$siteLogName.log" -ScriptBlock {
                if (-not $isSiteSystem) { return (New-WdSection -Status 'notApplicable' -Message 'This machine is neither a Configuration Manager site server nor a software update point.') }
                if (-not $elevated) { return (New-WdSection -Status 'notCollected' -Message ("Reading the ConfigMgr site-server logs" + $adminNote)) }
                $dir = $siteLogDir['Directory']
                # The component's own trace file, when its Tracing key names one (a remote SUP logs under <drive>\SMS\Logs).
                if ($siteLogDir['Tracing'].Contains($component)) {
                    $traceFile = [string]$siteLogDir['Tracing'][$component]
                    $cut = $traceFile.LastIndexOf('\')
                    if ($cut -gt 0) { $dir = $traceFile.Substring(0, $cut) }
                }
                if (-not $dir) { return (New-WdSection -Status 'notApplicable' -Message "The ConfigMgr log folder is not known (no Installation Directory under HKLM\SOFTWARE\Microsoft\SMS\Identification or SMS\Setup, no TraceFilename under SMS\Tracing\$component).") }
                # Current file Name.log plus the rolled-over history Name.lo_ (or Name-<date>-<time>.log).
                Get-WdLogExcerpt -Context $Context -Format 'cmtrace' -Directory $dir -Filter "$siteLogName*.lo*" -MissingMessage "The ConfigMgr log folder was not found: $dir"
            }
        }
        $logs['configMgrSite'] = $smsLogs
    }
    , $logs
}

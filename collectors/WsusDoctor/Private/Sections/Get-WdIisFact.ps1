# Get-WdIisFact: IIS sites, bindings, application pools and the WSUS site's applications.
function Get-WdIisFact {
    <#
    .SYNOPSIS
    Builds the iis section (notApplicable without IIS, notCollected without administrator rights).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $inetStp = $null
    try { $inetStp = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\InetStp' } catch { $inetStp = $null }
    $installed = ($Context.ServicesFound -contains 'W3SVC') -or ($null -ne $inetStp)
    if (-not $installed) { return (New-WdSection -Status 'notApplicable' -Message 'IIS is not installed on this machine (no W3SVC service, no HKLM\SOFTWARE\Microsoft\InetStp key).') }
    if (-not $Context.Environment.IsElevated) {
        return (New-WdSection -Status 'notCollected' -Message 'Reading the IIS configuration (applicationHost.config) needs administrator rights: run the collector from an elevated PowerShell.')
    }
    $siteId = -1
    if ($null -ne $Context.WsusSetup) {
        $index = ConvertTo-WdInteger $Context.WsusSetup['IISTargetWebSiteIndex']
        if ($null -ne $index) { $siteId = $index }
    }
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $iis = Get-WdIisConfiguration -SiteId $siteId -WinDir $winDir

    $section = New-WdSection
    if ($null -ne $inetStp) {
        $major = ConvertTo-WdInteger $inetStp['MajorVersion']
        $minor = ConvertTo-WdInteger $inetStp['MinorVersion']
        if ($null -ne $major -and $null -ne $minor) { $section['version'] = "$major.$minor" }
    }
    $stateNames = @('Started', 'Starting', 'Stopped', 'Stopping', 'Unknown')
    $sites = New-Object System.Collections.ArrayList
    foreach ($site in @($iis.Sites)) {
        if ($null -eq $site) { continue }
        $id = ConvertTo-WdInteger $site.Id
        if ($null -eq $id -or $id -lt 0) { continue }
        $entry = New-WdDictionary
        $entry['id'] = $id
        $entry['name'] = Limit-WdText ([string]$site.Name) 255
        $state = [string]$site.State
        if ($stateNames -contains $state) { $entry['state'] = $state } else { $entry['state'] = 'Unknown' }
        $bindings = New-Object System.Collections.ArrayList
        foreach ($binding in @($site.Bindings)) {
            if ($null -eq $binding) { continue }
            $b = New-WdDictionary
            $b['protocol'] = Limit-WdText ([string]$binding.Protocol) 20
            $info = [string]$binding.BindingInformation
            if ($info) {
                $b['bindingInformation'] = Limit-WdText $info 512
                if ($info -match '^(.*):(\d+):(.*)$') {
                    $b['ipAddress'] = Limit-WdText $Matches[1] 64
                    $port = ConvertTo-WdInteger $Matches[2]
                    if ($null -ne $port -and $port -le 65535) { $b['port'] = $port }
                    $b['hostName'] = Limit-WdText $Matches[3] 255
                }
            }
            if ($bindings.Count -lt 100) { [void]$bindings.Add($b) }
        }
        $entry['bindings'] = $bindings.ToArray()
        if ($site.LogDirectory) { $entry['logDirectory'] = Limit-WdText (Expand-WdPath -Path ([string]$site.LogDirectory) -Context $Context) 1024 }
        $maxConnections = ConvertTo-WdInteger $site.MaxConnections
        if ($null -ne $maxConnections -and $maxConnections -ge 0) { $entry['maxConnections'] = $maxConnections }
        $timeout = ConvertTo-WdMinutes -Value $site.ConnectionTimeout -Seconds
        if ($null -ne $timeout -and $timeout -ge 0) { $entry['connectionTimeoutSeconds'] = $timeout }
        if ($sites.Count -lt 500) { [void]$sites.Add($entry) }
        if ($id -eq $siteId) { $Context.WsusSite = $entry }
    }
    $section['sites'] = $sites.ToArray()

    $pools = New-WdDictionary
    foreach ($pool in @($iis.AppPools)) {
        if ($null -eq $pool -or -not $pool.Name) { continue }
        $p = New-WdDictionary
        $p['name'] = Limit-WdText ([string]$pool.Name) 255
        $state = [string]$pool.State
        if ($stateNames -contains $state) { $p['state'] = $state } else { $p['state'] = 'Unknown' }
        $numbers = @(
            @('queueLength', $pool.QueueLength), @('privateMemoryKB', $pool.PrivateMemory), @('virtualMemoryKB', $pool.Memory),
            @('periodicRestartRequests', $pool.PeriodicRestartRequests), @('maxProcesses', $pool.MaxProcesses))
        foreach ($pair in $numbers) {
            $n = ConvertTo-WdInteger $pair[1]
            if ($null -ne $n -and $n -ge 0) { $p[$pair[0]] = $n }
        }
        $restart = ConvertTo-WdMinutes $pool.PeriodicRestartTime
        if ($null -ne $restart -and $restart -ge 0) { $p['periodicRestartMinutes'] = $restart }
        $idle = ConvertTo-WdMinutes $pool.IdleTimeout
        if ($null -ne $idle -and $idle -ge 0) { $p['idleTimeoutMinutes'] = $idle }
        $ping = ConvertTo-WdBoolean $pool.PingingEnabled
        if ($null -ne $ping) { $p['pingingEnabled'] = $ping }
        $rapid = ConvertTo-WdBoolean $pool.RapidFailProtection
        if ($null -ne $rapid) { $p['rapidFailProtection'] = $rapid }
        $lb = [string]$pool.LoadBalancerCapabilities
        if ($lb -eq 'HttpLevel' -or $lb -eq 'TcpLevel') { $p['loadBalancerCapabilities'] = $lb }
        if ($pool.ManagedRuntimeVersion) { $p['managedRuntimeVersion'] = Limit-WdText ([string]$pool.ManagedRuntimeVersion) 20 }
        if ($pools.Count -lt 500) { $pools[[string]$pool.Name] = $p }
    }
    $section['appPools'] = $pools

    $apps = New-Object System.Collections.ArrayList
    foreach ($app in @($iis.Applications)) {
        if ($null -eq $app -or -not $app.Path) { continue }
        $a = New-WdDictionary
        $a['name'] = Limit-WdText (([string]$app.Path).TrimStart('/')) 255
        if ([string]$app.Kind -eq 'virtualDirectory') { $a['kind'] = 'virtualDirectory' } else { $a['kind'] = 'application' }
        if ($app.PhysicalPath) { $a['physicalPath'] = Limit-WdText (Expand-WdPath -Path ([string]$app.PhysicalPath) -Context $Context) 1024 }
        if ($app.ApplicationPool) { $a['applicationPool'] = Limit-WdText ([string]$app.ApplicationPool) 255 }
        $ssl = ConvertFrom-WdSslFlag $app.SslFlags
        if ($null -ne $ssl) { $a['requireSsl'] = [bool]$ssl.RequireSsl; $a['clientCertificates'] = [string]$ssl.ClientCertificates }
        $anonymous = ConvertTo-WdBoolean $app.AnonymousAuthentication
        if ($null -ne $anonymous) { $a['anonymousAuthentication'] = $anonymous }
        $windows = ConvertTo-WdBoolean $app.WindowsAuthentication
        if ($null -ne $windows) { $a['windowsAuthentication'] = $windows }
        $impersonate = ConvertTo-WdBoolean $app.Impersonate
        if ($null -ne $impersonate) { $a['aspNetImpersonation'] = $impersonate }
        if ($apps.Count -lt 100) { [void]$apps.Add($a) }
    }
    $section['wsusApplications'] = $apps.ToArray()
    if ($siteId -ge 0 -and $null -eq $Context.WsusSite) {
        Set-WdSectionMessage -Section $section -Message "The WSUS web site (IISTargetWebSiteIndex $siteId) was not found among the IIS sites."
    }
    elseif ([string]$iis.Source -eq 'applicationHost.config') {
        Set-WdSectionMessage -Section $section -Message 'Read from applicationHost.config (Microsoft.Web.Administration could not be loaded): run-time states are Unknown, ASP.NET impersonation was not read.'
    }
    , $section
}

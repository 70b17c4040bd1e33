# Get-WdIisConfiguration (probe): IIS sites, application pools and the WSUS site's applications
# with their SSL and authentication settings. Reads through Microsoft.Web.Administration (IIS 7+,
# .NET 2.0 assembly, so it works on Windows PowerShell 2.0 too and gives runtime state and
# effective values including defaults); falls back to parsing applicationHost.config when the
# assembly cannot be loaded (then states are unknown and defaults come from the IIS schema).
function Get-WdIisConfiguration {
    <#
    .SYNOPSIS
    Probe: returns Source, Sites, AppPools and Applications (of the site SiteId) of the local IIS, read-only. Throws when IIS configuration cannot be read.
    #>
    [CmdletBinding()]
    param(
        [long] $SiteId = -1,
        [string] $WinDir = $env:windir
    )
    $assemblyPath = Join-WdPath $WinDir 'System32\inetsrv\Microsoft.Web.Administration.dll'
    $manager = $null
    $loadError = $null
    try {
        [void][System.Reflection.Assembly]::LoadFrom($assemblyPath)
        $manager = New-Object Microsoft.Web.Administration.ServerManager
    }
    catch { $loadError = $_ }
    if ($null -eq $manager) {
        $configPath = Join-WdPath $WinDir 'System32\inetsrv\config\applicationHost.config'
        return (Get-WdIisConfigurationFromXml -Path $configPath -SiteId $SiteId)
    }
    try {
        $sites = New-Object System.Collections.ArrayList
        $applications = New-Object System.Collections.ArrayList
        $config = $manager.GetApplicationHostConfiguration()
        foreach ($site in $manager.Sites) {
            $entry = New-WdDictionary
            $entry['Id'] = [long]$site.Id
            $entry['Name'] = [string]$site.Name
            $state = 'Unknown'
            try { $state = [string]$site.State } catch { $state = 'Unknown' }
            $entry['State'] = $state
            $bindings = New-Object System.Collections.ArrayList
            foreach ($binding in $site.Bindings) {
                $b = New-WdDictionary
                $b['Protocol'] = [string]$binding.Protocol
                $b['BindingInformation'] = [string]$binding.BindingInformation
                [void]$bindings.Add((New-Object PSObject -Property $b))
            }
            $entry['Bindings'] = $bindings.ToArray()
            $entry['LogDirectory'] = [string]$site.LogFile.Directory
            $entry['MaxConnections'] = $site.Limits.MaxConnections
            $entry['ConnectionTimeout'] = $site.Limits.ConnectionTimeout
            [void]$sites.Add((New-Object PSObject -Property $entry))

            if ([long]$site.Id -ne $SiteId) { continue }
            foreach ($app in $site.Applications) {
                $path = [string]$app.Path
                $vdirs = @($app.VirtualDirectories)
                foreach ($vdir in $vdirs) {
                    $vpath = [string]$vdir.Path
                    $full = $path
                    $kind = 'application'
                    if ($vpath -ne '/') { $full = ($path.TrimEnd('/') + $vpath); $kind = 'virtualDirectory' }
                    if ($full -eq '/') { continue }
                    $location = $site.Name + $full
                    $a = New-WdDictionary
                    $a['SiteId'] = [long]$site.Id
                    $a['Path'] = $full
                    $a['Kind'] = $kind
                    $a['PhysicalPath'] = [string]$vdir.PhysicalPath
                    $a['ApplicationPool'] = $null
                    if ($kind -eq 'application') { $a['ApplicationPool'] = [string]$app.ApplicationPoolName }
                    $a['SslFlags'] = $null
                    $a['AnonymousAuthentication'] = $null
                    $a['WindowsAuthentication'] = $null
                    $a['Impersonate'] = $null
                    try { $a['SslFlags'] = $config.GetSection('system.webServer/security/access', $location).GetAttributeValue('sslFlags') } catch { }
                    try { $a['AnonymousAuthentication'] = $config.GetSection('system.webServer/security/authentication/anonymousAuthentication', $location).GetAttributeValue('enabled') } catch { }
                    try { $a['WindowsAuthentication'] = $config.GetSection('system.webServer/security/authentication/windowsAuthentication', $location).GetAttributeValue('enabled') } catch { }
                    try { $a['Impersonate'] = $manager.GetWebConfiguration($site.Name, $full).GetSection('system.web/identity').GetAttributeValue('impersonate') } catch { }
                    [void]$applications.Add((New-Object PSObject -Property $a))
                }
            }
        }
        $pools = New-Object System.Collections.ArrayList
        foreach ($pool in $manager.ApplicationPools) {
            $p = New-WdDictionary
            $p['Name'] = [string]$pool.Name
            $state = 'Unknown'
            try { $state = [string]$pool.State } catch { $state = 'Unknown' }
            $p['State'] = $state
            $p['QueueLength'] = $pool.QueueLength
            $p['PrivateMemory'] = $pool.Recycling.PeriodicRestart.PrivateMemory
            $p['Memory'] = $pool.Recycling.PeriodicRestart.Memory
            $p['PeriodicRestartTime'] = $pool.Recycling.PeriodicRestart.Time
            $p['PeriodicRestartRequests'] = $pool.Recycling.PeriodicRestart.Requests
            $p['IdleTimeout'] = $pool.ProcessModel.IdleTimeout
            $p['PingingEnabled'] = $pool.ProcessModel.PingingEnabled
            $p['MaxProcesses'] = $pool.ProcessModel.MaxProcesses
            $p['RapidFailProtection'] = $pool.Failure.RapidFailProtection
            $p['LoadBalancerCapabilities'] = [string]$pool.Failure.LoadBalancerCapabilities
            $p['ManagedRuntimeVersion'] = [string]$pool.ManagedRuntimeVersion
            [void]$pools.Add((New-Object PSObject -Property $p))
        }
        $result = New-WdDictionary
        $result['Source'] = 'Microsoft.Web.Administration'
        $result['Sites'] = $sites.ToArray()
        $result['AppPools'] = $pools.ToArray()
        $result['Applications'] = $applications.ToArray()
        New-Object PSObject -Property $result
    }
    finally {
        $manager.Dispose()
    }
}

# Get-WdIisConfigurationFromXml (probe): the applicationHost.config fallback of Get-WdIisConfiguration.
# Attributes left at their default are absent from the file: the defaults below are the IIS schema's
# (applicationPoolDefaults/siteDefaults in the file override them). Runtime state is not in the file.
function Get-WdIisConfigurationFromXml {
    <#
    .SYNOPSIS
    Parses applicationHost.config into the shape Get-WdIisConfiguration returns (states Unknown, defaults filled in).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [long] $SiteId = -1
    )
    if (-not [System.IO.File]::Exists($Path)) { throw "IIS configuration file not found: $Path" }
    $xml = New-Object System.Xml.XmlDocument
    $xml.Load($Path)
    $appHost = $xml.SelectSingleNode('/configuration/system.applicationHost')
    if ($null -eq $appHost) { throw "No system.applicationHost section in $Path" }

    $poolDefaults = @{ queueLength = '1000'; managedRuntimeVersion = 'v4.0'; privateMemory = '0'; memory = '0'; time = '1.05:00:00'; requests = '0';
        idleTimeout = '00:20:00'; pingingEnabled = 'true'; maxProcesses = '1'; rapidFailProtection = 'true'; loadBalancerCapabilities = 'HttpLevel' }
    $defaultsNode = $appHost.SelectSingleNode('applicationPools/applicationPoolDefaults')
    function Get-WdXmlSetting($node, [string]$child, [string]$attribute) {
        foreach ($candidate in @($node, $defaultsNode)) {
            if ($null -eq $candidate) { continue }
            $target = $candidate
            if ($child) { $target = $candidate.SelectSingleNode($child) }
            if ($null -ne $target -and $null -ne $target.Attributes -and $null -ne $target.Attributes[$attribute]) { return $target.Attributes[$attribute].Value }
        }
        return $poolDefaults[$attribute]
    }
    $pools = New-Object System.Collections.ArrayList
    foreach ($node in @($appHost.SelectNodes('applicationPools/add'))) {
        if ($null -eq $node) { continue }
        $p = New-WdDictionary
        $p['Name'] = $node.GetAttribute('name')
        $p['State'] = 'Unknown'
        $p['QueueLength'] = Get-WdXmlSetting $node '' 'queueLength'
        $p['PrivateMemory'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'privateMemory'
        $p['Memory'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'memory'
        $p['PeriodicRestartTime'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'time'
        $p['PeriodicRestartRequests'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'requests'
        $p['IdleTimeout'] = Get-WdXmlSetting $node 'processModel' 'idleTimeout'
        $p['PingingEnabled'] = Get-WdXmlSetting $node 'processModel' 'pingingEnabled'
        $p['MaxProcesses'] = Get-WdXmlSetting $node 'processModel' 'maxProcesses'
        $p['RapidFailProtection'] = Get-WdXmlSetting $node 'failure' 'rapidFailProtection'
        $p['LoadBalancerCapabilities'] = Get-WdXmlSetting $node 'failure' 'loadBalancerCapabilities'
        $p['ManagedRuntimeVersion'] = Get-WdXmlSetting $node '' 'managedRuntimeVersion'
        [void]$pools.Add((New-Object PSObject -Property $p))
    }

    $siteDefaults = $appHost.SelectSingleNode('sites/siteDefaults')
    function Get-WdSiteSetting($site, [string]$child, [string]$attribute, [string]$default) {
        foreach ($candidate in @($site, $siteDefaults)) {
            if ($null -eq $candidate) { continue }
            $target = $candidate.SelectSingleNode($child)
            if ($null -ne $target -and $null -ne $target.Attributes[$attribute]) { return $target.Attributes[$attribute].Value }
        }
        return $default
    }
    # Location-level settings (sslFlags, authentication) for a path, with the global value as default.
    function Get-WdLocationSetting([string]$location, [string]$section, [string]$attribute, [string]$default) {
        $value = $default
        $global = $xml.SelectSingleNode("/configuration/$section")
        if ($null -ne $global -and $null -ne $global.Attributes[$attribute]) { $value = $global.Attributes[$attribute].Value }
        foreach ($loc in @($xml.SelectNodes('/configuration/location'))) {
            if ($null -eq $loc) { continue }
            $locPath = $loc.GetAttribute('path')
            if ($location -eq $locPath -or $location.StartsWith($locPath + '/')) {
                $node = $loc.SelectSingleNode($section)
                if ($null -ne $node -and $null -ne $node.Attributes[$attribute]) { $value = $node.Attributes[$attribute].Value }
            }
        }
        $value
    }

    $sites = New-Object System.Collections.ArrayList
    $applications = New-Object System.Collections.ArrayList
    foreach ($site in @($appHost.SelectNodes('sites/site'))) {
        if ($null -eq $site) { continue }
        $entry = New-WdDictionary
        $entry['Id'] = [long]$site.GetAttribute('id')
        $entry['Name'] = $site.GetAttribute('name')
        $entry['State'] = 'Unknown'
        $bindings = New-Object System.Collections.ArrayList
        foreach ($binding in @($site.SelectNodes('bindings/binding'))) {
            if ($null -eq $binding) { continue }
            $b = New-WdDictionary
            $b['Protocol'] = $binding.GetAttribute('protocol')
            $b['BindingInformation'] = $binding.GetAttribute('bindingInformation')
            [void]$bindings.Add((New-Object PSObject -Property $b))
        }
        $entry['Bindings'] = $bindings.ToArray()
        $entry['LogDirectory'] = Get-WdSiteSetting $site 'logFile' 'directory' '%SystemDrive%\inetpub\logs\LogFiles'
        $entry['MaxConnections'] = Get-WdSiteSetting $site 'limits' 'maxConnections' '4294967295'
        $entry['ConnectionTimeout'] = Get-WdSiteSetting $site 'limits' 'connectionTimeout' '00:02:00'
        [void]$sites.Add((New-Object PSObject -Property $entry))

        if ($entry['Id'] -ne $SiteId) { continue }
        foreach ($app in @($site.SelectNodes('application'))) {
            if ($null -eq $app) { continue }
            $path = $app.GetAttribute('path')
            foreach ($vdir in @($app.SelectNodes('virtualDirectory'))) {
                if ($null -eq $vdir) { continue }
                $vpath = $vdir.GetAttribute('path')
                $full = $path
                $kind = 'application'
                if ($vpath -ne '/') { $full = ($path.TrimEnd('/') + $vpath); $kind = 'virtualDirectory' }
                if ($full -eq '/') { continue }
                $location = $entry['Name'] + $full
                $a = New-WdDictionary
                $a['SiteId'] = $entry['Id']
                $a['Path'] = $full
                $a['Kind'] = $kind
                $a['PhysicalPath'] = $vdir.GetAttribute('physicalPath')
                $a['ApplicationPool'] = $null
                if ($kind -eq 'application') { $a['ApplicationPool'] = $app.GetAttribute('applicationPool') }
                $a['SslFlags'] = Get-WdLocationSetting $location 'system.webServer/security/access' 'sslFlags' 'None'
                $a['AnonymousAuthentication'] = Get-WdLocationSetting $location 'system.webServer/security/authentication/anonymousAuthentication' 'enabled' 'true'
                $a['WindowsAuthentication'] = Get-WdLocationSetting $location 'system.webServer/security/authentication/windowsAuthentication' 'enabled' 'false'
                $a['Impersonate'] = $null
                [void]$applications.Add((New-Object PSObject -Property $a))
            }
        }
    }
    $result = New-WdDictionary
    $result['Source'] = 'applicationHost.config'
    $result['Sites'] = $sites.ToArray()
    $result['AppPools'] = $pools.ToArray()
    $result['Applications'] = $applications.ToArray()
    New-Object PSObject -Property $result
}

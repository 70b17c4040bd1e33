# Get-WdWsusServerFact: WSUS setup registry values and the server version (API, registry or file version).
function Get-WdWsusServerFact {
    <#
    .SYNOPSIS
    Builds the wsusServer section from HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup and the WSUS API.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    if ($null -ne $Context.WsusSetupError) {
        return (New-WdSection -Status 'error' -Message ('The WSUS setup registry key could not be read: ' + $Context.WsusSetupError))
    }
    $setup = $Context.WsusSetup
    if ($null -eq $setup) {
        $message = 'WSUS is not installed on this machine (no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key).'
        $site = $Context.ConfigMgrSite
        if ($null -ne $site -and $site.IsSiteServer) {
            if ($site.HasWsusConfigurationManager) {
                $message = 'The WSUS role is not installed here: this is a ConfigMgr site server whose software update point is on another machine (remote SUP); it needs only the WSUS Administration Console (no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key).'
            }
            else {
                $message = 'The WSUS role is not installed here: this is a ConfigMgr site server without a local software update point (no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key).'
            }
        }
        $section = New-WdSection -Status 'notApplicable' -Message $message
        $section['installed'] = $false
        return , $section
    }
    $section = New-WdSection
    $section['installed'] = $true
    $problems = New-Object System.Collections.ArrayList

    $version = $null
    $source = $null
    if (-not $Context.Options.SkipWsusApi) {
        try {
            $apiVersion = ConvertTo-WdVersionString (Get-WdWsusApiVersion)
            if ($apiVersion) { $version = $apiVersion; $source = 'api' }
        }
        catch { [void]$problems.Add('WSUS API (IUpdateServer.Version): ' + (Get-WdErrorText $_)) }
    }
    if (-not $version) {
        $registryVersion = ConvertTo-WdVersionString $setup['VersionString']
        if ($registryVersion) { $version = $registryVersion; $source = 'registry' }
    }
    $targetDir = [string]$setup['TargetDir']
    if (-not $version -and $targetDir) {
        try {
            $file = Get-WdFileItem -Path (Join-WdPath $targetDir 'Api\Microsoft.UpdateServices.Administration.dll')
            if ($null -ne $file -and $file.FileVersion) { $version = ConvertTo-WdVersionString $file.FileVersion; $source = 'fileVersion' }
        }
        catch { [void]$problems.Add('WSUS API file version: ' + (Get-WdErrorText $_)) }
    }
    if ($version) { $section['version'] = $version; $section['versionSource'] = $source }

    $port = ConvertTo-WdInteger $setup['PortNumber']
    if ($null -ne $port -and $port -ge 1 -and $port -le 65535) { $section['portNumber'] = $port }
    $ssl = ConvertTo-WdInteger $setup['UsingSSL']
    if ($null -ne $ssl) { $section['usingSsl'] = ($ssl -eq 1) }
    if ($setup['ContentDir']) { $section['contentDir'] = Limit-WdText ([string]$setup['ContentDir']) 1024 }
    if ($targetDir) { $section['targetDir'] = Limit-WdText $targetDir 1024 }
    $siteIndex = ConvertTo-WdInteger $setup['IISTargetWebSiteIndex']
    if ($null -ne $siteIndex -and $siteIndex -ge 0) { $section['iisTargetWebSiteIndex'] = $siteIndex }
    $sql = [string]$setup['SqlServerName']
    if ($sql) {
        $section['sqlServerName'] = Limit-WdText $sql 512
        if ($sql -match '##WID') { $section['databaseType'] = 'WID' }
        elseif ($sql -match '##SSEE') { $section['databaseType'] = 'SSEE' }
        else { $section['databaseType'] = 'SQL' }
    }
    # Targeting mode and computer target groups (API getters), for the fleet check of client-side targeting.
    if (-not $Context.Options.SkipWsusApi) {
        try {
            $targeting = Get-WdWsusTargetGroup
            if ($null -ne $targeting) {
                switch ([string]$targeting.TargetingMode) {
                    'Client' { $section['targetingMode'] = 'client' }
                    'Server' { $section['targetingMode'] = 'server' }
                }
                $groups = New-Object System.Collections.ArrayList
                foreach ($name in @($targeting.Groups)) { if ($name -and $groups.Count -lt 2000) { [void]$groups.Add((Limit-WdText ([string]$name) 256)) } }
                $section['computerTargetGroups'] = $groups.ToArray()
            }
        }
        catch { [void]$problems.Add('WSUS API (computer target groups): ' + (Get-WdErrorText $_)) }
    }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# Get-WdConfigMgrFact: Configuration Manager roles on a server, the ConfigMgr client on any machine.
function Get-WdConfigMgrFact {
    <#
    .SYNOPSIS
    Builds the configMgr section: site server / software update point / remote SUP heuristics, WSUS console presence and version, ConfigMgr client and version.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $services = $Context.ServicesFound

    $site = $Context.ConfigMgrSite
    if ($null -eq $site) { $site = Get-WdConfigMgrSiteRole -Context $Context }
    foreach ($problem in @($site.Problems)) { if ($problem) { [void]$problems.Add([string]$problem) } }
    $isSiteServer = [bool]$site.IsSiteServer
    $section['isSiteServer'] = $isSiteServer

    # The software update point runs SMS_WSUS_CONTROL_MANAGER next to WSUS (WSUSCtrl.log).
    $wsusInstalled = ($null -ne $Context.WsusSetup)
    $section['isSoftwareUpdatePoint'] = [bool]($wsusInstalled -and $site.HasSupComponent)
    if ($isSiteServer) {
        # A site server with WSUS sync configuration (SMS_WSUS_CONFIGURATION_MANAGER) but no local WSUS uses a remote SUP.
        $section['hasRemoteSoftwareUpdatePoint'] = [bool]((-not $wsusInstalled) -and $site.HasWsusConfigurationManager)
    }

    $programFiles = [string]$Context.Environment.ProgramFiles
    if (-not $programFiles) { $programFiles = 'C:\Program Files' }
    $apiDir = Join-WdPath $programFiles 'Update Services\Api\Microsoft.UpdateServices.Administration.dll'
    if ($wsusInstalled -and $Context.WsusSetup['TargetDir']) { $apiDir = Join-WdPath ([string]$Context.WsusSetup['TargetDir']) 'Api\Microsoft.UpdateServices.Administration.dll' }
    try {
        $api = Get-WdFileItem -Path $apiDir
        $section['wsusConsoleInstalled'] = ($null -ne $api)
        if ($null -ne $api) {
            $consoleVersion = ConvertTo-WdVersionString $api.FileVersion
            if ($consoleVersion) { $section['wsusConsoleVersion'] = $consoleVersion }
        }
    }
    catch { [void]$problems.Add('WSUS console files: ' + (Get-WdErrorText $_)) }

    $isClient = ($services -contains 'CcmExec')
    $section['isClient'] = [bool]$isClient
    if ($isClient) {
        $clientVersion = $null
        try {
            $client = @(Get-WdCimInstance -Namespace 'root\ccm' -ClassName 'SMS_Client')[0]
            if ($null -ne $client) { $clientVersion = [string]$client.ClientVersion }
        }
        catch { [void]$problems.Add('SMS_Client (root\ccm): ' + (Get-WdErrorText $_)) }
        if (-not $clientVersion) {
            try {
                $mobile = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Mobile Client'
                if ($null -ne $mobile) { $clientVersion = [string]$mobile['ProductVersion'] }
            }
            catch { [void]$problems.Add('ConfigMgr client registry: ' + (Get-WdErrorText $_)) }
        }
        if ($clientVersion) { $section['clientVersion'] = Limit-WdText $clientVersion 50 }
    }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

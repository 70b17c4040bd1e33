# Get-WdConfigMgrSiteRole: is this machine a Configuration Manager site server or software update
# point - read once, before the role is decided, and reused by the configMgr and wsusServer sections.
function Get-WdConfigMgrSiteRole {
    <#
    .SYNOPSIS
    Returns IsSiteServer, HasSupComponent, HasWsusConfigurationManager and Problems (registry reads that failed) from the SMS component keys and services.

    .DESCRIPTION
    Site server: the SMS_SITE_COMPONENT_MANAGER service or its key under HKLM\SOFTWARE\Microsoft\SMS\Components.
    Software update point: the SMS_WSUS_CONTROL_MANAGER component (WSUSCtrl.log) next to WSUS.
    Remote SUP: a site server with the SMS_WSUS_CONFIGURATION_MANAGER component (WCM.log) and no
    local WSUS role. These are heuristics over component keys (knowledge 2.4).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $problems = New-Object System.Collections.ArrayList
    $components = $null
    try { $components = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Components\SMS_SITE_COMPONENT_MANAGER' }
    catch { [void]$problems.Add('ConfigMgr site registry: ' + (Get-WdErrorText $_)) }
    $supKey = $null
    try {
        $supKey = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Components\SMS_WSUS_CONTROL_MANAGER'
        if ($null -eq $supKey) { $supKey = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Operations Management\Components\SMS_WSUS_CONTROL_MANAGER' }
    }
    catch { [void]$problems.Add('ConfigMgr SUP registry: ' + (Get-WdErrorText $_)) }
    $wcm = $null
    try { $wcm = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Components\SMS_WSUS_CONFIGURATION_MANAGER' }
    catch { [void]$problems.Add('ConfigMgr WSUS configuration manager registry: ' + (Get-WdErrorText $_)) }
    $result = New-WdDictionary
    $result['IsSiteServer'] = [bool](($Context.ServicesFound -contains 'SMS_SITE_COMPONENT_MANAGER') -or ($null -ne $components))
    $result['HasSupComponent'] = [bool]($null -ne $supKey)
    $result['HasWsusConfigurationManager'] = [bool]($null -ne $wcm)
    $result['Problems'] = $problems.ToArray()
    New-Object PSObject -Property $result
}

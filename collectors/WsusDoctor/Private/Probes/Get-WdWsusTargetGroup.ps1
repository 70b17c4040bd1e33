# Get-WdWsusTargetGroup (probe): the targeting mode and the computer target groups of the local
# WSUS server through the WSUS administration API (read-only getters).
function Get-WdWsusTargetGroup {
    <#
    .SYNOPSIS
    Probe: returns TargetingMode ('Client' or 'Server', from GetConfiguration().TargetingMode) and Groups (names from GetComputerTargetGroups()); $null when the API assembly is not installed. Throws when the server does not answer.
    .OUTPUTS
    PSObject with TargetingMode (string) and Groups (string[]).
    .EXAMPLE
    Get-WdWsusTargetGroup
    #>
    [CmdletBinding()]
    param()
    $assembly = [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    if ($null -eq $assembly) { return $null }
    $server = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
    $entry = New-WdDictionary
    $entry['TargetingMode'] = [string]$server.GetConfiguration().TargetingMode
    $names = New-Object System.Collections.ArrayList
    foreach ($group in @($server.GetComputerTargetGroups())) { if ($null -ne $group) { [void]$names.Add([string]$group.Name) } }
    $entry['Groups'] = $names.ToArray()
    New-Object PSObject -Property $entry
}

# Get-WdWsusApiVersion (probe): IUpdateServer.Version through the WSUS administration API.
function Get-WdWsusApiVersion {
    <#
    .SYNOPSIS
    Probe: returns the WSUS server version (IUpdateServer.Version) as text, read through the local WSUS administration API; $null when the API assembly is not installed. Throws when the server does not answer.
    #>
    [CmdletBinding()]
    param()
    # LoadWithPartialName finds the GAC copy on WSUS 3.0 SP2 and on 2012+ alike (Add-Type -AssemblyName needs the full name on 2.0).
    $assembly = [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    if ($null -eq $assembly) { return $null }
    $server = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
    [string]$server.Version
}

# WsusDoctor: host-only
# ConvertFrom-WdEngineReport: parses the engine's JSON report (Windows PowerShell 5.1+ only).
function ConvertFrom-WdEngineReport {
    <#
    .SYNOPSIS
    Returns the engine's JSON report as objects ({ reportVersion, generatedAt, machines: [...], summary }).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Json)
    # ConvertFrom-Json exists from PowerShell 3.0; Invoke-WsusDiagnosis checks for 5.1 before it gets here.
    $Json | ConvertFrom-Json
}

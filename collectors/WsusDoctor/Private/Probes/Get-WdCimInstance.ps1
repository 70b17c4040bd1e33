# Get-WdCimInstance (probe): WMI/CIM instances, with Get-CimInstance where it exists (PowerShell 3+)
# and Get-WmiObject otherwise (Windows PowerShell 2.0; PowerShell 7 has no Get-WmiObject).
function Get-WdCimInstance {
    <#
    .SYNOPSIS
    Probe: returns the instances of a WMI class (optionally filtered); throws when the namespace or class cannot be read.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $ClassName,
        [string] $Namespace = 'root\cimv2',
        [string] $Filter,
        [int] $OperationTimeoutSec = 30
    )
    if ($null -ne (Get-Command -Name 'Get-CimInstance' -ErrorAction SilentlyContinue)) {
        $parameters = @{ ClassName = $ClassName; Namespace = $Namespace; ErrorAction = 'Stop'; OperationTimeoutSec = $OperationTimeoutSec }
        if ($Filter) { $parameters['Filter'] = $Filter }
        Get-CimInstance @parameters
    }
    elseif ($null -ne (Get-Command -Name 'Get-WmiObject' -ErrorAction SilentlyContinue)) {
        $parameters = @{ Class = $ClassName; Namespace = $Namespace; ErrorAction = 'Stop' }
        if ($Filter) { $parameters['Filter'] = $Filter }
        Get-WmiObject @parameters
    }
    else {
        throw 'Neither Get-CimInstance nor Get-WmiObject is available on this system.'
    }
}

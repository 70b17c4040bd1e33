# Get-WdConfigMgrSiteLogDirectory: where a ConfigMgr site server or site system writes its component logs.
function Get-WdConfigMgrSiteLogDirectory {
    <#
    .SYNOPSIS
    Returns Directory (<Installation Directory>\Logs, or $null) and Tracing (component name -> TraceFilename) from the SMS registry keys, read-only.

    .DESCRIPTION
    HKLM\SOFTWARE\Microsoft\SMS\Identification "Installation Directory" (site server), else
    HKLM\SOFTWARE\Microsoft\SMS\Setup "Installation Directory"; the component keys
    HKLM\SOFTWARE\Microsoft\SMS\Tracing\<component> carry the full log path in TraceFilename (on a
    remote software update point the only hint where WSUSCtrl.log is). Registry read failures are
    left to the log sections (they then report the folder as not known).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $result = @{ Directory = $null; Tracing = @{} }
    foreach ($keyPath in @('HKLM:\SOFTWARE\Microsoft\SMS\Identification', 'HKLM:\SOFTWARE\Microsoft\SMS\Setup')) {
        $key = $null
        try { $key = Get-WdRegistryKey -Path $keyPath } catch { $key = $null }
        if ($null -ne $key -and $key['Installation Directory']) {
            $result.Directory = Join-WdPath ([string]$key['Installation Directory']) 'Logs'
            break
        }
    }
    foreach ($component in @('SMS_WSUS_SYNC_MANAGER', 'SMS_WSUS_CONFIGURATION_MANAGER', 'SMS_WSUS_CONTROL_MANAGER')) {
        $trace = $null
        try { $trace = Get-WdRegistryKey -Path ('HKLM:\SOFTWARE\Microsoft\SMS\Tracing\' + $component) } catch { $trace = $null }
        if ($null -ne $trace -and $trace['TraceFilename']) { $result.Tracing[$component] = Expand-WdPath -Path ([string]$trace['TraceFilename']) -Context $Context }
    }
    $result
}

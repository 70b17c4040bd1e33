# Export-WdWindowsUpdateLog (probe): decodes the Windows 10+ ETL Windows Update log with
# Get-WindowsUpdateLog into a temporary text file, in a background job with a time limit.
# Why a job: Get-WindowsUpdateLog is slow and is known to hang in non-interactive hosts (it ends in
# Out-Default); a job can be abandoned when it does not finish in time.
function Export-WdWindowsUpdateLog {
    <#
    .SYNOPSIS
    Probe: writes the decoded Windows Update ETL log to OutFile with Get-WindowsUpdateLog, within TimeoutSeconds. Returns Status (ok, unavailable, timeout, error) and Message.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $OutFile,
        [int] $TimeoutSeconds = 120
    )
    $result = New-WdDictionary
    $result['Status'] = 'ok'
    $result['Message'] = $null
    if ($null -eq (Get-Command -Name 'Get-WindowsUpdateLog' -ErrorAction SilentlyContinue)) {
        $result['Status'] = 'unavailable'
        $result['Message'] = 'Get-WindowsUpdateLog is not available on this system.'
        return New-Object PSObject -Property $result
    }
    $job = Start-Job -ArgumentList $OutFile -ScriptBlock {
        param($Target)
        # Known workaround for non-interactive hosts: the cmdlet pipes to Out-Default.
        Set-Alias -Name Out-Default -Value Out-Null -Scope Script
        Get-WindowsUpdateLog -LogPath $Target -ErrorAction Stop 2>&1 | Out-Null
    }
    try {
        $finished = Wait-Job -Job $job -Timeout $TimeoutSeconds
        if ($null -eq $finished) {
            $result['Status'] = 'timeout'
            $result['Message'] = "Get-WindowsUpdateLog did not finish within $TimeoutSeconds s; the ETL Windows Update log was not decoded. Run Get-WindowsUpdateLog by hand, or raise -WindowsUpdateLogTimeoutSeconds."
        }
        elseif ($job.State -eq 'Failed' -or -not [System.IO.File]::Exists($OutFile)) {
            $reason = $null
            try { $reason = ($job.ChildJobs[0].JobStateInfo.Reason) } catch { $reason = $null }
            if ($null -eq $reason) { $reason = 'no output file was written' }
            $result['Status'] = 'error'
            $result['Message'] = 'Get-WindowsUpdateLog failed: ' + (Get-WdErrorText $reason)
        }
    }
    finally {
        Stop-Job -Job $job -ErrorAction SilentlyContinue
        Remove-Job -Job $job -Force -ErrorAction SilentlyContinue
    }
    New-Object PSObject -Property $result
}

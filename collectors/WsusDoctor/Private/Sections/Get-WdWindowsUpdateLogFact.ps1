# Get-WdWindowsUpdateLogFact: the Windows Update client log - the legacy text WindowsUpdate.log
# (Windows 7 / 2008 R2 / 8.1 / 2012 R2), or on Windows 10 / 2016 and later the ETL traces decoded
# with Get-WindowsUpdateLog (behind a time limit).
function Get-WdWindowsUpdateLogFact {
    <#
    .SYNOPSIS
    Builds the logs.windowsUpdate section (legacy file or decoded ETL), with a clear status when decoding is skipped, unavailable or times out.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $legacyPath = Join-WdPath $winDir 'WindowsUpdate.log'
    $build = $Context.OsBuild
    $useEtl = ($null -ne $build -and $build -ge 10240)
    if ($null -eq $build) {
        # OS unknown: a real legacy log is bigger than the few-line stub Windows 10 leaves behind.
        $legacy = Get-WdFileItem -Path $legacyPath
        $useEtl = ($null -eq $legacy -or $legacy.Length -lt 1024)
    }
    if (-not $useEtl) {
        return (Get-WdLogExcerpt -Context $Context -Format 'windowsUpdateLegacy' -Path $legacyPath -MissingMessage "WindowsUpdate.log not found: $legacyPath")
    }
    if ($Context.Options.SkipWindowsUpdateLog) {
        return (New-WdSection -Status 'notCollected' -Message 'Decoding the Windows Update ETL log was skipped (-SkipWindowsUpdateLog).')
    }
    $etlDir = Join-WdPath $winDir 'Logs\WindowsUpdate'
    $temp = [string]$Context.Environment.Temp
    if (-not $temp) { $temp = [System.IO.Path]::GetTempPath() }
    $outFile = Join-WdPath $temp ('wsus-doctor-WindowsUpdate-' + [guid]::NewGuid().ToString('N') + '.log')
    try {
        $export = Export-WdWindowsUpdateLog -OutFile $outFile -TimeoutSeconds $Context.Options.WindowsUpdateLogTimeoutSeconds
        switch ([string]$export.Status) {
            'ok' {
                $section = Get-WdLogExcerpt -Context $Context -Format 'windowsUpdateEtl' -Path $outFile -DisplayPath ($etlDir + '\*.etl (decoded by Get-WindowsUpdateLog)') -MissingMessage 'Get-WindowsUpdateLog wrote no file.'
                return , $section
            }
            'unavailable' { return (New-WdSection -Status 'notApplicable' -Message ([string]$export.Message)) }
            default { return (New-WdSection -Status 'error' -Message ([string]$export.Message)) }
        }
    }
    finally {
        # The decoded copy is ours (in the temp folder): remove it, never anything else.
        try { if ([System.IO.File]::Exists($outFile)) { [System.IO.File]::Delete($outFile) } } catch { Write-Verbose "Could not delete $outFile" }
    }
}

# WsusDoctor: host-only
# Invoke-WdEngine: runs `node bin/wsus-doctor.js diagnose <files...> --format json` and returns exit code, stdout, stderr.
function Invoke-WdEngine {
    <#
    .SYNOPSIS
    Runs the engine once over the given fact files (JSON report on stdout) and returns ExitCode, Stdout and Stderr.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $NodePath,
        [Parameter(Mandatory = $true)] [string] $EnginePath,
        [Parameter(Mandatory = $true)] [string[]] $Path
    )
    $errorFile = [System.IO.Path]::GetTempFileName()
    $previousEncoding = $null
    try { $previousEncoding = [System.Console]::OutputEncoding; [System.Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false } catch { $previousEncoding = $null }
    $previousPreference = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        $arguments = @($EnginePath, 'diagnose') + $Path + @('--format', 'json')
        $stdout = & $NodePath @arguments 2> $errorFile
        $exitCode = $LASTEXITCODE
    }
    finally {
        $ErrorActionPreference = $previousPreference
        if ($null -ne $previousEncoding) { try { [System.Console]::OutputEncoding = $previousEncoding } catch { Write-Verbose 'Could not restore the console encoding.' } }
    }
    $stderr = [System.IO.File]::ReadAllText($errorFile)
    [System.IO.File]::Delete($errorFile)
    $result = New-WdDictionary
    $result['ExitCode'] = $exitCode
    $result['Stdout'] = (@($stdout) -join "`n")
    $result['Stderr'] = $stderr.Trim()
    New-Object PSObject -Property $result
}

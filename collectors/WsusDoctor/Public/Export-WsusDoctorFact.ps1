# Export-WsusDoctorFact: writes a fact document as a JSON file, UTF-8 without BOM, on every PowerShell version.
function Export-WsusDoctorFact {
    <#
    .SYNOPSIS
    Saves a WSUS doctor fact document (from Get-WsusDoctorFact) as a JSON file encoded UTF-8 without byte-order mark.

    .DESCRIPTION
    Serializes with ConvertTo-WsusDoctorJson and writes with System.IO.File.WriteAllText and a
    UTF8Encoding without BOM, because Out-File and Set-Content write UTF-16 or ANSI by default on
    Windows PowerShell. Relative paths are resolved against the current PowerShell location. The
    file is the input of `wsus-doctor diagnose` (and of Invoke-WsusDiagnosis).

    Writes only the file you name; reads and changes nothing else.

    .PARAMETER InputObject
    The fact document returned by Get-WsusDoctorFact.

    .PARAMETER Path
    The JSON file to write (overwritten when it exists).

    .OUTPUTS
    System.IO.FileInfo. The written file (FullName, Length, LastWriteTime, ...).

    .EXAMPLE
    Get-WsusDoctorFact | Export-WsusDoctorFact -Path .\facts.json

    Collects this machine's facts and saves them in facts.json in the current folder.

    .EXAMPLE
    $facts = Get-WsusDoctorFact -SkipWindowsUpdateLog
    Export-WsusDoctorFact -InputObject $facts -Path "\\fileserver\wsus-facts\$env:COMPUTERNAME.json"

    Saves the fact file on a share, one file per machine, for a later batch diagnosis.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [System.Collections.IDictionary] $InputObject,

        [Parameter(Mandatory = $true, Position = 0)]
        [string] $Path
    )
    process {
        $fullPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
        $json = ConvertTo-WsusDoctorJson -InputObject $InputObject
        [System.IO.File]::WriteAllText($fullPath, $json + "`n", (New-Object System.Text.UTF8Encoding $false))
        New-Object System.IO.FileInfo $fullPath
    }
}

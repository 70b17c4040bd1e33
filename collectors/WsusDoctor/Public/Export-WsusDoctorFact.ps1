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

    .PARAMETER Redact
    Write a redacted copy: names, addresses, user names, SusClientIds and URL hosts replaced by
    stable pseudonyms (see Get-WsusDoctorFact -Redact and docs/redaction.md). The input is not changed.

    .PARAMETER RedactKey
    With -Redact: the secret the pseudonyms are derived from (the same key gives the same pseudonyms).

    .OUTPUTS
    System.IO.FileInfo. The written file (FullName, Length, LastWriteTime, ...).

    .EXAMPLE
    Get-WsusDoctorFact | Export-WsusDoctorFact -Path .\facts.json

    Collects this machine's facts and saves them in facts.json in the current folder.

    .EXAMPLE
    $facts = Get-WsusDoctorFact -SkipWindowsUpdateLog
    Export-WsusDoctorFact -InputObject $facts -Path "\\fileserver\wsus-facts\$env:COMPUTERNAME.json"

    Saves the fact file on a share, one file per machine, for a later batch diagnosis.

    .EXAMPLE
    Get-WsusDoctorFact | Export-WsusDoctorFact -Path .\facts-shareable.json -Redact

    Saves a copy without host names, domains, addresses, user names or client ids, to post in a forum.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [System.Collections.IDictionary] $InputObject,

        [Parameter(Mandatory = $true, Position = 0)]
        [string] $Path,

        [switch] $Redact,

        [string] $RedactKey
    )
    process {
        $fullPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
        $document = $InputObject
        if ($Redact) { $document = ConvertTo-WdRedactedFact -InputObject $InputObject -Key $RedactKey }
        $json = ConvertTo-WsusDoctorJson -InputObject $document
        [System.IO.File]::WriteAllText($fullPath, $json + "`n", (New-Object System.Text.UTF8Encoding $false))
        New-Object System.IO.FileInfo $fullPath
    }
}

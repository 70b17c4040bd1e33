# Get-WdChildItem (probe): the files of one folder that match a wildcard (no recursion, no content read).
function Get-WdChildItem {
    <#
    .SYNOPSIS
    Probe: returns FullName, Name, Length and LastWriteTime (UTC) of the files in a folder matching Filter; $null when the folder does not exist. Throws on access errors.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [string] $Filter = '*'
    )
    if (-not [System.IO.Directory]::Exists($Path)) { return $null }
    $dir = New-Object System.IO.DirectoryInfo $Path
    $list = New-Object System.Collections.ArrayList
    # DirectoryInfo.GetFiles reads the directory only (names, sizes, times): cheap even for big logs.
    foreach ($file in $dir.GetFiles($Filter)) {
        $entry = New-WdDictionary
        $entry['FullName'] = $file.FullName
        $entry['Name'] = $file.Name
        $entry['Length'] = $file.Length
        $entry['LastWriteTime'] = $file.LastWriteTimeUtc
        [void]$list.Add((New-Object PSObject -Property $entry))
    }
    , $list.ToArray()
}

# Get-WdFileItem (probe): existence, size, time stamp and file version of one file or folder.
function Get-WdFileItem {
    <#
    .SYNOPSIS
    Probe: returns FullName, IsDirectory, Length, LastWriteTime and FileVersion of a path, or $null when it does not exist.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Path)
    $entry = New-WdDictionary
    if ([System.IO.Directory]::Exists($Path)) {
        $dir = New-Object System.IO.DirectoryInfo $Path
        $entry['FullName'] = $dir.FullName
        $entry['IsDirectory'] = $true
        $entry['Length'] = $null
        $entry['LastWriteTime'] = $dir.LastWriteTimeUtc
        $entry['FileVersion'] = $null
        return New-Object PSObject -Property $entry
    }
    if (-not [System.IO.File]::Exists($Path)) { return $null }
    $file = New-Object System.IO.FileInfo $Path
    $entry['FullName'] = $file.FullName
    $entry['IsDirectory'] = $false
    $entry['Length'] = $file.Length
    $entry['LastWriteTime'] = $file.LastWriteTimeUtc
    $version = $null
    try {
        $info = [System.Diagnostics.FileVersionInfo]::GetVersionInfo($file.FullName)
        if ($info.FileMajorPart -or $info.FileMinorPart -or $info.FileBuildPart -or $info.FilePrivatePart) {
            $version = '{0}.{1}.{2}.{3}' -f $info.FileMajorPart, $info.FileMinorPart, $info.FileBuildPart, $info.FilePrivatePart
        }
    }
    catch { $version = $null }
    $entry['FileVersion'] = $version
    New-Object PSObject -Property $entry
}

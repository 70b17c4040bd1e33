# Get-WdVolumeSpace (probe): size and free space of the local volume that holds a path.
function Get-WdVolumeSpace {
    <#
    .SYNOPSIS
    Probe: returns Root, TotalBytes and FreeBytes (available to the caller) of the local volume holding Path (System.IO.DriveInfo). Throws for UNC paths and drives that are not ready.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Path)
    if ($Path -match '^\\\\') { throw "The free space of a UNC path is not measured: $Path" }
    if ($Path -notmatch '^([A-Za-z]):') { throw "Not a local drive path: $Path" }
    $drive = New-Object System.IO.DriveInfo($Matches[1])
    if (-not $drive.IsReady) { throw "Drive $($drive.Name) is not ready." }
    $entry = New-WdDictionary
    $entry['Root'] = [string]$drive.RootDirectory.FullName
    $entry['TotalBytes'] = [long]$drive.TotalSize
    $entry['FreeBytes'] = [long]$drive.AvailableFreeSpace
    New-Object PSObject -Property $entry
}

# Expand-WdPath: expands %SystemDrive%, %windir%, %SystemRoot% and %ProgramFiles% with the collection context's values.
function Expand-WdPath {
    <#
    .SYNOPSIS
    Expands the environment variables IIS and WSUS store in paths, using the context's folders first.
    #>
    param([string] $Path, $Context)
    if (-not $Path) { return $Path }
    $systemDrive = [string]$Context.Environment.SystemDrive
    if (-not $systemDrive) { $systemDrive = 'C:' }
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = $systemDrive + '\Windows' }
    $programFiles = [string]$Context.Environment.ProgramFiles
    if (-not $programFiles) { $programFiles = $systemDrive + '\Program Files' }
    $expanded = $Path -replace '(?i)%SystemDrive%', $systemDrive.Replace('$', '$$')
    $expanded = $expanded -replace '(?i)%(windir|SystemRoot)%', $winDir.Replace('$', '$$')
    $expanded = $expanded -replace '(?i)%ProgramFiles%', $programFiles.Replace('$', '$$')
    if ($expanded.Contains('%')) { $expanded = [System.Environment]::ExpandEnvironmentVariables($expanded) }
    $expanded
}

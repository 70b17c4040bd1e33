# Join-WdPath: joins Windows path parts as text. Why not Join-Path: it checks that the drive exists,
# which breaks for paths of another machine (remote facts) and in the Linux test runs.
function Join-WdPath {
    <#
    .SYNOPSIS
    Returns Parent\Child with exactly one backslash between them (no drive or provider check).
    #>
    param([string] $Path, [string] $ChildPath)
    if (-not $Path) { return $ChildPath }
    if (-not $ChildPath) { return $Path }
    $Path.TrimEnd('\', '/') + '\' + $ChildPath.TrimStart('\', '/')
}

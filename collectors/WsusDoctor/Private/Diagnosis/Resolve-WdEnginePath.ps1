# WsusDoctor: host-only
# Resolve-WdEnginePath: where the engine's CLI (bin/wsus-doctor.js) is: given, or relative to this module.
function Resolve-WdEnginePath {
    <#
    .SYNOPSIS
    Returns the full path of bin/wsus-doctor.js from -EnginePath (the repository folder or the .js file itself), or from the module's location (<repo>/collectors/WsusDoctor).
    #>
    [CmdletBinding()]
    param([string] $EnginePath, [string] $ModuleRoot)
    $candidates = @()
    if ($EnginePath) {
        $candidates += $EnginePath
        $candidates += [System.IO.Path]::Combine($EnginePath, 'bin\wsus-doctor.js'.Replace('\', [string][System.IO.Path]::DirectorySeparatorChar))
    }
    else {
        $repo = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($ModuleRoot, '..' + [System.IO.Path]::DirectorySeparatorChar + '..'))
        $candidates += [System.IO.Path]::Combine($repo, 'bin' + [System.IO.Path]::DirectorySeparatorChar + 'wsus-doctor.js')
    }
    foreach ($candidate in $candidates) {
        if ([System.IO.File]::Exists($candidate)) { return [System.IO.Path]::GetFullPath($candidate) }
    }
    throw ("The wsus-doctor engine (bin/wsus-doctor.js) was not found (looked at: {0}). Pass -EnginePath <folder of the wsus-doctor repository>, where 'npm ci' has been run." -f ($candidates -join ', '))
}

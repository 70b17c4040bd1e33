# WsusDoctor: host-only
# Resolve-WdEngine: how to start the wsus-doctor engine: -EnginePath, the package this module ships in, or the wsus-doctor command on PATH.
function Resolve-WdEngine {
    <#
    .SYNOPSIS
    Returns FilePath (the program to start), Arguments (the arguments before the command, e.g. the path of bin/wsus-doctor.js), MaxCommandLine (characters) and Source; throws a clear error when no engine is found.

    .DESCRIPTION
    In this order:
    1. -EnginePath: the folder of the wsus-doctor package (with bin/wsus-doctor.js) or that file.
    2. The wsus-doctor package this module belongs to: bin/wsus-doctor.js in a parent folder of
       the module (the clone or an installed package: collectors/WsusDoctor, or the built
       dist/powershell/WsusDoctor/<version>).
    3. The wsus-doctor command on PATH (npm install -g): its package's bin/wsus-doctor.js when it
       can be found from the command (npm's Windows shims sit beside node_modules, on Linux and
       macOS the command is a link), otherwise the command itself.
    A .js engine is run by Node.js (Get-WdNodeCommand checks the version).
    #>
    [CmdletBinding()]
    param([string] $EnginePath, [string] $ModuleRoot, [string] $NodePath)
    $separator = [string][System.IO.Path]::DirectorySeparatorChar
    $script = $null
    $looked = New-Object System.Collections.ArrayList
    if ($EnginePath) {
        $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($EnginePath)
        foreach ($candidate in @($full, [System.IO.Path]::Combine($full, 'bin' + $separator + 'wsus-doctor.js'))) {
            [void]$looked.Add($candidate)
            if ([System.IO.File]::Exists($candidate)) { $script = [System.IO.Path]::GetFullPath($candidate); break }
        }
        if (-not $script) {
            throw ("The wsus-doctor engine (bin/wsus-doctor.js) was not found at -EnginePath '{0}' (looked at: {1}). Give the folder of the wsus-doctor package (the clone after 'npm ci', or the installed package)." -f $EnginePath, ($looked -join ', '))
        }
    }
    else {
        $folder = $ModuleRoot
        for ($level = 0; $level -lt 5 -and $folder; $level++) {
            $candidate = [System.IO.Path]::Combine($folder, 'bin' + $separator + 'wsus-doctor.js')
            [void]$looked.Add($candidate)
            if ([System.IO.File]::Exists($candidate) -and [System.IO.File]::Exists([System.IO.Path]::Combine($folder, 'package.json'))) { $script = $candidate; break }
            $folder = [System.IO.Path]::GetDirectoryName($folder)
        }
    }
    $onWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'
    if (-not $script) {
        $command = Get-Command -Name 'wsus-doctor' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($null -ne $command) {
            $commandPath = $command.Path
            $packaged = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($commandPath), 'node_modules' + $separator + 'wsus-doctor' + $separator + 'bin' + $separator + 'wsus-doctor.js')
            if ([System.IO.File]::Exists($packaged)) { $script = $packaged }
            else {
                $target = $null
                try { $target = @((Get-Item -LiteralPath $commandPath -ErrorAction Stop).Target) | Select-Object -First 1 } catch { $target = $null }
                if ($target) {
                    $resolved = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($commandPath), [string]$target))
                    if ($resolved.EndsWith('.js') -and [System.IO.File]::Exists($resolved)) { $script = $resolved }
                }
            }
            if (-not $script) {
                # Run the command itself: a .cmd shim goes through cmd.exe, whose command line is limited to 8,191 characters.
                $limit = 200000
                if ($onWindows) { $limit = 7000 }
                return New-Object PSObject -Property @{ FilePath = $commandPath; Arguments = @(); MaxCommandLine = $limit; Source = "wsus-doctor on PATH ($commandPath)" }
            }
        }
    }
    if (-not $script) {
        throw ("The wsus-doctor engine was not found: no wsus-doctor package around this module (looked at: {0}) and no wsus-doctor command on PATH. Install the command (from the clone: npm install -g . ; or npm install -g wsus-doctor-<version>.tgz), or pass -EnginePath <folder of the wsus-doctor package>." -f ($looked -join ', '))
    }
    $node = Get-WdNodeCommand -NodePath $NodePath
    # CreateProcess allows 32,767 characters on Windows; Linux allows far more.
    $limit = 200000
    if ($onWindows) { $limit = 30000 }
    New-Object PSObject -Property @{ FilePath = $node; Arguments = @($script); MaxCommandLine = $limit; Source = $script }
}

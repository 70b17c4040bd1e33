# WsusDoctor: host-only
# Get-WdNodeCommand: finds Node.js for Invoke-WsusDiagnosis and checks its version (the engine needs 20.19+).
function Get-WdNodeCommand {
    <#
    .SYNOPSIS
    Returns the path of a Node.js executable of version 20.19 or later; throws a clear error when Node.js is missing or too old.
    #>
    [CmdletBinding()]
    param([string] $NodePath)
    $candidate = $NodePath
    if (-not $candidate) {
        $command = Get-Command -Name 'node' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($null -eq $command) {
            throw 'Node.js was not found. The wsus-doctor engine needs Node.js 20.19 or later: install it (https://nodejs.org, or winget install OpenJS.NodeJS.LTS) or pass -NodePath.'
        }
        $candidate = $command.Source
        if (-not $candidate) { $candidate = $command.Path }
    }
    elseif (-not (Test-Path -LiteralPath $candidate)) {
        # A bare command name (node, node.exe) is looked up on PATH.
        $command = Get-Command -Name $candidate -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($null -ne $command -and $candidate -notmatch '[\\/]') {
            $candidate = $command.Source
            if (-not $candidate) { $candidate = $command.Path }
        }
        else {
            throw "Node.js was not found at '$candidate' (-NodePath). The wsus-doctor engine needs Node.js 20.19 or later."
        }
    }
    $versionText = $null
    try { $versionText = [string](& $candidate --version 2>$null | Select-Object -First 1) } catch { $versionText = $null }
    if ($versionText -notmatch '^v?(\d+)\.(\d+)\.(\d+)') {
        throw "Could not read the Node.js version of '$candidate' (got '$versionText'). The wsus-doctor engine needs Node.js 20.19 or later."
    }
    $major = [int]$Matches[1]
    $minor = [int]$Matches[2]
    if ($major -lt 20 -or ($major -eq 20 -and $minor -lt 19)) {
        throw "Node.js $($versionText.Trim()) at '$candidate' is too old: the wsus-doctor engine needs Node.js 20.19 or later."
    }
    $candidate
}

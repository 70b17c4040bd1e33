# Invoke-WdCommand (probe): runs one read-only console command (e.g. netsh winhttp show proxy)
# and returns its output lines and exit code.
function Invoke-WdCommand {
    <#
    .SYNOPSIS
    Probe: runs a program with arguments and returns ExitCode and Output (lines of standard output and error). Only ever used for read-only commands.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $FilePath,
        [string[]] $ArgumentList = @()
    )
    $output = @(& $FilePath @ArgumentList 2>&1 | ForEach-Object { [string]$_ })
    $entry = New-WdDictionary
    $entry['ExitCode'] = $LASTEXITCODE
    $entry['Output'] = $output
    New-Object PSObject -Property $entry
}

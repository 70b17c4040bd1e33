# WsusDoctor: host-only
# Read-WdEngineRun: the NDJSON lines an engine run has written so far (or, with -Wait, all of them until it exits).
function Read-WdEngineRun {
    <#
    .SYNOPSIS
    Returns the lines of an engine run's stdout that are ready; with -Wait, every line until the process ends. Sets Finished, ExitCode and Stderr on the run when it has ended.

    .DESCRIPTION
    Without -Wait nothing blocks: a pending ReadLineAsync task is only consumed once it has
    completed, so Invoke-WsusDiagnosis can collect from remote machines and show diagnoses as they
    come.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [hashtable] $Run, [switch] $Wait)
    if ($Run.Finished) { return }
    $reader = $Run.Process.StandardOutput
    while ($true) {
        if ($null -eq $Run.LineTask) { $Run.LineTask = $reader.ReadLineAsync() }
        if (-not $Wait -and -not $Run.LineTask.IsCompleted) { return }
        $line = $Run.LineTask.GetAwaiter().GetResult()
        $Run.LineTask = $null
        if ($null -eq $line) { break }
        if ($line.Length -gt 0) { $line }
    }
    $Run.Process.WaitForExit()
    $Run.ExitCode = $Run.Process.ExitCode
    $Run.Stderr = ([string]$Run.ErrorTask.GetAwaiter().GetResult()).Trim()
    $Run.Process.Dispose()
    $Run.Finished = $true
}

# WsusDoctor: host-only
# Read-WdEngineRun: the NDJSON lines an engine run has written to its report so far (or, with -Wait, all of them until it exits).
function Read-WdEngineRun {
    <#
    .SYNOPSIS
    Returns the complete lines the engine has added to its NDJSON report since the last call; with -Wait, every line until the process ends. Sets Finished, ExitCode and Stderr on the run, and deletes the report, when it has ended.

    .DESCRIPTION
    The report file is read as it grows (opened shared, since the engine still writes it); a line
    is returned once its newline is there, so a line the engine is halfway through writing waits
    for the next call. Without -Wait nothing blocks, so Invoke-WsusDiagnosis can collect from remote
    machines and show diagnoses as they come; with -Wait it polls every 20 ms until the process has
    ended and the file is read to its end.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [hashtable] $Run, [switch] $Wait)
    if ($Run.Finished) { return }
    while ($true) {
        # Whether the process had ended before this read: then what the read finds is all there is.
        $exited = $Run.Process.HasExited
        if ($null -eq $Run.Reader -and [System.IO.File]::Exists($Run.Report)) {
            $share = [System.IO.FileShare]::ReadWrite -bor [System.IO.FileShare]::Delete
            $stream = New-Object System.IO.FileStream $Run.Report, ([System.IO.FileMode]::Open), ([System.IO.FileAccess]::Read), $share
            $Run.Reader = New-Object System.IO.StreamReader $stream, (New-Object System.Text.UTF8Encoding $false)
        }
        $read = 0
        if ($null -ne $Run.Reader) {
            $read = $Run.Reader.Read($Run.Buffer, 0, $Run.Buffer.Length)
            if ($read -gt 0) {
                # Lines are cut at [char] 10 (IndexOf with a char is ordinal; with a string it would be culture-aware and slow).
                $chunk = New-Object string $Run.Buffer, 0, $read
                $start = 0
                while (($end = $chunk.IndexOf([char]10, $start)) -ge 0) {
                    if ($Run.Pending.Length -gt 0) {
                        [void]$Run.Pending.Append($chunk, $start, $end - $start)
                        $line = $Run.Pending.ToString()
                        [void]$Run.Pending.Remove(0, $Run.Pending.Length)
                    }
                    else { $line = $chunk.Substring($start, $end - $start) }
                    $line = $line.TrimEnd([char]13)
                    if ($line.Length -gt 0) { $line }
                    $start = $end + 1
                }
                if ($start -lt $chunk.Length) { [void]$Run.Pending.Append($chunk, $start, $chunk.Length - $start) }
                $Run.SinceCollect += $read
                if ($Run.SinceCollect -gt 33554432) {
                    # Machine lines are large objects (over 85 KB), which .NET frees only in full collections: without
                    # one now and then, hundreds of MB of read lines would pile up before the runtime decides to collect.
                    [System.GC]::Collect()
                    $Run.SinceCollect = 0
                }
                continue
            }
        }
        if ($exited) { break }
        if (-not $Wait) { return }
        [void]$Run.Process.WaitForExit(20)
    }
    $rest = $Run.Pending.ToString().Trim()
    if ($rest.Length -gt 0) { $rest }
    [void]$Run.Pending.Remove(0, $Run.Pending.Length)
    $Run.Process.WaitForExit()
    $Run.ExitCode = $Run.Process.ExitCode
    [void]$Run.OutputTask.GetAwaiter().GetResult()
    $Run.Stderr = ([string]$Run.ErrorTask.GetAwaiter().GetResult()).Trim()
    $Run.Process.Dispose()
    if ($null -ne $Run.Reader) { $Run.Reader.Dispose(); $Run.Reader = $null }
    try { [System.IO.File]::Delete($Run.Report) } catch { Write-Verbose "Could not delete the temporary report $($Run.Report): $($_.Exception.Message)" }
    $Run.Finished = $true
}

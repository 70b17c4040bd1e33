# WsusDoctor: host-only
# Start-WdEngineRun: starts one `wsus-doctor batch <files...> --format ndjson=<temporary file>` process whose report is read line by line as it grows (Read-WdEngineRun).
function Start-WdEngineRun {
    <#
    .SYNOPSIS
    Starts the engine's batch over fact files with an NDJSON report in a temporary file and returns the run (Process, Files, Report, the reader state, the stdout and stderr reads).

    .DESCRIPTION
    The process runs in the current PowerShell location (so a wsus-doctor.config.json there applies,
    as it would on the command line); files under it are passed as relative paths, which keeps long
    lists of files within the command-line limit. The report goes to a temporary file, which the
    engine writes as it goes (synchronous writes, memory bounded) and Read-WdEngineRun reads as it
    grows; a report on stdout would make the engine buffer all of it in memory when PowerShell reads
    slower than it writes. stdout and stderr are collected in the background (ReadToEndAsync tasks,
    which run no PowerShell code), so neither pipe can fill up and block the engine.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [object] $Engine,
        [Parameter(Mandatory = $true)] [string[]] $Path,
        [Parameter(Mandatory = $true)] [string] $WorkingDirectory
    )
    $prefix = $WorkingDirectory.TrimEnd('\', '/') + [System.IO.Path]::DirectorySeparatorChar
    $comparison = [System.StringComparison]::Ordinal
    if ([System.IO.Path]::DirectorySeparatorChar -eq '\') { $comparison = [System.StringComparison]::OrdinalIgnoreCase }
    $arguments = New-Object System.Collections.ArrayList
    foreach ($item in @($Engine.Arguments)) { [void]$arguments.Add([string]$item) }
    [void]$arguments.Add('batch')
    $byArgument = @{}
    foreach ($file in $Path) {
        $argument = $file
        if ($file.StartsWith($prefix, $comparison)) { $argument = $file.Substring($prefix.Length) }
        # A relative name that starts with '-' would read as an option.
        if ($argument.StartsWith('-')) { $argument = $file }
        $byArgument[$argument] = $file
        [void]$arguments.Add($argument)
    }
    $report = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'wsus-doctor-' + [guid]::NewGuid().ToString('N') + '.ndjson')
    foreach ($item in @('--format', "ndjson=$report", '--fail-on', 'none', '--quiet')) { [void]$arguments.Add($item) }

    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = $Engine.FilePath
    $info.WorkingDirectory = $WorkingDirectory
    $info.UseShellExecute = $false
    $info.CreateNoWindow = $true
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $utf8 = New-Object System.Text.UTF8Encoding $false
    $info.StandardOutputEncoding = $utf8
    $info.StandardErrorEncoding = $utf8
    $info.EnvironmentVariables['NO_COLOR'] = '1'
    if ($null -ne $info.PSObject.Properties['ArgumentList']) {
        foreach ($argument in $arguments) { $info.ArgumentList.Add($argument) }
    }
    else {
        # .NET Framework: one command line, quoted as CommandLineToArgvW (and Node.js) read it.
        $quoted = foreach ($argument in $arguments) {
            if ($argument -and $argument -notmatch '[\s"]') { $argument; continue }
            '"' + ([regex]::Replace($argument, '(\\*)("|$)', { param($m) $m.Groups[1].Value + $m.Groups[1].Value + $(if ($m.Groups[2].Value) { '\"' } else { '' }) })) + '"'
        }
        $info.Arguments = $quoted -join ' '
    }
    $process = New-Object System.Diagnostics.Process
    $process.StartInfo = $info
    [void]$process.Start()
    $process.StandardInput.Close()
    @{
        Process    = $process
        Files      = $Path
        ByArgument = $byArgument
        Report     = $report
        Reader     = $null
        Buffer     = (New-Object char[] 32768)
        Pending    = (New-Object System.Text.StringBuilder)
        SinceCollect = 0
        OutputTask = $process.StandardOutput.ReadToEndAsync()
        ErrorTask  = $process.StandardError.ReadToEndAsync()
        Finished   = $false
        ExitCode   = $null
        Stderr     = $null
    }
}

# WsusDoctor: host-only
# Invoke-WsusDiagnosis: the PowerShell front end of wsus-doctor. Diagnoses fact files, or collects them first
# (this machine, remote machines, or PSSessions), with `wsus-doctor batch --format ndjson`, and streams objects.
function Invoke-WsusDiagnosis {
    <#
    .SYNOPSIS
    Diagnoses WSUS connection problems (KB 4025764) from fact files, or collects the facts of this machine or of remote machines first, and returns one WsusDoctor.Diagnosis object per problem found.

    .DESCRIPTION
    The PowerShell front end of wsus-doctor.

    -Path (or fact files piped in: Get-ChildItem *.json | Invoke-WsusDiagnosis) diagnoses files
    collected earlier; a folder stands for the *.json files under it. Nothing is collected.

    -ComputerName (or computer objects piped in: Get-ADComputer ... | Invoke-WsusDiagnosis binds
    their DNSHostName or Name) collects through PowerShell remoting: one Invoke-Command with
    -ThrottleLimit, -Credential, -UseSSL, -Port, -Authentication, -SessionOption and
    -ConfigurationName; -Session uses PSSessions you opened. The self-contained collector script
    runs remotely, so the machines need nothing installed (Windows PowerShell 2.0 and later).
    Without -Path, -ComputerName or -Session this machine is collected in-process. Fact files are
    saved in -OutputDirectory (default: a new wsus-doctor-<timestamp> folder in the temp folder).

    The files are diagnosed by the wsus-doctor engine: `wsus-doctor batch <files...> --format
    ndjson=<temporary file>`, whose report is read line by line as the engine writes it, so objects
    stream out as machines are diagnosed and memory stays flat for thousands of files. While remote machines are still being collected,
    the machines already collected are diagnosed, so their results come out before the slowest
    machine answers. Fleet findings (clients that point at no server of the batch, ...) are
    returned when all files went through one engine run, with Role 'fleet'.

    Output: by default the diagnoses (outcome fail, not waived), most severe first for each
    machine; -IncludeAll returns every result (pass, notApplicable, insufficientEvidence too).
    Severity is a [WsusDoctor.Severity] enum numbered like event log levels (Critical = 1, Error = 2,
    Warning = 3, Info = 4): `Sort-Object Severity` lists critical first, `Where-Object Severity -le
    Error` keeps critical and error.

    Failures are non-terminating errors with the real reason (an unreadable or invalid fact file,
    an unreachable machine: the remoting error itself), their ErrorCategory and the file or
    computer name as TargetObject, so -ErrorAction Stop, -ErrorVariable and $? work; the run goes
    on with the other machines, and a closing warning lists every machine that could not be
    diagnosed. Another warning says how many checks could not run for lack of evidence (logs not
    collected, a section the collector could not read) and why.

    The engine is found in this order: -EnginePath; the wsus-doctor package this module is part of
    (the clone, or an installed package: the module sits in collectors/WsusDoctor or
    dist/powershell/WsusDoctor/<version>); the wsus-doctor command on PATH (npm install -g). A
    package is run with Node.js 20.19 or later (node on PATH, or -NodePath).

    REQUIREMENTS: Windows PowerShell 5.1 or PowerShell 7 on the machine that runs this command.
    READ-ONLY on the diagnosed machines: no service restarts, no registry writes, no wuauclt.

    .PARAMETER Path
    Fact files or folders of fact files to diagnose; wildcards are allowed. Takes pipeline input: strings, and objects with a FullName or PSPath property (files from Get-ChildItem).

    .PARAMETER InputObject
    File or folder objects piped in (Get-ChildItem, Get-Item); the same as -Path with their full names.

    .PARAMETER ComputerName
    Machines to collect from through PowerShell remoting. Takes objects with a DNSHostName, Name, ComputerName or CN property from the pipeline (Get-ADComputer, Import-Csv). This machine (., localhost or its name) is collected in-process.

    .PARAMETER Session
    PSSessions (New-PSSession) to collect through.

    .PARAMETER Credential
    Credential for the remote connections.

    .PARAMETER UseSSL
    Connect over HTTPS (WinRM port 5986 unless -Port).

    .PARAMETER Port
    WinRM port of the remote machines.

    .PARAMETER Authentication
    Authentication mechanism of the remote connections (Default, Basic, Negotiate, Kerberos, CredSSP, ...).

    .PARAMETER SessionOption
    Advanced session options (New-PSSessionOption: proxy, time-outs, skipping certificate checks, ...).

    .PARAMETER ConfigurationName
    Session configuration (endpoint) on the remote machines, e.g. a JEA endpoint.

    .PARAMETER ThrottleLimit
    Maximum number of simultaneous remote collections (default 32).

    .PARAMETER OutputDirectory
    Folder for the collected fact files (created when missing). Default: a new wsus-doctor-<timestamp> folder in the temp folder.

    .PARAMETER EnginePath
    Folder of the wsus-doctor package (with bin/wsus-doctor.js), or the path of bin/wsus-doctor.js.

    .PARAMETER NodePath
    Path of node(.exe); default: node from PATH.

    .PARAMETER IncludeAll
    Return every result (pass, notApplicable, insufficientEvidence, waived), not only the diagnoses.

    .PARAMETER MaxLogAgeDays
    Passed to the collector: age cap of logs and events in days (default 3).

    .PARAMETER MaxLogSizeMB
    Passed to the collector: size cap per log kind in MB (default 4).

    .PARAMETER SkipWindowsUpdateLog
    Passed to the collector: do not decode the Windows 10+ ETL Windows Update log (faster).

    .INPUTS
    System.String, System.IO.FileInfo, System.IO.DirectoryInfo (fact files); objects with a DNSHostName, Name, ComputerName or CN property (machines); System.Management.Automation.Runspaces.PSSession.

    .OUTPUTS
    WsusDoctor.Diagnosis objects: ComputerName, Role, Severity ([WsusDoctor.Severity]), RuleId, Ref,
    Title, Category, Outcome, Message, Remediation (the steps, string[]), Reference (first URL),
    References (string[]), Evidence (string[], "path = value"), MissingEvidence (string[], for
    insufficientEvidence), Waived, Machines (fleet findings) and FactFile. They show as a table of
    ComputerName, Severity, RuleId and Title; Format-List shows the message and the steps;
    RemediationText (numbered steps in one string) is there for Export-Csv.

    .EXAMPLE
    Get-ChildItem D:\wsus-facts\*.json | Invoke-WsusDiagnosis | Sort-Object Severity

    Diagnoses fact files collected earlier; the whole fleet's diagnoses, critical first.

    .EXAMPLE
    Get-ADComputer -Filter 'OperatingSystem -like "*Server*"' -SearchBase 'OU=WSUS,DC=contoso,DC=com' | Invoke-WsusDiagnosis -UseSSL -Credential (Get-Credential) -OutputDirectory D:\wsus-facts

    Collects from the WSUS servers of an OU over HTTPS remoting, keeps the fact files and returns the diagnoses as the machines answer; an unreachable server is an error with the remoting message.

    .EXAMPLE
    Invoke-WsusDiagnosis -Path D:\wsus-facts -ErrorAction Stop | Where-Object Severity -le Error | Format-List ComputerName, Title, Message, Remediation

    Stops at the first fact file that cannot be read, and shows the critical and error diagnoses with their fix steps.

    .EXAMPLE
    Invoke-WsusDiagnosis -IncludeAll | Where-Object Outcome -eq insufficientEvidence | Select-Object RuleId, MissingEvidence

    Collects this machine and lists the checks that could not run and what they were missing.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Local')]
    [OutputType('WsusDoctor.Diagnosis')]
    param(
        [Parameter(ParameterSetName = 'Path', Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('FullName', 'PSPath')]
        [string[]] $Path,

        # Binds file and folder objects by value, so that they select the Path parameter set (their Name would also fit -ComputerName).
        [Parameter(ParameterSetName = 'Path', ValueFromPipeline = $true)]
        [System.IO.FileSystemInfo[]] $InputObject,

        [Parameter(ParameterSetName = 'ComputerName', Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('DNSHostName', 'Name', 'CN')]
        [AllowNull()] [AllowEmptyString()]
        [string[]] $ComputerName,

        [Parameter(ParameterSetName = 'Session', Mandatory = $true, ValueFromPipeline = $true)]
        [System.Management.Automation.Runspaces.PSSession[]] $Session,

        [Parameter(ParameterSetName = 'ComputerName')]
        [System.Management.Automation.PSCredential]
        [System.Management.Automation.Credential()]
        $Credential = [System.Management.Automation.PSCredential]::Empty,

        [Parameter(ParameterSetName = 'ComputerName')]
        [switch] $UseSSL,

        [Parameter(ParameterSetName = 'ComputerName')]
        [ValidateRange(1, 65535)]
        [int] $Port,

        [Parameter(ParameterSetName = 'ComputerName')]
        [System.Management.Automation.Runspaces.AuthenticationMechanism] $Authentication = [System.Management.Automation.Runspaces.AuthenticationMechanism]::Default,

        [Parameter(ParameterSetName = 'ComputerName')]
        [System.Management.Automation.Remoting.PSSessionOption] $SessionOption,

        [Parameter(ParameterSetName = 'ComputerName')]
        [string] $ConfigurationName,

        [Parameter(ParameterSetName = 'ComputerName')]
        [Parameter(ParameterSetName = 'Session')]
        [ValidateRange(1, 1000)]
        [int] $ThrottleLimit = 32,

        [Parameter(ParameterSetName = 'Local')]
        [Parameter(ParameterSetName = 'ComputerName')]
        [Parameter(ParameterSetName = 'Session')]
        [string] $OutputDirectory,

        [string] $EnginePath,
        [string] $NodePath,
        [switch] $IncludeAll,

        [Parameter(ParameterSetName = 'Local')]
        [Parameter(ParameterSetName = 'ComputerName')]
        [Parameter(ParameterSetName = 'Session')]
        [double] $MaxLogAgeDays = 3,
        [Parameter(ParameterSetName = 'Local')]
        [Parameter(ParameterSetName = 'ComputerName')]
        [Parameter(ParameterSetName = 'Session')]
        [double] $MaxLogSizeMB = 4,
        [Parameter(ParameterSetName = 'Local')]
        [Parameter(ParameterSetName = 'ComputerName')]
        [Parameter(ParameterSetName = 'Session')]
        [switch] $SkipWindowsUpdateLog
    )
    begin {
        if ($PSVersionTable.PSVersion.Major -lt 5) {
            throw "Invoke-WsusDiagnosis needs Windows PowerShell 5.1 or PowerShell 7 (this is $($PSVersionTable.PSVersion)). On this machine collect with Invoke-WsusDoctorCollection.ps1 and diagnose the file elsewhere."
        }
        [void](Initialize-WdDiagnosisType)
        $moduleRoot = $MyInvocation.MyCommand.Module.ModuleBase
        $engine = Resolve-WdEngine -EnginePath $EnginePath -ModuleRoot $moduleRoot -NodePath $NodePath
        Write-Verbose "wsus-doctor engine: $($engine.Source)"
        $workingDirectory = (Get-Location -PSProvider FileSystem).ProviderPath
        $files = New-Object System.Collections.ArrayList
        $fileSet = @{}
        $computers = New-Object System.Collections.ArrayList
        $sessions = New-Object System.Collections.ArrayList
        $state = @{
            IncludeAll = [bool]$IncludeAll; AllowFleet = $false; Catalogue = @{}; ByArgument = @{}; Seen = @{}; Machines = 0
            Insufficient = 0; InsufficientMachines = 0; Reasons = @{}; ReasonText = @{}; Failures = (New-Object System.Collections.ArrayList); SummarySeen = $false
        }
        $runs = New-Object System.Collections.ArrayList
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'Path') {
            # A piped file object needs no path resolution (thousands of files come this way): its full name is the path,
            # and the engine reports a file that has gone meanwhile. Folders and strings are resolved below.
            $items = $Path
            if ($null -ne $InputObject) {
                $items = New-Object System.Collections.ArrayList
                foreach ($info in $InputObject) {
                    if ($info -is [System.IO.FileInfo]) {
                        if (-not $fileSet.ContainsKey($info.FullName)) { $fileSet[$info.FullName] = $true; [void]$files.Add($info.FullName) }
                    }
                    elseif ($null -ne $info) { [void]$items.Add($info.FullName) }
                }
            }
            foreach ($item in $items) {
                if (-not $item) { continue }
                $resolved = @()
                try {
                    if ($item -match '^[\w.]+\\[\w.]+::') {
                        # A provider path (PSPath of a piped file): literal.
                        $resolved = @($PSCmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath($item, [ref]$null))
                    }
                    elseif (Test-Path -LiteralPath $item) {
                        $resolved = @($PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($item))
                    }
                    else {
                        $resolved = @(Resolve-Path -Path $item -ErrorAction SilentlyContinue | ForEach-Object { $_.ProviderPath })
                    }
                }
                catch { $resolved = @() }
                if ($resolved.Count -eq 0) {
                    $exception = New-Object System.Management.Automation.ItemNotFoundException "No fact file matches '$item'."
                    $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'FactFileNotFound', ([System.Management.Automation.ErrorCategory]::ObjectNotFound), $item))
                    [void]$state.Failures.Add((New-Object PSObject -Property @{ Name = $item; Reason = 'no such file' }))
                    continue
                }
                foreach ($full in $resolved) {
                    $found = @($full)
                    if ([System.IO.Directory]::Exists($full)) {
                        $found = @(Get-ChildItem -LiteralPath $full -Recurse -File -Filter '*.json' -ErrorAction SilentlyContinue | Sort-Object -Property FullName | ForEach-Object { $_.FullName })
                        if ($found.Count -eq 0) {
                            $exception = New-Object System.Management.Automation.ItemNotFoundException "The folder '$full' holds no fact file (*.json)."
                            $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'FactFileNotFound', ([System.Management.Automation.ErrorCategory]::ObjectNotFound), $full))
                            [void]$state.Failures.Add((New-Object PSObject -Property @{ Name = $full; Reason = 'no *.json file in the folder' }))
                        }
                    }
                    foreach ($file in $found) {
                        if ($fileSet.ContainsKey($file)) { continue }
                        $fileSet[$file] = $true
                        [void]$files.Add($file)
                    }
                }
            }
        }
        elseif ($PSCmdlet.ParameterSetName -eq 'ComputerName') {
            foreach ($name in @($ComputerName)) {
                if (-not $name -and $null -ne $_ -and $null -ne $_.PSObject.Properties['Name']) { $name = [string]$_.Name }
                if ($name) { [void]$computers.Add([string]$name) }
            }
        }
        elseif ($PSCmdlet.ParameterSetName -eq 'Session') {
            foreach ($item in $Session) { if ($null -ne $item) { [void]$sessions.Add($item) } }
        }
    }
    end {
        # Writes one engine line's objects: diagnoses to the output, error records as non-terminating errors.
        $emit = {
            param($Line)
            foreach ($item in @(Receive-WdEngineRecord -Line $Line -State $state)) {
                if ($item -is [System.Management.Automation.ErrorRecord]) { $PSCmdlet.WriteError($item) } else { $item }
            }
        }
        # Splits files into runs whose command line stays within the engine's limit.
        $split = {
            param([string[]] $All)
            $chunks = New-Object System.Collections.ArrayList
            $chunk = New-Object System.Collections.ArrayList
            $length = 0
            foreach ($file in $All) {
                $size = $file.Length + 3
                if ($file.StartsWith($workingDirectory, [System.StringComparison]::OrdinalIgnoreCase)) { $size = $file.Length - $workingDirectory.Length + 3 }
                if ($chunk.Count -gt 0 -and $length + $size -gt $engine.MaxCommandLine) { [void]$chunks.Add($chunk.ToArray()); $chunk = New-Object System.Collections.ArrayList; $length = 0 }
                [void]$chunk.Add($file)
                $length += $size
            }
            if ($chunk.Count -gt 0) { [void]$chunks.Add($chunk.ToArray()) }
            , $chunks.ToArray()
        }
        $startRun = {
            param([string[]] $Chunk)
            $run = Start-WdEngineRun -Engine $engine -Path $Chunk -WorkingDirectory $workingDirectory
            foreach ($key in $run.ByArgument.Keys) { $state.ByArgument[$key] = $run.ByArgument[$key] }
            [void]$runs.Add($run)
            $run
        }
        # After a run: files the engine did not report (it stopped early) are errors too.
        $closeRun = {
            param($Run)
            if ($Run.ExitCode -ne 0 -and $Run.ExitCode -ne 1 -and $Run.ExitCode -ne 2) {
                $reason = "The wsus-doctor engine stopped (exit code $($Run.ExitCode))"
                if ($Run.Stderr) { $reason += ': ' + $Run.Stderr }
                $exception = New-Object System.InvalidOperationException $reason
                $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'EngineFailed', ([System.Management.Automation.ErrorCategory]::InvalidResult), $engine.Source))
            }
            foreach ($file in $Run.Files) {
                if ($state.Seen.ContainsKey($file)) { continue }
                $exception = New-Object System.InvalidOperationException "The wsus-doctor engine returned no result for $file."
                $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'NoEngineResult', ([System.Management.Automation.ErrorCategory]::InvalidResult), $file))
                [void]$state.Failures.Add((New-Object PSObject -Property @{ Name = [System.IO.Path]::GetFileName($file); Reason = 'no result from the engine' }))
            }
        }

        try {
            if ($PSCmdlet.ParameterSetName -eq 'Path') {
                $chunks = & $split $files.ToArray()
                $state.AllowFleet = ($chunks.Count -eq 1)
                foreach ($chunk in $chunks) {
                    Write-Progress -Activity 'WSUS doctor' -Status "Diagnosing $($chunk.Count) fact files"
                    $run = & $startRun $chunk
                    Read-WdEngineRun -Run $run -Wait | ForEach-Object { & $emit $_ }
                    & $closeRun $run
                }
            }
            else {
                if (-not $OutputDirectory) {
                    $OutputDirectory = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'wsus-doctor-' + (Get-Date).ToString('yyyyMMdd-HHmmss'))
                }
                $OutputDirectory = $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputDirectory)
                if (-not [System.IO.Directory]::Exists($OutputDirectory)) { [void][System.IO.Directory]::CreateDirectory($OutputDirectory) }
                $collectorArguments = @{ MaxLogAgeDays = $MaxLogAgeDays; MaxLogSizeMB = $MaxLogSizeMB; SkipWindowsUpdateLog = [bool]$SkipWindowsUpdateLog }
                $localNames = @('.', 'localhost', $env:COMPUTERNAME, [System.Environment]::MachineName)
                $local = @($computers | Where-Object { $localNames -contains $_ })
                $remote = @($computers | Where-Object { $localNames -notcontains $_ })
                $pending = New-Object System.Collections.ArrayList
                $collected = 0
                if ($PSCmdlet.ParameterSetName -eq 'Local' -or $local.Count -gt 0) {
                    $name = $env:COMPUTERNAME
                    if (-not $name) { $name = [System.Environment]::MachineName }
                    try {
                        Write-Progress -Activity 'WSUS doctor' -Status "Collecting on $name"
                        $facts = Get-WsusDoctorFact @collectorArguments
                        $file = [System.IO.Path]::Combine($OutputDirectory, "$name.json")
                        Export-WsusDoctorFact -InputObject $facts -Path $file | Out-Null
                        [void]$pending.Add($file)
                        $collected++
                    }
                    catch {
                        $record = New-Object System.Management.Automation.ErrorRecord $_.Exception, 'LocalCollectionFailed', $_.CategoryInfo.Category, $name
                        $record.ErrorDetails = New-Object System.Management.Automation.ErrorDetails ("Could not collect the facts of $name" + ': ' + (Get-WdErrorText $_))
                        [void]$state.Failures.Add((New-Object PSObject -Property @{ Name = $name; Reason = (Get-WdErrorText $_) }))
                        $PSCmdlet.WriteError($record)
                    }
                }
                $current = $null
                if ($remote.Count -gt 0 -or $sessions.Count -gt 0) {
                    $collectorScript = [System.IO.Path]::Combine($moduleRoot, 'Invoke-WsusDoctorCollection.ps1')
                    if (-not [System.IO.File]::Exists($collectorScript)) { $collectorScript = [System.IO.Path]::Combine((Split-Path -Parent $moduleRoot), 'Invoke-WsusDoctorCollection.ps1') }
                    $remoteParameters = @{ ThrottleLimit = $ThrottleLimit; CollectorScript = $collectorScript; CollectorArguments = $collectorArguments }
                    $total = $remote.Count + $sessions.Count
                    if ($sessions.Count -gt 0) { $remoteParameters['Session'] = $sessions.ToArray() }
                    else {
                        $remoteParameters['ComputerName'] = $remote
                        if ($Credential -ne [System.Management.Automation.PSCredential]::Empty) { $remoteParameters['Credential'] = $Credential }
                        if ($UseSSL) { $remoteParameters['UseSSL'] = $true }
                        if ($Port) { $remoteParameters['Port'] = $Port }
                        if ($PSBoundParameters.ContainsKey('Authentication')) { $remoteParameters['Authentication'] = [string]$Authentication }
                        if ($null -ne $SessionOption) { $remoteParameters['SessionOption'] = $SessionOption }
                        if ($ConfigurationName) { $remoteParameters['ConfigurationName'] = $ConfigurationName }
                    }
                    Write-Progress -Activity 'WSUS doctor' -Status "Collecting on $total remote machines"
                    $finished = 0
                    Invoke-WdRemoteCollection @remoteParameters | ForEach-Object {
                        $entry = $_
                        $finished++
                        Write-Progress -Activity 'WSUS doctor' -Status "Collected $finished of $total remote machines" -PercentComplete ([int](100 * $finished / $total))
                        if ($null -ne $entry.ErrorRecord) {
                            $original = $entry.ErrorRecord
                            $reason = Get-WdErrorText $original
                            $record = New-Object System.Management.Automation.ErrorRecord $original.Exception, 'RemoteCollectionFailed', $original.CategoryInfo.Category, $entry.ComputerName
                            $record.ErrorDetails = New-Object System.Management.Automation.ErrorDetails ("Could not collect the facts of $($entry.ComputerName)" + ': ' + $reason)
                            [void]$state.Failures.Add((New-Object PSObject -Property @{ Name = $entry.ComputerName; Reason = $reason }))
                            $PSCmdlet.WriteError($record)
                        }
                        else {
                            $file = [System.IO.Path]::Combine($OutputDirectory, ($entry.ComputerName -replace '[\\/:*?"<>|]', '_') + '.json')
                            [System.IO.File]::WriteAllText($file, [string]$entry.Json, (New-Object System.Text.UTF8Encoding $false))
                            [void]$pending.Add($file)
                            $collected++
                        }
                        # Diagnose what has been collected while the other machines are still working.
                        if ($null -ne $current) { Read-WdEngineRun -Run $current | ForEach-Object { & $emit $_ } }
                        if ($null -ne $current -and $current.Finished) { & $closeRun $current; $current = $null }
                        if ($null -eq $current -and $pending.Count -gt 0) {
                            $current = & $startRun $pending.ToArray()
                            $pending.Clear()
                        }
                    }
                }
                if ($null -ne $current) {
                    Read-WdEngineRun -Run $current -Wait | ForEach-Object { & $emit $_ }
                    & $closeRun $current
                    $current = $null
                }
                # Fleet rules need every machine in one run.
                $state.AllowFleet = ($runs.Count -eq 0 -and $collected -eq $pending.Count)
                if ($pending.Count -gt 0) {
                    foreach ($chunk in (& $split $pending.ToArray())) {
                        Write-Progress -Activity 'WSUS doctor' -Status "Diagnosing $($chunk.Count) fact files"
                        $run = & $startRun $chunk
                        Read-WdEngineRun -Run $run -Wait | ForEach-Object { & $emit $_ }
                        & $closeRun $run
                    }
                }
            }
            Write-Progress -Activity 'WSUS doctor' -Completed

            if ($state.Insufficient -gt 0) {
                $reasons = @($state.Reasons.GetEnumerator() | Sort-Object -Property @{ Expression = { $_.Value }; Descending = $true }, Name | Select-Object -First 5 | ForEach-Object { '{1} x {0}' -f $_.Name, $_.Value })
                $text = '{0} check(s) could not run on {1} of {2} machine(s) for lack of evidence' -f $state.Insufficient, $state.InsufficientMachines, $state.Machines
                if ($reasons.Count -gt 0) { $text += ': ' + ($reasons -join '; ') }
                if ($state.Reasons.Count -gt 5) { $text += "; and $($state.Reasons.Count - 5) other reason(s)" }
                $text += '. An empty result does not clear them.'
                if (-not $IncludeAll) { $text += ' Use -IncludeAll to see them (Outcome insufficientEvidence, with MissingEvidence).' }
                Write-Warning $text
            }
            if ($state.Failures.Count -gt 0) {
                $listed = @($state.Failures | Select-Object -First 10 | ForEach-Object { '{0}: {1}' -f $_.Name, $_.Reason })
                $text = '{0} machine(s) or fact file(s) could not be diagnosed (see the errors): {1}' -f $state.Failures.Count, ($listed -join '; ')
                if ($state.Failures.Count -gt 10) { $text += "; and $($state.Failures.Count - 10) more" }
                Write-Warning $text
            }
        }
        finally {
            # Stopped early (Ctrl+C, Select-Object -First, -ErrorAction Stop): no engine is left running and no report is
            # left behind. Nothing here may write to a pipeline (a stopped one throws), hence [void] and $null = $_.
            foreach ($run in $runs) {
                if ($run.Finished) { continue }
                try {
                    if (-not $run.Process.HasExited) { $run.Process.Kill() }
                    [void]$run.Process.WaitForExit(2000)
                    $run.Process.Dispose()
                }
                catch { $null = $_ }
                try {
                    if ($null -ne $run.Reader) { $run.Reader.Dispose() }
                    [System.IO.File]::Delete($run.Report)
                }
                catch { $null = $_ }
            }
        }
    }
}

# WsusDoctor: host-only
# Invoke-WsusDiagnosis: collect (locally or over remoting), save one fact file per machine, run the
# wsus-doctor engine ONCE over all files, and return PowerShell objects.
function Invoke-WsusDiagnosis {
    <#
    .SYNOPSIS
    Collects WSUS facts from this machine or from remote machines, diagnoses them with the wsus-doctor engine and returns one object per diagnosis.

    .DESCRIPTION
    The PowerShell front end of wsus-doctor (Microsoft KB 4025764, WSUS connection failures):

    1. Collects: locally with Get-WsusDoctorFact, or from -ComputerName through PowerShell remoting
       (Invoke-Command with -ThrottleLimit and -Credential; the self-contained
       Invoke-WsusDoctorCollection.ps1 runs remotely, so the targets need nothing installed, and
       Windows PowerShell 2.0 targets work). A machine that cannot be reached or whose collection
       fails becomes a "failed" entry with the reason; the run goes on.
    2. Saves one fact file per machine in -OutputDirectory, so the files can be diagnosed again
       later (wsus-doctor diagnose / batch).
    3. Runs the engine once for all files: node <repo>/bin/wsus-doctor.js diagnose <files...>
       --format json (never one node process per machine). The repository is found relative to
       this module (<repo>/collectors/WsusDoctor) or given by -EnginePath.
    4. Returns one object per diagnosis: by default the results whose outcome is "fail";
       -IncludeAll returns every outcome (pass, notApplicable, insufficientEvidence too).

    With -Path, existing fact files are diagnosed and nothing is collected.

    REQUIREMENTS: Windows PowerShell 5.1 or PowerShell 7 on the machine that runs this command (it
    reads the engine's JSON report with ConvertFrom-Json), and Node.js 20.19 or later. The
    collection itself (locally or on the remote machines) also runs on Windows PowerShell 2.0.

    READ-ONLY on the diagnosed machines: no service restarts, no registry writes, no wuauclt. It
    writes the fact files in -OutputDirectory only.

    .PARAMETER ComputerName
    Machines to collect from through PowerShell remoting. Default: this machine, collected in-process.

    .PARAMETER Credential
    Credential for the remote connections.

    .PARAMETER ThrottleLimit
    Maximum number of simultaneous remote collections (default 32).

    .PARAMETER Path
    Existing fact files to diagnose (no collection).

    .PARAMETER OutputDirectory
    Folder for the fact files (created when missing). Default: a new wsus-doctor-<timestamp> folder in the temp folder.

    .PARAMETER EnginePath
    Folder of the wsus-doctor repository (with bin/wsus-doctor.js, after npm ci), or the path of bin/wsus-doctor.js.

    .PARAMETER NodePath
    Path of node(.exe); default: node from PATH.

    .PARAMETER IncludeAll
    Return every result, not only failed checks.

    .PARAMETER MaxLogAgeDays
    Passed to the collector: age cap of logs and events in days (default 3).

    .PARAMETER MaxLogSizeMB
    Passed to the collector: size cap per log kind in MB (default 4).

    .PARAMETER SkipWindowsUpdateLog
    Passed to the collector: do not decode the Windows 10+ ETL Windows Update log (faster).

    .OUTPUTS
    WsusDoctor.Diagnosis objects with the properties ComputerName, Role, Status (diagnosed or
    failed), RuleId, Severity (critical, error, warning, info), Category, Title, Outcome (fail, pass,
    notApplicable, insufficientEvidence, or failed for a machine that could not be collected or
    diagnosed), Message, Remediation (the steps joined by spaces), Reference (first reference URL),
    Evidence (path=value pairs joined by '; ') and FactFile. They pipe to Format-Table, Export-Csv
    and Out-GridView.

    .EXAMPLE
    Invoke-WsusDiagnosis

    Collects this machine's facts, diagnoses them and lists the failed checks.

    .EXAMPLE
    Invoke-WsusDiagnosis -ComputerName WSUS01, PC-0042, PC-1187 -Credential (Get-Credential) -ThrottleLimit 16 | Format-Table ComputerName, Severity, Title

    Collects from three machines over remoting and shows the failed checks as a table; an unreachable machine appears with Outcome "failed" and the reason.

    .EXAMPLE
    Get-Content .\servers.txt | ForEach-Object { $_.Trim() } | Set-Variable names
    Invoke-WsusDiagnosis -ComputerName $names -OutputDirectory D:\wsus-facts | Export-Csv D:\wsus-facts\diagnoses.csv -NoTypeInformation

    Diagnoses a list of machines, keeps the fact files in D:\wsus-facts and exports the diagnoses to CSV.

    .EXAMPLE
    Invoke-WsusDiagnosis -Path D:\wsus-facts\*.json -IncludeAll -EnginePath C:\tools\wsus-doctor | Out-GridView

    Diagnoses fact files collected earlier and shows every check (pass, fail, not applicable) in a grid.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Collect')]
    param(
        [Parameter(ParameterSetName = 'Collect', Position = 0, ValueFromPipeline = $true)]
        [string[]] $ComputerName,

        [Parameter(ParameterSetName = 'Collect')]
        [System.Management.Automation.PSCredential] $Credential,

        [Parameter(ParameterSetName = 'Collect')]
        [ValidateRange(1, 1000)]
        [int] $ThrottleLimit = 32,

        [Parameter(ParameterSetName = 'Files', Mandatory = $true)]
        [string[]] $Path,

        [Parameter(ParameterSetName = 'Collect')]
        [string] $OutputDirectory,

        [string] $EnginePath,
        [string] $NodePath,
        [switch] $IncludeAll,

        [Parameter(ParameterSetName = 'Collect')]
        [double] $MaxLogAgeDays = 3,
        [Parameter(ParameterSetName = 'Collect')]
        [double] $MaxLogSizeMB = 4,
        [Parameter(ParameterSetName = 'Collect')]
        [switch] $SkipWindowsUpdateLog
    )
    begin {
        $targets = New-Object System.Collections.ArrayList
    }
    process {
        foreach ($name in @($ComputerName)) { if ($name) { [void]$targets.Add([string]$name) } }
    }
    end {
        if ($PSVersionTable.PSVersion.Major -lt 5) {
            throw "Invoke-WsusDiagnosis needs Windows PowerShell 5.1 or PowerShell 7 (this is $($PSVersionTable.PSVersion)). On this machine collect with Invoke-WsusDoctorCollection.ps1 and diagnose the file elsewhere."
        }
        $moduleRoot = $MyInvocation.MyCommand.Module.ModuleBase
        $node = Get-WdNodeCommand -NodePath $NodePath
        $engine = Resolve-WdEnginePath -EnginePath $EnginePath -ModuleRoot $moduleRoot

        # machine entries: ComputerName, File, Error
        $machines = New-Object System.Collections.ArrayList
        if ($PSCmdlet.ParameterSetName -eq 'Files') {
            foreach ($pattern in $Path) {
                $resolved = @(Resolve-Path -Path $pattern -ErrorAction SilentlyContinue)
                if ($resolved.Count -eq 0) { [void]$machines.Add(@{ ComputerName = $pattern; File = $null; Error = "No fact file matches '$pattern'." }); continue }
                foreach ($item in $resolved) { [void]$machines.Add(@{ ComputerName = $null; File = $item.ProviderPath; Error = $null }) }
            }
        }
        else {
            if (-not $OutputDirectory) {
                $OutputDirectory = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'wsus-doctor-' + (Get-Date).ToString('yyyyMMdd-HHmmss'))
            }
            $OutputDirectory = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputDirectory)
            if (-not [System.IO.Directory]::Exists($OutputDirectory)) { [void][System.IO.Directory]::CreateDirectory($OutputDirectory) }
            $collectorArguments = @{ MaxLogAgeDays = $MaxLogAgeDays; MaxLogSizeMB = $MaxLogSizeMB; SkipWindowsUpdateLog = [bool]$SkipWindowsUpdateLog }
            $local = @($targets | Where-Object { $_ -eq '.' -or $_ -eq 'localhost' -or $_ -eq $env:COMPUTERNAME })
            $remote = @($targets | Where-Object { -not ($_ -eq '.' -or $_ -eq 'localhost' -or $_ -eq $env:COMPUTERNAME) })
            if ($targets.Count -eq 0 -or $local.Count -gt 0) {
                $name = $env:COMPUTERNAME
                if (-not $name) { $name = [System.Environment]::MachineName }
                try {
                    Write-Progress -Activity 'WSUS doctor' -Status "Collecting on $name"
                    $facts = Get-WsusDoctorFact @collectorArguments
                    $file = [System.IO.Path]::Combine($OutputDirectory, "$name.json")
                    Export-WsusDoctorFact -InputObject $facts -Path $file | Out-Null
                    [void]$machines.Add(@{ ComputerName = $name; File = $file; Error = $null })
                }
                catch { [void]$machines.Add(@{ ComputerName = $name; File = $null; Error = 'Local collection failed: ' + (Get-WdErrorText $_) }) }
            }
            if ($remote.Count -gt 0) {
                Write-Progress -Activity 'WSUS doctor' -Status "Collecting on $($remote.Count) remote machines"
                $collectorScript = [System.IO.Path]::Combine((Split-Path -Parent $moduleRoot), 'Invoke-WsusDoctorCollection.ps1')
                $remoteParameters = @{ ComputerName = $remote; ThrottleLimit = $ThrottleLimit; CollectorScript = $collectorScript; CollectorArguments = $collectorArguments }
                if ($null -ne $Credential) { $remoteParameters['Credential'] = $Credential }
                foreach ($result in @(Invoke-WdRemoteCollection @remoteParameters)) {
                    if ($null -eq $result) { continue }
                    if ($result.Error) { [void]$machines.Add(@{ ComputerName = $result.ComputerName; File = $null; Error = [string]$result.Error }); continue }
                    $file = [System.IO.Path]::Combine($OutputDirectory, ($result.ComputerName -replace '[\\/:*?"<>|]', '_') + '.json')
                    [System.IO.File]::WriteAllText($file, [string]$result.Json, (New-Object System.Text.UTF8Encoding $false))
                    [void]$machines.Add(@{ ComputerName = $result.ComputerName; File = $file; Error = $null })
                }
            }
        }

        # One engine run for all files (split only if the command line would get too long for Windows).
        $files = @($machines | Where-Object { $_.File } | ForEach-Object { $_.File })
        $reportMachines = New-Object System.Collections.ArrayList
        $batches = New-Object System.Collections.ArrayList
        $current = New-Object System.Collections.ArrayList
        $length = 0
        foreach ($file in $files) {
            if ($current.Count -gt 0 -and $length + $file.Length + 3 -gt 30000) { [void]$batches.Add($current.ToArray()); $current = New-Object System.Collections.ArrayList; $length = 0 }
            [void]$current.Add($file); $length += $file.Length + 3
        }
        if ($current.Count -gt 0) { [void]$batches.Add($current.ToArray()) }
        foreach ($batch in $batches) {
            Write-Progress -Activity 'WSUS doctor' -Status "Diagnosing $($batch.Count) fact files"
            $run = Invoke-WdEngine -NodePath $node -EnginePath $engine -Path $batch
            $report = $null
            if ($run.Stdout) { try { $report = ConvertFrom-WdEngineReport -Json $run.Stdout } catch { $report = $null } }
            if ($null -eq $report -or $null -eq $report.machines) {
                $reason = "The wsus-doctor engine failed (exit code $($run.ExitCode)): $($run.Stderr)"
                if ($run.ExitCode -eq 2) { $reason = "The wsus-doctor engine rejected the input (exit code 2): $($run.Stderr)" }
                foreach ($file in $batch) { [void]$reportMachines.Add(@{ file = $file; status = 'failed'; error = @{ message = $reason } }) }
                continue
            }
            foreach ($entry in @($report.machines)) { [void]$reportMachines.Add($entry) }
        }
        Write-Progress -Activity 'WSUS doctor' -Completed

        $normalize = { param($p) if ($p) { [System.IO.Path]::GetFullPath([string]$p) } else { '' } }
        foreach ($machine in $machines) {
            if (-not $machine.File) {
                New-WdDiagnosisObject -ComputerName $machine.ComputerName -Status 'failed' -Message $machine.Error
                continue
            }
            $wanted = & $normalize $machine.File
            $entry = $null
            foreach ($candidate in $reportMachines) {
                $candidateFile = $null
                if ($candidate -is [System.Collections.IDictionary]) { $candidateFile = $candidate['file'] } else { $candidateFile = $candidate.file }
                if ($candidateFile -and (& $normalize $candidateFile) -eq $wanted) { $entry = $candidate; break }
            }
            if ($null -eq $entry) {
                New-WdDiagnosisObject -ComputerName $machine.ComputerName -Status 'failed' -Message 'The engine report has no entry for this fact file.' -FactFile $machine.File
                continue
            }
            $computer = $machine.ComputerName
            if ($entry.computerName) { $computer = [string]$entry.computerName }
            if ($entry.status -ne 'diagnosed') {
                $reason = 'The fact file could not be diagnosed.'
                if ($entry.error -and $entry.error.message) { $reason = [string]$entry.error.message }
                New-WdDiagnosisObject -ComputerName $computer -Role $entry.role -Status 'failed' -Message $reason -FactFile $machine.File
                continue
            }
            foreach ($result in @($entry.results)) {
                if ($null -eq $result) { continue }
                if (-not $IncludeAll -and $result.outcome -ne 'fail') { continue }
                New-WdDiagnosisObject -ComputerName $computer -Role $entry.role -Status 'diagnosed' -Result $result -FactFile $machine.File
            }
        }
    }
}

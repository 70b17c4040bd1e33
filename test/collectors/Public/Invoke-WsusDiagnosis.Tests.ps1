# Invoke-WsusDiagnosis: pipeline binding (files, strings, AD-style objects), the default view, severity
# as a sortable enum, failures as non-terminating errors, the "checks could not run" warning,
# streaming from `batch --format ndjson`, collection (local and remote, mocked) and the engine search.
# Most tests run the real engine (bin/wsus-doctor.js over examples/); a fake engine
# (test/fixtures/collectors/fake-engine) covers the compact NDJSON (catalogue record) and streaming.
# (Invoke-WdRemoteCollection itself: ../Diagnosis/Invoke-WdRemoteCollection.Tests.ps1.)
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:FakeEngine = Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'fake-engine'
    $script:Examples = Join-Path $RepoRoot 'examples'
    $script:ExampleFiles = @(Get-ChildItem -Path $Examples -Filter '*.json' -File | Sort-Object Name)
    $script:Work = New-WdTestWorkFolder -Prefix 'wd-diagnosis'
    $script:EngineLog = Join-Path $Work 'engine-calls.log'
    $env:WD_FAKE_ENGINE_LOG = $EngineLog
    $script:EngineReady = Test-WdEngineAvailable

    function New-WdTestFact([string] $Name, [string] $Role = 'server') {
        $doc = [System.Collections.Specialized.OrderedDictionary]::new()
        $doc['schemaVersion'] = '1.0'
        $doc['role'] = $Role
        $doc['host'] = @{ computerName = $Name }
        $doc['collectedAt'] = '2024-05-01T10:00:00.000Z'
        $doc['collector'] = @{ name = 'Invoke-WsusDoctorCollection'; version = '1.0.0' }
        , $doc
    }
    function Get-WdEngineCall { if (Test-Path $EngineLog) { @(Get-Content $EngineLog | ForEach-Object { , ($_ | ConvertFrom-Json) }) } else { @() } }
    function Assert-WdEngine { if (-not $EngineReady) { throw 'the engine CLI is not built: run npm run build (npm test builds it first)' } }
}

AfterAll {
    Remove-Item Env:\WD_FAKE_ENGINE_LOG, Env:\WD_FAKE_ENGINE_COMPACT, Env:\WD_FAKE_ENGINE_RELEASE -ErrorAction SilentlyContinue
    if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
}

Describe 'Pipeline binding' {
    BeforeEach { if (Test-Path $EngineLog) { Remove-Item $EngineLog } }

    It 'binds files from Get-ChildItem to -Path and diagnoses all of them in one batch run' {
        Assert-WdEngine
        $results = @($ExampleFiles | Invoke-WsusDiagnosis)
        $expected = @($ExampleFiles | ForEach-Object { (Get-Content -Raw $_.FullName | ConvertFrom-Json).host.computerName } | Sort-Object)
        @($results | Where-Object Role -ne 'fleet' | ForEach-Object ComputerName | Sort-Object -Unique) | Should -Be @($expected | Where-Object { $_ -notin 'PC0042', 'WSUS01' })
        @($results | ForEach-Object FactFile | Where-Object { $_ } | Sort-Object -Unique) | Should -Be @($ExampleFiles | ForEach-Object FullName | Where-Object { $_ -notmatch 'healthy' })
    }

    It 'binds strings (paths, wildcards, folders) from the pipeline to -Path' {
        Assert-WdEngine
        $fromStrings = @((Join-Path $Examples 'broken-wsus-server.json'), (Join-Path $Examples 'client-wrong-*.json') | Invoke-WsusDiagnosis)
        @($fromStrings | Where-Object Role -ne 'fleet' | ForEach-Object ComputerName | Sort-Object -Unique) | Should -Be @('LAPTOP-7731', 'WSUS02')
        $fromFolder = @(Invoke-WsusDiagnosis -Path $Examples)
        @($fromFolder | ForEach-Object FactFile | Where-Object { $_ } | Sort-Object -Unique).Count | Should -Be 5
    }

    It 'binds objects with FullName (Import-Csv) to -Path, and file objects whose Name would fit -ComputerName too' {
        $fact = Join-Path $Work 'WSUS-CSV.json'
        Export-WsusDoctorFact -InputObject (New-WdTestFact 'WSUS-CSV') -Path $fact | Out-Null
        $fromCsv = @([pscustomobject]@{ FullName = $fact } | Invoke-WsusDiagnosis -EnginePath $FakeEngine -NodePath $NodeExe)
        $fromCsv[0].ComputerName | Should -Be 'WSUS-CSV'
        $fromItem = @(Get-Item $fact | Invoke-WsusDiagnosis -EnginePath $FakeEngine -NodePath $NodeExe)
        $fromItem[0].ComputerName | Should -Be 'WSUS-CSV'
        @(Get-WdEngineCall).Count | Should -Be 2
    }

    It 'binds AD-style computer objects to -ComputerName by DNSHostName (Name when it is empty), and ComputerName/CN properties' {
        Assert-WdEngine
        Mock -ModuleName WsusDoctor Invoke-WdRemoteCollection {
            # Each machine "returns" an example fact file; the real engine diagnoses it.
            $map = @{ 'wsus02.fabrikam.local' = 'broken-wsus-server.json'; 'LAPTOP-7731' = 'client-wrong-server.json'; 'wks-1187' = 'configmgr-client-no-location.json'; 'sus-legacy' = 'wsus3-2008r2-server.json' }
            foreach ($name in $ComputerName) {
                [pscustomobject]@{ ComputerName = $name; Json = [System.IO.File]::ReadAllText((Join-Path $Examples $map[$name])); ErrorRecord = $null }
            }
        }
        $objects = @(
            [pscustomobject]@{ Name = 'WSUS02'; DNSHostName = 'wsus02.fabrikam.local'; ObjectClass = 'computer' }
            [pscustomobject]@{ Name = 'LAPTOP-7731'; DNSHostName = $null; ObjectClass = 'computer' }
            [pscustomobject]@{ ComputerName = 'wks-1187' }
            [pscustomobject]@{ CN = 'sus-legacy' }
        )
        $results = @($objects | Invoke-WsusDiagnosis -OutputDirectory (Join-Path $Work 'ad') -ThrottleLimit 3)
        Should -Invoke -ModuleName WsusDoctor Invoke-WdRemoteCollection -Times 1 -Exactly -ParameterFilter {
            $ThrottleLimit -eq 3 -and (@($ComputerName) -join ',') -eq 'wsus02.fabrikam.local,LAPTOP-7731,wks-1187,sus-legacy'
        }
        @($results | Where-Object Role -ne 'fleet' | ForEach-Object ComputerName | Sort-Object -Unique) | Should -Be @('LAPTOP-7731', 'SUS-LEGACY', 'WKS-1187', 'WSUS02')
        @(Get-ChildItem (Join-Path $Work 'ad') -Filter '*.json').Count | Should -Be 4
    }
}

Describe 'Output objects' {
    BeforeAll {
        if ($EngineReady) {
            $script:All = @(Invoke-WsusDiagnosis -Path $Examples -IncludeAll -WarningAction SilentlyContinue)
            $script:Diagnoses = @(Invoke-WsusDiagnosis -Path $Examples -WarningAction SilentlyContinue)
        }
    }

    It 'show as a table of ComputerName, Severity, RuleId and Title by default' {
        Assert-WdEngine
        $table = ($Diagnoses | Select-Object -First 3 | Out-String -Width 250) -split "`r?`n" | Where-Object { $_.Trim() }
        @($table[0] -split '\s+' | Where-Object { $_ }) | Should -Be @('ComputerName', 'Severity', 'RuleId', 'Title')
        $table[2] | Should -Match '^WSUS02\s+Critical\s+wsus-pool-not-started\s+The WSUS application pool'
        $list = $Diagnoses[0] | Format-List | Out-String -Width 250
        $list | Should -Match 'Message\s+: The WSUS application pool "WsusPool" is Stopped'
        $list | Should -Match 'Remediation\s+: 1\. Start the pool'
    }

    It 'carry Severity as [WsusDoctor.Severity]: Sort-Object Severity puts critical first, -le Error keeps critical and error' {
        Assert-WdEngine
        $Diagnoses[0].Severity | Should -BeOfType ([WsusDoctor.Severity])
        [int][WsusDoctor.Severity]::Critical | Should -BeLessThan ([int][WsusDoctor.Severity]::Error)
        $sorted = @($Diagnoses | Sort-Object Severity)
        $sorted[0].Severity | Should -Be 'Critical'
        $sorted[-1].Severity | Should -Be 'Info'
        $ranks = @($sorted | ForEach-Object { [int]$_.Severity })
        ($ranks -join ',') | Should -Be ((@($ranks | Sort-Object) -join ','))
        @($Diagnoses | Where-Object Severity -le Error | ForEach-Object { [string]$_.Severity } | Sort-Object -Unique) | Should -Be @('Critical', 'Error')
    }

    It 'come most severe first within each machine' {
        Assert-WdEngine
        foreach ($group in ($Diagnoses | Where-Object Role -ne 'fleet' | Group-Object ComputerName)) {
            $ranks = @($group.Group | ForEach-Object { [int]$_.Severity })
            ($ranks -join ',') | Should -Be ((@($ranks | Sort-Object) -join ',')) -Because $group.Name
        }
    }

    It 'hold remediation steps, references and evidence as arrays (RemediationText for Export-Csv)' {
        Assert-WdEngine
        $pool = $Diagnoses | Where-Object RuleId -eq 'wsus-pool-not-started' | Select-Object -First 1
        $pool.Remediation.GetType() | Should -Be ([string[]])
        $pool.Remediation.Count | Should -Be 3
        $pool.Remediation[0] | Should -BeLike 'Start the pool*'
        $pool.RemediationText | Should -BeLike "1. Start the pool*$([Environment]::NewLine)2. *"
        $pool.Reference | Should -BeLike 'https://learn.microsoft.com/*'
        $pool.Evidence | Should -Contain 'derived.wsusPool.state = "Stopped"'
        $pool | Export-Csv -Path (Join-Path $Work 'out.csv') -NoTypeInformation
        (Import-Csv (Join-Path $Work 'out.csv')).RemediationText | Should -BeLike '1. Start the pool*'
    }

    It 'default to diagnoses (outcome fail); -IncludeAll returns every outcome' {
        Assert-WdEngine
        @($Diagnoses | ForEach-Object Outcome | Sort-Object -Unique) | Should -Be @('fail')
        @($All | ForEach-Object Outcome | Sort-Object -Unique) | Should -Be @('fail', 'insufficientEvidence', 'notApplicable', 'pass')
        $missing = $All | Where-Object Outcome -eq 'insufficientEvidence' | Select-Object -First 1
        $missing.MissingEvidence.Count | Should -BeGreaterThan 0
    }

    It 'include fleet findings, one per machine they name, with Role fleet' {
        Assert-WdEngine
        $fleet = @($Diagnoses | Where-Object Role -eq 'fleet')
        $fleet.Count | Should -BeGreaterThan 0
        ($fleet | Where-Object RuleId -eq 'fleet-client-target-mismatch' | ForEach-Object ComputerName) | Should -Contain 'laptop-7731.contoso.com'
    }
}

Describe 'Failures are non-terminating errors' {
    BeforeAll {
        $script:BadFolder = Join-Path $Work 'bad'
        New-Item -ItemType Directory -Path $BadFolder | Out-Null
        $script:Empty = Join-Path $BadFolder 'empty.json'
        Set-Content -Path $Empty -Value '' -NoNewline
        $script:Truncated = Join-Path $BadFolder 'truncated.json'
        Set-Content -Path $Truncated -Value '{"schemaVersion":"1.0","role":' -NoNewline
        $script:Good = Join-Path $Examples 'broken-wsus-server.json'
    }

    It 'writes an error per unreadable file (category, TargetObject, the engine''s reason), goes on, sets $? and lists them in a closing warning' {
        Assert-WdEngine
        $results = @(Invoke-WsusDiagnosis -Path $Empty, $Good, $Truncated, (Join-Path $Work 'missing-*.json') -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)
        $succeeded = $?
        $succeeded | Should -BeFalse
        @($results | Where-Object Role -ne 'fleet' | ForEach-Object ComputerName | Sort-Object -Unique) | Should -Be @('WSUS02')
        $failures.Count | Should -Be 3
        $missing = $failures | Where-Object { $_.FullyQualifiedErrorId -like 'FactFileNotFound,*' }
        $missing.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $emptyError = $failures | Where-Object { $_.TargetObject -eq $Empty }
        $emptyError.FullyQualifiedErrorId | Should -BeLike 'E_EMPTY,*Invoke-WsusDiagnosis'
        $emptyError.CategoryInfo.Category | Should -Be 'InvalidData'
        $emptyError.Exception | Should -BeOfType ([System.IO.InvalidDataException])
        "$emptyError" | Should -BeLike "Fact file $Empty could not be diagnosed: the file is empty*"
        ($failures | Where-Object { $_.TargetObject -eq $Truncated }).ToString() | Should -BeLike '*not valid JSON*'
        $closing = @($warnings | Where-Object { $_.Message -like '*could not be diagnosed*' })
        $closing.Count | Should -Be 1
        $closing[0].Message | Should -BeLike '3 machine(s) or fact file(s) could not be diagnosed*empty.json: the file is empty*truncated.json: not valid JSON*'
    }

    It 'stops at the first failure with -ErrorAction Stop, and leaves no temporary report' {
        Assert-WdEngine
        $before = @(Get-ChildItem -Path ([System.IO.Path]::GetTempPath()) -Filter 'wsus-doctor-*.ndjson' | ForEach-Object FullName)
        { Invoke-WsusDiagnosis -Path $Empty, $Good -ErrorAction Stop } | Should -Throw "Fact file $Empty could not be diagnosed: the file is empty*"
        @(Get-ChildItem -Path ([System.IO.Path]::GetTempPath()) -Filter 'wsus-doctor-*.ndjson' | ForEach-Object FullName | Where-Object { $before -notcontains $_ }) | Should -BeNullOrEmpty
    }

    It 'reports an unreachable machine with the remoting error itself, as an error of its category for that computer' {
        Mock -ModuleName WsusDoctor Invoke-WdRemoteCollection {
            foreach ($name in $ComputerName) {
                if ($name -eq 'OFFLINE9') {
                    $exception = [System.Management.Automation.Remoting.PSRemotingTransportException]::new('Connecting to remote server OFFLINE9 failed with the following error message : WinRM cannot complete the operation.')
                    [pscustomobject]@{ ComputerName = $name; Json = $null; ErrorRecord = [System.Management.Automation.ErrorRecord]::new($exception, 'CannotConnect', 'OpenError', $name) }
                }
                else { [pscustomobject]@{ ComputerName = $name; Json = (ConvertTo-WsusDoctorJson (New-WdTestFact $name 'client')); ErrorRecord = $null } }
            }
        }
        $results = @(Invoke-WsusDiagnosis -ComputerName 'PC-1', 'OFFLINE9', 'PC-2' -EnginePath $FakeEngine -NodePath $NodeExe -OutputDirectory (Join-Path $Work 'remote') -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)
        @($results | ForEach-Object ComputerName | Sort-Object -Unique) | Should -Be @('PC-1', 'PC-2')
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be 'OFFLINE9'
        $failures[0].CategoryInfo.Category | Should -Be 'OpenError'
        $failures[0].Exception | Should -BeOfType ([System.Management.Automation.Remoting.PSRemotingTransportException])
        "$($failures[0])" | Should -BeLike 'Could not collect the facts of OFFLINE9: Connecting to remote server OFFLINE9 failed*WinRM cannot complete the operation.'
        ($warnings | Where-Object { $_.Message -like '*could not be diagnosed*' }).Message | Should -BeLike '*OFFLINE9: Connecting to remote server*'
        { Invoke-WsusDiagnosis -ComputerName 'OFFLINE9' -EnginePath $FakeEngine -NodePath $NodeExe -OutputDirectory (Join-Path $Work 'remote2') -ErrorAction Stop } | Should -Throw '*WinRM cannot complete the operation*'
    }
}

Describe 'The "checks could not run" warning' {
    It 'says how many checks could not run on how many machines, and why; -IncludeAll shows them as objects' {
        Assert-WdEngine
        $results = @(Invoke-WsusDiagnosis -Path $Examples -WarningVariable warnings -WarningAction SilentlyContinue)
        $results.Count | Should -BeGreaterThan 0
        $warning = @($warnings | Where-Object { $_.Message -like '*could not run*' })
        $warning.Count | Should -Be 1
        $warning[0].Message | Should -Match '^\d+ check\(s\) could not run on \d+ of 7 machine\(s\) for lack of evidence: '
        $warning[0].Message | Should -BeLike '*x logs.softwareDistribution not collected (not requested)*'
        $warning[0].Message | Should -BeLike '*Use -IncludeAll to see them*'
        $count = [int]($warning[0].Message -replace '^(\d+) .*$', '$1')
        $all = @(Invoke-WsusDiagnosis -Path $Examples -IncludeAll -WarningAction SilentlyContinue)
        @($all | Where-Object { $_.Outcome -eq 'insufficientEvidence' -and $_.Role -ne 'fleet' }).Count | Should -Be $count
    }

    It 'warns even when no diagnosis was found (an empty result is not "all clear")' {
        Assert-WdEngine
        $results = @(Invoke-WsusDiagnosis -Path (Join-Path $Examples 'healthy-wsus-server.json') -WarningVariable warnings -WarningAction SilentlyContinue)
        @($results | Where-Object Role -ne 'fleet').Count | Should -Be 0
        @($warnings | Where-Object { $_.Message -like '*could not run on 1 of 1 machine(s)*' }).Count | Should -Be 1
    }
}

Describe 'Engine runs and streaming (fake engine)' {
    BeforeEach { Remove-Item $EngineLog, "$EngineLog.cwd" -ErrorAction SilentlyContinue }
    AfterEach { Remove-Item Env:\WD_FAKE_ENGINE_COMPACT, Env:\WD_FAKE_ENGINE_RELEASE -ErrorAction SilentlyContinue }

    It 'runs one batch with an NDJSON report in a temporary file, in the current location, with files under it as relative paths' {
        $folder = Join-Path $Work 'relative'
        New-Item -ItemType Directory -Path $folder | Out-Null
        foreach ($name in 'A1', 'A2') { Export-WsusDoctorFact -InputObject (New-WdTestFact $name) -Path (Join-Path $folder "$name.json") | Out-Null }
        Push-Location $Work
        try { $results = @(Get-ChildItem $folder -Filter '*.json' | Invoke-WsusDiagnosis -EnginePath $FakeEngine -NodePath $NodeExe -WarningAction SilentlyContinue) }
        finally { Pop-Location }
        $calls = @(Get-WdEngineCall)
        $calls.Count | Should -Be 1
        $sep = [System.IO.Path]::DirectorySeparatorChar
        @($calls[0] | Select-Object -First 4) | Should -Be @('batch', "relative${sep}A1.json", "relative${sep}A2.json", '--format')
        $calls[0][4] | Should -BeLike "ndjson=$([System.IO.Path]::GetTempPath())*wsus-doctor-*.ndjson"
        @($calls[0] | Select-Object -Skip 5) | Should -Be @('--fail-on', 'none', '--quiet')
        Test-Path ($calls[0][4] -replace '^ndjson=', '') | Should -BeFalse -Because 'the temporary report is deleted'
        @(Get-Content "$EngineLog.cwd") | Should -Be @((Resolve-Path $Work).ProviderPath)
        @($results | ForEach-Object FactFile | Sort-Object -Unique) | Should -Be @((Join-Path $folder 'A1.json'), (Join-Path $folder 'A2.json'))
        @($results | Where-Object ComputerName -eq 'A1' | ForEach-Object { [string]$_.Severity }) | Should -Be @('Critical', 'Warning')
    }

    It 'reads the compact NDJSON: rule metadata from a catalogue record, results naming the rule by id' {
        $env:WD_FAKE_ENGINE_COMPACT = '1'
        $fact = Join-Path $Work 'COMPACT1.json'
        Export-WsusDoctorFact -InputObject (New-WdTestFact 'COMPACT1') -Path $fact | Out-Null
        $results = @(Invoke-WsusDiagnosis -Path $fact -EnginePath $FakeEngine -NodePath $NodeExe -IncludeAll -WarningAction SilentlyContinue)
        $pool = $results | Where-Object RuleId -eq 'wsuspool-not-started'
        $pool.Title | Should -Be 'WsusPool is not started'
        $pool.Severity | Should -Be ([WsusDoctor.Severity]::Critical)
        $pool.Remediation | Should -Be @('Start WsusPool in IIS Manager.', 'Raise the private memory limit.')
        $pool.Message | Should -Be 'WsusPool on COMPACT1 is Stopped.'
        # Most severe first, then by rule id: critical (a pass with -IncludeAll, then the failure), error, warning.
        @($results | ForEach-Object { '{0} {1}' -f $_.Severity, $_.Outcome }) | Should -Be @('Critical pass', 'Critical fail', 'Error insufficientEvidence', 'Warning fail')
    }

    It 'streams: the first machine''s objects reach the pipeline while the engine is still working on the next' {
        $files = foreach ($name in 'S1', 'S2') { $p = Join-Path $Work "$name.json"; Export-WsusDoctorFact -InputObject (New-WdTestFact $name) -Path $p | Out-Null; $p }
        $release = Join-Path $Work 'release-engine'
        $env:WD_FAKE_ENGINE_RELEASE = $release
        # The fake engine writes S1 to its report, then waits (30 s at most) for the release file before S2.
        # Were the report read only when the engine exits, S1 would arrive after that wait and S2 would say "not released".
        $seen = @(Invoke-WsusDiagnosis -Path $files -EnginePath $FakeEngine -NodePath $NodeExe -WarningAction SilentlyContinue | ForEach-Object {
                if (-not (Test-Path $release)) { Set-Content -Path $release -Value 'go' }
                $_
            })
        ($seen | Where-Object ComputerName -eq 'S2' | Select-Object -First 1).Message | Should -BeLike '*(released)'
    }

    It 'stops the engine when the pipeline stops early (Select-Object -First)' {
        $files = foreach ($name in 'T1', 'T2') { $p = Join-Path $Work "$name.json"; Export-WsusDoctorFact -InputObject (New-WdTestFact $name) -Path $p | Out-Null; $p }
        $env:WD_FAKE_ENGINE_RELEASE = Join-Path $Work 'never-released'
        $first = Invoke-WsusDiagnosis -Path $files -EnginePath $FakeEngine -NodePath $NodeExe -WarningAction SilentlyContinue | Select-Object -First 1
        $first.ComputerName | Should -Be 'T1'
        # The fake engine would still be waiting for its release file: no node process of it is left, nor its report.
        @(Get-Process -Name node -ErrorAction SilentlyContinue | Where-Object { $_.CommandLine -like "*fake-engine*T2.json*" }).Count | Should -Be 0
        $report = (@(Get-WdEngineCall)[0] | Where-Object { $_ -like 'ndjson=*' }) -replace '^ndjson=', ''
        $report | Should -Not -BeNullOrEmpty
        Test-Path $report | Should -BeFalse
    }
}

Describe 'Local collection (mocked collector)' {
    It 'collects this machine, saves its fact file and diagnoses it' {
        Mock -ModuleName WsusDoctor Get-WsusDoctorFact { New-WdTestFact 'LOCAL01' }
        $out = Join-Path $Work 'local'
        $results = @(Invoke-WsusDiagnosis -EnginePath $FakeEngine -NodePath $NodeExe -OutputDirectory $out -WarningAction SilentlyContinue)
        @($results | ForEach-Object RuleId) | Should -Be @('wsuspool-not-started', 'content-dir-low-space')
        $results[0].PSObject.TypeNames[0] | Should -Be 'WsusDoctor.Diagnosis'
        $results[0].ComputerName | Should -Be 'LOCAL01'
        $results[0].FactFile | Should -BeLike (Join-Path $out '*.json')
        @(Get-ChildItem $out -Filter *.json).Count | Should -Be 1
    }
}

Describe 'Finding Node.js and the engine' {
    It 'says clearly when Node.js is missing' {
        { Invoke-WsusDiagnosis -Path (Join-Path $Work 'x.json') -EnginePath $FakeEngine -NodePath (Join-Path $Work 'no-node-here') } |
            Should -Throw '*Node.js was not found*20.19*'
    }

    It 'says clearly when Node.js is too old' {
        $oldNode = Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'fake-node-old.sh'
        { Invoke-WsusDiagnosis -Path (Join-Path $Work 'x.json') -EnginePath $FakeEngine -NodePath $oldNode } |
            Should -Throw '*v18.20.4*too old*20.19*'
    }

    It 'says clearly when -EnginePath holds no engine' {
        { Invoke-WsusDiagnosis -Path (Join-Path $Work 'x.json') -EnginePath (Join-Path $Work 'nowhere') -NodePath $NodeExe } |
            Should -Throw '*bin/wsus-doctor.js*not found*-EnginePath*'
    }
}

Describe 'The built module (dist/powershell/WsusDoctor/<version>)' {
    BeforeAll {
        $script:Version = (Get-Content -Raw (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json).version
        $script:Built = Join-Path $RepoRoot 'dist' 'powershell' 'WsusDoctor' ($Version -replace '-.*$', '')
        $script:BuiltManifest = Join-Path $Built 'WsusDoctor.psd1'
        $script:NodeFolder = Split-Path -Parent (Get-Command $NodeExe).Source
        function Invoke-WdChildPwsh([string] $Command, [string] $PathVariable) {
            $previous = $env:PATH
            try {
                $env:PATH = $PathVariable
                $output = & $PwshExe -NoProfile -NonInteractive -Command $Command 2>&1
                [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = (@($output | ForEach-Object { "$_" }) -join "`n") }
            }
            finally { $env:PATH = $previous }
        }
    }

    It 'has a manifest with the package.json version, metadata, views and exports' {
        if (-not (Test-Path $BuiltManifest)) { throw 'the module is not built: run npm run build (npm test builds it first)' }
        # (PowerShell 7 warns that ModuleToProcess is deprecated: the manifest keeps it for Windows PowerShell 2.0.)
        $manifest = Test-ModuleManifest -Path $BuiltManifest -ErrorAction Stop -WarningAction SilentlyContinue
        $manifest.Version | Should -Be ([version]($Version -replace '-.*$', ''))
        $manifest.Description | Should -BeLike '*KB 4025764*Invoke-WsusDiagnosis*'
        $manifest.Author | Should -Not -BeNullOrEmpty
        $manifest.Tags | Should -Contain 'WSUS'
        @($manifest.ExportedFunctions.Keys | Sort-Object) | Should -Be @('ConvertTo-WsusDoctorJson', 'Export-WsusDoctorFact', 'Get-WsusDoctorFact', 'Invoke-WsusDiagnosis')
        $data = Import-PowerShellDataFile $BuiltManifest
        $data.FormatsToProcess | Should -Be @('WsusDoctor.Format.ps1xml')
        $data.TypesToProcess | Should -Be @('WsusDoctor.Types.ps1xml')
        Test-Path (Join-Path $Built 'Invoke-WsusDoctorCollection.ps1') | Should -BeTrue
    }

    It 'imports by path and finds the engine of the package around it' {
        if (-not (Test-Path $BuiltManifest)) { throw 'the module is not built: run npm run build (npm test builds it first)' }
        Assert-WdEngine
        $command = "Import-Module '$BuiltManifest'; Invoke-WsusDiagnosis -Path '$(Join-Path $Examples 'broken-wsus-server.json')' -WarningAction SilentlyContinue | Select-Object -First 1 | Format-Table | Out-String -Width 200"
        $run = Invoke-WdChildPwsh -Command $command -PathVariable ($NodeFolder + [System.IO.Path]::PathSeparator + '/usr/bin:/bin')
        $run.Output | Should -Match 'WSUS02\s+Critical\s+wsus-pool-not-started'
    }

    It 'copied elsewhere (a PSModulePath folder), finds wsus-doctor on PATH, and says what to do when there is none' {
        if (-not (Test-Path $BuiltManifest)) { throw 'the module is not built: run npm run build (npm test builds it first)' }
        Assert-WdEngine
        $modules = Join-Path $Work 'Modules'
        New-Item -ItemType Directory -Path (Join-Path $modules 'WsusDoctor') -Force | Out-Null
        Copy-Item -Path $Built -Destination (Join-Path $modules 'WsusDoctor') -Recurse
        $bin = Join-Path $Work 'global-bin'
        New-Item -ItemType Directory -Path $bin | Out-Null
        New-Item -ItemType SymbolicLink -Path (Join-Path $bin 'wsus-doctor') -Target (Join-Path $RepoRoot 'bin' 'wsus-doctor.js') | Out-Null
        $command = "`$env:PSModulePath = '$modules' + [System.IO.Path]::PathSeparator + `$env:PSModulePath; Import-Module WsusDoctor; Invoke-WsusDiagnosis -Path '$(Join-Path $Examples 'broken-wsus-server.json')' -WarningAction SilentlyContinue -Verbose 4>&1 | Select-Object -First 2 | Out-String -Width 200"
        $withCommand = Invoke-WdChildPwsh -Command $command -PathVariable ($bin + [System.IO.Path]::PathSeparator + $NodeFolder + [System.IO.Path]::PathSeparator + '/usr/bin:/bin')
        $withCommand.Output | Should -BeLike "*wsus-doctor engine: $(Join-Path $RepoRoot 'bin' 'wsus-doctor.js')*"
        $withCommand.Output | Should -Match 'WSUS02\s+Critical\s+wsus-pool-not-started'
        $without = Invoke-WdChildPwsh -Command $command -PathVariable ($NodeFolder + [System.IO.Path]::PathSeparator + '/usr/bin:/bin')
        $without.Output | Should -BeLike '*wsus-doctor engine was not found*no wsus-doctor command on PATH*npm install -g*-EnginePath*'
    }
}

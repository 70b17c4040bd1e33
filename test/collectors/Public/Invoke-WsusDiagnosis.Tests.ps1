# Invoke-WsusDiagnosis: local and remote collection (mocked), one engine run for all files, objects
# out, failed machines as entries, Node.js checks; with a fake engine and with the real CLI.
# (Invoke-WdRemoteCollection itself: ../Diagnosis/Invoke-WdRemoteCollection.Tests.ps1.)
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot '..' 'WdFixture.psm1') -Force
    $script:FakeEngine = Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'fake-engine'
    $script:Work = Join-Path ([System.IO.Path]::GetTempPath()) ('wd-diagnosis-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Work | Out-Null
    $script:EngineLog = Join-Path $Work 'engine-calls.log'
    $env:WD_FAKE_ENGINE_LOG = $EngineLog

    function New-WdTestFact([string] $Name, [string] $Role = 'server') {
        $doc = [System.Collections.Specialized.OrderedDictionary]::new()
        $doc['schemaVersion'] = '1.0'
        $doc['role'] = $Role
        $doc['host'] = @{ computerName = $Name }
        $doc['collectedAt'] = '2024-05-01T10:00:00.000Z'
        $doc['collector'] = @{ name = 'Invoke-WsusDoctorCollection'; version = '1.0.0' }
        , $doc
    }
    function Get-WdEngineCallCount { if (Test-Path $EngineLog) { @(Get-Content $EngineLog).Count } else { 0 } }
}

AfterAll {
    Remove-Item Env:\WD_FAKE_ENGINE_LOG -ErrorAction SilentlyContinue
    Remove-WdFixtureFiles
    if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
}

Describe 'Invoke-WsusDiagnosis with a fake engine' {
    BeforeEach { if (Test-Path $EngineLog) { Remove-Item $EngineLog } }

    It 'collects locally, saves the fact file, runs the engine once and returns the failed checks' {
        Mock -ModuleName WsusDoctor Get-WsusDoctorFact { New-WdTestFact 'LOCAL01' }
        $out = Join-Path $Work 'local'
        $results = @(Invoke-WsusDiagnosis -EnginePath $FakeEngine -NodePath $NodeExe -OutputDirectory $out)
        $results.Count | Should -Be 1
        $r = $results[0]
        $r.PSObject.TypeNames[0] | Should -Be 'WsusDoctor.Diagnosis'
        $r.ComputerName | Should -Be 'LOCAL01'
        $r.Role | Should -Be 'server'
        $r.Status | Should -Be 'diagnosed'
        $r.RuleId | Should -Be 'wsuspool-not-started'
        $r.Severity | Should -Be 'critical'
        $r.Outcome | Should -Be 'fail'
        $r.Remediation | Should -Be 'Start WsusPool in IIS Manager. Raise the private memory limit.'
        $r.Reference | Should -BeLike 'https://learn.microsoft.com/*'
        $r.Evidence | Should -Be 'iis.appPools.WsusPool.state="Stopped"'
        @(Get-ChildItem $out -Filter *.json).Count | Should -Be 1
        Get-WdEngineCallCount | Should -Be 1
    }

    It 'returns every outcome with -IncludeAll' {
        Mock -ModuleName WsusDoctor Get-WsusDoctorFact { New-WdTestFact 'LOCAL01' }
        $results = @(Invoke-WsusDiagnosis -EnginePath $FakeEngine -NodePath $NodeExe -OutputDirectory (Join-Path $Work 'all') -IncludeAll)
        @($results | ForEach-Object Outcome) | Should -Be @('fail', 'pass')
    }

    It 'fans out remotely, keeps unreachable machines as failed entries, and calls the engine once for all files' {
        Mock -ModuleName WsusDoctor Invoke-WdRemoteCollection {
            foreach ($name in $ComputerName) {
                if ($name -eq 'OFFLINE9') {
                    [pscustomobject]@{ ComputerName = $name; Json = $null; Error = 'Connecting to remote server OFFLINE9 failed: WinRM cannot complete the operation.' }
                }
                else {
                    [pscustomobject]@{ ComputerName = $name; Json = (ConvertTo-WsusDoctorJson (New-WdTestFact $name 'client')); Error = $null }
                }
            }
        }
        $out = Join-Path $Work 'remote'
        $results = @(Invoke-WsusDiagnosis -ComputerName 'PC-1', 'PC-2', 'OFFLINE9' -ThrottleLimit 2 -EnginePath $FakeEngine -NodePath $NodeExe -OutputDirectory $out)
        Should -Invoke -ModuleName WsusDoctor Invoke-WdRemoteCollection -Times 1 -Exactly -ParameterFilter { $ThrottleLimit -eq 2 -and $ComputerName.Count -eq 3 }
        Get-WdEngineCallCount | Should -Be 1
        (Get-Content $EngineLog | ConvertFrom-Json -NoEnumerate).Count | Should -Be 5   # diagnose + 2 files + --format json
        @(Get-ChildItem $out -Filter *.json).Count | Should -Be 2
        $failed = @($results | Where-Object Status -eq 'failed')
        $failed.Count | Should -Be 1
        $failed[0].ComputerName | Should -Be 'OFFLINE9'
        $failed[0].Message | Should -BeLike '*WinRM cannot complete*'
        @($results | Where-Object Status -eq 'diagnosed' | ForEach-Object ComputerName) | Should -Be @('PC-1', 'PC-2')
    }

    It 'diagnoses existing files with -Path and reports a file the engine could not diagnose as failed' {
        $good = Join-Path $Work 'WSUS9.json'
        Export-WsusDoctorFact -InputObject (New-WdTestFact 'WSUS9') -Path $good | Out-Null
        $bad = Join-Path $Work 'broken.json'
        Set-Content -Path $bad -Value '{}'
        $results = @(Invoke-WsusDiagnosis -Path $good, $bad, (Join-Path $Work 'missing-*.json') -EnginePath $FakeEngine -NodePath $NodeExe)
        Get-WdEngineCallCount | Should -Be 1
        ($results | Where-Object ComputerName -eq 'WSUS9').RuleId | Should -Be 'wsuspool-not-started'
        ($results | Where-Object ComputerName -eq 'BROKEN').Message | Should -Be 'schemaVersion: must be 1.0'
        @($results | Where-Object { $_.Status -eq 'failed' -and $_.Message -like 'No fact file matches*' }).Count | Should -Be 1
    }

    It 'says clearly when Node.js is missing' {
        { Invoke-WsusDiagnosis -Path (Join-Path $Work 'x.json') -EnginePath $FakeEngine -NodePath (Join-Path $Work 'no-node-here') } |
            Should -Throw '*Node.js was not found*20.19*'
    }

    It 'says clearly when Node.js is too old' {
        $oldNode = Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'fake-node-old.sh'
        { Invoke-WsusDiagnosis -Path (Join-Path $Work 'x.json') -EnginePath $FakeEngine -NodePath $oldNode } |
            Should -Throw '*v18.20.4*too old*20.19*'
    }

    It 'says clearly when the engine cannot be found' {
        { Invoke-WsusDiagnosis -Path (Join-Path $Work 'x.json') -EnginePath (Join-Path $Work 'nowhere') -NodePath $NodeExe } |
            Should -Throw '*bin/wsus-doctor.js*not found*-EnginePath*'
    }
}

Describe 'Invoke-WsusDiagnosis with the real engine' {
    BeforeAll {
        $script:EngineReady = Test-WdEngineAvailable
    }

    It 'collects (mocked probes, Server 2016 with a stopped WsusPool), diagnoses with bin/wsus-doctor.js and returns objects' {
        if (-not $EngineReady) { throw 'the engine CLI is not built: run npm run build (npm test builds it first)' }
        $real = & (Get-Module WsusDoctor) { ${function:Read-WdFileTail} }
        Import-WdFixture -Name 'server-2016-wsuspool-stopped' -RealReadTail $real | Out-Null
        Set-WdFixtureMock
        $results = @(Invoke-WsusDiagnosis -IncludeAll -NodePath $NodeExe -OutputDirectory (Join-Path $Work 'real') -SkipWindowsUpdateLog)
        $results.Count | Should -BeGreaterThan 0
        @($results | Where-Object Status -eq 'failed') | Should -BeNullOrEmpty -Because (($results | Where-Object Status -eq 'failed' | ForEach-Object Message) -join '; ')
        @($results | ForEach-Object ComputerName | Sort-Object -Unique) | Should -Be @('WSUS16')
        foreach ($r in $results) {
            $r.RuleId | Should -Not -BeNullOrEmpty
            $r.Outcome | Should -BeIn 'fail', 'pass', 'notApplicable', 'insufficientEvidence'
            $r.Severity | Should -BeIn 'critical', 'error', 'warning', 'info'
        }
    }
}

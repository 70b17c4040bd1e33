# End-to-end scenario tests: the REAL collector (Get-WsusDoctorFact + Export-WsusDoctorFact) runs with
# every probe replaced by fixture data (test/fixtures/collectors/*.json); the written file is validated
# against schemas/facts.schema.json (ajv) and, when the engine is built, diagnosed by the engine's CLI.
BeforeDiscovery {
    $fixtureDir = Join-Path $PSScriptRoot '..' 'fixtures' 'collectors'
    $scenarios = foreach ($file in Get-ChildItem -Path $fixtureDir -Filter '*.json' | Sort-Object Name) {
        $fixture = Get-Content -Raw $file.FullName | ConvertFrom-Json -AsHashtable
        $expect = $fixture['expect']
        @{
            Name     = $file.BaseName
            Role     = $expect['role']
            Sections = @(foreach ($k in $expect['sections'].Keys) { @{ Path = $k; Status = $expect['sections'][$k] } })
            Values   = @(if ($expect.ContainsKey('values')) { foreach ($k in $expect['values'].Keys) { @{ Path = $k; Expected = $expect['values'][$k] } } })
            Absent   = @(if ($expect.ContainsKey('absent')) { foreach ($k in $expect['absent']) { @{ Path = $k } } })
            EngineFails = @(if ($expect.ContainsKey('engineFails')) { foreach ($k in $expect['engineFails']) { @{ RuleId = $k } } })
            Contains = @(if ($expect.ContainsKey('messageContains')) { foreach ($k in $expect['messageContains'].Keys) { @{ Path = $k; Text = $expect['messageContains'][$k] } } })
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'WdFixture.psm1') -Force
    $script:RealReadTail = & (Get-Module WsusDoctor) { ${function:Read-WdFileTail} }
    $script:PackageVersion = (Get-Content -Raw (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json).version
    $script:OutDir = Join-Path ([System.IO.Path]::GetTempPath()) ('wd-scenarios-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $OutDir | Out-Null

    # Collect every scenario first (the mocks read the fixture loaded last), then validate all files
    # with one ajv run and diagnose them with one engine run: two node start-ups instead of sixteen.
    Set-WdFixtureMock
    $script:Collected = @{}
    foreach ($scenario in (Get-ChildItem -Path (Join-Path $PSScriptRoot '..' 'fixtures' 'collectors') -Filter '*.json' | Sort-Object Name)) {
        $fixture = Import-WdFixture -Name $scenario.BaseName -RealReadTail $RealReadTail
        $parameters = @{}
        if ($fixture.ContainsKey('parameters')) { foreach ($k in $fixture['parameters'].Keys) { $parameters[$k] = $fixture['parameters'][$k] } }
        $facts = Get-WsusDoctorFact @parameters
        $file = Join-Path $OutDir "$($scenario.BaseName).json"
        Export-WsusDoctorFact -InputObject $facts -Path $file | Out-Null
        $Collected[$scenario.BaseName] = @{ File = $file; Json = (Get-Content -Raw $file | ConvertFrom-Json -AsHashtable) }
    }
    $files = @($Collected.Values | ForEach-Object { $_.File })
    $script:Validations = @{}
    foreach ($v in (Invoke-WdFactValidation -Path $files)) { $Validations[$v.file] = $v }
    $script:EngineRun = $null
    $script:EngineMachines = @{}
    if (Test-WdEngineAvailable) {
        $script:EngineRun = Invoke-WdEngineDiagnose -Path $files
        if ($EngineRun.Stdout) {
            try { foreach ($m in ($EngineRun.Stdout | ConvertFrom-Json -AsHashtable)['machines']) { $EngineMachines[[System.IO.Path]::GetFullPath($m['file'])] = $m } } catch { $EngineMachines = @{} }
        }
    }
}

AfterAll {
    Remove-WdFixtureFiles
    if ($OutDir -and (Test-Path $OutDir)) { Remove-Item -Recurse -Force $OutDir }
}

Describe 'Scenario <Name>' -ForEach $scenarios {
    BeforeAll {
        $script:FactFile = $Collected[$Name].File
        $script:Json = $Collected[$Name].Json
        $script:Validation = $Validations[$FactFile]
    }

    It 'writes a fact file that validates against schemas/facts.schema.json' {
        $Validation.valid | Should -BeTrue -Because (($Validation.errors | ForEach-Object { "$($_.path) $($_.message)" }) -join '; ')
    }

    It 'writes UTF-8 without BOM, pure ASCII' {
        $Validation.bom | Should -BeFalse
        $bytes = [System.IO.File]::ReadAllBytes($FactFile)
        [System.Array]::FindIndex($bytes, [Predicate[byte]] { param($b) $b -gt 127 }) | Should -Be -1
    }

    It 'records the collector version of package.json' {
        $Json['collector']['version'] | Should -BeExactly $PackageVersion
    }

    It 'detects the role <Role>' {
        $Json['role'] | Should -Be $Role
    }

    It 'is accepted and diagnosed by the engine (validated by its own schema check, exit 0 or 1)' {
        if ($null -eq $EngineRun) { throw 'the engine CLI is not built: run npm run build (npm test builds it first)' }
        if ($EngineRun.ExitCode -notin 0, 1, 2) { throw "the engine failed internally (exit $($EngineRun.ExitCode)): $($EngineRun.Stderr)" }
        $machine = $EngineMachines[[System.IO.Path]::GetFullPath($FactFile)]
        $machine | Should -Not -BeNullOrEmpty -Because "the engine report should list $FactFile (exit $($EngineRun.ExitCode)): $($EngineRun.Stderr)"
        $reason = if ($machine['error'] -is [System.Collections.IDictionary]) { [string]$machine['error']['message'] } else { '' }
        $machine['status'] | Should -Be 'diagnosed' -Because $reason
        @($machine['results']).Count | Should -BeGreaterThan 0
    }

    It 'is diagnosed by the engine with <RuleId> failing' -ForEach $EngineFails {
        if ($null -eq $EngineRun) { throw 'the engine CLI is not built: run npm run build (npm test builds it first)' }
        $machine = $EngineMachines[[System.IO.Path]::GetFullPath($FactFile)]
        $result = @($machine['results'] | Where-Object { $_['ruleId'] -eq $RuleId })
        # Rule ids are stable and never reused: a missing id is a real regression.
        if ($result.Count -eq 0) { throw "the engine has no rule $RuleId (rule ids are never removed or renamed)" }
        $result[0]['outcome'] | Should -Be 'fail' -Because $result[0]['message']
    }

    It 'section <Path> is <Status>' -ForEach $Sections {
        $found = Get-WdJsonPathValue -Document $Json -Path "$Path.status"
        $message = (Get-WdJsonPathValue -Document $Json -Path "$Path.message").Value
        $found.Found | Should -BeTrue
        $found.Value | Should -Be $Status -Because "message: $message"
    }

    It '<Path> is <Expected>' -ForEach $Values {
        $found = Get-WdJsonPathValue -Document $Json -Path $Path
        $found.Found | Should -BeTrue -Because "$Path should be present"
        $found.Value | Should -Be $Expected
    }

    It '<Path> is absent (not known)' -ForEach $Absent {
        (Get-WdJsonPathValue -Document $Json -Path $Path).Found | Should -BeFalse
    }

    It '<Path> mentions "<Text>"' -ForEach $Contains {
        $found = Get-WdJsonPathValue -Document $Json -Path $Path
        $found.Found | Should -BeTrue
        [string]$found.Value | Should -BeLike "*$Text*"
    }
}

Describe 'The engine on one scenario file alone' {
    It 'exits 0 or 1 (2 would mean the collector wrote invalid input)' {
        if ($null -eq $EngineRun) { throw 'the engine CLI is not built: run npm run build (npm test builds it first)' }
        $run = Invoke-WdEngineDiagnose -Path $Collected['server-2016-wsuspool-stopped'].File
        $run.ExitCode | Should -BeIn 0, 1 -Because $run.Stderr
    }

    It 'exits 0 or 1 on all scenario files together' {
        if ($null -eq $EngineRun) { throw 'the engine CLI is not built: run npm run build (npm test builds it first)' }
        $EngineRun.ExitCode | Should -BeIn 0, 1 -Because $EngineRun.Stderr
    }
}

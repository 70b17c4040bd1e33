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
            Contains = @(if ($expect.ContainsKey('messageContains')) { foreach ($k in $expect['messageContains'].Keys) { @{ Path = $k; Text = $expect['messageContains'][$k] } } })
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot 'WdFixture.psm1') -Force
    $script:RealReadTail = & (Get-Module WsusDoctor) { ${function:Read-WdFileTail} }
    $script:OutDir = Join-Path ([System.IO.Path]::GetTempPath()) ('wd-scenarios-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $OutDir | Out-Null
}

AfterAll {
    Remove-WdFixtureFiles
    if ($OutDir -and (Test-Path $OutDir)) { Remove-Item -Recurse -Force $OutDir }
}

Describe 'Scenario <Name>' -ForEach $scenarios {
    BeforeAll {
        $fixture = Import-WdFixture -Name $Name -RealReadTail $RealReadTail
        Set-WdFixtureMock
        $parameters = @{}
        if ($fixture.ContainsKey('parameters')) { foreach ($k in $fixture['parameters'].Keys) { $parameters[$k] = $fixture['parameters'][$k] } }
        $script:Facts = Get-WsusDoctorFact @parameters
        $script:FactFile = Join-Path $OutDir "$Name.json"
        Export-WsusDoctorFact -InputObject $Facts -Path $FactFile | Out-Null
        $script:Json = Get-Content -Raw $FactFile | ConvertFrom-Json -AsHashtable
        $script:Validation = Invoke-WdFactValidation -Path $FactFile
    }

    It 'writes a fact file that validates against schemas/facts.schema.json' {
        $Validation.valid | Should -BeTrue -Because (($Validation.errors | ForEach-Object { "$($_.path) $($_.message)" }) -join '; ')
    }

    It 'writes UTF-8 without BOM, pure ASCII' {
        $Validation.bom | Should -BeFalse
        $bytes = [System.IO.File]::ReadAllBytes($FactFile)
        @($bytes | Where-Object { $_ -gt 127 }).Count | Should -Be 0
    }

    It 'detects the role <Role>' {
        $Json['role'] | Should -Be $Role
    }

    It 'is accepted and diagnosed by the engine (exit 0 or 1)' {
        if (-not (Test-WdEngineAvailable)) { Set-ItResult -Skipped -Because 'the engine CLI is not built (npm run build)'; return }
        $run = Invoke-WdEngineDiagnose -Path $FactFile
        $run.ExitCode | Should -Not -Be 2 -Because "the engine rejected the collector's output: $($run.Stderr)"
        if ($run.ExitCode -notin 0, 1) { Set-ItResult -Skipped -Because "the engine failed internally (exit $($run.ExitCode)): $($run.Stderr)"; return }
        $report = $run.Stdout | ConvertFrom-Json -AsHashtable
        @($report['machines']).Count | Should -Be 1
        $report['machines'][0]['status'] | Should -Be 'diagnosed'
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

Describe 'Every probe failing' {
    BeforeAll {
        Import-WdFixture -Name 'server-2022-healthy' -RealReadTail $RealReadTail | Out-Null
        Mock -ModuleName WsusDoctor Get-WdEnvironment { [pscustomobject]@{ ComputerName = 'BROKEN01'; PSVersion = '5.1'; PSEdition = 'Desktop'; IsElevated = $true; WinDir = 'C:\Windows'; SystemDrive = 'C:'; ProgramFiles = 'C:\Program Files'; Temp = 'C:\Temp' } }
        foreach ($probe in 'Get-WdRegistryKey', 'Get-WdService', 'Get-WdHotFix', 'Get-WdCimInstance', 'Get-WdFileItem', 'Get-WdChildItem', 'Read-WdFileTail',
            'Get-WdIisConfiguration', 'Get-WdEventLogEntry', 'Invoke-WdCommand', 'Get-WdWsusApiVersion', 'Export-WdWindowsUpdateLog') {
            Mock -ModuleName WsusDoctor $probe { throw [System.ComponentModel.Win32Exception]::new(5, 'Access is denied') }
        }
        $script:Facts = Get-WsusDoctorFact
        $script:FactFile = Join-Path $OutDir 'all-probes-fail.json'
        Export-WsusDoctorFact -InputObject $Facts -Path $FactFile | Out-Null
        $script:Validation = Invoke-WdFactValidation -Path $FactFile
    }

    It 'still writes a valid fact document' {
        $Validation.valid | Should -BeTrue -Because (($Validation.errors | ForEach-Object { "$($_.path) $($_.message)" }) -join '; ')
    }

    It 'turns each failure into section data: <_>' -ForEach @('os', 'updates', 'services', 'clientPolicy', 'windowsUpdateClient', 'proxy', 'events') {
        $Facts[$_]['status'] | Should -Be 'error'
        $Facts[$_]['message'] | Should -BeLike '*Access is denied*'
    }

    It 'keeps the host name from the environment and records warnings' {
        $Facts['host']['computerName'] | Should -Be 'BROKEN01'
        @($Facts['collector']['warnings']).Count | Should -BeGreaterThan 0
    }
}

# The self-contained entry script collectors/Invoke-WsusDoctorCollection.ps1, copied alone into an empty folder and run
# (no Windows here: every probe fails, and the file must still be valid).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-entry'
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

Describe 'The standalone entry script' {
    BeforeAll {
        $script:Standalone = Join-Path $Work 'standalone'
        New-Item -ItemType Directory -Path $Standalone | Out-Null
        Copy-Item (Join-Path $RepoRoot 'collectors' 'Invoke-WsusDoctorCollection.ps1') $Standalone
        $pwsh = $PwshExe
        Push-Location $Standalone
        try { $script:Console = & $pwsh -NoProfile -NonInteractive -File (Join-Path $Standalone 'Invoke-WsusDoctorCollection.ps1') -SkipWindowsUpdateLog 2>&1 | Out-String }
        finally { Pop-Location }
        $script:Produced = @(Get-ChildItem $Standalone -Filter 'wsus-doctor-*.json')
        $script:AsJson = & $pwsh -NoProfile -NonInteractive -File (Join-Path $Standalone 'Invoke-WsusDoctorCollection.ps1') -SkipWindowsUpdateLog -AsJson | Out-String
    }

    It 'runs alone (copied without the module) and writes wsus-doctor-<computer>-<timestamp>.json' {
        $Produced.Count | Should -Be 1
        $Produced[0].Name | Should -Match ('^wsus-doctor-' + [regex]::Escape([System.Environment]::MachineName) + '-\d{8}-\d{6}\.json$')
    }

    It 'says at the top of the console output that it is not elevated' {
        $lines = @($Console -split "`n" | Where-Object { $_.Trim() })
        $lines[1] | Should -BeLike 'WARNING: not running as administrator*'
    }

    It 'writes a valid fact file even where every probe fails (no Windows here)' {
        $result = Invoke-WdFactValidation -Path $Produced[0].FullName
        $result.valid | Should -BeTrue -Because (($result.errors | ForEach-Object { "$($_.path) $($_.message)" }) -join '; ')
        $doc = Get-Content -Raw $Produced[0].FullName | ConvertFrom-Json
        $doc.collector.elevated | Should -BeFalse
        $doc.collector.version | Should -BeExactly (Get-Content -Raw (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json).version
    }

    It 'prints the JSON document with -AsJson (for remote collection)' {
        ($AsJson | ConvertFrom-Json).schemaVersion | Should -Be '1.0'
    }
}

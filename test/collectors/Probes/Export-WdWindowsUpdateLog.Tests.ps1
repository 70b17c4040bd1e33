# Export-WdWindowsUpdateLog (probe): Get-WindowsUpdateLog in a job with a time limit (a fake module plays Get-WindowsUpdateLog).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-wulog'
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

Describe 'Export-WdWindowsUpdateLog (Get-WindowsUpdateLog in a job with a time limit)' {
    BeforeAll {
        $script:SavedModulePath = $env:PSModulePath
        $env:PSModulePath = (Join-Path $RepoRoot 'test' 'fixtures' 'collectors') + [System.IO.Path]::PathSeparator + $env:PSModulePath
        Import-Module (Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'FakeWindowsUpdate' 'FakeWindowsUpdate.psm1') -Force -Global
    }
    AfterAll {
        $env:PSModulePath = $SavedModulePath
        Remove-Item Env:\WD_FAKE_WULOG -ErrorAction SilentlyContinue
        Remove-Module FakeWindowsUpdate -ErrorAction SilentlyContinue
    }

    It 'stops a hanging Get-WindowsUpdateLog at the time limit and says so' {
        $env:WD_FAKE_WULOG = 'hang'
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $r = & (Get-Module WsusDoctor) { param($f) Export-WdWindowsUpdateLog -OutFile $f -TimeoutSeconds 3 } (Join-Path $Work 'wu-hang.log')
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 30
        $r.Status | Should -Be 'timeout'
        $r.Message | Should -BeLike '*did not finish within 3 s*'
    }

    It 'returns ok when the decoded log was written' {
        $env:WD_FAKE_WULOG = 'ok'
        $target = Join-Path $Work 'wu-ok.log'
        $r = & (Get-Module WsusDoctor) { param($f) Export-WdWindowsUpdateLog -OutFile $f -TimeoutSeconds 60 } $target
        $r.Status | Should -Be 'ok'
        Get-Content $target | Should -BeLike '*WSUS server*'
    }

    It 'returns the error when Get-WindowsUpdateLog fails' {
        $env:WD_FAKE_WULOG = 'fail'
        $r = & (Get-Module WsusDoctor) { param($f) Export-WdWindowsUpdateLog -OutFile $f -TimeoutSeconds 60 } (Join-Path $Work 'wu-fail.log')
        $r.Status | Should -Be 'error'
    }

    It 'is unavailable where the command does not exist' {
        Remove-Module FakeWindowsUpdate -ErrorAction SilentlyContinue
        $env:PSModulePath = $SavedModulePath
        $r = & (Get-Module WsusDoctor) { Export-WdWindowsUpdateLog -OutFile 'unused.log' -TimeoutSeconds 5 }
        $r.Status | Should -Be 'unavailable'
    }
}

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

# Issue 11 item 7: a GPO or ConfigMgr rollout must see a failed collection. Exit 0 only when a fact file
# was written; otherwise one line "Invoke-WsusDoctorCollection: <reason>" on stderr and 2 (bad parameter),
# 3 (fact file not written) or 1 (unexpected failure). Every bad value is checked by Resolve-WdCollectionParameter
# (Helpers/Resolve-WdCollectionParameter.Tests.ps1); here one of each kind runs through a real process.
Describe 'The entry script exit code' {
    BeforeAll {
        $script:Entry = Join-Path $RepoRoot 'collectors' 'Invoke-WsusDoctorCollection.ps1'
        $script:ExitWork = Join-Path $Work 'exit'
        New-Item -ItemType Directory -Path $ExitWork | Out-Null
        # Runs pwsh with the arguments (-File entry ... or -Command ...); returns Code, Stderr (lines), Files written to $ExitWork.
        function Invoke-WdEntry([string[]] $Arguments) {
            $errFile = Join-Path $ExitWork 'stderr.txt'
            Push-Location $ExitWork
            try { & $PwshExe -NoProfile -NonInteractive @Arguments 2> $errFile | Out-Null; $code = $LASTEXITCODE }
            finally { Pop-Location }
            $stderr = @([System.IO.File]::ReadAllLines($errFile) | Where-Object { $_.Trim() })
            Remove-Item $errFile
            [pscustomobject]@{ Code = $code; Stderr = $stderr; Files = @(Get-ChildItem $ExitWork -Filter '*.json' | ForEach-Object Name) }
        }
    }
    AfterEach { Get-ChildItem $ExitWork -Filter '*.json' | Remove-Item }

    It 'exits <Code> with one line naming the problem for <Case>' -ForEach @(
        @{ Case = 'a -Role that does not exist'; Arguments = @('-Role', 'Sever'); Code = 2; Reason = '-Role "Sever" is not one of Auto, Server, Client' }
        @{ Case = 'an unknown parameter'; Arguments = @('-OutFlie', 'x.json'); Code = 2; Reason = 'unknown parameter or extra value "-OutFlie"*' }
        @{ Case = 'an output folder that does not exist'; Arguments = @('-OutFile', (Join-Path 'no-such-folder' 'f.json')); Code = 3; Reason = 'no fact file written: the folder * does not exist' }
        @{ Case = 'an output path that is a folder'; Arguments = @('-OutFile', '.'); Code = 3; Reason = 'no fact file written: -OutFile * is a folder; name a file in it' }
        @{ Case = 'an output file that cannot be written'; Arguments = @('-OutFile', '/proc/wsus-doctor-facts.json'); Code = 3; Reason = 'no fact file written: /proc/wsus-doctor-facts.json could not be written: *' }
    ) {
        $run = Invoke-WdEntry (@('-File', $Entry, '-SkipWindowsUpdateLog', '-Quiet') + $Arguments)
        $run.Code | Should -Be $Code
        $run.Stderr.Count | Should -Be 1 -Because ($run.Stderr -join ' | ')
        $run.Stderr[0] | Should -BeLike ('Invoke-WsusDoctorCollection: ' + $Reason)
        $run.Files | Should -BeNullOrEmpty
    }

    It 'exits 1 with one line on an unexpected failure (here: the console throws)' {
        $command = "function global:Write-Host { throw 'simulated console failure' }; & '$($Entry.Replace("'", "''"))' -SkipWindowsUpdateLog; exit `$LASTEXITCODE"
        $run = Invoke-WdEntry @('-Command', $command)
        $run.Code | Should -Be 1
        $run.Stderr.Count | Should -Be 1 -Because ($run.Stderr -join ' | ')
        $run.Stderr[0] | Should -BeExactly 'Invoke-WsusDoctorCollection: no fact file written: unexpected failure: simulated console failure'
        $run.Files | Should -BeNullOrEmpty
    }

    It 'exits 0 with nothing on stderr when the fact file was written (-Redact: the name carries the pseudonym)' {
        $run = Invoke-WdEntry @('-File', $Entry, '-SkipWindowsUpdateLog', '-Quiet', '-Redact')
        $run.Code | Should -Be 0
        $run.Stderr | Should -BeNullOrEmpty
        $run.Files.Count | Should -Be 1
        $run.Files[0] | Should -Match '^wsus-doctor-HOST-[0-9A-F]{8}-\d{8}-\d{6}\.json$'
        [System.IO.File]::ReadAllText((Join-Path $ExitWork $run.Files[0])) | Should -Not -Match ([regex]::Escape([System.Environment]::MachineName))
    }
}

# Export-WsusDoctorFact: the fact file on disk (UTF-8 without BOM, relative paths).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-export'
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

Describe 'Export-WsusDoctorFact' {
    It 'writes UTF-8 without BOM and resolves relative paths against the PowerShell location' {
        Push-Location $Work
        try {
            $file = Export-WsusDoctorFact -InputObject @{ name = 'caf' + [char]0xE9 } -Path 'relative.json'
        }
        finally { Pop-Location }
        $file.FullName | Should -Be (Join-Path $Work 'relative.json')
        $bytes = [System.IO.File]::ReadAllBytes($file.FullName)
        $bytes[0] | Should -Be ([byte][char]'{')
        [System.Text.Encoding]::ASCII.GetString($bytes) | Should -BeLike '*caf\u00e9*'
    }
}

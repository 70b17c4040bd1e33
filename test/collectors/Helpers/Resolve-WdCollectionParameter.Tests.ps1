# Resolve-WdCollectionParameter: the entry script's parameters, given as text, converted or refused in one line
# (the entry script then exits 2; Invoke-WsusDoctorCollection.Tests.ps1 runs it as a process).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function Resolve-WdTest([hashtable] $Change) {
        $p = @{ Role = 'Auto'; MaxLogAgeDays = '3'; MaxConfigMgrLogAgeDays = '8'; MaxLogSizeMB = '4'; MaxEvents = '500'; WindowsUpdateLogTimeoutSeconds = '120'; SqlTimeoutSeconds = '30'; Redact = $false; RedactKey = ''; UnknownArgument = $null }
        foreach ($k in $Change.Keys) { $p[$k] = $Change[$k] }
        & (Get-Module WsusDoctor) { param($x) Resolve-WdCollectionParameter -Parameter $x } $p
    }
}

Describe 'Resolve-WdCollectionParameter' {
    It 'converts the defaults and valid values (invariant culture, role case-insensitive)' {
        $r = Resolve-WdTest @{ Role = 'server'; MaxLogAgeDays = '0.5'; MaxEvents = '42' }
        $r.Error | Should -BeNullOrEmpty
        $r.Role | Should -BeExactly 'Server'
        $r.MaxLogAgeDays | Should -Be 0.5
        $r.MaxEvents | Should -Be 42
        $r.MaxEvents | Should -BeOfType [int]
        $r.SqlTimeoutSeconds | Should -Be 30
    }

    It 'refuses <Case> with: <Reason>' -ForEach @(
        @{ Case = 'an unknown role'; Change = @{ Role = 'Sever' }; Reason = '-Role "Sever" is not one of Auto, Server, Client' }
        @{ Case = 'a word for a number'; Change = @{ MaxLogAgeDays = 'three' }; Reason = '-MaxLogAgeDays "three" is not a number from 0 to 3650' }
        @{ Case = 'a negative age'; Change = @{ MaxConfigMgrLogAgeDays = '-1' }; Reason = '-MaxConfigMgrLogAgeDays "-1" is not a number from 0 to 3650' }
        @{ Case = 'a size too large'; Change = @{ MaxLogSizeMB = '2048' }; Reason = '-MaxLogSizeMB "2048" is not a number from 0 to 1024' }
        @{ Case = 'zero events'; Change = @{ MaxEvents = '0' }; Reason = '-MaxEvents "0" is not a whole number from 1 to 5000' }
        @{ Case = 'a fraction for a whole number'; Change = @{ WindowsUpdateLogTimeoutSeconds = '1.5' }; Reason = '-WindowsUpdateLogTimeoutSeconds "1.5" is not a whole number from 1 to 3600' }
        @{ Case = 'a decimal comma'; Change = @{ SqlTimeoutSeconds = '3,5' }; Reason = '-SqlTimeoutSeconds "3,5" is not a whole number from 1 to 600' }
        @{ Case = 'an unknown parameter'; Change = @{ UnknownArgument = @('-Verbos') }; Reason = 'unknown parameter or extra value "-Verbos" (parameters: -OutFile, *' }
        @{ Case = 'a key without -Redact'; Change = @{ RedactKey = 'secret' }; Reason = '-RedactKey is given without -Redact: add -Redact to redact the fact file' }
    ) {
        (Resolve-WdTest $Change).Error | Should -BeLike $Reason
    }

    It 'accepts a key with -Redact' {
        (Resolve-WdTest @{ Redact = $true; RedactKey = 'secret' }).Error | Should -BeNullOrEmpty
    }
}

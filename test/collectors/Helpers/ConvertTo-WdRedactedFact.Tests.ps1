# ConvertTo-WdRedactedFact (-Redact): every scenario of test/fixtures/collectors is collected with the real
# collector (probes replaced by the fixture) and written plain and with Export-WsusDoctorFact -Redact; no identifier
# of the plain file (host names, FQDNs, domains, IP addresses, user names, SusClientIds and other GUIDs,
# URL hosts: test/redact/identifiers.ts) may appear anywhere in the redacted one, which must still be a
# valid fact file and equal what `wsus-doctor redact --key` makes of the plain file (one pseudonym scheme).
BeforeDiscovery {
    $scenarios = @(Get-ChildItem -Path (Join-Path $PSScriptRoot '..' '..' 'fixtures' 'collectors') -Filter '*.json' | Sort-Object Name | ForEach-Object { @{ Name = $_.BaseName } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    Import-Module (Join-Path $PSScriptRoot '..' 'WdFixture.psm1') -Force
    $script:RealReadTail = & (Get-Module WsusDoctor) { ${function:Read-WdFileTail} }
    $script:Work = New-WdTestWorkFolder 'wd-redact'
    $script:Key = 'pester-redaction-key'

    Set-WdFixtureMock
    $script:Pairs = @{}
    $arguments = @()
    foreach ($scenario in (Get-ChildItem -Path (Join-Path $PSScriptRoot '..' '..' 'fixtures' 'collectors') -Filter '*.json' | Sort-Object Name)) {
        $fixture = Import-WdFixture -Name $scenario.BaseName -RealReadTail $RealReadTail
        $parameters = @{}
        if ($fixture.ContainsKey('parameters')) { foreach ($k in $fixture['parameters'].Keys) { $parameters[$k] = $fixture['parameters'][$k] } }
        $plain = Join-Path $Work "$($scenario.BaseName).json"
        $redacted = Join-Path $Work "$($scenario.BaseName).redacted.json"
        $facts = Get-WsusDoctorFact @parameters
        Export-WsusDoctorFact -InputObject $facts -Path $plain | Out-Null
        Export-WsusDoctorFact -InputObject $facts -Path $redacted -Redact -RedactKey $Key | Out-Null
        $arguments += $plain, $redacted
    }
    Push-Location $RepoRoot
    try { $text = & $NodeExe --import tsx (Join-Path $RepoRoot 'test' 'collectors' 'check-redaction.ts') $Key @arguments }
    finally { Pop-Location }
    foreach ($result in ($text | ConvertFrom-Json)) { $Pairs[[System.IO.Path]::GetFileNameWithoutExtension($result.plain)] = $result }
}

AfterAll {
    Remove-WdFixtureFiles
    if ($Work -and (Test-Path $Work)) { Remove-Item -Recurse -Force $Work }
}

Describe 'Redacted fact file of scenario <Name>' -ForEach $scenarios {
    BeforeAll { $script:Result = $Pairs[$Name] }

    It 'leaves no identifier of the plain collection anywhere in the file' {
        $Result.identifiers | Should -BeGreaterThan 3 -Because 'a scenario without identifiers would prove nothing'
        @($Result.leaked) | Should -BeNullOrEmpty
    }

    It 'writes a valid fact file' {
        $Result.valid | Should -BeTrue -Because ($Result.schemaErrors -join '; ')
    }

    It 'gives the same pseudonyms as wsus-doctor redact with the same key' {
        $Result.sameAsEngine | Should -BeTrue -Because $Result.firstDifference
    }
}

Describe 'ConvertTo-WdRedactedFact' {
    It 'keeps Microsoft hosts, the WSUS service id and loopback; maps a short name and its FQDN alike; changes nothing in its input' {
        $doc = New-Object System.Collections.Specialized.OrderedDictionary
        $doc['host'] = @{ computerName = 'WSUS01'; fqdn = 'wsus01.corp.contoso.com' }
        $doc['lines'] = @('ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} https://fe2.update.microsoft.com/v6/ 127.0.0.1 http://wsus01:8530 CONTOSO\jdoe 192.168.1.20')
        $out = & (Get-Module WsusDoctor) { param($d) ConvertTo-WdRedactedFact -InputObject $d } $doc
        $label = $out['host']['computerName'].ToLowerInvariant()
        $label | Should -Match '^host-[0-9a-f]{8}$'
        $out['host']['computerName'] | Should -BeExactly $label.ToUpperInvariant()
        $out['host']['fqdn'] | Should -Match ('^' + $label + '\.domain-[0-9a-f]{8}\.example$')
        $line = $out['lines'][0]
        foreach ($kept in '{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}', 'https://fe2.update.microsoft.com/v6/', '127.0.0.1', "http://$($label):8530") { $line | Should -BeLike "*$kept*" }
        $line | Should -Match 'DOM-[0-9A-F]{8}\\user-[0-9a-f]{8} 10\.\d+\.\d+\.\d+$'
        $doc['host']['computerName'] | Should -BeExactly 'WSUS01'
    }

    It 'uses the same pseudonyms with the same key and others with another key' {
        $make = { param($k) $d = New-Object System.Collections.Specialized.OrderedDictionary; $d['host'] = @{ computerName = 'PC-0042' }; (& (Get-Module WsusDoctor) { param($x, $y) ConvertTo-WdRedactedFact -InputObject $x -Key $y } $d $k)['host']['computerName'] }
        (& $make 'one') | Should -BeExactly (& $make 'one')
        (& $make 'one') | Should -Not -Be (& $make 'two')
    }

    It 'Get-WsusDoctorFact -Redact returns the document redacted' {
        Import-WdFixture -Name 'client-win11-wrong-server' -RealReadTail $RealReadTail | Out-Null
        $plain = Get-WsusDoctorFact -SkipWindowsUpdateLog
        $redacted = Get-WsusDoctorFact -SkipWindowsUpdateLog -Redact -RedactKey $Key
        $redacted['host']['computerName'] | Should -Match '^HOST-[0-9A-F]{8}$'
        $redacted['host']['computerName'] | Should -Not -Be $plain['host']['computerName']
        (ConvertTo-WsusDoctorJson $redacted) | Should -Not -Match ([regex]::Escape([string]$plain['windowsUpdateClient']['susClientId']))
    }

    It 'Export-WsusDoctorFact -Redact writes a redacted copy' {
        $doc = New-Object System.Collections.Specialized.OrderedDictionary
        $doc['host'] = @{ computerName = 'PC-0042'; ipv4Addresses = @('10.20.30.40') }
        $file = Join-Path $Work 'export-redact.json'
        Export-WsusDoctorFact -InputObject $doc -Path $file -Redact | Out-Null
        $text = [System.IO.File]::ReadAllText($file)
        $text | Should -Not -Match 'PC-0042|10\.20\.30\.40'
        $doc['host']['computerName'] | Should -BeExactly 'PC-0042'
    }
}

# Get-WdSslCertificateFact: the https binding's certificate (netsh through Invoke-WdCommand, Get-WdCertificate mocked).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function New-WdTestContext([string] $Role = 'server', [int] $UsingSsl = 1, [string] $HostName = '') {
        $setup = [System.Collections.Specialized.OrderedDictionary]::new(); $setup['UsingSSL'] = $UsingSsl; $setup['PortNumber'] = 8531
        $https = [System.Collections.Specialized.OrderedDictionary]::new(); $https['protocol'] = 'https'; $https['port'] = 8531; $https['hostName'] = $HostName
        $site = [System.Collections.Specialized.OrderedDictionary]::new(); $site['name'] = 'WSUS Administration'; $site['bindings'] = @($https)
        [pscustomobject]@{ Role = $Role; WsusSetup = $setup; WsusSetupError = $null; WsusSite = $site; Environment = [pscustomobject]@{ IsElevated = $true }; Options = [pscustomobject]@{} }
    }
    function Invoke-WdSsl($Context) { & (Get-Module WsusDoctor) { param($c) Get-WdSslCertificateFact -Context $c } $Context }
    $script:Thumb = '3C1A5E2B9D8F7A6B5C4D3E2F1A0B9C8D7E6F5A4B'
    $script:Netsh = [pscustomobject]@{ ExitCode = 0; Output = @('SSL Certificate bindings:', '', '    IP:port                      : 0.0.0.0:8531',
            "    Certificate Hash             : $($Thumb.ToLower())", '    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}', '    Certificate Store Name       : MY') }
    # DER SubjectAltName: SEQUENCE { [2] "wsus01.contoso.com", [2] "wsus01" }
    $script:San = [byte[]](@(0x30, 28, 0x82, 18) + [System.Text.Encoding]::ASCII.GetBytes('wsus01.contoso.com') + @(0x82, 6) + [System.Text.Encoding]::ASCII.GetBytes('wsus01'))
}

Describe 'Get-WdSslCertificateFact' {
    It 'reads the bound certificate: thumbprint, store, names, dates, chain' {
        Mock -ModuleName WsusDoctor Invoke-WdCommand { $Netsh }
        Mock -ModuleName WsusDoctor Get-WdCertificate {
            [pscustomobject]@{ Thumbprint = $Thumb; Subject = 'CN=wsus01.contoso.com'; Issuer = 'CN=Contoso CA'; NotBefore = [datetime]::SpecifyKind([datetime]'2026-01-01', 'Utc'); NotAfter = [datetime]::SpecifyKind([datetime]'2026-12-06 12:00', 'Utc')
                SubjectAltName = $San; HasPrivateKey = $true; ChainValid = $false; ChainStatus = @('PartialChain') }
        }
        $s = Invoke-WdSsl (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['bindingPort'] | Should -Be 8531
        $s['thumbprint'] | Should -Be $Thumb
        $s['storeName'] | Should -Be 'MY'
        @($s['dnsNames']) | Should -Be @('wsus01.contoso.com', 'wsus01')
        $s['notAfter'] | Should -Be '2026-12-06T12:00:00.000Z'
        $s['chainValid'] | Should -BeFalse
        @($s['chainStatus']) | Should -Be @('PartialChain')
        Should -Invoke -ModuleName WsusDoctor Invoke-WdCommand -ParameterFilter { $FilePath -eq 'netsh.exe' -and ($ArgumentList -join ' ') -eq 'http show sslcert ipport=0.0.0.0:8531' }
        Should -Invoke -ModuleName WsusDoctor Get-WdCertificate -ParameterFilter { $Thumbprint -eq $Thumb -and $StoreName -eq 'MY' }
    }

    It 'asks for the host-name binding when the https binding has a host name (SNI)' {
        Mock -ModuleName WsusDoctor Invoke-WdCommand { $Netsh }
        Mock -ModuleName WsusDoctor Get-WdCertificate { $null }
        $s = Invoke-WdSsl (New-WdTestContext -HostName 'wsus01.contoso.com')
        Should -Invoke -ModuleName WsusDoctor Invoke-WdCommand -ParameterFilter { ($ArgumentList -join ' ') -eq 'http show sslcert hostnameport=wsus01.contoso.com:8531' }
        $s['status'] | Should -Be 'error'
        $s['message'] | Should -BeLike "*$Thumb*is not in Cert:\LocalMachine\MY*"
    }

    It 'is an error with the reason when no certificate is bound, netsh fails or the store cannot be read' {
        Mock -ModuleName WsusDoctor Invoke-WdCommand { [pscustomobject]@{ ExitCode = 1; Output = @('The system cannot find the file specified.') } }
        (Invoke-WdSsl (New-WdTestContext))['message'] | Should -BeLike 'No certificate is bound to port 8531*'
        Mock -ModuleName WsusDoctor Invoke-WdCommand { throw 'netsh.exe is not recognized' }
        $s = Invoke-WdSsl (New-WdTestContext)
        $s['status'] | Should -Be 'error'
        $s['message'] | Should -BeLike '*netsh.exe is not recognized*'
        Mock -ModuleName WsusDoctor Invoke-WdCommand { $Netsh }
        Mock -ModuleName WsusDoctor Get-WdCertificate { throw [System.Security.Cryptography.CryptographicException]::new('Access is denied.') }
        (Invoke-WdSsl (New-WdTestContext))['message'] | Should -BeLike '*could not be read*Access is denied*'
    }

    It 'is notApplicable without SSL and on clients' {
        (Invoke-WdSsl (New-WdTestContext -UsingSsl 0))['status'] | Should -Be 'notApplicable'
        (Invoke-WdSsl (New-WdTestContext -Role 'client'))['status'] | Should -Be 'notApplicable'
    }
}

# ConvertFrom-WdSubjectAltName: DNS names from the DER bytes of a SubjectAltName extension.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    # The helper returns one array (the module's convention); enumerate it so @() counts names.
    function ConvertFrom-San([byte[]] $Bytes) { $names = & (Get-Module WsusDoctor) { param($b) ConvertFrom-WdSubjectAltName -RawData $b } $Bytes; foreach ($n in $names) { $n } }
    function Get-Ascii([string] $s) { [System.Text.Encoding]::ASCII.GetBytes($s) }
}

Describe 'ConvertFrom-WdSubjectAltName' {
    It 'returns the dNSName entries and skips other name kinds (IP address [7])' {
        $bytes = [byte[]](@(0x30, 22, 0x82, 6) + (Get-Ascii 'wsus01') + @(0x87, 4, 10, 0, 0, 10) + @(0x82, 6) + (Get-Ascii '*.corp'))
        @(ConvertFrom-San $bytes) | Should -Be @('wsus01', '*.corp')
    }

    It 'reads a long-form length' {
        $name = 'a' * 130
        $bytes = [byte[]](@(0x30, 0x81, 133, 0x82, 0x81, 130) + (Get-Ascii $name))
        @(ConvertFrom-San $bytes) | Should -Be @($name)
    }

    It 'returns nothing for null, non-sequences and truncated data' {
        @(ConvertFrom-San $null).Count | Should -Be 0
        @(ConvertFrom-San ([byte[]](0x04, 0x02, 0x01, 0x02))).Count | Should -Be 0
        @(ConvertFrom-San ([byte[]](@(0x30, 10, 0x82, 20) + (Get-Ascii 'abc')))).Count | Should -Be 0
    }

    It 'agrees with .NET on a real certificate built here' {
        $key = [System.Security.Cryptography.RSA]::Create(2048)
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new('CN=wsus01.contoso.com', $key, 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $san = [System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder]::new()
        $san.AddDnsName('wsus01.contoso.com'); $san.AddDnsName('wsus01'); $san.AddIpAddress([System.Net.IPAddress]::Parse('10.0.0.10'))
        $request.CertificateExtensions.Add($san.Build())
        $cert = $request.CreateSelfSigned([datetimeoffset]::UtcNow.AddDays(-1), [datetimeoffset]::UtcNow.AddDays(30))
        $raw = ($cert.Extensions | Where-Object { $_.Oid.Value -eq '2.5.29.17' }).RawData
        @(ConvertFrom-San $raw) | Should -Be @('wsus01.contoso.com', 'wsus01')
    }
}

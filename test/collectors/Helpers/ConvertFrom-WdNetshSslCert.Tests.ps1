# ConvertFrom-WdNetshSslCert: certificate hash and store of an HTTP.sys binding, independent of the display language.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function ConvertFrom-Netsh([string[]] $Lines) { & (Get-Module WsusDoctor) { param($l) ConvertFrom-WdNetshSslCert -Lines $l } $Lines }
}

Describe 'ConvertFrom-WdNetshSslCert' {
    It 'reads an English binding' {
        $r = ConvertFrom-Netsh @('SSL Certificate bindings:', '----', '', '    IP:port                      : 0.0.0.0:8531', '    Certificate Hash             : 3c1a5e2b9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b',
            '    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}', '    Certificate Store Name       : MY', '    Verify Client Certificate Revocation : Enabled')
        $r.Thumbprint | Should -Be '3C1A5E2B9D8F7A6B5C4D3E2F1A0B9C8D7E6F5A4B'
        $r.StoreName | Should -Be 'MY'
    }

    It 'reads a German binding (labels translated) and a store shown as (null)' {
        $r = ConvertFrom-Netsh @('    IP:Port                         : 0.0.0.0:8531', '    Zertifikathash                  : 3c1a5e2b9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b',
            '    Anwendungs-ID                   : {4dc3e181-e14b-4a21-b022-59fc669b0914}', '    Zertifikatspeichername          : (null)')
        $r.Thumbprint | Should -Be '3C1A5E2B9D8F7A6B5C4D3E2F1A0B9C8D7E6F5A4B'
        $r.StoreName | Should -BeNullOrEmpty
    }

    It 'returns nothing when no binding is shown' {
        ConvertFrom-Netsh @('The system cannot find the file specified.') | Should -BeNullOrEmpty
        ConvertFrom-Netsh @() | Should -BeNullOrEmpty
    }
}

# ConvertFrom-WdSslFlag: IIS sslFlags as RequireSsl + client certificate mode.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'ConvertFrom-WdSslFlag' {
    It 'converts sslFlags <Value> to RequireSsl <Ssl> / <Mode>' -ForEach @(
        @{ Value = 0; Ssl = $false; Mode = 'Ignore' }, @{ Value = 8; Ssl = $true; Mode = 'Ignore' }, @{ Value = 40; Ssl = $true; Mode = 'Accept' },
        @{ Value = 'Ssl, SslRequireCert'; Ssl = $true; Mode = 'Require' }, @{ Value = 'None'; Ssl = $false; Mode = 'Ignore' }
    ) {
        $r = & (Get-Module WsusDoctor) { param($v) ConvertFrom-WdSslFlag $v } $Value
        $r.RequireSsl | Should -Be $Ssl
        $r.ClientCertificates | Should -Be $Mode
    }
}

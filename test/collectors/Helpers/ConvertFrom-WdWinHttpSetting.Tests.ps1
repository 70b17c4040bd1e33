# ConvertFrom-WdWinHttpSetting: the WinHttpSettings registry blob.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'ConvertFrom-WdWinHttpSetting' {
    It 'decodes WinHttpSettings: <Name>' -ForEach @(
        @{ Name = 'direct'; Bytes = [byte[]](0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); Direct = $true; Proxy = '' }
        @{ Name = 'proxy'; Bytes = [byte[]](@(0x28, 0, 0, 0, 5, 0, 0, 0, 3, 0, 0, 0, 10, 0, 0, 0) + [byte[]][char[]]'proxy:8080' + @(7, 0, 0, 0) + [byte[]][char[]]'<local>'); Direct = $false; Proxy = 'proxy:8080' }
    ) {
        $r = & (Get-Module WsusDoctor) { param($b) ConvertFrom-WdWinHttpSetting -Bytes $b } $Bytes
        $r.Direct | Should -Be $Direct
        $r.ProxyServer | Should -Be $Proxy
    }
}

# ConvertTo-WdMinutes: IIS time settings in whole minutes.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'ConvertTo-WdMinutes' {
    It 'converts IIS times: <Value> -> <Minutes> min' -ForEach @(
        @{ Value = '1.05:00:00'; Minutes = 1740 }, @{ Value = '00:20:00'; Minutes = 20 }, @{ Value = [timespan]::FromMinutes(90); Minutes = 90 }, @{ Value = 0; Minutes = 0 }
    ) {
        & (Get-Module WsusDoctor) { param($v) ConvertTo-WdMinutes $v } $Value | Should -Be $Minutes
    }
}

# ConvertTo-WdIsoDateTime: WMI DMTF dates as ISO 8601 UTC.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'ConvertTo-WdIsoDateTime' {
    It 'converts WMI DMTF dates to ISO 8601 UTC' {
        & (Get-Module WsusDoctor) { ConvertTo-WdIsoDateTime '20240501103000.000000+120' } | Should -Be '2024-05-01T08:30:00.000Z'
    }
}

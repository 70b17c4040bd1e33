# Get-WdVolumeSpace (probe): local drives only; UNC and non-drive paths are refused with a clear reason.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'Get-WdVolumeSpace' {
    It 'refuses <Path>' -ForEach @(@{ Path = '\\fileserver\WsusContent'; Text = '*UNC path*' }, @{ Path = 'relative\path'; Text = '*Not a local drive path*' }) {
        { & (Get-Module WsusDoctor) { param($p) Get-WdVolumeSpace -Path $p } $Path } | Should -Throw $Text
    }
}

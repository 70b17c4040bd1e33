# Get-WdRegistryKey (probe): where there is no registry it says so instead of crashing.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'Get-WdRegistryKey' {
    It 'reports the registry as unavailable instead of crashing where there is none' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'this machine has a registry'; return }
        { & (Get-Module WsusDoctor) { Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft' } } | Should -Throw '*registry is not available*'
    }
}

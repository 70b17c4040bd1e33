# Every probe throws (access denied everywhere): the collector still returns a valid document in
# which each failure is data (status error + the reason) of its own section.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:OutDir = Join-Path ([System.IO.Path]::GetTempPath()) ('wd-failures-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $OutDir | Out-Null
}

AfterAll { if ($OutDir -and (Test-Path $OutDir)) { Remove-Item -Recurse -Force $OutDir } }

Describe 'Every probe failing' {
    BeforeAll {
        Mock -ModuleName WsusDoctor Get-WdEnvironment { [pscustomobject]@{ ComputerName = 'BROKEN01'; PSVersion = '5.1'; PSEdition = 'Desktop'; IsElevated = $true; WinDir = 'C:\Windows'; SystemDrive = 'C:'; ProgramFiles = 'C:\Program Files'; Temp = 'C:\Temp' } }
        foreach ($probe in 'Get-WdRegistryKey', 'Get-WdService', 'Get-WdHotFix', 'Get-WdCimInstance', 'Get-WdFileItem', 'Get-WdChildItem', 'Read-WdFileTail',
            'Get-WdIisConfiguration', 'Get-WdEventLogEntry', 'Invoke-WdCommand', 'Get-WdWsusApiVersion', 'Export-WdWindowsUpdateLog',
            'Invoke-WdSqlQuery', 'Get-WdVolumeSpace', 'Get-WdCertificate', 'Get-WdWsusSyncStatus', 'Get-WdWsusTargetGroup', 'Get-WdIisMimeMap', 'Get-WdAccessRule') {
            Mock -ModuleName WsusDoctor $probe { throw [System.ComponentModel.Win32Exception]::new(5, 'Access is denied') }
        }
        $script:Facts = Get-WsusDoctorFact
        $script:FactFile = Join-Path $OutDir 'all-probes-fail.json'
        Export-WsusDoctorFact -InputObject $Facts -Path $FactFile | Out-Null
        $script:Validation = Invoke-WdFactValidation -Path $FactFile
    }

    It 'still writes a valid fact document' {
        $Validation.valid | Should -BeTrue -Because (($Validation.errors | ForEach-Object { "$($_.path) $($_.message)" }) -join '; ')
    }

    It 'turns each failure into section data: <_>' -ForEach @('os', 'updates', 'services', 'clientPolicy', 'windowsUpdateClient', 'proxy', 'events', 'clientHealth') {
        $Facts[$_]['status'] | Should -Be 'error'
        $Facts[$_]['message'] | Should -BeLike '*Access is denied*'
    }

    It 'keeps the host name from the environment and records warnings' {
        $Facts['host']['computerName'] | Should -Be 'BROKEN01'
        @($Facts['collector']['warnings']).Count | Should -BeGreaterThan 0
    }
}

# Get-WdClientHealthFact: system drive, SoftwareDistribution, pending.xml, Delivery Optimization policy and
# Windows Time, read through the probes Get-WdVolumeSpace, Get-WdFileItem, Get-WdRegistryKey and Invoke-WdCommand (mocked).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function New-WdTestContext([string] $Role = 'client') {
        [pscustomobject]@{ Role = $Role; Environment = [pscustomobject]@{ IsElevated = $true; WinDir = 'C:\Windows'; SystemDrive = 'C:' }; Options = [pscustomobject]@{} }
    }
    function Invoke-WdClientHealth($Context) { & (Get-Module WsusDoctor) { param($c) Get-WdClientHealthFact -Context $c } $Context }
    function New-WdTestDictionary([hashtable] $Values) {
        $d = [System.Collections.Specialized.OrderedDictionary]::new()
        foreach ($k in $Values.Keys) { $d[$k] = $Values[$k] }
        , $d
    }
    $script:W32tmOk = @(
        'Leap Indicator: 0(no warning)', 'Stratum: 3 (secondary reference - syncd by (S)NTP)', 'Precision: -23 (119.209ns per tick)',
        'Last Successful Sync Time: 11/24/2026 11:12:40 AM', 'Source: DC01.contoso.com', 'Poll Interval: 10 (1024s)'
    )
}

Describe 'Get-WdClientHealthFact' {
    BeforeEach {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { [pscustomobject]@{ Root = 'C:\'; TotalBytes = 200GB; FreeBytes = 6GB } }
        Mock -ModuleName WsusDoctor Get-WdFileItem {
            switch ($Path) {
                'C:\Windows\SoftwareDistribution' { [pscustomobject]@{ FullName = $Path; IsDirectory = $true; Length = $null; LastWriteTime = [datetime]::new(2026, 11, 24, 9, 0, 0, [System.DateTimeKind]::Utc); FileVersion = $null } }
                'C:\Windows\SoftwareDistribution\DataStore\DataStore.edb' { [pscustomobject]@{ FullName = $Path; IsDirectory = $false; Length = 300MB; LastWriteTime = [datetime]::new(2026, 11, 24, 9, 30, 2, [System.DateTimeKind]::Utc); FileVersion = $null } }
                default { $null }
            }
        }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey {
            switch ($Path) {
                'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\Parameters' { New-WdTestDictionary @{ Type = 'NT5DS'; NtpServer = 'time.windows.com,0x8' } }
                default { $null }
            }
        }
        Mock -ModuleName WsusDoctor Invoke-WdCommand { [pscustomobject]@{ ExitCode = 0; Output = $W32tmOk } }
    }

    It 'records free space, the datastore, no pending.xml and a synchronised clock' {
        $s = Invoke-WdClientHealth (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s.Contains("message") | Should -BeFalse -Because ([string]$s["message"])
        $s['systemDrive']['root'] | Should -Be 'C:\'
        $s['systemDrive']['freePercent'] | Should -Be 3
        $s['systemDrive']['freeMB'] | Should -Be 6144
        $s['softwareDistribution']['exists'] | Should -BeTrue
        $s['softwareDistribution']['dataStoreExists'] | Should -BeTrue
        $s['softwareDistribution']['dataStoreSizeMB'] | Should -Be 300
        $s['softwareDistribution']['dataStoreLastWriteTime'] | Should -Be '2026-11-24T09:30:02.000Z'
        $s['pendingXml']['exists'] | Should -BeFalse
        $s.Contains('deliveryOptimizationDownloadMode') | Should -BeFalse
        $s['timeService']['type'] | Should -Be 'NT5DS'
        $s['timeService']['ntpServer'] | Should -Be 'time.windows.com,0x8'
        $s['timeService']['source'] | Should -Be 'DC01.contoso.com'
        $s['timeService']['lastSuccessfulSyncTime'] | Should -Match '^2026-11-2[45]T'
        $s['timeService']['statusReadable'] | Should -BeTrue
        Should -Invoke -ModuleName WsusDoctor Invoke-WdCommand -ParameterFilter { $FilePath -eq 'w32tm.exe' -and ($ArgumentList -join ' ') -eq '/query /status' }
    }

    It 'sees a missing datastore, a pending.xml and the Delivery Optimization download mode policy' {
        Mock -ModuleName WsusDoctor Get-WdFileItem {
            switch ($Path) {
                'C:\Windows\SoftwareDistribution' { [pscustomobject]@{ FullName = $Path; IsDirectory = $true; Length = $null; LastWriteTime = [datetime]::UtcNow; FileVersion = $null } }
                'C:\Windows\WinSxS\pending.xml' { [pscustomobject]@{ FullName = $Path; IsDirectory = $false; Length = 4096; LastWriteTime = [datetime]::new(2026, 11, 23, 18, 2, 11, [System.DateTimeKind]::Utc); FileVersion = $null } }
                default { $null }
            }
        }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey {
            switch ($Path) {
                'HKLM:\SOFTWARE\Policies\Microsoft\Windows\DeliveryOptimization' { New-WdTestDictionary @{ DODownloadMode = 100 } }
                default { $null }
            }
        }
        $s = Invoke-WdClientHealth (New-WdTestContext)
        $s['softwareDistribution']['dataStoreExists'] | Should -BeFalse
        $s['softwareDistribution'].Contains('dataStoreSizeMB') | Should -BeFalse
        $s['pendingXml']['exists'] | Should -BeTrue
        $s['pendingXml']['lastWriteTime'] | Should -Be '2026-11-23T18:02:11.000Z'
        $s['deliveryOptimizationDownloadMode'] | Should -Be 100
    }

    It 'keeps the rest when w32tm fails (service stopped) and says why' {
        Mock -ModuleName WsusDoctor Invoke-WdCommand { [pscustomobject]@{ ExitCode = -2147023838; Output = @('The following error occurred: The service has not been started. (0x80070426)') } }
        $s = Invoke-WdClientHealth (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['message'] | Should -BeLike 'Partly read*w32tm /query /status exited with*service has not been started*'
        $s['timeService']['statusReadable'] | Should -BeFalse
        $s['timeService']['type'] | Should -Be 'NT5DS'
    }

    It 'notes output it does not understand (another display language)' {
        Mock -ModuleName WsusDoctor Invoke-WdCommand { [pscustomobject]@{ ExitCode = 0; Output = @('Quelle: DC01.contoso.com', 'Letzte erfolgreiche Synchronisierungszeit: 24.11.2026 11:12:40') } }
        $s = Invoke-WdClientHealth (New-WdTestContext)
        $s['timeService']['statusReadable'] | Should -BeFalse
        $s['timeService'].Contains('source') | Should -BeFalse
        $s['message'] | Should -BeLike '*display language*'
    }

    It 'is an error with every reason when nothing could be read' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { throw [System.IO.DriveNotFoundException]::new("Could not find the drive 'C:'.") }
        Mock -ModuleName WsusDoctor Get-WdFileItem { throw [System.UnauthorizedAccessException]::new('Access to the path is denied.') }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey { throw [System.Security.SecurityException]::new('Requested registry access is not allowed.') }
        Mock -ModuleName WsusDoctor Invoke-WdCommand { throw "The term 'w32tm.exe' is not recognized" }
        $s = Invoke-WdClientHealth (New-WdTestContext)
        $s['status'] | Should -Be 'error'
        $s['message'] | Should -BeLike '*Could not find the drive*Access to the path is denied*registry access is not allowed*w32tm.exe*'
    }

    It 'is notApplicable on servers' {
        (Invoke-WdClientHealth (New-WdTestContext -Role 'server'))['status'] | Should -Be 'notApplicable'
    }
}

Describe 'ConvertFrom-WdW32tmStatus' {
    It 'reads Source and Last Successful Sync Time, and leaves out "unspecified"' {
        $r = & (Get-Module WsusDoctor) { ConvertFrom-WdW32tmStatus -Line @('Source: Local CMOS Clock', 'Last Successful Sync Time: unspecified') }
        $r['Source'] | Should -Be 'Local CMOS Clock'
        $r.Contains('LastSuccessfulSyncTime') | Should -BeFalse
    }

    It 'returns an empty dictionary for no output' {
        $r = & (Get-Module WsusDoctor) { ConvertFrom-WdW32tmStatus -Line @() }
        $r.Count | Should -Be 0
    }
}

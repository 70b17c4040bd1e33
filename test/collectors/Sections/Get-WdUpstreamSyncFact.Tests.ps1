# Get-WdUpstreamSyncFact: last synchronization and proxy (probe Get-WdWsusSyncStatus mocked) plus the TLS registry values.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function New-WdTestContext([string] $Role = 'server', [bool] $SkipWsusApi = $false) {
        $setup = [System.Collections.Specialized.OrderedDictionary]::new(); $setup['SqlServerName'] = 'MICROSOFT##WID'
        [pscustomobject]@{ Role = $Role; WsusSetup = $setup; WsusSetupError = $null; Environment = [pscustomobject]@{ IsElevated = $true }; Options = [pscustomobject]@{ SkipWsusApi = $SkipWsusApi } }
    }
    function Invoke-WdSync($Context) { & (Get-Module WsusDoctor) { param($c) Get-WdUpstreamSyncFact -Context $c } $Context }
    $script:Status = [pscustomobject]@{
        SyncFromMicrosoftUpdate = $false; UpstreamServerName = 'wsus-up.contoso.com'; UpstreamServerPort = 8531; UpstreamServerUseSsl = $true; IsReplicaServer = $true
        UseProxy = $true; ProxyName = 'proxy.contoso.com'; ProxyPort = 8080
        LastSyncStartTime = [datetime]::SpecifyKind([datetime]'2026-11-23 02:00:00', 'Utc'); LastSyncEndTime = [datetime]::SpecifyKind([datetime]'2026-11-23 02:05:00', 'Utc')
        LastSyncResult = 'Failed'; LastSyncError = 'WebException: The request failed with HTTP status 407: Proxy Authentication Required.'
    }
}

Describe 'Get-WdUpstreamSyncFact' {
    It 'records the last sync, the upstream server, the proxy and the TLS values' {
        Mock -ModuleName WsusDoctor Get-WdWsusSyncStatus { $Status }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey {
            $d = [System.Collections.Specialized.OrderedDictionary]::new()
            if ($Path -eq 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319') { $d['SchUseStrongCrypto'] = 1 }
            if ($Path -like '*TLS 1.2\Client') { $d['Enabled'] = 0 }
            , $d
        }
        $s = Invoke-WdSync (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['syncFromMicrosoftUpdate'] | Should -BeFalse
        $s['upstreamServerName'] | Should -Be 'wsus-up.contoso.com'
        $s['upstreamServerPort'] | Should -Be 8531
        $s['upstreamServerUseSsl'] | Should -BeTrue
        $s['isReplicaServer'] | Should -BeTrue
        $s['proxyName'] | Should -Be 'proxy.contoso.com'
        $s['proxyPort'] | Should -Be 8080
        $s['lastSyncStartTime'] | Should -Be '2026-11-23T02:00:00.000Z'
        $s['lastSyncEndTime'] | Should -Be '2026-11-23T02:05:00.000Z'
        $s['lastSyncResult'] | Should -Be 'Failed'
        $s['lastSyncError'] | Should -BeLike '*407*'
        $s['tls']['netFx4SchUseStrongCrypto'] | Should -Be 1
        $s['tls'].Contains('netFx4SystemDefaultTlsVersions') | Should -BeFalse
        $s['tls']['schannelTls12ClientEnabled'] | Should -Be 0
    }

    It 'a server that never synchronized has no sync times' {
        Mock -ModuleName WsusDoctor Get-WdWsusSyncStatus { [pscustomobject]@{ SyncFromMicrosoftUpdate = $true; UseProxy = $false; LastSyncStartTime = $null; LastSyncEndTime = $null; LastSyncResult = 'NeverRun'; LastSyncError = $null } }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey { $null }
        $s = Invoke-WdSync (New-WdTestContext)
        $s['lastSyncResult'] | Should -Be 'NeverRun'
        $s.Contains('lastSyncStartTime') | Should -BeFalse
        $s.Contains('upstreamServerName') | Should -BeFalse
        $s['tls'].Count | Should -Be 0
    }

    It 'turns an API failure into status error with the reason, and a missing API into error too' {
        Mock -ModuleName WsusDoctor Get-WdWsusSyncStatus { throw [System.Net.WebException]::new('The request failed with HTTP status 503: Service Unavailable.') }
        $s = Invoke-WdSync (New-WdTestContext)
        $s['status'] | Should -Be 'error'
        $s['message'] | Should -BeLike '*HTTP status 503*'
        Mock -ModuleName WsusDoctor Get-WdWsusSyncStatus { $null }
        (Invoke-WdSync (New-WdTestContext))['message'] | Should -BeLike '*not installed*'
    }

    It 'leaves the TLS values unknown when the registry cannot be read (partly read)' {
        Mock -ModuleName WsusDoctor Get-WdWsusSyncStatus { $Status }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey { throw [System.Security.SecurityException]::new('Requested registry access is not allowed.') }
        $s = Invoke-WdSync (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s.Contains('tls') | Should -BeFalse
        $s['message'] | Should -BeLike 'Partly read*registry access*'
    }

    It 'is notCollected with -SkipWsusApi and notApplicable on clients' {
        (Invoke-WdSync (New-WdTestContext -SkipWsusApi $true))['status'] | Should -Be 'notCollected'
        (Invoke-WdSync (New-WdTestContext -Role 'client'))['status'] | Should -Be 'notApplicable'
    }
}

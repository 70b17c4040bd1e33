# Get-WdLogFact, logs.configMgrSite: wsyncmgr.log, WCM.log and WSUSCtrl.log of a ConfigMgr site server or
# software update point (folder from SMS\Identification / SMS\Setup "Installation Directory" or SMS\Tracing
# TraceFilename; Get-WdRegistryKey mocked, the folder mapped to a temporary one, the files read for real).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-cmsite'
    New-Item -ItemType Directory -Path (Join-Path $Work 'Logs') | Out-Null
    $inv = [System.Globalization.CultureInfo]::InvariantCulture
    $now = [datetime]::UtcNow
    # Simple format with bias +000 (UTC): message $$<Component><MM-dd-yyyy HH:mm:ss.fff+000><thread=N (0xHEX)>.
    $script:Simple = { param($m, $c, $h) $t = $now.AddHours(-$h); "$m `$`$<$c><$($t.ToString('MM-dd-yyyy HH:mm:ss.fff', $inv))+000><thread=5976 (0x1758)>" }
    $null = Write-WdTestFile 'Logs/wsyncmgr.log' @(
        (& $Simple 'Sync failed: The request failed with HTTP status 503: Service Unavailable. Source: Microsoft.UpdateServices.Administration.AdminProxy.createUpdateServer' 'SMS_WSUS_SYNC_MANAGER' 200),
        (& $Simple 'Starting Sync' 'SMS_WSUS_SYNC_MANAGER' 2),
        (& $Simple 'Sync succeeded. Setting sync alert to canceled state on site PS1' 'SMS_WSUS_SYNC_MANAGER' 1)
    ) -AgeHours 1
    $null = Write-WdTestFile 'Logs/WCM.log' @((& $Simple 'Successfully connected to server: CM01.contoso.com, port: 8530, useSSL: False' 'SMS_WSUS_CONFIGURATION_MANAGER' 3)) -AgeHours 3
    $null = Write-WdTestFile 'Logs/WSUSCtrl.log' @((& $Simple 'Successfully connected to local WSUS server' 'SMS_WSUS_CONTROL_MANAGER' 4)) -AgeHours 4
    $null = Write-WdTestFile 'Logs/WCM.lo_' @((& $Simple 'Remote configuration failed on WSUS Server.' 'SMS_WSUS_CONFIGURATION_MANAGER' 300)) -AgeHours 300
    $script:LogDir = Join-Path $Work 'Logs'

    function New-WdSiteContext([bool] $SiteServer = $true, [bool] $Sup = $true, [bool] $Elevated = $true, [string] $Role = 'server') {
        [pscustomobject]@{
            Role = $Role; IisInstalled = $false; WsusSetup = $null; ServicesFound = @('SMS_SITE_COMPONENT_MANAGER')
            ConfigMgrSite = [pscustomobject]@{ IsSiteServer = $SiteServer; HasSupComponent = $Sup; HasWsusConfigurationManager = $SiteServer; Problems = @() }
            Environment = [pscustomobject]@{ IsElevated = $Elevated; WinDir = 'C:\Windows'; ProgramFiles = 'C:\Program Files'; SystemDrive = 'C:' }
            Options = [pscustomobject]@{ MaxLogAgeDays = 3; MaxLogBytes = 1MB; MaxConfigMgrLogAgeDays = 8 }
            NowUtc = [datetime]::UtcNow
        }
    }
    function Invoke-WdLogs($Context) { & (Get-Module WsusDoctor) { param($c) Get-WdLogFact -Context $c } $Context }
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

Describe 'Get-WdLogFact: ConfigMgr site-server logs' {
    BeforeEach {
        Mock -ModuleName WsusDoctor Get-WdWindowsUpdateLogFact { $d = [System.Collections.Specialized.OrderedDictionary]::new(); $d['status'] = 'notApplicable'; , $d }
        Mock -ModuleName WsusDoctor Get-WdRegistryKey {
            if ($Path -eq 'HKLM:\SOFTWARE\Microsoft\SMS\Identification') { $d = [System.Collections.Specialized.OrderedDictionary]::new(); $d['Installation Directory'] = 'D:\Program Files\Microsoft Configuration Manager'; return , $d }
            $null
        }
        # The Windows folder of the site server is the temporary folder here; other folders do not exist.
        Mock -ModuleName WsusDoctor Get-WdChildItem {
            if ($Path -ne 'D:\Program Files\Microsoft Configuration Manager\Logs') { return $null }
            , @(Get-ChildItem -LiteralPath $LogDir -Filter $Filter | ForEach-Object { [pscustomobject]@{ FullName = $_.FullName; Name = $_.Name; Length = $_.Length; LastWriteTime = $_.LastWriteTimeUtc } })
        }
    }

    It 'excerpts wsyncmgr.log, WCM.log and WSUSCtrl.log from the Logs folder of the Installation Directory, with the age cap and the simple-format times' {
        $logs = Invoke-WdLogs (New-WdSiteContext)
        $site = $logs['configMgrSite']
        foreach ($name in 'wsyncmgr', 'wcm', 'wsusCtrl') {
            $site[$name]['status'] | Should -Be 'ok'
            $site[$name]['format'] | Should -Be 'cmtrace'
            $site[$name]['maxAgeDays'] | Should -Be 3
        }
        $lines = @($site['wsyncmgr']['files'][0]['lines'])
        # The 200-hour-old failure is older than the 3-day cap: dropped by its simple-format time stamp.
        @($lines | Where-Object { $_ -like 'Sync failed*' }).Count | Should -Be 0
        @($lines | Where-Object { $_ -like 'Sync succeeded*' }).Count | Should -Be 1
        $site['wsyncmgr']['coveredTo'] | Should -Not -BeNullOrEmpty
        # WCM.lo_ (history) is older than the cap: only WCM.log.
        @($site['wcm']['files']).Count | Should -Be 1
        $site['wcm']['files'][0]['path'] | Should -BeLike '*WCM.log'
        $site['wsusCtrl']['files'][0]['lines'][0] | Should -BeLike 'Successfully connected to local WSUS server*'
    }

    It 'uses SMS\Setup when SMS\Identification has no Installation Directory' {
        Mock -ModuleName WsusDoctor Get-WdRegistryKey {
            if ($Path -eq 'HKLM:\SOFTWARE\Microsoft\SMS\Setup') { $d = [System.Collections.Specialized.OrderedDictionary]::new(); $d['Installation Directory'] = 'D:\Program Files\Microsoft Configuration Manager'; return , $d }
            $null
        }
        $logs = Invoke-WdLogs (New-WdSiteContext)
        $logs['configMgrSite']['wsyncmgr']['status'] | Should -Be 'ok'
    }

    It 'is notApplicable on a server that is neither a site server nor a software update point, and absent on a client' {
        $logs = Invoke-WdLogs (New-WdSiteContext -SiteServer $false -Sup $false)
        foreach ($name in 'wsyncmgr', 'wcm', 'wsusCtrl') {
            $logs['configMgrSite'][$name]['status'] | Should -Be 'notApplicable'
            $logs['configMgrSite'][$name]['message'] | Should -BeLike '*neither a Configuration Manager site server nor a software update point*'
        }
        $client = Invoke-WdLogs (New-WdSiteContext -Role 'client')
        $client.Contains('configMgrSite') | Should -BeFalse
    }

    It 'is notApplicable when the log folder is not known, notCollected without administrator rights' {
        Mock -ModuleName WsusDoctor Get-WdRegistryKey { $null }
        $logs = Invoke-WdLogs (New-WdSiteContext)
        $logs['configMgrSite']['wcm']['status'] | Should -Be 'notApplicable'
        $logs['configMgrSite']['wcm']['message'] | Should -BeLike '*Installation Directory*'
        $notElevated = Invoke-WdLogs (New-WdSiteContext -Elevated $false)
        $notElevated['configMgrSite']['wsusCtrl']['status'] | Should -Be 'notCollected'
    }

    It 'reports an unreadable log folder as error, the other sections unaffected' {
        Mock -ModuleName WsusDoctor Get-WdChildItem { if ($Filter -like 'WCM*') { throw [System.UnauthorizedAccessException]::new('Access to the path is denied.') } $null }
        $logs = Invoke-WdLogs (New-WdSiteContext)
        $logs['configMgrSite']['wcm']['status'] | Should -Be 'error'
        $logs['configMgrSite']['wcm']['message'] | Should -BeLike '*denied*'
        $logs['configMgrSite']['wsyncmgr']['status'] | Should -Be 'notApplicable'
    }

    It 'follows the SMS\Tracing TraceFilename of a component (a remote software update point logs under X:\SMS\Logs)' {
        Mock -ModuleName WsusDoctor Get-WdRegistryKey {
            if ($Path -eq 'HKLM:\SOFTWARE\Microsoft\SMS\Tracing\SMS_WSUS_CONTROL_MANAGER') { $d = [System.Collections.Specialized.OrderedDictionary]::new(); $d['TraceFilename'] = 'D:\Program Files\Microsoft Configuration Manager\Logs\WSUSCtrl.log'; return , $d }
            $null
        }
        $logs = Invoke-WdLogs (New-WdSiteContext -SiteServer $false -Sup $true)
        $logs['configMgrSite']['wsusCtrl']['status'] | Should -Be 'ok'
        $logs['configMgrSite']['wsyncmgr']['status'] | Should -Be 'notApplicable'
    }
}

Describe 'Get-WdLineTime: the simple site-server format' {
    It 'reads MM-dd-yyyy HH:mm:ss.fff+bias as UTC (UTC = local + bias)' {
        $ticks = & (Get-Module WsusDoctor) { Get-WdLineTime -Line 'Starting Sync $$<SMS_WSUS_SYNC_MANAGER><02-08-2020 02:13:11.659+480><thread=5976 (0x1758)>' -Format 'cmtrace' }
        ([datetime]$ticks).ToString('yyyy-MM-dd HH:mm:ss', [System.Globalization.CultureInfo]::InvariantCulture) | Should -Be '2020-02-08 10:13:11'
        & (Get-Module WsusDoctor) { Get-WdLineTime -Line 'no time here $$<X>' -Format 'cmtrace' } | Should -Be -1
    }
}

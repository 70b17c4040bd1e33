# Get-WdSusdbFact: the susdb section from one read-only SELECT batch (probe Invoke-WdSqlQuery mocked).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function New-WdTestContext([string] $Role = 'server', $Setup = @{ SqlServerName = 'MICROSOFT##WID'; SqlDatabaseName = 'SUSDB' }, [bool] $Elevated = $true, [bool] $SkipSusdb = $false) {
        $setupDict = $null
        if ($null -ne $Setup) { $setupDict = [System.Collections.Specialized.OrderedDictionary]::new(); foreach ($k in $Setup.Keys) { $setupDict[$k] = $Setup[$k] } }
        [pscustomobject]@{
            Role = $Role; WsusSetup = $setupDict; WsusSetupError = $null
            Environment = [pscustomobject]@{ IsElevated = $Elevated; WinDir = 'C:\Windows' }
            Options = [pscustomobject]@{ SqlTimeoutSeconds = 20; SkipSusdb = $SkipSusdb }
        }
    }
    function Invoke-WdSusdb($Context) { & (Get-Module WsusDoctor) { param($c) Get-WdSusdbFact -Context $c } $Context }
    $script:Row = [ordered]@{ TotalUpdates = [long]9800; DeclinedUpdates = [long]1100; SupersededNotDeclined = [long]2600; IndexLocalizedPropertyID = 1; IndexSupercededUpdateID = 0; DataFileSizeMB = [long]22528; DataFilePath = 'C:\Windows\WID\Data\SUSDB.mdf' }
}

Describe 'Get-WdSusdbFact' {
    It 'reads counts, indexes, the data file and its volume over the WID named pipe with the short time-out' {
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery { , @($Row) }
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { [pscustomobject]@{ Root = 'C:\'; TotalBytes = 100GB; FreeBytes = 25GB } }
        $s = Invoke-WdSusdb (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['source'] | Should -Be 'WID'
        $s['server'] | Should -Be 'np:\\.\pipe\MICROSOFT##WID\tsql\query'
        $s['queryTimeoutSeconds'] | Should -Be 20
        $s['supersededNotDeclinedUpdates'] | Should -Be 2600
        $s['totalUpdates'] | Should -Be 9800
        $s['customIndexes']['nclLocalizedPropertyID'] | Should -BeTrue
        $s['customIndexes']['nclSupercededUpdateID'] | Should -BeFalse
        $s['dataFileSizeMB'] | Should -Be 22528
        $s['dataVolumeFreePercent'] | Should -Be 25
        Should -Invoke -ModuleName WsusDoctor Invoke-WdSqlQuery -Times 1 -Exactly -ParameterFilter {
            $Server -eq 'np:\\.\pipe\MICROSOFT##WID\tsql\query' -and $Database -eq 'SUSDB' -and $TimeoutSeconds -eq 20 -and $Query -match '^SET NOCOUNT ON; SELECT' -and $Query -match 'IsSuperseded = 1 AND Declined = 0'
        }
    }

    It 'uses the SSEE pipe for WSUS 3.0 and the server name for SQL Server (no local volume then)' {
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery { , @($Row) }
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { throw 'must not be called' }
        (Invoke-WdSusdb (New-WdTestContext -Setup @{ SqlServerName = 'WSUS3\MICROSOFT##SSEE' }))['server'] | Should -Be 'np:\\.\pipe\MSSQL$MICROSOFT##SSEE\sql\query'
        $sql = Invoke-WdSusdb (New-WdTestContext -Setup @{ SqlServerName = 'SQL01\WSUS' } -Elevated $false)
        $sql['source'] | Should -Be 'SQL'
        $sql['server'] | Should -Be 'SQL01\WSUS'
        $sql['status'] | Should -Be 'ok'
        $sql.Contains('dataVolumeFreeMB') | Should -BeFalse
        $sql['message'] | Should -BeLike 'Partly read*did not report the volume*'
    }

    It 'reads the volume of a SQL Server data file from sys.dm_os_volume_stats in a second SELECT' {
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { throw 'must not be called' }
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery {
            if ($Query -match 'dm_os_volume_stats') { , @([ordered]@{ VolumeMountPoint = 'E:\'; VolumeTotalBytes = [long]200GB; VolumeAvailableBytes = [long]10GB }) }
            else { , @($Row) }
        }
        $s = Invoke-WdSusdb (New-WdTestContext -Setup @{ SqlServerName = 'SQL01\WSUS' } -Elevated $false)
        $s['status'] | Should -Be 'ok'
        $s['dataVolumeFreeMB'] | Should -Be 10240
        $s['dataVolumeFreePercent'] | Should -Be 5
        $s['dataVolumeRoot'] | Should -Be 'E:\'
        $s.Contains('message') | Should -BeFalse
        Should -Invoke -ModuleName WsusDoctor Invoke-WdSqlQuery -Times 2 -Exactly
        Should -Invoke -ModuleName WsusDoctor Invoke-WdSqlQuery -Times 1 -Exactly -ParameterFilter { $Query -match '^SET NOCOUNT ON; SELECT TOP 1 vs\.volume_mount_point' -and $Query -notmatch '\bINTO\b' }
    }

    It 'keeps the counts when the SQL Server refuses sys.dm_os_volume_stats (partly read, with the reason)' {
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery {
            if ($Query -match 'dm_os_volume_stats') { throw [System.InvalidOperationException]::new("VIEW SERVER STATE permission was denied on object 'server', database 'master'.") }
            , @($Row)
        }
        $s = Invoke-WdSusdb (New-WdTestContext -Setup @{ SqlServerName = 'SQL01\WSUS' } -Elevated $false)
        $s['status'] | Should -Be 'ok'
        $s['supersededNotDeclinedUpdates'] | Should -Be 2600
        $s['message'] | Should -BeLike 'Partly read*VIEW SERVER STATE*'
        $s.Contains('dataVolumeFreeMB') | Should -BeFalse
    }

    It 'turns a failed query into status error with the reason' {
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery { throw [System.TimeoutException]::new('Execution Timeout Expired.') }
        $s = Invoke-WdSusdb (New-WdTestContext)
        $s['status'] | Should -Be 'error'
        $s['message'] | Should -BeLike '*MICROSOFT##WID*Execution Timeout Expired*'
        $s.Contains('supersededNotDeclinedUpdates') | Should -BeFalse
    }

    It 'keeps the counts when only the volume cannot be measured (partly read)' {
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery { , @($Row) }
        Mock -ModuleName WsusDoctor Get-WdVolumeSpace { throw 'Drive C is not ready.' }
        $s = Invoke-WdSusdb (New-WdTestContext)
        $s['status'] | Should -Be 'ok'
        $s['message'] | Should -BeLike 'Partly read*not ready*'
        $s['supersededNotDeclinedUpdates'] | Should -Be 2600
    }

    It 'is notCollected on WID without administrator rights, or with -SkipSusdb, without querying' {
        Mock -ModuleName WsusDoctor Invoke-WdSqlQuery { throw 'must not be called' }
        $s = Invoke-WdSusdb (New-WdTestContext -Elevated $false)
        $s['status'] | Should -Be 'notCollected'
        $s['message'] | Should -BeLike '*elevated*'
        (Invoke-WdSusdb (New-WdTestContext -SkipSusdb $true))['status'] | Should -Be 'notCollected'
        Should -Invoke -ModuleName WsusDoctor Invoke-WdSqlQuery -Times 0 -Exactly
    }

    It 'is notApplicable on clients and without the WSUS role' {
        (Invoke-WdSusdb (New-WdTestContext -Role 'client'))['status'] | Should -Be 'notApplicable'
        (Invoke-WdSusdb (New-WdTestContext -Setup $null))['status'] | Should -Be 'notApplicable'
    }
}

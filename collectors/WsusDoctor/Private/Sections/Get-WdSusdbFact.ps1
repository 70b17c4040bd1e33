# Get-WdSusdbFact: SUSDB catalogue counts, the maintenance guide's custom indexes and the data file,
# from ONE read-only SELECT batch with a short time-out (KB 4490644). Never runs maintenance.
function Get-WdSusdbFact {
    <#
    .SYNOPSIS
    Builds the susdb section (servers): update counts, custom indexes, data file size and its volume's free space.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'SUSDB'
    if ($null -ne $skip) { return , $skip }
    $setup = $Context.WsusSetup
    $sqlName = [string]$setup['SqlServerName']
    if (-not $sqlName) { return (New-WdSection -Status 'error' -Message 'SqlServerName is not set in the WSUS setup registry key; SUSDB was not located.') }
    $database = [string]$setup['SqlDatabaseName']
    if (-not $database) { $database = 'SUSDB' }
    $section = New-WdSection
    if ($sqlName -match '##WID') { $section['source'] = 'WID'; $server = 'np:\\.\pipe\MICROSOFT##WID\tsql\query' }
    elseif ($sqlName -match '##SSEE') { $section['source'] = 'SSEE'; $server = 'np:\\.\pipe\MSSQL$MICROSOFT##SSEE\sql\query' }
    else { $section['source'] = 'SQL'; $server = $sqlName }
    $section['server'] = Limit-WdText $server 512
    $section['databaseName'] = Limit-WdText $database 128
    $timeout = [int]$Context.Options.SqlTimeoutSeconds
    if ($timeout -lt 1) { $timeout = 30 }
    $section['queryTimeoutSeconds'] = $timeout
    $local = ($section['source'] -ne 'SQL')
    if ($Context.Options.SkipSusdb) {
        Set-WdSectionMessage -Section $section -Message 'Not collected: -SkipSusdb was given.'
        $section['status'] = 'notCollected'
        return , $section
    }
    if ($local -and -not $Context.Environment.IsElevated) {
        Set-WdSectionMessage -Section $section -Message 'The Windows Internal Database accepts only administrators: run the collector from an elevated PowerShell to read SUSDB.'
        $section['status'] = 'notCollected'
        return , $section
    }
    # One batch, SELECT only (the query of KB 4490644 for superseded updates; catalog views for the rest).
    $query = "SET NOCOUNT ON; SELECT " +
    "(SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate) AS TotalUpdates, " +
    "(SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate WHERE Declined = 1) AS DeclinedUpdates, " +
    "(SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate WHERE IsSuperseded = 1 AND Declined = 0) AS SupersededNotDeclined, " +
    "(SELECT COUNT(*) FROM sys.indexes WHERE name = 'nclLocalizedPropertyID' AND object_id = OBJECT_ID('dbo.tbLocalizedPropertyForRevision')) AS IndexLocalizedPropertyID, " +
    "(SELECT COUNT(*) FROM sys.indexes WHERE name = 'nclSupercededUpdateID' AND object_id = OBJECT_ID('dbo.tbRevisionSupersedesUpdate')) AS IndexSupercededUpdateID, " +
    "(SELECT SUM(CAST(size AS bigint)) * 8 / 1024 FROM sys.database_files WHERE type = 0) AS DataFileSizeMB, " +
    "(SELECT TOP 1 physical_name FROM sys.database_files WHERE type = 0 ORDER BY file_id) AS DataFilePath"
    $rows = $null
    # The probe returns its rows as one array (a single row may also arrive unrolled).
    try { $rows = Invoke-WdSqlQuery -Server $server -Database $database -Query $query -TimeoutSeconds $timeout; $rows = @($rows) }
    catch {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ("SUSDB could not be queried at {0}: {1}" -f $server, (Get-WdErrorText $_))
        return , $section
    }
    if ($rows.Count -eq 0 -or $null -eq $rows[0]) {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message 'The SUSDB query returned no row.'
        return , $section
    }
    $row = $rows[0]
    $counts = @(@('totalUpdates', 'TotalUpdates'), @('declinedUpdates', 'DeclinedUpdates'), @('supersededNotDeclinedUpdates', 'SupersededNotDeclined'))
    foreach ($pair in $counts) {
        $n = ConvertTo-WdInteger $row[$pair[1]]
        if ($null -ne $n -and $n -ge 0) { $section[$pair[0]] = $n }
    }
    $indexes = New-WdDictionary
    $a = ConvertTo-WdInteger $row['IndexLocalizedPropertyID']
    if ($null -ne $a) { $indexes['nclLocalizedPropertyID'] = ($a -gt 0) }
    $b = ConvertTo-WdInteger $row['IndexSupercededUpdateID']
    if ($null -ne $b) { $indexes['nclSupercededUpdateID'] = ($b -gt 0) }
    $section['customIndexes'] = $indexes
    $path = [string]$row['DataFilePath']
    if ($path) { $section['dataFilePath'] = Limit-WdText $path 1024 }
    $size = ConvertTo-WdInteger $row['DataFileSizeMB']
    if ($null -ne $size -and $size -ge 0) { $section['dataFileSizeMB'] = $size }
    if ($local -and $path) {
        try {
            $volume = Get-WdVolumeSpace -Path $path
            if ($null -ne $volume -and [long]$volume.TotalBytes -gt 0) {
                $section['dataVolumeFreeMB'] = [math]::Round([double]$volume.FreeBytes / 1MB, 1)
                $section['dataVolumeFreePercent'] = [math]::Round(100.0 * [double]$volume.FreeBytes / [double]$volume.TotalBytes, 1)
            }
        }
        catch { Set-WdSectionMessage -Section $section -Message ('Partly read. Free space of the SUSDB volume: ' + (Get-WdErrorText $_)) }
    }
    elseif (-not $local) {
        # A SQL Server (often remote): its own view of the data file's volume, a second read-only
        # SELECT (sys.dm_os_volume_stats: SQL Server 2008 R2 SP1 and later, VIEW SERVER STATE permission).
        $volumeQuery = "SET NOCOUNT ON; SELECT TOP 1 vs.volume_mount_point AS VolumeMountPoint, vs.total_bytes AS VolumeTotalBytes, vs.available_bytes AS VolumeAvailableBytes " +
        "FROM sys.database_files AS df CROSS APPLY sys.dm_os_volume_stats(DB_ID(), df.file_id) AS vs WHERE df.type = 0 ORDER BY df.file_id"
        try {
            $volumeRows = Invoke-WdSqlQuery -Server $server -Database $database -Query $volumeQuery -TimeoutSeconds $timeout
            $volumeRows = @($volumeRows)
            $v = $null
            if ($volumeRows.Count -gt 0) { $v = $volumeRows[0] }
            $total = $null; $free = $null
            if ($null -ne $v) { $total = ConvertTo-WdInteger $v['VolumeTotalBytes']; $free = ConvertTo-WdInteger $v['VolumeAvailableBytes'] }
            if ($null -ne $total -and $null -ne $free -and $total -gt 0 -and $free -ge 0) {
                $section['dataVolumeFreeMB'] = [math]::Round([double]$free / 1MB, 1)
                $section['dataVolumeFreePercent'] = [math]::Round(100.0 * [double]$free / [double]$total, 1)
                $mount = [string]$v['VolumeMountPoint']
                if ($mount) { $section['dataVolumeRoot'] = Limit-WdText $mount 260 }
            }
            else { Set-WdSectionMessage -Section $section -Message 'Partly read. SQL Server did not report the volume of the SUSDB data file (sys.dm_os_volume_stats).' }
        }
        catch { Set-WdSectionMessage -Section $section -Message ('Partly read. Free space of the SUSDB volume on the SQL Server (sys.dm_os_volume_stats, needs VIEW SERVER STATE): ' + (Get-WdErrorText $_)) }
    }
    , $section
}

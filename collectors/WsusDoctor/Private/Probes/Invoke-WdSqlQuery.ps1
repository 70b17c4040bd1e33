# Invoke-WdSqlQuery (probe): runs ONE read-only SELECT batch against a SQL Server or the Windows
# Internal Database (named pipe) with short connect and command time-outs; returns the rows of the first result set.
function Invoke-WdSqlQuery {
    <#
    .SYNOPSIS
    Probe: runs a read-only SELECT batch (System.Data.SqlClient, Windows authentication) and returns the rows of its first result set as ordered dictionaries (column -> value, DBNull as $null). Refuses any batch that is not a plain SELECT. Throws on connection, permission or time-out errors.

    .DESCRIPTION
    Server is a data source as SqlClient takes it: np:\\.\pipe\MICROSOFT##WID\tsql\query for the
    Windows Internal Database (2012+), np:\\.\pipe\MSSQL$MICROSOFT##SSEE\sql\query (WSUS 3.0), or
    a SQL Server name. The batch runs at READ UNCOMMITTED so it never waits for, or holds, locks
    that WSUS needs. Never used for maintenance: statements that change data or schema are refused.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Server,
        [Parameter(Mandatory = $true)] [string] $Database,
        [Parameter(Mandatory = $true)] [string] $Query,
        [ValidateRange(1, 600)] [int] $TimeoutSeconds = 30,
        [ValidateRange(1, 600)] [int] $ConnectTimeoutSeconds = 15
    )
    if ($Query -notmatch '^\s*(SET\s+NOCOUNT\s+ON\s*;\s*)?SELECT\s' -or
        $Query -match '\b(INSERT|UPDATE|DELETE|MERGE|EXEC|EXECUTE|ALTER|CREATE|DROP|TRUNCATE|GRANT|REVOKE|DENY|DBCC|BACKUP|RESTORE|SHUTDOWN|KILL|RECONFIGURE)\b|\bINTO\b') {
        throw 'Invoke-WdSqlQuery runs read-only SELECT batches only.'
    }
    $builder = New-Object System.Data.SqlClient.SqlConnectionStringBuilder
    $builder['Data Source'] = $Server
    $builder['Initial Catalog'] = $Database
    $builder['Integrated Security'] = $true
    $builder['Connect Timeout'] = $ConnectTimeoutSeconds
    $builder['Application Name'] = 'wsus-doctor (read-only)'
    $builder['Pooling'] = $false
    $connection = New-Object System.Data.SqlClient.SqlConnection($builder.ConnectionString)
    try {
        $connection.Open()
        $command = $connection.CreateCommand()
        $command.CommandTimeout = $TimeoutSeconds
        $command.CommandText = 'SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; ' + $Query
        $reader = $command.ExecuteReader()
        try {
            $rows = New-Object System.Collections.ArrayList
            while ($reader.Read()) {
                $row = New-WdDictionary
                for ($i = 0; $i -lt $reader.FieldCount; $i++) {
                    $value = $reader.GetValue($i)
                    if ($value -is [System.DBNull]) { $value = $null }
                    $row[$reader.GetName($i)] = $value
                }
                [void]$rows.Add($row)
            }
            , $rows.ToArray()
        }
        finally { $reader.Close() }
    }
    finally {
        $connection.Close()
        $connection.Dispose()
    }
}

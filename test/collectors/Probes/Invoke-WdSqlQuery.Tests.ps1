# Invoke-WdSqlQuery (probe): runs SELECT batches only; anything that could change SUSDB is refused before connecting.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    function Invoke-Sql([string] $Query, [string] $Server = 'np:\\.\pipe\MICROSOFT##WID\tsql\query') {
        & (Get-Module WsusDoctor) { param($q, $s) Invoke-WdSqlQuery -Server $s -Database 'SUSDB' -Query $q -TimeoutSeconds 1 -ConnectTimeoutSeconds 1 } $Query $Server
    }
}

Describe 'Invoke-WdSqlQuery' {
    It 'refuses <Query>' -ForEach @(
        @{ Query = 'EXEC spDeleteUpdate @localUpdateID = 1' }, @{ Query = 'SELECT 1; DELETE FROM tbUpdate' }, @{ Query = 'UPDATE tbUpdate SET x = 1' },
        @{ Query = 'SELECT * INTO #t FROM tbUpdate' }, @{ Query = 'SELECT 1; CREATE NONCLUSTERED INDEX nclSupercededUpdateID ON tbRevisionSupersedesUpdate(SupersededUpdateID)' },
        @{ Query = 'SET NOCOUNT ON; ALTER INDEX ALL ON tbUpdate REBUILD' }, @{ Query = 'SELECT 1; DBCC CHECKDB' }
    ) {
        { Invoke-Sql $Query } | Should -Throw '*read-only SELECT batches only*'
    }

    It 'lets a SELECT batch through to the connection (which fails fast here: no SQL Server, 1 s time-out)' {
        { Invoke-Sql 'SET NOCOUNT ON; SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate' 'tcp:127.0.0.1,1' } | Should -Throw -ExpectedMessage '*' -Because 'the connection fails, but not the read-only guard'
        try { Invoke-Sql 'SELECT 1' 'tcp:127.0.0.1,1' } catch { $_.Exception.Message | Should -Not -BeLike '*read-only SELECT batches only*' }
    }
}

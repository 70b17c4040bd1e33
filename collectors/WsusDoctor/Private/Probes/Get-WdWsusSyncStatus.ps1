# Get-WdWsusSyncStatus (probe): the last synchronization and the upstream/proxy settings through
# the WSUS administration API (read-only getters).
function Get-WdWsusSyncStatus {
    <#
    .SYNOPSIS
    Probe: returns SyncFromMicrosoftUpdate, UpstreamServerName/Port/UseSsl, IsReplicaServer, UseProxy, ProxyName, ProxyPort and LastSyncStartTime/EndTime (UTC), LastSyncResult, LastSyncError from GetConfiguration() and GetSubscription().GetLastSynchronizationInfo(); $null when the API assembly is not installed. Throws when the server does not answer.
    #>
    [CmdletBinding()]
    param()
    $assembly = [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    if ($null -eq $assembly) { return $null }
    $server = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
    $config = $server.GetConfiguration()
    $entry = New-WdDictionary
    $entry['SyncFromMicrosoftUpdate'] = [bool]$config.SyncFromMicrosoftUpdate
    $entry['UpstreamServerName'] = [string]$config.UpstreamWsusServerName
    $entry['UpstreamServerPort'] = $config.UpstreamWsusServerPortNumber
    $entry['UpstreamServerUseSsl'] = [bool]$config.UpstreamWsusServerUseSsl
    $entry['IsReplicaServer'] = [bool]$config.IsReplicaServer
    $entry['UseProxy'] = [bool]$config.UseProxy
    $entry['ProxyName'] = [string]$config.ProxyName
    $entry['ProxyPort'] = $config.ProxyServerPort
    $info = $server.GetSubscription().GetLastSynchronizationInfo()
    $entry['LastSyncStartTime'] = $null
    $entry['LastSyncEndTime'] = $null
    $entry['LastSyncResult'] = 'NeverRun'
    $entry['LastSyncError'] = $null
    if ($null -ne $info) {
        # The API reports UTC times with Kind Unspecified.
        $entry['LastSyncStartTime'] = [datetime]::SpecifyKind($info.StartTime, [System.DateTimeKind]::Utc)
        $entry['LastSyncEndTime'] = [datetime]::SpecifyKind($info.EndTime, [System.DateTimeKind]::Utc)
        $entry['LastSyncResult'] = [string]$info.Result
        if ([string]$info.Result -ne 'Succeeded') { $entry['LastSyncError'] = ([string]$info.Error + ': ' + [string]$info.ErrorText).Trim(': ') }
    }
    New-Object PSObject -Property $entry
}

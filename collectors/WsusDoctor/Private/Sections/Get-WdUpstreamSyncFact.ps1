# Get-WdUpstreamSyncFact: the last synchronization, the upstream and proxy settings (WSUS API) and
# the .NET / SCHANNEL TLS 1.2 registry values that synchronization depends on.
function Get-WdUpstreamSyncFact {
    <#
    .SYNOPSIS
    Builds the upstreamSync section (servers) from the WSUS administration API and the TLS registry values.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'The synchronization state'
    if ($null -ne $skip) { return , $skip }
    if ($Context.Options.SkipWsusApi) { return (New-WdSection -Status 'notCollected' -Message 'Not collected: -SkipWsusApi was given (the synchronization state is read through the WSUS administration API).') }
    $sync = $null
    try { $sync = Get-WdWsusSyncStatus }
    catch { return (New-WdSection -Status 'error' -Message ('The WSUS administration API did not return the synchronization state: ' + (Get-WdErrorText $_))) }
    if ($null -eq $sync) { return (New-WdSection -Status 'error' -Message 'The WSUS administration API (Microsoft.UpdateServices.Administration) is not installed; the synchronization state was not read.') }
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $fromMu = ConvertTo-WdBoolean $sync.SyncFromMicrosoftUpdate
    if ($null -ne $fromMu) { $section['syncFromMicrosoftUpdate'] = $fromMu }
    if (-not $fromMu -and $sync.UpstreamServerName) {
        $section['upstreamServerName'] = Limit-WdText ([string]$sync.UpstreamServerName) 255
        $port = ConvertTo-WdInteger $sync.UpstreamServerPort
        if ($null -ne $port -and $port -ge 1 -and $port -le 65535) { $section['upstreamServerPort'] = $port }
        $upstreamSsl = ConvertTo-WdBoolean $sync.UpstreamServerUseSsl
        if ($null -ne $upstreamSsl) { $section['upstreamServerUseSsl'] = $upstreamSsl }
        $replica = ConvertTo-WdBoolean $sync.IsReplicaServer
        if ($null -ne $replica) { $section['isReplicaServer'] = $replica }
    }
    $useProxy = ConvertTo-WdBoolean $sync.UseProxy
    if ($null -ne $useProxy) { $section['useProxy'] = $useProxy }
    if ($useProxy -and $sync.ProxyName) {
        $section['proxyName'] = Limit-WdText ([string]$sync.ProxyName) 255
        $proxyPort = ConvertTo-WdInteger $sync.ProxyPort
        if ($null -ne $proxyPort -and $proxyPort -ge 1 -and $proxyPort -le 65535) { $section['proxyPort'] = $proxyPort }
    }
    $start = ConvertTo-WdIsoDateTime -Value $sync.LastSyncStartTime -AssumeUtc
    if ($start -and $start -notmatch '^0001-') { $section['lastSyncStartTime'] = $start }
    $end = ConvertTo-WdIsoDateTime -Value $sync.LastSyncEndTime -AssumeUtc
    if ($end -and $end -notmatch '^0001-') { $section['lastSyncEndTime'] = $end }
    $result = [string]$sync.LastSyncResult
    if (@('Succeeded', 'Failed', 'Canceled', 'NeverRun') -contains $result) { $section['lastSyncResult'] = $result }
    elseif ($result) { $section['lastSyncResult'] = 'Unknown' }
    if ($sync.LastSyncError) { $section['lastSyncError'] = Limit-WdText ([string]$sync.LastSyncError) 4000 }

    $tls = New-WdDictionary
    $keys = @(
        @('HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'SchUseStrongCrypto', 'netFx4SchUseStrongCrypto'),
        @('HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'SystemDefaultTlsVersions', 'netFx4SystemDefaultTlsVersions'),
        @('HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319', 'SchUseStrongCrypto', 'netFx4Wow64SchUseStrongCrypto'),
        @('HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319', 'SystemDefaultTlsVersions', 'netFx4Wow64SystemDefaultTlsVersions'),
        @('HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client', 'Enabled', 'schannelTls12ClientEnabled'),
        @('HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client', 'DisabledByDefault', 'schannelTls12ClientDisabledByDefault'))
    $read = New-WdDictionary
    $tlsFailed = $false
    foreach ($entry in $keys) {
        if (-not $read.Contains($entry[0])) {
            try { $read[$entry[0]] = Get-WdRegistryKey -Path $entry[0] }
            catch { $read[$entry[0]] = $null; $tlsFailed = $true; [void]$problems.Add($entry[0] + ': ' + (Get-WdErrorText $_)) }
        }
        $values = $read[$entry[0]]
        if ($null -ne $values -and $values.Contains($entry[1])) {
            $n = ConvertTo-WdInteger $values[$entry[1]]
            if ($null -ne $n) { $tls[$entry[2]] = $n }
        }
    }
    # A registry key that could not be read leaves the TLS values unknown (absent), not "not set".
    if (-not $tlsFailed) { $section['tls'] = $tls }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. TLS registry values: ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# Get-WdEventLogEntry (probe): recent entries of one event log, by provider and event ids.
function Get-WdEventLogEntry {
    <#
    .SYNOPSIS
    Probe: returns the entries of LogName (optionally of one provider and some ids) newer than MaxAgeDays, newest first (LogName, ProviderName, Id, Level, TimeCreated, Message). Returns nothing when none match; throws when the log cannot be read.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $LogName,
        [string] $ProviderName,
        [int[]] $Id,
        [double] $MaxAgeDays = 3,
        [int] $MaxEvents = 500
    )
    $filter = @{ LogName = $LogName; StartTime = (Get-Date).AddDays(-$MaxAgeDays) }
    if ($ProviderName) { $filter['ProviderName'] = $ProviderName }
    if ($Id) { $filter['Id'] = $Id }
    $events = $null
    try {
        $events = Get-WinEvent -FilterHashtable $filter -MaxEvents $MaxEvents -ErrorAction Stop
    }
    catch {
        # "No events were found that match the specified selection criteria" is not an error here.
        if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { return }
        throw
    }
    foreach ($event in @($events)) {
        if ($null -eq $event) { continue }
        $message = $null
        try { $message = $event.Message } catch { $message = $null }
        $entry = New-WdDictionary
        $entry['LogName'] = [string]$event.LogName
        $entry['ProviderName'] = [string]$event.ProviderName
        $entry['Id'] = [int]$event.Id
        $entry['Level'] = [int]$event.Level
        $entry['TimeCreated'] = $event.TimeCreated
        $entry['Message'] = $message
        New-Object PSObject -Property $entry
    }
}

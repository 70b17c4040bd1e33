# Get-WdEventFact: event-log entries that matter to WSUS (server: WSUS Application events, WAS
# app-pool events; every machine: WindowsUpdateClient failures).
function Get-WdEventFact {
    <#
    .SYNOPSIS
    Builds the events section; each query that fails is named in the message, the others still count.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $queries = New-Object System.Collections.ArrayList
    if ($Context.Role -eq 'server') {
        [void]$queries.Add(@('Application', 'Windows Server Update Services', $null))
        [void]$queries.Add(@('System', 'Microsoft-Windows-WAS', [int[]]@(5002, 5009, 5010, 5011, 5012, 5013, 5117)))
    }
    [void]$queries.Add(@('Microsoft-Windows-WindowsUpdateClient/Operational', 'Microsoft-Windows-WindowsUpdateClient', [int[]]@(20, 25, 31)))
    [void]$queries.Add(@('System', 'Microsoft-Windows-WindowsUpdateClient', [int[]]@(16, 20, 32)))

    $levels = @{ 0 = 'Information'; 1 = 'Critical'; 2 = 'Error'; 3 = 'Warning'; 4 = 'Information'; 5 = 'Verbose' }
    $collected = New-Object System.Collections.ArrayList
    $problems = New-Object System.Collections.ArrayList
    $failed = 0
    # The window every query covered completely: from the age cut-off, or later when a query hit MaxEvents.
    $coveredFrom = $Context.NowUtc.AddDays(-[double]$Context.Options.MaxLogAgeDays)
    foreach ($query in $queries) {
        try {
            $parameters = @{ LogName = $query[0]; ProviderName = $query[1]; MaxAgeDays = $Context.Options.MaxLogAgeDays; MaxEvents = $Context.Options.MaxEvents }
            if ($null -ne $query[2]) { $parameters['Id'] = $query[2] }
            $returned = 0
            $oldest = $null
            foreach ($event in @(Get-WdEventLogEntry @parameters)) {
                if ($null -eq $event) { continue }
                $returned++
                $time = ConvertTo-WdDateTime $event.TimeCreated
                if ($null -eq $time) { continue }
                if ($null -eq $oldest -or $time.ToUniversalTime() -lt $oldest) { $oldest = $time.ToUniversalTime() }
                $entry = New-WdDictionary
                $entry['logName'] = Limit-WdText ([string]$event.LogName) 255
                $entry['providerName'] = Limit-WdText ([string]$event.ProviderName) 255
                $entry['id'] = [long]$event.Id
                $level = ConvertTo-WdInteger $event.Level
                if ($null -ne $level -and $levels.ContainsKey([int]$level)) { $entry['level'] = $levels[[int]$level] }
                elseif ($levels.ContainsValue([string]$event.Level)) { $entry['level'] = [string]$event.Level }
                $entry['timeCreated'] = ConvertTo-WdIsoDateTime $time
                if ($null -ne $event.Message) { $entry['message'] = Limit-WdText ([string]$event.Message) 8000 }
                [void]$collected.Add(@($time.ToUniversalTime().Ticks, $entry))
            }
            if ($returned -ge [int]$Context.Options.MaxEvents -and $null -ne $oldest -and $oldest -gt $coveredFrom) { $coveredFrom = $oldest }
        }
        catch {
            $failed++
            [void]$problems.Add("$($query[0]) ($($query[1])): " + (Get-WdErrorText $_))
        }
    }
    if ($failed -eq $queries.Count) {
        return (New-WdSection -Status 'error' -Message (Limit-WdText ('No event log could be read. ' + ($problems.ToArray() -join ' ')) 4000))
    }
    # Newest last, at most 5000 (the newest win).
    $sorted = @($collected.ToArray() | Sort-Object -Property @{ Expression = { $_[0] } })
    if ($sorted.Length -gt 5000) {
        $sorted = $sorted[($sorted.Length - 5000)..($sorted.Length - 1)]
        $firstKept = New-Object DateTime -ArgumentList ([long]$sorted[0][0]), ([System.DateTimeKind]::Utc)
        if ($firstKept -gt $coveredFrom) { $coveredFrom = $firstKept }
    }
    $items = New-Object System.Collections.ArrayList
    foreach ($pair in $sorted) { [void]$items.Add($pair[1]) }
    $section = New-WdSection
    $section['maxAgeDays'] = [double]$Context.Options.MaxLogAgeDays
    if ([double]$Context.Options.MaxLogAgeDays -gt 0) { $section['coveredFrom'] = ConvertTo-WdIsoDateTime $coveredFrom }
    $section['coveredTo'] = ConvertTo-WdIsoDateTime $Context.NowUtc
    $section['items'] = $items.ToArray()
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Some event logs could not be read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

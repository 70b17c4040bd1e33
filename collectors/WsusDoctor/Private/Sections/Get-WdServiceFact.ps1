# Get-WdServiceFact: the services that matter to WSUS, keyed by service name.
function Get-WdServiceFact {
    <#
    .SYNOPSIS
    Builds the services section (name, display name, status, start type) for the services named in the context.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $statusNames = @('Running', 'Stopped', 'StartPending', 'StopPending', 'ContinuePending', 'PausePending', 'Paused')
    $startNames = @('Automatic', 'AutomaticDelayedStart', 'Manual', 'Disabled', 'Boot', 'System')
    $section = New-WdSection
    $items = New-WdDictionary
    foreach ($service in @(Get-WdService -Name $Context.ServiceNames)) {
        if ($null -eq $service -or -not $service.Name) { continue }
        $entry = New-WdDictionary
        $entry['name'] = [string]$service.Name
        if ($service.DisplayName) { $entry['displayName'] = Limit-WdText ([string]$service.DisplayName) 256 }
        $status = ([string]$service.Status) -replace ' ', ''
        if ($statusNames -contains $status) { $entry['status'] = $status } else { $entry['status'] = 'Stopped' }
        $start = [string]$service.StartType
        if ($start -eq 'Auto') { $start = 'Automatic' }
        if ($start -eq 'Automatic' -and $service.DelayedAutoStart) { $start = 'AutomaticDelayedStart' }
        if ($startNames -contains $start) { $entry['startType'] = $start }
        $items[[string]$service.Name] = $entry
    }
    $section['items'] = $items
    , $section
}

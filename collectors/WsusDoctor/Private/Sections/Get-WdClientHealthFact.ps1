# Get-WdClientHealthFact: local state the Windows Update agent depends on (clients): free space of the
# system drive, the SoftwareDistribution folder and its DataStore, WinSxS\pending.xml, the Delivery
# Optimization download mode policy, and Windows Time (registry and `w32tm /query /status`, both local).
function Get-WdClientHealthFact {
    <#
    .SYNOPSIS
    Builds the clientHealth section on WSUS clients (notApplicable on servers), reading only local state through probes.
    .DESCRIPTION
    Each part is read on its own: a part that fails is named in the message and the others are kept
    (status ok, "Partly read"); when nothing could be read the section is an error. Nothing here uses
    the network: w32tm /query /status asks the local Windows Time service.
    .OUTPUTS
    System.Collections.Specialized.OrderedDictionary: status, message, systemDrive { root, totalMB, freeMB, freePercent },
    softwareDistribution { path, exists, dataStoreExists, dataStoreSizeMB, dataStoreLastWriteTime }, pendingXml { exists, lastWriteTime },
    deliveryOptimizationDownloadMode, timeService { type, ntpServer, source, lastSuccessfulSyncTime, statusReadable }.
    .EXAMPLE
    Get-WdClientHealthFact -Context $context
    #>
    param([Parameter(Mandatory = $true)] $Context)
    if ($Context.Role -ne 'client') { return (New-WdSection -Status 'notApplicable' -Message 'Client health is read on WSUS clients only.') }
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $read = 0
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $systemDrive = [string]$Context.Environment.SystemDrive
    if ($systemDrive -notmatch '^[A-Za-z]:$') { $systemDrive = $winDir.Substring(0, 2) }

    try {
        $volume = Get-WdVolumeSpace -Path ($systemDrive + '\')
        if ($null -ne $volume -and [long]$volume.TotalBytes -gt 0) {
            $drive = New-WdDictionary
            $drive['root'] = Limit-WdText ([string]$volume.Root) 16
            $drive['totalMB'] = [math]::Round([double]$volume.TotalBytes / 1MB, 1)
            $drive['freeMB'] = [math]::Round([double]$volume.FreeBytes / 1MB, 1)
            $drive['freePercent'] = [math]::Round(100.0 * [double]$volume.FreeBytes / [double]$volume.TotalBytes, 1)
            $section['systemDrive'] = $drive
            $read++
        }
    }
    catch { [void]$problems.Add("Free space of ${systemDrive}: " + (Get-WdErrorText $_)) }

    $sdPath = Join-WdPath $winDir 'SoftwareDistribution'
    try {
        $sd = New-WdDictionary
        $sd['path'] = Limit-WdText $sdPath 1024
        $folder = Get-WdFileItem -Path $sdPath
        $sd['exists'] = ($null -ne $folder -and [bool]$folder.IsDirectory)
        $edb = $null
        if ($sd['exists']) { $edb = Get-WdFileItem -Path (Join-WdPath $sdPath 'DataStore\DataStore.edb') }
        $sd['dataStoreExists'] = ($null -ne $edb -and -not [bool]$edb.IsDirectory)
        if ($sd['dataStoreExists']) {
            if ($null -ne $edb.Length) { $sd['dataStoreSizeMB'] = [math]::Round([double]$edb.Length / 1MB, 1) }
            $written = ConvertTo-WdIsoDateTime $edb.LastWriteTime
            if ($written) { $sd['dataStoreLastWriteTime'] = $written }
        }
        $section['softwareDistribution'] = $sd
        $read++
    }
    catch { [void]$problems.Add("$sdPath\DataStore: " + (Get-WdErrorText $_)) }

    $pendingPath = Join-WdPath $winDir 'WinSxS\pending.xml'
    try {
        $pending = Get-WdFileItem -Path $pendingPath
        $entry = New-WdDictionary
        $entry['exists'] = ($null -ne $pending -and -not [bool]$pending.IsDirectory)
        if ($entry['exists']) {
            $written = ConvertTo-WdIsoDateTime $pending.LastWriteTime
            if ($written) { $entry['lastWriteTime'] = $written }
        }
        $section['pendingXml'] = $entry
        $read++
    }
    catch { [void]$problems.Add("${pendingPath}: " + (Get-WdErrorText $_)) }

    try {
        $doPolicy = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\DeliveryOptimization'
        if ($null -ne $doPolicy -and $doPolicy.Contains('DODownloadMode')) {
            $mode = ConvertTo-WdInteger $doPolicy['DODownloadMode']
            if ($null -ne $mode) { $section['deliveryOptimizationDownloadMode'] = $mode }
        }
        $read++
    }
    catch { [void]$problems.Add('Delivery Optimization policy: ' + (Get-WdErrorText $_)) }

    $time = New-WdDictionary
    try {
        $parameters = Get-WdRegistryKey -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\Parameters'
        if ($null -ne $parameters) {
            if ($parameters['Type']) { $time['type'] = Limit-WdText ([string]$parameters['Type']) 32 }
            if ($parameters['NtpServer']) { $time['ntpServer'] = Limit-WdText ([string]$parameters['NtpServer']) 1024 }
        }
    }
    catch { [void]$problems.Add('W32Time parameters: ' + (Get-WdErrorText $_)) }
    $statusReadable = $false
    try {
        $w32tm = Invoke-WdCommand -FilePath 'w32tm.exe' -ArgumentList @('/query', '/status')
        if ($null -ne $w32tm -and [int]$w32tm.ExitCode -eq 0) {
            $status = ConvertFrom-WdW32tmStatus -Line @($w32tm.Output)
            if ($status.Contains('Source')) { $time['source'] = Limit-WdText ([string]$status['Source']) 256 }
            if ($status.Contains('LastSuccessfulSyncTime')) {
                $raw = [string]$status['LastSuccessfulSyncTime']
                $iso = ConvertTo-WdIsoDateTime $raw
                if (-not $iso) {
                    # w32tm prints the date in the display culture of this machine.
                    $parsed = [datetime]::MinValue
                    if ([datetime]::TryParse($raw, [System.Globalization.CultureInfo]::CurrentCulture, [System.Globalization.DateTimeStyles]::AllowWhiteSpaces, [ref]$parsed)) { $iso = ConvertTo-WdIsoDateTime $parsed }
                }
                if ($iso) { $time['lastSuccessfulSyncTime'] = $iso } else { [void]$problems.Add("w32tm: the last sync time '$raw' is not a date this collector understands.") }
            }
            $statusReadable = ($status.Count -gt 0)
            if (-not $statusReadable) { [void]$problems.Add('w32tm /query /status: no Source or Last Successful Sync Time line (display language not English?).') }
        }
        elseif ($null -ne $w32tm) {
            [void]$problems.Add("w32tm /query /status exited with $($w32tm.ExitCode) (is the Windows Time service running?): " + (Limit-WdText ((@($w32tm.Output) -join ' ').Trim()) 300))
        }
    }
    catch { [void]$problems.Add('w32tm /query /status: ' + (Get-WdErrorText $_)) }
    $time['statusReadable'] = $statusReadable
    $section['timeService'] = $time
    if ($time.Contains('type') -or $statusReadable) { $read++ }

    if ($read -eq 0) { return (New-WdSection -Status 'error' -Message ('Client health could not be read. ' + ($problems.ToArray() -join ' '))) }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# Get-WdClientPolicyFact: Windows Update policy values, native and Wow6432Node.
function Get-WdClientPolicyFact {
    <#
    .SYNOPSIS
    Builds the clientPolicy section from HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate (and \AU), plus the Wow6432Node copy when it exists.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $stringNames = @('WUServer', 'WUStatusServer', 'UpdateServiceUrlAlternate', 'TargetGroup',
        'PauseFeatureUpdatesStartTime', 'PauseQualityUpdatesStartTime', 'TargetReleaseVersionInfo', 'ProductVersion')
    $wuNames = @('WUServer', 'WUStatusServer', 'UpdateServiceUrlAlternate', 'FillEmptyContentUrls', 'TargetGroupEnabled', 'TargetGroup',
        'DoNotConnectToWindowsUpdateInternetLocations', 'DisableDualScan', 'DisableWindowsUpdateAccess', 'SetDisableUXWUAccess',
        'SetProxyBehaviorForUpdateDetection', 'AcceptTrustedPublisherCerts', 'DoNotEnforceEnterpriseTLSCertPinningForUpdateDetection',
        'SetPolicyDrivenUpdateSourceForFeatureUpdates', 'SetPolicyDrivenUpdateSourceForQualityUpdates',
        'SetPolicyDrivenUpdateSourceForDriverUpdates', 'SetPolicyDrivenUpdateSourceForOtherUpdates',
        # Windows Update for Business deferral, pause and offering policies: with WSUS they cause dual scan.
        'DeferFeatureUpdates', 'DeferFeatureUpdatesPeriodInDays', 'PauseFeatureUpdatesStartTime', 'DeferQualityUpdates',
        'DeferQualityUpdatesPeriodInDays', 'PauseQualityUpdatesStartTime', 'TargetReleaseVersion', 'TargetReleaseVersionInfo',
        'ProductVersion', 'DeferUpgrade')
    $auNames = @('UseWUServer', 'NoAutoUpdate', 'AUOptions', 'ScheduledInstallDay', 'ScheduledInstallTime', 'DetectionFrequencyEnabled',
        'DetectionFrequency', 'UseUpdateClassPolicySource', 'RescheduleWaitTime', 'NoAutoRebootWithLoggedOnUsers', 'AutomaticMaintenanceEnabled')
    $maxLength = @{ WUServer = 2048; WUStatusServer = 2048; UpdateServiceUrlAlternate = 2048; TargetGroup = 1024
        PauseFeatureUpdatesStartTime = 64; PauseQualityUpdatesStartTime = 64; TargetReleaseVersionInfo = 64; ProductVersion = 64 }
    $skipped = New-Object System.Collections.ArrayList

    # Reads one key and keeps the known values with the contract's types; $null when the key is absent.
    function Read-WdPolicyKey([string]$path, [string[]]$names) {
        $values = Get-WdRegistryKey -Path $path
        if ($null -eq $values) { return $null }
        $result = New-WdDictionary
        foreach ($name in $names) {
            if (-not $values.Contains($name)) { continue }
            $raw = $values[$name]
            if ($stringNames -contains $name) {
                if ($null -ne $raw) { $result[$name] = Limit-WdText ([string]$raw) $maxLength[$name] }
            }
            else {
                $number = ConvertTo-WdInteger $raw
                if ($null -ne $number) { $result[$name] = $number } else { [void]$skipped.Add("$path\$name") }
            }
        }
        , $result
    }

    $section = New-WdSection
    $root = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate'
    $wu = Read-WdPolicyKey $root $wuNames
    $au = Read-WdPolicyKey ($root + '\AU') $auNames
    if ($null -ne $wu) { $section['windowsUpdate'] = $wu }
    if ($null -ne $au) { $section['au'] = $au }
    $wowRoot = 'HKLM:\SOFTWARE\Wow6432Node\Policies\Microsoft\Windows\WindowsUpdate'
    $wowWu = Read-WdPolicyKey $wowRoot $wuNames
    $wowAu = Read-WdPolicyKey ($wowRoot + '\AU') $auNames
    if ($null -ne $wowWu -or $null -ne $wowAu) {
        $wow = New-WdDictionary
        if ($null -ne $wowWu) { $wow['windowsUpdate'] = $wowWu }
        if ($null -ne $wowAu) { $wow['au'] = $wowAu }
        $section['wow6432Node'] = $wow
    }
    $notes = New-Object System.Collections.ArrayList
    if ($null -eq $wu -and $null -eq $au) { [void]$notes.Add('No Windows Update policy is set (the WindowsUpdate policy key does not exist).') }
    if ($skipped.Count -gt 0) { [void]$notes.Add('Values that are not numbers were left out: ' + ($skipped.ToArray() -join ', ')) }
    if ($notes.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ($notes.ToArray() -join ' ') }
    , $section
}

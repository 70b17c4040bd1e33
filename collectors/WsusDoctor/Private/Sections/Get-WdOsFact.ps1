# Get-WdOsFact: operating system facts (Win32_OperatingSystem + CurrentVersion registry + reboot flags).
function Get-WdOsFact {
    <#
    .SYNOPSIS
    Builds the os section: caption, version, build, UBR, installation type, product type, last boot, pending-reboot flags.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $os = $null
    try { $os = @(Get-WdCimInstance -ClassName 'Win32_OperatingSystem')[0] }
    catch { [void]$problems.Add('Win32_OperatingSystem: ' + (Get-WdErrorText $_)) }
    $current = $null
    try { $current = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' }
    catch { [void]$problems.Add('CurrentVersion registry key: ' + (Get-WdErrorText $_)) }
    if ($null -eq $os -and $null -eq $current) {
        return (New-WdSection -Status 'error' -Message ('The operating system could not be read. ' + ($problems.ToArray() -join ' ')))
    }

    $caption = $null
    $version = $null
    $build = $null
    if ($null -ne $os) {
        $caption = ([string]$os.Caption).Trim()
        $version = [string]$os.Version
        $build = ConvertTo-WdInteger $os.BuildNumber
    }
    if ($null -ne $current) {
        if (-not $caption) { $caption = [string]$current['ProductName'] }
        if ($null -eq $build) { $build = ConvertTo-WdInteger $current['CurrentBuildNumber'] }
        if ($null -eq $build) { $build = ConvertTo-WdInteger $current['CurrentBuild'] }
        if (-not $version -and $null -ne $build) {
            $major = ConvertTo-WdInteger $current['CurrentMajorVersionNumber']
            $minor = ConvertTo-WdInteger $current['CurrentMinorVersionNumber']
            if ($null -ne $major -and $null -ne $minor) { $version = "$major.$minor.$build" }
            elseif ([string]$current['CurrentVersion'] -match '^\d+\.\d+$') { $version = ([string]$current['CurrentVersion']) + ".$build" }
        }
    }
    if ($caption) { $section['caption'] = Limit-WdText $caption 255 }
    if ($version -match '^\d+\.\d+\.\d+$') { $section['version'] = $version }
    if ($null -ne $build -and $build -ge 0) { $section['build'] = $build }
    if ($null -ne $current) {
        $ubr = ConvertTo-WdInteger $current['UBR']
        if ($null -ne $ubr -and $ubr -ge 0) { $section['ubr'] = $ubr }
        if ($current['InstallationType']) { $section['installationType'] = Limit-WdText ([string]$current['InstallationType']) 50 }
    }
    if ($null -ne $os) {
        switch ([string]$os.ProductType) {
            '1' { $section['productType'] = 'workstation' }
            '2' { $section['productType'] = 'domainController' }
            '3' { $section['productType'] = 'server' }
        }
        $boot = ConvertTo-WdIsoDateTime $os.LastBootUpTime
        if ($boot) { $section['lastBootUpTime'] = $boot }
    }

    $reboot = New-WdDictionary
    $checks = @(
        @('windowsUpdate', 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired', $null),
        @('componentBasedServicing', 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending', $null),
        @('pendingFileRenameOperations', 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager', 'PendingFileRenameOperations')
    )
    foreach ($check in $checks) {
        try {
            $key = Get-WdRegistryKey -Path $check[1]
            if ($null -eq $check[2]) { $reboot[$check[0]] = ($null -ne $key) }
            else { $reboot[$check[0]] = ($null -ne $key -and $key.Contains($check[2]) -and $null -ne $key[$check[2]] -and @($key[$check[2]]).Length -gt 0) }
        }
        catch { [void]$problems.Add("Pending reboot flag $($check[0]): " + (Get-WdErrorText $_)) }
    }
    $section['pendingReboot'] = $reboot
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

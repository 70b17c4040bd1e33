# Get-WdWindowsUpdateClientFact: Windows Update agent identity and last results.
function Get-WdWindowsUpdateClientFact {
    <#
    .SYNOPSIS
    Builds the windowsUpdateClient section: SusClientId, last detect/install success times, agent (wuaueng.dll) version.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $root = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate'
    $key = Get-WdRegistryKey -Path $root
    if ($null -ne $key -and $key['SusClientId']) { $section['susClientId'] = Limit-WdText ([string]$key['SusClientId']) 64 }
    foreach ($pair in @(@('lastDetectSuccessTime', 'Detect'), @('lastInstallSuccessTime', 'Install'))) {
        try {
            $result = Get-WdRegistryKey -Path ("$root\Auto Update\Results\" + $pair[1])
            if ($null -ne $result) {
                # LastSuccessTime is UTC text such as "2024-05-01 10:00:00" (Windows 7/8.1; Windows 10 stopped writing it).
                $time = ConvertTo-WdIsoDateTime -Value $result['LastSuccessTime'] -AssumeUtc
                if ($time) { $section[$pair[0]] = $time }
            }
        }
        catch { [void]$problems.Add("Auto Update\Results\$($pair[1]): " + (Get-WdErrorText $_)) }
    }
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    try {
        $agent = Get-WdFileItem -Path (Join-WdPath $winDir 'System32\wuaueng.dll')
        if ($null -ne $agent -and $agent.FileVersion) { $section['agentVersion'] = Limit-WdText ([string]$agent.FileVersion) 50 }
    }
    catch { [void]$problems.Add('wuaueng.dll version: ' + (Get-WdErrorText $_)) }
    if ($null -eq $key) { [void]$problems.Add("The key $root does not exist.") }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ($problems.ToArray() -join ' ') }
    , $section
}

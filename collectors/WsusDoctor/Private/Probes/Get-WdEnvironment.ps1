# Get-WdEnvironment (probe): who and where the collector runs - computer name, PowerShell
# version and edition, elevation, well-known folders.
function Get-WdEnvironment {
    <#
    .SYNOPSIS
    Probe: returns the run environment (ComputerName, PSVersion, PSEdition, IsElevated, IsWindows, Is64BitOperatingSystem, WinDir, SystemDrive, ProgramFiles, Temp).
    #>
    [CmdletBinding()]
    param()
    $info = New-WdDictionary
    $name = $env:COMPUTERNAME
    if (-not $name) { $name = [System.Environment]::MachineName }
    $info['ComputerName'] = $name
    $info['PSVersion'] = $PSVersionTable.PSVersion.ToString()
    $edition = 'Desktop'
    if ($PSVersionTable.PSEdition) { $edition = [string]$PSVersionTable.PSEdition }
    $info['PSEdition'] = $edition
    $info['IsWindows'] = ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT)
    $elevated = $false
    if ($info['IsWindows']) {
        try {
            $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
            $principal = New-Object System.Security.Principal.WindowsPrincipal $identity
            $elevated = $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
        }
        catch { $elevated = $false }
    }
    $info['IsElevated'] = [bool]$elevated
    $info['Is64BitOperatingSystem'] = ($env:PROCESSOR_ARCHITECTURE -eq 'AMD64' -or $env:PROCESSOR_ARCHITECTURE -eq 'ARM64' -or [bool]$env:PROCESSOR_ARCHITEW6432)
    $info['WinDir'] = $env:windir
    $info['SystemDrive'] = $env:SystemDrive
    $info['ProgramFiles'] = $env:ProgramFiles
    if ($env:ProgramW6432) { $info['ProgramFiles'] = $env:ProgramW6432 }
    $info['Temp'] = [System.IO.Path]::GetTempPath()
    New-Object PSObject -Property $info
}

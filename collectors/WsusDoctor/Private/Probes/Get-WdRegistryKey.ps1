# Get-WdRegistryKey (probe): all values of one HKLM registry key, read-only.
function Get-WdRegistryKey {
    <#
    .SYNOPSIS
    Probe: returns the values of a registry key as an ordered dictionary (name -> value), or $null when the key does not exist. Throws on access errors.

    .DESCRIPTION
    Reads the 64-bit registry view on a 64-bit Windows even from a 32-bit PowerShell (ConfigMgr
    scripts often run 32-bit), so HKLM:\SOFTWARE\Policies and HKLM:\SOFTWARE\Wow6432Node\Policies
    are both what they say. REG_EXPAND_SZ values are returned unexpanded. Opens keys read-only.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path
    )
    if ($Path -notmatch '^(HKLM:?|HKEY_LOCAL_MACHINE):?\\(.+)$') { throw "Only HKLM paths are supported: $Path" }
    $subKey = $Matches[2]
    $base = $null
    try {
        # OpenBaseKey needs .NET 4 (PowerShell 3+); on Windows PowerShell 2.0 the call fails and
        # the process's own view is used (2.0 runs as a 64-bit process on 64-bit Windows by default).
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
    }
    catch {
        $base = [Microsoft.Win32.Registry]::LocalMachine
    }
    if ($null -eq $base) { throw 'The Windows registry is not available on this system.' }
    $key = $base.OpenSubKey($subKey, $false)
    if ($null -eq $key) { return $null }
    try {
        $values = New-WdDictionary
        foreach ($name in $key.GetValueNames()) {
            $values[$name] = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
        }
        , $values
    }
    finally {
        $key.Close()
    }
}

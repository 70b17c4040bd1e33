# Get-WdHotFix (probe): installed updates as Windows records them (Win32_QuickFixEngineering).
function Get-WdHotFix {
    <#
    .SYNOPSIS
    Probe: returns the installed updates (HotFixID, Description, InstalledOn) from Win32_QuickFixEngineering. Throws when WMI cannot be read.
    #>
    [CmdletBinding()]
    param()
    foreach ($fix in @(Get-WdCimInstance -ClassName 'Win32_QuickFixEngineering')) {
        if ($null -eq $fix) { continue }
        $entry = New-WdDictionary
        $entry['HotFixID'] = [string]$fix.HotFixID
        $entry['Description'] = [string]$fix.Description
        # InstalledOn is text in WMI (M/d/yyyy, or a hex FILETIME on old systems); Get-HotFix's
        # DateTime parse is locale-dependent, so the raw text is kept and parsed later.
        $entry['InstalledOn'] = $fix.InstalledOn
        New-Object PSObject -Property $entry
    }
}

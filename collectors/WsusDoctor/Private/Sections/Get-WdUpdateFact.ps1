# Get-WdUpdateFact: installed updates (KB ids with dates).
function Get-WdUpdateFact {
    <#
    .SYNOPSIS
    Builds the updates section from Get-WdHotFix (ids that are not KB numbers are skipped).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $fixes = @(Get-WdHotFix)
    $section = New-WdSection
    $items = New-Object System.Collections.ArrayList
    $seen = @{}
    $skipped = 0
    foreach ($fix in $fixes) {
        if ($null -eq $fix) { continue }
        $id = ([string]$fix.HotFixID).Trim().ToUpperInvariant()
        if ($id -notmatch '^KB\d{5,8}$') { $skipped++; continue }
        if ($seen.ContainsKey($id)) { continue }
        $seen[$id] = $true
        $item = New-WdDictionary
        $item['id'] = $id
        $date = ConvertTo-WdDateTime $fix.InstalledOn
        if ($null -ne $date) { $item['installedOn'] = $date.ToString('yyyy-MM-dd', [System.Globalization.CultureInfo]::InvariantCulture) }
        if ($fix.Description) { $item['description'] = Limit-WdText ([string]$fix.Description) 200 }
        if ($items.Count -lt 5000) { [void]$items.Add($item) }
    }
    $section['items'] = $items.ToArray()
    if ($skipped -gt 0) { Set-WdSectionMessage -Section $section -Message "$skipped entries without a KB number were skipped." }
    , $section
}

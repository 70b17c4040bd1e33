# ConvertTo-WdBoolean: booleans from IIS ("true"), registry (0/1) and WMI values.
function ConvertTo-WdBoolean {
    <#
    .SYNOPSIS
    Returns $true/$false for a boolean, "true"/"false" text or 0/1 number; $null when unknown.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { return $Value }
    $text = ([string]$Value).Trim()
    if ($text -eq 'true' -or $text -eq '1') { return $true }
    if ($text -eq 'false' -or $text -eq '0') { return $false }
    return $null
}

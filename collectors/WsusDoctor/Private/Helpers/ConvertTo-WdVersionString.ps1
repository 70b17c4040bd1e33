# ConvertTo-WdVersionString: a dotted version (1 to 4 numeric parts) or $null.
function ConvertTo-WdVersionString {
    <#
    .SYNOPSIS
    Returns the leading dotted version in a text ("3.2.7600.283 (built by...)" -> 3.2.7600.283), or $null.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    $text = ([string]$Value).Trim() -replace ',\s*', '.'
    if ($text -match '^(\d+(\.\d+){1,3})') { return $Matches[1] }
    return $null
}

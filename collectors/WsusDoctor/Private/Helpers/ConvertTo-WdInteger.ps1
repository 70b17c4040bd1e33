# ConvertTo-WdInteger: integer facts from registry DWORDs, WMI strings, IIS values.
function ConvertTo-WdInteger {
    <#
    .SYNOPSIS
    Returns the value as a 64-bit integer when it is a whole number (or numeric text), else $null.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { if ($Value) { return [long]1 } else { return [long]0 } }
    if ($Value -is [int] -or $Value -is [long] -or $Value -is [int16] -or $Value -is [byte] -or
        $Value -is [uint16] -or $Value -is [uint32] -or $Value -is [sbyte]) { return [long]$Value }
    if ($Value -is [uint64]) { if ($Value -le [long]::MaxValue) { return [long]$Value } else { return $null } }
    if ($Value -is [double] -or $Value -is [single] -or $Value -is [decimal]) {
        if ([math]::Floor([double]$Value) -eq [double]$Value) { return [long]$Value } else { return $null }
    }
    $text = ([string]$Value).Trim()
    $number = [long]0
    if ($text -match '^0x[0-9A-Fa-f]+$') { return [Convert]::ToInt64($text.Substring(2), 16) }
    if ([long]::TryParse($text, [System.Globalization.NumberStyles]::Integer, [System.Globalization.CultureInfo]::InvariantCulture, [ref]$number)) { return $number }
    return $null
}

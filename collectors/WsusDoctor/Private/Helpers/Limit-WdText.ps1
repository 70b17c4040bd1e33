# Limit-WdText: cuts a text to the maxLength of the fact contract.
function Limit-WdText {
    <#
    .SYNOPSIS
    Returns the text cut to at most MaxLength characters (a trailing marker shows the cut).
    #>
    param([string] $Text, [int] $MaxLength = 4000)
    if ($null -eq $Text) { return $null }
    if ($Text.Length -le $MaxLength) { return $Text }
    $Text.Substring(0, $MaxLength - 3) + '...'
}

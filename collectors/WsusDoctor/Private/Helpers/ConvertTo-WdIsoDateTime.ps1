# ConvertTo-WdIsoDateTime: ISO 8601 UTC text for a date value, or $null.
function ConvertTo-WdIsoDateTime {
    <#
    .SYNOPSIS
    Returns yyyy-MM-ddTHH:mm:ss.fffZ (UTC) for anything ConvertTo-WdDateTime understands, else $null.
    #>
    param([AllowNull()] [object] $Value, [switch] $AssumeUtc)
    $date = ConvertTo-WdDateTime -Value $Value -AssumeUtc:$AssumeUtc
    if ($null -eq $date) { return $null }
    $date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
}

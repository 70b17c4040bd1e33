# ConvertFrom-WdLineTicks: ISO 8601 UTC text for a log line's time stamp (ticks from Get-WdLineTime).
function ConvertFrom-WdLineTicks {
    <#
    .SYNOPSIS
    Returns yyyy-MM-ddTHH:mm:ss.fffZ for line-time ticks; the Windows Update logs (windowsUpdateLegacy, windowsUpdateEtl) are written in this machine's local time and are converted with its time zone, the other formats are UTC already. $null for ticks below 0.
    #>
    param([long] $Ticks, [string] $Format)
    if ($Ticks -lt 0) { return $null }
    $kind = [System.DateTimeKind]::Utc
    if ($Format -eq 'windowsUpdateLegacy' -or $Format -eq 'windowsUpdateEtl') { $kind = [System.DateTimeKind]::Local }
    $stamp = New-Object DateTime -ArgumentList $Ticks, $kind
    ConvertTo-WdIsoDateTime $stamp
}

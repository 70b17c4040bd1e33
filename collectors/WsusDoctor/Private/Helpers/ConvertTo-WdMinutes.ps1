# ConvertTo-WdMinutes: IIS time settings (TimeSpan, "1.05:00:00", "00:20:00", numbers) in whole minutes or seconds.
function ConvertTo-WdMinutes {
    <#
    .SYNOPSIS
    Converts a TimeSpan, IIS time text (d.hh:mm:ss or hh:mm:ss) or a number of minutes to whole minutes (or seconds with -Seconds); $null when unknown.
    #>
    param([AllowNull()] [object] $Value, [switch] $Seconds)
    if ($null -eq $Value) { return $null }
    $span = $null
    if ($Value -is [System.TimeSpan]) { $span = $Value }
    else {
        $number = ConvertTo-WdInteger $Value
        if ($null -ne $number) { return $number }
        $parsed = [System.TimeSpan]::Zero
        if ([System.TimeSpan]::TryParse(([string]$Value).Trim(), [ref]$parsed)) { $span = $parsed }
    }
    if ($null -eq $span) { return $null }
    if ($Seconds) { return [long][math]::Floor($span.TotalSeconds) }
    [long][math]::Floor($span.TotalMinutes)
}

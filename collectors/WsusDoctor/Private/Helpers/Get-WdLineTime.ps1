# Get-WdLineTime: the time stamp at the start of a log line, per log format (UTC ticks, or -1).
function Get-WdLineTime {
    <#
    .SYNOPSIS
    Returns the line's time stamp as DateTime ticks (UTC for W3C, HTTPERR, SoftwareDistribution and CMTrace with its bias; local time for the Windows Update logs), or -1 when the line has none (headers, continuation lines).
    #>
    param([string] $Line, [string] $Format)
    if (-not $Line) { return [long]-1 }
    $year = 0; $month = 0; $day = 0; $time = $null
    if ($Format -eq 'cmtrace') {
        # time="HH:mm:ss.fff+bias" with the UTC bias in minutes (UTC = local + bias, knowledge 4.5).
        if ($Line -notmatch 'time="(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?([+-]\d{1,4})?"\s+date="(\d{1,2})-(\d{1,2})-(\d{4})"') {
            # The older "simple" format of site-server logs: message $$<Component><MM-dd-yyyy HH:mm:ss.fff+bias><thread=N (0xHEX)>.
            if ($Line -notmatch '\$\$<[^>]*><(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?([+-]\d{1,4})?><thread=') { return [long]-1 }
            try {
                $stamp = New-Object DateTime ([int]$Matches[3]), ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[4]), ([int]$Matches[5]), ([int]$Matches[6])
                if ($Matches[7]) { $stamp = $stamp.AddMinutes([int]$Matches[7]) }
                return $stamp.Ticks
            }
            catch { return [long]-1 }
        }
        try {
            $stamp = New-Object DateTime ([int]$Matches[7]), ([int]$Matches[5]), ([int]$Matches[6]), ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[3])
            if ($Matches[4]) { $stamp = $stamp.AddMinutes([int]$Matches[4]) }
            return $stamp.Ticks
        }
        catch { return [long]-1 }
    }
    if ($Line -notmatch '^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T\t]+(\d{1,2}):(\d{2}):(\d{2})') { return [long]-1 }
    try { return (New-Object DateTime ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[3]), ([int]$Matches[4]), ([int]$Matches[5]), ([int]$Matches[6])).Ticks }
    catch { return [long]-1 }
}

# Get-WdRecentLineIndex: where the lines newer than a cut-off start, by binary search (log lines are
# in time order), so a tail of 50,000 lines costs ~20 time-stamp parses instead of 50,000.
function Get-WdRecentLineIndex {
    <#
    .SYNOPSIS
    Returns the index of the first line whose time stamp (or, for lines without one, the next stamped line's) is at or after CutoffTicks.
    #>
    param([string[]] $Lines, [string] $Format, [long] $CutoffTicks)
    $low = 0
    $high = $Lines.Length
    while ($low -lt $high) {
        $mid = [int][math]::Floor(($low + $high) / 2)
        $ticks = [long]-1
        $probe = $mid
        # Lines without a time stamp belong to the next stamped line; look ahead a little.
        while ($probe -lt $Lines.Length -and $probe -lt $mid + 200) {
            $ticks = Get-WdLineTime -Line $Lines[$probe] -Format $Format
            if ($ticks -ge 0) { break }
            $probe++
        }
        if ($ticks -lt 0 -or $ticks -ge $CutoffTicks) { $high = $mid } else { $low = $mid + 1 }
    }
    $low
}

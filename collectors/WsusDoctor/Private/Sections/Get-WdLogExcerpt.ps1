# Get-WdLogExcerpt: a bounded excerpt of one kind of log - the newest lines of the newest files,
# capped by age (file time, then line time stamps) and by a byte budget shared by the files.
function Get-WdLogExcerpt {
    <#
    .SYNOPSIS
    Builds one logExcerpt section from the files in Directory matching Filter (or the single file Path): newest files first until MaxBytes are read, lines older than MaxAgeDays dropped, files listed oldest first.

    .DESCRIPTION
    Only tails are read (Read-WdFileTail seeks from the end). For W3C logs the "#Fields" header that
    applies to the first kept line is kept: if the cut removed it, it is put back in front.
    Truncated is set when only part of a file was kept; StartLine only when the file was read from
    its beginning (so line numbers are known).

    The window the excerpt really covers is recorded (so a rule can tell "nothing happened" from
    "we did not look long enough"): coveredTo is the newest kept entry; coveredFrom is the age
    cut-off when everything since then was kept (lines or files older than the cut-off were
    dropped, nothing newer), else the oldest kept entry (the size cap cut the file, or the log
    begins there).
    #>
    param(
        [Parameter(Mandatory = $true)] $Context,
        [Parameter(Mandatory = $true)] [string] $Format,
        [string] $Directory,
        [string] $Filter = '*.log',
        [string] $Path,
        [string] $DisplayPath,
        [string] $MissingMessage,
        [int] $MaxFiles = 50,
        [double] $MaxAgeDays = -1
    )
    # MaxAgeDays (when given) overrides the collection-wide Options.MaxLogAgeDays for this log kind.
    $ageCapDays = [double]$Context.Options.MaxLogAgeDays
    if ($MaxAgeDays -ge 0) { $ageCapDays = $MaxAgeDays }
    $maxBytes = [long]$Context.Options.MaxLogBytes
    $cutoff = $Context.NowUtc.AddDays(-$ageCapDays)
    # Line times of the Windows Update logs are local time: compare them with a local cut-off.
    $lineCutoffTicks = $cutoff.Ticks
    if ($Format -eq 'windowsUpdateLegacy' -or $Format -eq 'windowsUpdateEtl') {
        $lineCutoffTicks = ([datetime]::SpecifyKind($cutoff, [System.DateTimeKind]::Utc)).ToLocalTime().Ticks
    }

    $candidates = New-Object System.Collections.ArrayList
    if ($Path) {
        $item = Get-WdFileItem -Path $Path
        if ($null -eq $item -or $item.IsDirectory) {
            $message = $MissingMessage
            if (-not $message) { $message = "Log file not found: $Path" }
            return (New-WdSection -Status 'notApplicable' -Message $message)
        }
        [void]$candidates.Add($item)
    }
    else {
        $files = Get-WdChildItem -Path $Directory -Filter $Filter
        if ($null -eq $files) {
            $message = $MissingMessage
            if (-not $message) { $message = "Log folder not found: $Directory" }
            return (New-WdSection -Status 'notApplicable' -Message $message)
        }
        foreach ($file in @($files)) { if ($null -ne $file) { [void]$candidates.Add($file) } }
    }

    $recent = @($candidates.ToArray() | Where-Object { (ConvertTo-WdDateTime $_.LastWriteTime) -ge $cutoff } |
        Sort-Object -Property @{ Expression = { (ConvertTo-WdDateTime $_.LastWriteTime).Ticks } } -Descending)
    $section = New-WdSection
    $section['format'] = $Format
    $section['maxAgeDays'] = $ageCapDays
    $section['maxBytes'] = $maxBytes
    $excerpts = New-Object System.Collections.ArrayList
    $remaining = $maxBytes
    $skipped = 0
    $headerPrefix = $null
    if ($Format -eq 'w3c' -or $Format -eq 'httperr') { $headerPrefix = '#Fields:' }
    # Coverage, newest file first: the chain of completely kept data stays open while files are read whole.
    $chainOpen = $true
    $coveredFromTicks = [long]-1
    $coveredFromIsCutoff = $false
    $coveredToTicks = [long]-1
    foreach ($file in $recent) {
        if ($remaining -le 0 -or $excerpts.Count -ge $MaxFiles) { $skipped++; $chainOpen = $false; continue }
        $tail = Read-WdFileTail -Path ([string]$file.FullName) -MaxBytes $remaining -HeaderPrefix $headerPrefix
        $remaining -= [long]$tail.BytesRead
        $lines = $tail.Lines
        if ($null -eq $lines) { $lines = New-Object string[] 0 }
        elseif ($lines -isnot [string[]]) { $lines = [string[]]@($lines) }
        $first = 0
        if ($lines.Length -gt 0 -and $ageCapDays -gt 0) {
            $first = Get-WdRecentLineIndex -Lines $lines -Format $Format -CutoffTicks $lineCutoffTicks
        }
        if ($first -ge $lines.Length) {
            # Everything in this file is older than the cut-off: the newer files hold all since then.
            if ($chainOpen -and $lines.Length -gt 0) { $coveredFromIsCutoff = $true }
            $chainOpen = $false
            continue
        }
        $kept = New-Object 'System.Collections.Generic.List[string]'
        $prepended = $false
        if ($headerPrefix) {
            # The header block applying to the first kept line: the last "#Fields" before it.
            $keptStartsWithHeader = $lines[$first].StartsWith('#')
            if (-not $keptStartsWithHeader) {
                $header = $null
                for ($i = $first - 1; $i -ge 0; $i--) { if ($lines[$i].StartsWith($headerPrefix)) { $header = $lines[$i]; break } }
                if ($null -eq $header) { $header = $tail.Header }
                if ($null -ne $header) { [void]$kept.Add([string]$header); $prepended = $true }
            }
        }
        $slice = New-Object string[] ($lines.Length - $first)
        [System.Array]::Copy($lines, $first, $slice, 0, $slice.Length)
        $kept.AddRange($slice)
        $entry = New-WdDictionary
        $displayName = [string]$file.FullName
        if ($DisplayPath) { $displayName = $DisplayPath }
        $entry['path'] = Limit-WdText $displayName 1024
        $written = ConvertTo-WdIsoDateTime $tail.LastWriteTime
        if (-not $written) { $written = ConvertTo-WdIsoDateTime $file.LastWriteTime }
        if ($written) { $entry['lastWriteTime'] = $written }
        $entry['sizeBytes'] = [long]$tail.SizeBytes
        $entry['truncated'] = [bool]($tail.Truncated -or $first -gt 0)
        if (-not $tail.Truncated -and -not $prepended) { $entry['startLine'] = $first + 1 }
        $capped = $false
        if ($kept.Count -gt 200000) { $kept.RemoveRange(0, $kept.Count - 200000); $capped = $true }
        $entry['lines'] = $kept.ToArray()
        if ($coveredToTicks -lt 0) {
            for ($i = $kept.Count - 1; $i -ge 0 -and $i -ge $kept.Count - 500; $i--) {
                $ticks = Get-WdLineTime -Line $kept[$i] -Format $Format
                if ($ticks -ge 0) { $coveredToTicks = $ticks; break }
            }
        }
        if ($chainOpen) {
            if ($first -gt 0 -and -not $capped) { $coveredFromIsCutoff = $true; $chainOpen = $false }
            else {
                for ($i = 0; $i -lt $kept.Count -and $i -lt 500; $i++) {
                    $ticks = Get-WdLineTime -Line $kept[$i] -Format $Format
                    if ($ticks -ge 0) { $coveredFromTicks = $ticks; break }
                }
                if ($tail.Truncated -or $capped) { $chainOpen = $false }
            }
        }
        [void]$excerpts.Add($entry)
    }
    # Files older than the cut-off hold nothing newer than it: with every newer file read whole, all since the cut-off was kept.
    if ($chainOpen -and $ageCapDays -gt 0 -and $candidates.Count -gt $recent.Length) { $coveredFromIsCutoff = $true }
    if ($coveredFromIsCutoff -and $ageCapDays -gt 0) { $section['coveredFrom'] = ConvertTo-WdIsoDateTime $cutoff }
    elseif ($coveredFromTicks -ge 0) { $section['coveredFrom'] = ConvertFrom-WdLineTicks -Ticks $coveredFromTicks -Format $Format }
    if ($coveredToTicks -ge 0) { $section['coveredTo'] = ConvertFrom-WdLineTicks -Ticks $coveredToTicks -Format $Format }
    $excerpts.Reverse()
    $section['files'] = $excerpts.ToArray()
    $notes = New-Object System.Collections.ArrayList
    if ($recent.Length -eq 0) { [void]$notes.Add(("No log file was written in the last {0} days." -f $ageCapDays)) }
    if ($skipped -gt 0) { [void]$notes.Add("$skipped older files were not read (size cap of $maxBytes bytes reached).") }
    if ($notes.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ($notes.ToArray() -join ' ') }
    , $section
}

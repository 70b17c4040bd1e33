# Read-WdFileTail (probe): the newest lines of a (possibly huge) log file, read by seeking from the
# end with a FileStream. Never reads more than MaxBytes of the tail (plus, for W3C logs, a bounded
# search for the header that applies to the first line).
function Read-WdFileTail {
    <#
    .SYNOPSIS
    Probe: reads at most MaxBytes from the end of a text file and returns its complete lines (Path, SizeBytes, LastWriteTime, Truncated, BytesRead, Lines, Header).

    .DESCRIPTION
    The file is opened read-only with FileShare ReadWrite/Delete, so logs that IIS or the Windows
    Update agent hold open can be read. The encoding comes from the byte-order mark (UTF-16 LE/BE,
    UTF-8); without one the bytes are read as UTF-8. When the file is larger than MaxBytes, the
    first (partial) line of the tail is dropped and Truncated is true.

    With HeaderPrefix (e.g. '#Fields:'), when the tail was cut, the last header line that precedes
    the tail is looked for: first backwards from the cut (at most HeaderSearchBytes), then in the
    first HeaderSearchBytes of the file. It is returned as Header (or $null).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [long] $MaxBytes = 4MB,
        [string] $HeaderPrefix,
        [int] $HeaderSearchBytes = 1MB,
        [int] $MaxLineLength = 16384
    )
    $share = [System.IO.FileShare]::ReadWrite -bor [System.IO.FileShare]::Delete
    $stream = New-Object System.IO.FileStream($Path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, $share)
    try {
        $length = $stream.Length
        $probe = New-Object byte[] 4
        $probeCount = $stream.Read($probe, 0, 4)
        $encoding = New-Object System.Text.UTF8Encoding $false
        $bomLength = 0
        $unit = 1
        if ($probeCount -ge 2 -and $probe[0] -eq 0xFF -and $probe[1] -eq 0xFE) { $encoding = New-Object System.Text.UnicodeEncoding $false, $false; $bomLength = 2; $unit = 2 }
        elseif ($probeCount -ge 2 -and $probe[0] -eq 0xFE -and $probe[1] -eq 0xFF) { $encoding = New-Object System.Text.UnicodeEncoding $true, $false; $bomLength = 2; $unit = 2 }
        elseif ($probeCount -ge 3 -and $probe[0] -eq 0xEF -and $probe[1] -eq 0xBB -and $probe[2] -eq 0xBF) { $bomLength = 3 }

        $start = [long]$bomLength
        $truncated = $false
        if (($length - $bomLength) -gt $MaxBytes) {
            $truncated = $true
            # Start one unit early: the piece before the first line break is always dropped, and
            # this way a tail that starts exactly on a line boundary keeps its first line.
            $start = $length - $MaxBytes - $unit
            if ((($start - $bomLength) % $unit) -ne 0) { $start = $start + 1 }
        }
        $count = [int]($length - $start)
        $buffer = New-Object byte[] $count
        [void]$stream.Seek($start, [System.IO.SeekOrigin]::Begin)
        $read = 0
        while ($read -lt $count) {
            $n = $stream.Read($buffer, $read, $count - $read)
            if ($n -le 0) { break }
            $read += $n
        }
        $text = $encoding.GetString($buffer, 0, $read).Replace("`r`n", "`n")
        $buffer = $null
        # Per-line fixes (a lone CR, an over-long line) are rare: look for them in native code first
        # and only then walk the lines in PowerShell.
        $needsFix = ($text.IndexOf([char]"`r") -ge 0) -or [regex]::IsMatch($text, ('(?m)^[^\n]{' + ($MaxLineLength + 1) + '}'))
        $lines = $text.Split([char]"`n")
        $text = $null
        $first = 0
        $last = $lines.Length - 1
        if ($truncated) { $first = 1 }
        if ($last -ge 0 -and $lines[$last].Length -eq 0) { $last-- }
        $kept = New-Object string[] 0
        if ($last -ge $first) {
            $kept = New-Object string[] ($last - $first + 1)
            [System.Array]::Copy($lines, $first, $kept, 0, $kept.Length)
        }
        for ($i = 0; $needsFix -and $i -lt $kept.Length; $i++) {
            if ($kept[$i].Length -gt $MaxLineLength) { $kept[$i] = $kept[$i].Substring(0, $MaxLineLength) }
            elseif ($kept[$i].EndsWith("`r")) { $kept[$i] = $kept[$i].TrimEnd([char]"`r") }
        }

        $header = $null
        if ($truncated -and $HeaderPrefix) {
            # 1) backwards from the cut, in chunks, for the nearest header line before the tail
            $position = $start
            $searched = 0
            $chunkSize = 65536
            while ($null -eq $header -and $position -gt $bomLength -and $searched -lt $HeaderSearchBytes) {
                $from = [math]::Max([long]$bomLength, $position - $chunkSize)
                if ((($from - $bomLength) % $unit) -ne 0) { $from = $from + 1 }
                $size = [int]($position - $from)
                if ($size -le 0) { break }
                # Overlap by one line's worth so that a header split over two chunks is still found.
                $extra = [int][math]::Min([long]($from - $bomLength), [long]4096)
                if (($extra % $unit) -ne 0) { $extra = $extra - 1 }
                $chunk = New-Object byte[] ($size + $extra)
                [void]$stream.Seek($from - $extra, [System.IO.SeekOrigin]::Begin)
                $got = 0
                while ($got -lt $chunk.Length) {
                    $n = $stream.Read($chunk, $got, $chunk.Length - $got)
                    if ($n -le 0) { break }
                    $got += $n
                }
                $chunkText = $encoding.GetString($chunk, 0, $got).Replace("`r`n", "`n")
                # LastIndexOf runs natively; the first piece may be partial unless the chunk starts the file.
                $at = $chunkText.LastIndexOf("`n" + $HeaderPrefix, [System.StringComparison]::Ordinal)
                if ($at -ge 0) { $at = $at + 1 }
                elseif (($from - $extra) -le $bomLength -and $chunkText.StartsWith($HeaderPrefix, [System.StringComparison]::Ordinal)) { $at = 0 }
                if ($at -ge 0) {
                    $end = $chunkText.IndexOf("`n", $at)
                    if ($end -lt 0) { $end = $chunkText.Length }
                    $header = $chunkText.Substring($at, $end - $at).TrimEnd([char]"`r")
                }
                $searched += $size
                $position = $from
            }
            # 2) the first header of the file (IIS writes one at the top of every file)
            if ($null -eq $header -and $position -gt $bomLength) {
                $size = [int][math]::Min([long]$HeaderSearchBytes, $length - $bomLength)
                $chunk = New-Object byte[] $size
                [void]$stream.Seek($bomLength, [System.IO.SeekOrigin]::Begin)
                $got = $stream.Read($chunk, 0, $size)
                $headText = $encoding.GetString($chunk, 0, $got).Replace("`r`n", "`n")
                $at = -1
                if ($headText.StartsWith($HeaderPrefix, [System.StringComparison]::Ordinal)) { $at = 0 }
                else {
                    $at = $headText.IndexOf("`n" + $HeaderPrefix, [System.StringComparison]::Ordinal)
                    if ($at -ge 0) { $at = $at + 1 }
                }
                if ($at -ge 0) {
                    $end = $headText.IndexOf("`n", $at)
                    if ($end -lt 0) { $end = $headText.Length }
                    $header = $headText.Substring($at, $end - $at).TrimEnd([char]"`r")
                }
            }
        }

        $file = New-Object System.IO.FileInfo $Path
        $result = New-WdDictionary
        $result['Path'] = $Path
        $result['SizeBytes'] = $length
        $result['LastWriteTime'] = $file.LastWriteTimeUtc
        $result['Truncated'] = $truncated
        $result['BytesRead'] = [long]$read
        $result['Lines'] = $kept
        $result['Header'] = $header
        New-Object PSObject -Property $result
    }
    finally {
        $stream.Close()
    }
}

# ConvertTo-WdJsonString: escapes one string as a JSON string literal (quotes included).
function ConvertTo-WdJsonString {
    <#
    .SYNOPSIS
    Returns the JSON string literal for a text: quotes, backslashes and control characters escaped, non-ASCII as \uXXXX (-KeepNewline: line feeds left raw and no quotes, for the array fast path).
    #>
    param([string] $Text, [switch] $KeepNewline)
    if ($null -eq $Text) { return 'null' }
    # String.Replace and Regex run in native code: no per-character PowerShell loop, which matters for
    # megabytes of log lines on Windows PowerShell 2.0.
    $escaped = $Text.Replace('\', '\\').Replace('"', '\"').Replace("`t", '\t').Replace("`r", '\r')
    $pattern = '[^\x20-\x7E]'
    if ($KeepNewline) { $pattern = '[^\x20-\x7E\n]' } else { $escaped = $escaped.Replace("`n", '\n') }
    $found = [regex]::Matches($escaped, $pattern)
    if ($found.Count -gt 0) {
        $sb = New-Object System.Text.StringBuilder ($escaped.Length + 6 * $found.Count)
        $last = 0
        foreach ($match in $found) {
            [void]$sb.Append($escaped, $last, $match.Index - $last)
            [void]$sb.Append('\u').Append(([int]$escaped[$match.Index]).ToString('x4'))
            $last = $match.Index + 1
        }
        [void]$sb.Append($escaped, $last, $escaped.Length - $last)
        $escaped = $sb.ToString()
    }
    if ($KeepNewline) { return $escaped }
    '"' + $escaped + '"'
}

# ConvertTo-WdJsonString: escapes one string as a JSON string literal (quotes included).
function ConvertTo-WdJsonString {
    <#
    .SYNOPSIS
    Returns the JSON string literal for a text: quotes, backslashes and control characters escaped, non-ASCII as \uXXXX.
    #>
    param([string] $Text)
    if ($null -eq $Text) { return 'null' }
    # Fast path: String.Replace runs in native code; the per-character loop below only runs for
    # the rare strings that still hold a control or non-ASCII character after it.
    $escaped = $Text.Replace('\', '\\').Replace('"', '\"').Replace("`t", '\t').Replace("`n", '\n').Replace("`r", '\r')
    if ([regex]::IsMatch($escaped, '[^\x20-\x7E]')) {
        $sb = New-Object System.Text.StringBuilder ($escaped.Length + 16)
        foreach ($ch in $escaped.ToCharArray()) {
            $code = [int]$ch
            if ($code -lt 0x20 -or $code -gt 0x7E) {
                [void]$sb.Append('\u').Append($code.ToString('x4'))
            }
            else {
                [void]$sb.Append($ch)
            }
        }
        $escaped = $sb.ToString()
    }
    '"' + $escaped + '"'
}

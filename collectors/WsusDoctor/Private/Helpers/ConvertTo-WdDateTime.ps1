# ConvertTo-WdDateTime: turns the date shapes Windows hands out (DateTime, WMI DMTF strings,
# registry text, FILETIME numbers) into a DateTime, or $null when it cannot.
function ConvertTo-WdDateTime {
    <#
    .SYNOPSIS
    Converts a DateTime, DMTF string (20240501103000.000000+060), ISO/registry date text or FILETIME to a DateTime; $null when not a date.
    #>
    param([AllowNull()] [object] $Value, [switch] $AssumeUtc)
    if ($null -eq $Value) { return $null }
    if ($Value -is [datetime]) { return $Value }
    if ($Value -is [System.DateTimeOffset]) { return $Value.UtcDateTime }
    if ($Value -is [long] -or $Value -is [uint64]) {
        try { return [datetime]::FromFileTimeUtc([long]$Value) } catch { return $null }
    }
    $text = ([string]$Value).Trim()
    if (-not $text) { return $null }
    $invariant = [System.Globalization.CultureInfo]::InvariantCulture
    if ($text -match '^\d{14}\.\d{6}[+-]\d{3}$') {
        try { return [System.Management.ManagementDateTimeConverter]::ToDateTime($text) } catch { }
        # Fallback without System.Management: the offset is in minutes.
        $local = [datetime]::ParseExact($text.Substring(0, 14), 'yyyyMMddHHmmss', $invariant)
        $offset = [int]$text.Substring(21)
        return [datetime]::SpecifyKind($local.AddMinutes(-$offset), [System.DateTimeKind]::Utc)
    }
    $styles = [System.Globalization.DateTimeStyles]::AllowWhiteSpaces
    if ($AssumeUtc) { $styles = $styles -bor [System.Globalization.DateTimeStyles]::AssumeUniversal -bor [System.Globalization.DateTimeStyles]::AdjustToUniversal }
    $formats = [string[]]@('yyyy-MM-dd HH:mm:ss', 'yyyy-MM-ddTHH:mm:ss', 'yyyy-MM-ddTHH:mm:ssZ', 'yyyy-MM-ddTHH:mm:ss.fffZ',
        'yyyy-MM-ddTHH:mm:ss.fffffffK', 'yyyy-MM-ddTHH:mm:ssK', 'yyyy-MM-dd', 'M/d/yyyy', 'M/d/yyyy HH:mm:ss', 'M/d/yyyy h:mm:ss tt')
    $parsed = [datetime]::MinValue
    if ([datetime]::TryParseExact($text, $formats, $invariant, $styles, [ref]$parsed)) { return $parsed }
    if ($text -match '^[0-9A-Fa-f]{16}$') {
        # Windows XP/2003-era Win32_QuickFixEngineering.InstalledOn: a hexadecimal FILETIME.
        try { return [datetime]::FromFileTimeUtc([Convert]::ToInt64($text, 16)) } catch { return $null }
    }
    return $null
}

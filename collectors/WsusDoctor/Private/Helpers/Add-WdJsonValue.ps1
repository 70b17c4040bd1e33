# Add-WdJsonValue: the recursive part of ConvertTo-WsusDoctorJson (appends to a StringBuilder).
function Add-WdJsonValue {
    <#
    .SYNOPSIS
    Appends the JSON form of one value to a StringBuilder (recursive worker of ConvertTo-WsusDoctorJson).
    #>
    param(
        [System.Text.StringBuilder] $Builder,
        [AllowNull()] [object] $Value,
        [int] $Level,
        [bool] $Compress,
        [int] $MaxDepth
    )
    $invariant = [System.Globalization.CultureInfo]::InvariantCulture
    if ($null -eq $Value -or $Value -is [System.DBNull]) { [void]$Builder.Append('null'); return }
    if ($Value -is [string]) { [void]$Builder.Append((ConvertTo-WdJsonString $Value)); return }
    if ($Value -is [char]) { [void]$Builder.Append((ConvertTo-WdJsonString ([string]$Value))); return }
    if ($Value -is [bool]) { if ($Value) { [void]$Builder.Append('true') } else { [void]$Builder.Append('false') }; return }
    if ($Value -is [datetime]) {
        [void]$Builder.Append('"' + $Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", $invariant) + '"')
        return
    }
    if ($Value -is [System.DateTimeOffset]) {
        [void]$Builder.Append('"' + $Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", $invariant) + '"')
        return
    }
    if ($Value -is [System.Enum]) { [void]$Builder.Append((ConvertTo-WdJsonString $Value.ToString())); return }
    if ($Value -is [int] -or $Value -is [long] -or $Value -is [int16] -or $Value -is [byte] -or $Value -is [sbyte] -or
        $Value -is [uint16] -or $Value -is [uint32] -or $Value -is [uint64] -or $Value -is [decimal]) {
        [void]$Builder.Append($Value.ToString($invariant))
        return
    }
    if ($Value -is [double] -or $Value -is [single]) {
        $d = [double]$Value
        if ([double]::IsNaN($d) -or [double]::IsInfinity($d)) { [void]$Builder.Append('null') }
        else { [void]$Builder.Append($d.ToString('R', $invariant)) }
        return
    }
    if ($Level -ge $MaxDepth) { [void]$Builder.Append((ConvertTo-WdJsonString ([string]$Value))); return }

    $newline = "`n"
    $pad = ''
    $innerPad = ''
    $colon = ':'
    if (-not $Compress) {
        $pad = ''.PadLeft(2 * $Level)
        $innerPad = ''.PadLeft(2 * ($Level + 1))
        $colon = ': '
    }

    $isDictionary = $Value -is [System.Collections.IDictionary]
    $isCustom = (-not $isDictionary) -and ($Value -is [System.Management.Automation.PSCustomObject])
    if ($isDictionary -or $isCustom) {
        $keys = New-Object System.Collections.ArrayList
        $values = New-Object System.Collections.ArrayList
        if ($isDictionary) {
            foreach ($entry in $Value.GetEnumerator()) { [void]$keys.Add([string]$entry.Key); [void]$values.Add($entry.Value) }
        }
        else {
            foreach ($property in $Value.PSObject.Properties) { [void]$keys.Add($property.Name); [void]$values.Add($property.Value) }
        }
        if ($keys.Count -eq 0) { [void]$Builder.Append('{}'); return }
        [void]$Builder.Append('{')
        for ($i = 0; $i -lt $keys.Count; $i++) {
            if ($i -gt 0) { [void]$Builder.Append(',') }
            if (-not $Compress) { [void]$Builder.Append($newline).Append($innerPad) }
            [void]$Builder.Append((ConvertTo-WdJsonString $keys[$i])).Append($colon)
            Add-WdJsonValue -Builder $Builder -Value $values[$i] -Level ($Level + 1) -Compress $Compress -MaxDepth $MaxDepth
        }
        if (-not $Compress) { [void]$Builder.Append($newline).Append($pad) }
        [void]$Builder.Append('}')
        return
    }

    if ($Value -is [string[]] -and $Value.Length -gt 0 -and [System.Array]::IndexOf($Value, $null) -lt 0) {
        # Fast path for log lines: escape the whole block at once, then turn the line feeds that
        # joined it into the separators between array items.
        $joined = [string]::Join("`n", $Value)
        if ($joined.Split([char]"`n").Length -eq $Value.Length) {
            $separator = '","'
            if (-not $Compress) { $separator = '",' + $newline + $innerPad + '"' }
            [void]$Builder.Append('[')
            if (-not $Compress) { [void]$Builder.Append($newline).Append($innerPad) }
            [void]$Builder.Append('"').Append((ConvertTo-WdJsonString -Text $joined -KeepNewline).Replace("`n", $separator)).Append('"')
            if (-not $Compress) { [void]$Builder.Append($newline).Append($pad) }
            [void]$Builder.Append(']')
            return
        }
    }
    if ($Value -is [System.Collections.IEnumerable]) {
        $first = $true
        [void]$Builder.Append('[')
        foreach ($item in $Value) {
            if (-not $first) { [void]$Builder.Append(',') }
            $first = $false
            if (-not $Compress) { [void]$Builder.Append($newline).Append($innerPad) }
            if ($item -is [string]) {
                [void]$Builder.Append((ConvertTo-WdJsonString $item))
            }
            else {
                Add-WdJsonValue -Builder $Builder -Value $item -Level ($Level + 1) -Compress $Compress -MaxDepth $MaxDepth
            }
        }
        if (-not $first -and -not $Compress) { [void]$Builder.Append($newline).Append($pad) }
        [void]$Builder.Append(']')
        return
    }

    [void]$Builder.Append((ConvertTo-WdJsonString $Value.ToString()))
}

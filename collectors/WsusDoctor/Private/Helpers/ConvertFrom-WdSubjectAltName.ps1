# ConvertFrom-WdSubjectAltName: the DNS names of a subject alternative name extension, decoded from
# its DER bytes (language-independent, unlike X509Extension.Format()).
function ConvertFrom-WdSubjectAltName {
    <#
    .SYNOPSIS
    Returns the dNSName entries ([2] IA5String) of the DER-encoded SubjectAltName extension value (SEQUENCE OF GeneralName); an empty array for anything it cannot decode.
    #>
    param([AllowNull()] [byte[]] $RawData)
    $names = New-Object System.Collections.ArrayList
    if ($null -eq $RawData -or $RawData.Length -lt 2 -or $RawData[0] -ne 0x30) { return , $names.ToArray() }
    # Reads a DER length at $pos; returns @(length, position after the length) or $null.
    $readLength = {
        param([byte[]] $Bytes, [int] $Pos)
        if ($Pos -ge $Bytes.Length) { return $null }
        $first = [int]$Bytes[$Pos]
        if ($first -lt 0x80) { return @($first, ($Pos + 1)) }
        $count = $first -band 0x7F
        if ($count -lt 1 -or $count -gt 3 -or ($Pos + $count) -ge $Bytes.Length) { return $null }
        $length = 0
        for ($i = 1; $i -le $count; $i++) { $length = ($length * 256) + [int]$Bytes[$Pos + $i] }
        return @($length, ($Pos + 1 + $count))
    }
    $outer = & $readLength $RawData 1
    if ($null -eq $outer) { return , $names.ToArray() }
    $pos = $outer[1]
    $end = [math]::Min($RawData.Length, $pos + $outer[0])
    while ($pos -lt $end) {
        $tag = [int]$RawData[$pos]
        $inner = & $readLength $RawData ($pos + 1)
        if ($null -eq $inner) { break }
        $start = $inner[1]
        $length = $inner[0]
        if ($start + $length -gt $end) { break }
        if ($tag -eq 0x82 -and $names.Count -lt 200) {
            [void]$names.Add([System.Text.Encoding]::ASCII.GetString($RawData, $start, $length))
        }
        $pos = $start + $length
    }
    , $names.ToArray()
}

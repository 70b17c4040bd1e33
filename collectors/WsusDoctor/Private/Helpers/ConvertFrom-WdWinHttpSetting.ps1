# ConvertFrom-WdWinHttpSetting: decodes the WinHttpSettings registry blob (what netsh winhttp shows).
# Layout: DWORD structure version, DWORD counter, DWORD flags (1 = direct, 3 = proxy), then
# DWORD length + proxy text, DWORD length + bypass list (ANSI).
function ConvertFrom-WdWinHttpSetting {
    <#
    .SYNOPSIS
    Returns Direct, ProxyServer and BypassList from the WinHttpSettings byte array; $null when it cannot be decoded.
    #>
    param([AllowNull()] [byte[]] $Bytes)
    if ($null -eq $Bytes -or $Bytes.Length -lt 16) { return $null }
    $flags = [System.BitConverter]::ToInt32($Bytes, 8)
    $proxyLength = [System.BitConverter]::ToInt32($Bytes, 12)
    if ($proxyLength -lt 0 -or 16 + $proxyLength + 4 -gt $Bytes.Length) { return $null }
    $ascii = [System.Text.Encoding]::ASCII
    $proxy = $ascii.GetString($Bytes, 16, $proxyLength)
    $offset = 16 + $proxyLength
    $bypassLength = [System.BitConverter]::ToInt32($Bytes, $offset)
    $bypass = ''
    if ($bypassLength -gt 0 -and $offset + 4 + $bypassLength -le $Bytes.Length) { $bypass = $ascii.GetString($Bytes, $offset + 4, $bypassLength) }
    $result = New-WdDictionary
    $result['Direct'] = (($flags -band 2) -eq 0 -or -not $proxy)
    $result['ProxyServer'] = $proxy
    $result['BypassList'] = $bypass
    New-Object PSObject -Property $result
}

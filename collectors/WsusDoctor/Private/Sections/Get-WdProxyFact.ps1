# Get-WdProxyFact: the WinHTTP proxy used by Windows Update scans.
function Get-WdProxyFact {
    <#
    .SYNOPSIS
    Builds the proxy section from the WinHttpSettings registry value (language-independent), or from "netsh winhttp show proxy" when that value is missing.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $decoded = $null
    try {
        $connections = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections'
        if ($null -ne $connections -and $connections.Contains('WinHttpSettings')) {
            $decoded = ConvertFrom-WdWinHttpSetting -Bytes ([byte[]]@($connections['WinHttpSettings']))
            if ($null -eq $decoded) { [void]$problems.Add('The WinHttpSettings registry value could not be decoded.') }
        }
    }
    catch { [void]$problems.Add('WinHttpSettings registry value: ' + (Get-WdErrorText $_)) }
    if ($null -eq $decoded) {
        $result = $null
        try { $result = Invoke-WdCommand -FilePath 'netsh.exe' -ArgumentList @('winhttp', 'show', 'proxy') }
        catch { [void]$problems.Add('netsh winhttp show proxy: ' + (Get-WdErrorText $_)) }
        if ($null -ne $result) {
            $lines = @($result.Output)
            $proxyLine = @($lines | Where-Object { $_ -match '^\s*Proxy Server\(s\)\s*:\s*(.+)$' })
            $bypassLine = @($lines | Where-Object { $_ -match '^\s*Bypass List\s*:\s*(.+)$' })
            $directLine = @($lines | Where-Object { $_ -match 'Direct access \(no proxy server\)' })
            $info = New-WdDictionary
            if ($directLine.Length -gt 0) { $info['Direct'] = $true; $info['ProxyServer'] = ''; $info['BypassList'] = '' }
            elseif ($proxyLine.Length -gt 0) {
                $info['Direct'] = $false
                $info['ProxyServer'] = ($proxyLine[0] -replace '^\s*Proxy Server\(s\)\s*:\s*', '').Trim()
                $info['BypassList'] = ''
                if ($bypassLine.Length -gt 0) { $info['BypassList'] = ($bypassLine[0] -replace '^\s*Bypass List\s*:\s*', '').Trim() }
            }
            if ($info.Count -gt 0) { $decoded = New-Object PSObject -Property $info }
            else { [void]$problems.Add('netsh output not understood (exit code ' + $result.ExitCode + '): ' + (($lines -join ' ').Trim())) }
        }
    }
    if ($null -eq $decoded) {
        return (New-WdSection -Status 'error' -Message (Limit-WdText ('The WinHTTP proxy could not be read. ' + ($problems.ToArray() -join ' ')) 4000))
    }
    $section['direct'] = [bool]$decoded.Direct
    if ($decoded.ProxyServer) { $section['proxyServer'] = Limit-WdText ([string]$decoded.ProxyServer) 2048 }
    if ($decoded.BypassList) { $section['bypassList'] = Limit-WdText ([string]$decoded.BypassList) 4096 }
    , $section
}

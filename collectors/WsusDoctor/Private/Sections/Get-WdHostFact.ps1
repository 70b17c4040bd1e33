# Get-WdHostFact: the host identity (computer name, FQDN, domain, IP addresses).
function Get-WdHostFact {
    <#
    .SYNOPSIS
    Builds the host object of the fact document; probe failures become collector warnings (host has no status).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $hostInfo = New-WdDictionary
    $name = [string]$Context.Environment.ComputerName
    if (-not $name) { $name = 'unknown' }
    $hostInfo['computerName'] = Limit-WdText $name 255
    try {
        $system = @(Get-WdCimInstance -ClassName 'Win32_ComputerSystem')[0]
        if ($null -ne $system) {
            $domain = [string]$system.Domain
            if ($domain) { $hostInfo['domain'] = Limit-WdText $domain 255 }
            $dnsName = [string]$system.DNSHostName
            if (-not $dnsName) { $dnsName = $name }
            if ($system.PartOfDomain -and $domain) { $hostInfo['fqdn'] = Limit-WdText ($dnsName + '.' + $domain) 255 }
        }
    }
    catch { [void]$Context.Warnings.Add('Host name and domain (Win32_ComputerSystem) could not be read: ' + (Get-WdErrorText $_)) }
    try {
        $ipv4 = New-Object System.Collections.ArrayList
        $ipv6 = New-Object System.Collections.ArrayList
        foreach ($adapter in @(Get-WdCimInstance -ClassName 'Win32_NetworkAdapterConfiguration' -Filter 'IPEnabled = True')) {
            if ($null -eq $adapter) { continue }
            foreach ($address in @($adapter.IPAddress)) {
                if (-not $address) { continue }
                $text = [string]$address
                if ($text -match '^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$') {
                    if (-not $ipv4.Contains($text) -and $ipv4.Count -lt 64) { [void]$ipv4.Add($text) }
                }
                elseif ($text.Contains(':')) {
                    if (-not $ipv6.Contains($text) -and $ipv6.Count -lt 64) { [void]$ipv6.Add((Limit-WdText $text 64)) }
                }
            }
        }
        $hostInfo['ipv4Addresses'] = $ipv4.ToArray()
        $hostInfo['ipv6Addresses'] = $ipv6.ToArray()
    }
    catch { [void]$Context.Warnings.Add('IP addresses (Win32_NetworkAdapterConfiguration) could not be read: ' + (Get-WdErrorText $_)) }
    , $hostInfo
}

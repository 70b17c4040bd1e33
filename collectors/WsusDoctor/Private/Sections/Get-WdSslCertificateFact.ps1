# Get-WdSslCertificateFact: the certificate bound to the WSUS site's https binding (UsingSSL = 1):
# the HTTP.sys binding (netsh http show sslcert) and the certificate in Cert:\LocalMachine\<store>.
function Get-WdSslCertificateFact {
    <#
    .SYNOPSIS
    Builds the sslCertificate section (servers with UsingSSL = 1; notApplicable otherwise); runs after the iis section, whose https binding port it reuses.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'The SSL certificate'
    if ($null -ne $skip) { return , $skip }
    $ssl = ConvertTo-WdInteger $Context.WsusSetup['UsingSSL']
    if ($ssl -ne 1) { return (New-WdSection -Status 'notApplicable' -Message 'WSUS does not use SSL (UsingSSL is not 1): no certificate to check.') }
    $port = $null
    $hostName = ''
    if ($null -ne $Context.WsusSite) {
        foreach ($binding in @($Context.WsusSite['bindings'])) {
            if ($null -ne $binding -and [string]$binding['protocol'] -eq 'https' -and $binding.Contains('port') -and $null -eq $port) {
                $port = [long]$binding['port']
                if ($binding.Contains('hostName')) { $hostName = [string]$binding['hostName'] }
            }
        }
    }
    if ($null -eq $port) { $port = ConvertTo-WdInteger $Context.WsusSetup['PortNumber'] }
    if ($null -eq $port -or $port -lt 1 -or $port -gt 65535) { return (New-WdSection -Status 'error' -Message 'The https port of the WSUS site is not known (no https binding, no PortNumber).') }
    $section = New-WdSection
    $section['bindingPort'] = $port
    $arguments = @('http', 'show', 'sslcert', ('ipport=0.0.0.0:' + $port))
    if ($hostName) { $arguments = @('http', 'show', 'sslcert', ('hostnameport=' + $hostName + ':' + $port)) }
    $binding = $null
    try {
        $result = Invoke-WdCommand -FilePath 'netsh.exe' -ArgumentList $arguments
        $binding = ConvertFrom-WdNetshSslCert -Lines @($result.Output)
    }
    catch {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ('netsh ' + ($arguments -join ' ') + ' failed: ' + (Get-WdErrorText $_))
        return , $section
    }
    if ($null -eq $binding) {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ('No certificate is bound to port ' + $port + ' in HTTP.sys (netsh ' + ($arguments -join ' ') + ' shows no certificate hash).')
        return , $section
    }
    $storeName = 'My'
    if ($binding.StoreName) { $storeName = [string]$binding.StoreName }
    $section['storeName'] = Limit-WdText $storeName 64
    $section['thumbprint'] = [string]$binding.Thumbprint
    $cert = $null
    try { $cert = Get-WdCertificate -Thumbprint ([string]$binding.Thumbprint) -StoreName $storeName }
    catch {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ("The certificate {0} could not be read from Cert:\LocalMachine\{1}: {2}" -f $binding.Thumbprint, $storeName, (Get-WdErrorText $_))
        return , $section
    }
    if ($null -eq $cert) {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ("The certificate {0} bound to port {1} is not in Cert:\LocalMachine\{2}." -f $binding.Thumbprint, $port, $storeName)
        return , $section
    }
    $section['subject'] = Limit-WdText ([string]$cert.Subject) 1024
    $section['issuer'] = Limit-WdText ([string]$cert.Issuer) 1024
    $names = ConvertFrom-WdSubjectAltName -RawData $cert.SubjectAltName
    $dnsNames = New-Object System.Collections.ArrayList
    foreach ($name in @($names)) { if ($name) { [void]$dnsNames.Add((Limit-WdText ([string]$name) 255)) } }
    $section['dnsNames'] = $dnsNames.ToArray()
    $notBefore = ConvertTo-WdIsoDateTime -Value $cert.NotBefore -AssumeUtc
    if ($notBefore) { $section['notBefore'] = $notBefore }
    $notAfter = ConvertTo-WdIsoDateTime -Value $cert.NotAfter -AssumeUtc
    if ($notAfter) { $section['notAfter'] = $notAfter }
    $privateKey = ConvertTo-WdBoolean $cert.HasPrivateKey
    if ($null -ne $privateKey) { $section['hasPrivateKey'] = $privateKey }
    $chain = ConvertTo-WdBoolean $cert.ChainValid
    if ($null -ne $chain) { $section['chainValid'] = $chain }
    $status = @(@($cert.ChainStatus) | Where-Object { $_ -and [string]$_ -ne 'NoError' } | ForEach-Object { Limit-WdText ([string]$_) 512 })
    if ($status.Count -gt 0) { $section['chainStatus'] = $status }
    , $section
}

# ConvertFrom-WdSslFlag: IIS system.webServer/security/access@sslFlags -> require SSL + client certificate mode.
function ConvertFrom-WdSslFlag {
    <#
    .SYNOPSIS
    Converts sslFlags (number, or names like "Ssl, SslNegotiateCert") to RequireSsl and ClientCertificates (Ignore, Accept, Require); $null when unknown.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    $names = @()
    $number = ConvertTo-WdInteger $Value
    if ($null -ne $number) {
        if ($number -band 8) { $names += 'Ssl' }
        if ($number -band 32) { $names += 'SslNegotiateCert' }
        if ($number -band 64) { $names += 'SslRequireCert' }
    }
    else {
        foreach ($part in ([string]$Value).Split(',')) { $names += $part.Trim() }
    }
    $result = New-WdDictionary
    $result['RequireSsl'] = ($names -contains 'Ssl')
    $mode = 'Ignore'
    if ($names -contains 'SslRequireCert') { $mode = 'Require' }
    elseif ($names -contains 'SslNegotiateCert') { $mode = 'Accept' }
    $result['ClientCertificates'] = $mode
    New-Object PSObject -Property $result
}

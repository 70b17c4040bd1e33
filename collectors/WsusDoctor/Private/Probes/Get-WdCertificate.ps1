# Get-WdCertificate (probe): one certificate of a LocalMachine store by thumbprint, with its
# subject alternative name bytes and an offline chain check.
function Get-WdCertificate {
    <#
    .SYNOPSIS
    Probe: returns Thumbprint, Subject, Issuer, NotBefore/NotAfter (UTC), SubjectAltName (raw bytes of extension 2.5.29.17 or $null), HasPrivateKey, ChainValid and ChainStatus of the certificate with this thumbprint in Cert:\LocalMachine\<StoreName>; $null when it is not there. The store is opened read-only; the chain is built without revocation checks (no network, bounded).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Thumbprint,
        [string] $StoreName = 'My'
    )
    $store = New-Object System.Security.Cryptography.X509Certificates.X509Store($StoreName, [System.Security.Cryptography.X509Certificates.StoreLocation]::LocalMachine)
    $store.Open([System.Security.Cryptography.X509Certificates.OpenFlags]::ReadOnly -bor [System.Security.Cryptography.X509Certificates.OpenFlags]::OpenExistingOnly)
    try {
        $found = $store.Certificates.Find([System.Security.Cryptography.X509Certificates.X509FindType]::FindByThumbprint, $Thumbprint, $false)
        if ($found.Count -eq 0) { return $null }
        $cert = $found[0]
        $san = $null
        foreach ($extension in $cert.Extensions) {
            if ($extension.Oid.Value -eq '2.5.29.17') { $san = $extension.RawData }
        }
        $chain = New-Object System.Security.Cryptography.X509Certificates.X509Chain
        $chain.ChainPolicy.RevocationMode = [System.Security.Cryptography.X509Certificates.X509RevocationMode]::NoCheck
        $valid = $chain.Build($cert)
        $status = New-Object System.Collections.ArrayList
        foreach ($s in $chain.ChainStatus) { [void]$status.Add([string]$s.Status) }
        $entry = New-WdDictionary
        $entry['Thumbprint'] = [string]$cert.Thumbprint
        $entry['Subject'] = [string]$cert.Subject
        $entry['Issuer'] = [string]$cert.Issuer
        $entry['NotBefore'] = $cert.NotBefore.ToUniversalTime()
        $entry['NotAfter'] = $cert.NotAfter.ToUniversalTime()
        $entry['SubjectAltName'] = $san
        $entry['HasPrivateKey'] = [bool]$cert.HasPrivateKey
        $entry['ChainValid'] = [bool]$valid
        $entry['ChainStatus'] = $status.ToArray()
        New-Object PSObject -Property $entry
    }
    finally { $store.Close() }
}

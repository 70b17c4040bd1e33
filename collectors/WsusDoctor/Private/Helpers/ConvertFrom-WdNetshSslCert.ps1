# ConvertFrom-WdNetshSslCert: the certificate hash and store of an HTTP.sys SSL binding from the
# output of "netsh http show sslcert", read without relying on the (localized) labels.
function ConvertFrom-WdNetshSslCert {
    <#
    .SYNOPSIS
    Returns Thumbprint (the first 40-hex-digit value, upper case) and StoreName (the first plain-word value within the three lines after it, past the Application ID GUID, e.g. MY) from netsh http show sslcert output; $null when no hash is found.
    #>
    param([AllowNull()] [string[]] $Lines)
    $all = @($Lines)
    for ($i = 0; $i -lt $all.Count; $i++) {
        if ([string]$all[$i] -match ':\s*([0-9A-Fa-f]{40})\s*$') {
            $entry = New-WdDictionary
            $entry['Thumbprint'] = $Matches[1].ToUpperInvariant()
            $entry['StoreName'] = $null
            # Next lines: Application ID ({guid}), then Certificate Store Name (MY).
            for ($j = $i + 1; $j -lt [math]::Min($all.Count, $i + 4); $j++) {
                if ([string]$all[$j] -match ':\s*([A-Za-z][A-Za-z0-9_]{0,63})\s*$') { $entry['StoreName'] = $Matches[1]; break }
            }
            return (New-Object PSObject -Property $entry)
        }
    }
    $null
}

<#
.SYNOPSIS
Collects the WSUS facts of this machine (WSUS server or client) into one JSON fact file for wsus-doctor.

.DESCRIPTION
Copy this one file to a WSUS server or client and run it. It reads what wsus-doctor needs to
diagnose WSUS connection failures (Microsoft KB 4025764) and writes one JSON document that
follows schemas/facts.schema.json: operating system and UBR, pending reboot, installed updates,
services, WSUS setup and version, IIS sites / application pools / WSUS applications, ConfigMgr
roles, Windows Update policy, WinHTTP proxy, events, and bounded excerpts of the IIS, HTTPERR,
WindowsUpdate, SoftwareDistribution and ConfigMgr client logs (newest lines first, capped by age
and size).

READ-ONLY: it restarts no service, writes no registry value, calls no wuauclt/usoclient and
changes nothing in IIS. It writes the fact file, and on Windows 10 / Server 2016+ a temporary
decoded copy of the ETL Windows Update log that it deletes again.

Run it from an elevated PowerShell: without administrator rights the IIS configuration and IIS /
HTTPERR logs are not collected (the file says so: collector.elevated = false).

Works on Windows PowerShell 2.0 (Windows Server 2008 R2, WSUS 3.0 SP2), 3.0 to 5.1 and
PowerShell 7. Self-contained: the functions of the WsusDoctor module are embedded below.

.PARAMETER OutFile
The JSON file to write. Default: wsus-doctor-<COMPUTERNAME>-<yyyyMMdd-HHmmss>.json in the current folder.

.PARAMETER Role
Auto (default) detects a WSUS server; Server or Client forces the role.

.PARAMETER MaxLogAgeDays
Age cap for log excerpts and events, in days (default 3).

.PARAMETER MaxConfigMgrLogAgeDays
Age cap for the ConfigMgr client logs (LocationServices, WUAHandler, ScanAgent), in days (default 8:
one 7-day software update scan cycle, so a missing WSUS location means something).

.PARAMETER MaxLogSizeMB
Size cap per log kind, in megabytes (default 4).

.PARAMETER MaxEvents
Maximum number of events per event-log query (default 500).

.PARAMETER WindowsUpdateLogTimeoutSeconds
Time limit for Get-WindowsUpdateLog on Windows 10 / Server 2016 and later (default 120).

.PARAMETER SkipWindowsUpdateLog
Do not decode the ETL Windows Update log (faster; the legacy text log is still read on older Windows).

.PARAMETER SqlTimeoutSeconds
Command time-out of the one read-only SUSDB query (default 30).

.PARAMETER SkipSusdb
Do not query SUSDB (the susdb section is then notCollected).

.PARAMETER Redact
Replace host names (short and FQDN), domains, IPv4/IPv6 addresses, user names, SusClientIds and
other GUIDs and URL hosts everywhere in the fact file by stable pseudonyms, so the file can be
shared (the same scheme as `wsus-doctor redact`, docs/redaction.md). The default file name then
carries the pseudonym, not the computer name.

.PARAMETER RedactKey
With -Redact: the secret the pseudonyms are derived from; machines collected with the same key (and
`wsus-doctor redact --key` with it) give the same pseudonyms, so a redacted fleet still correlates.

.PARAMETER AsJson
Write the JSON text to the pipeline instead of a file (used for remote collection).

.PARAMETER Quiet
No console output except errors.

.OUTPUTS
System.IO.FileInfo of the written fact file; with -AsJson, System.String (the JSON document).

Exit code: 0 when the fact file was written (with -AsJson: when the document was printed);
otherwise one line "Invoke-WsusDoctorCollection: <reason>" on stderr and 2 for a bad parameter
(unknown name, value out of range, -RedactKey without -Redact), 3 when the fact file could not be
written (its folder missing or not writable), 1 for an unexpected failure. A GPO startup script or a
ConfigMgr "Run Scripts" deployment sees the failure. With -AsJson (remote collection) the same line
is thrown as an error instead, for the caller to report per machine.

.EXAMPLE
.\Invoke-WsusDoctorCollection.ps1 -OutFile facts.json

Collects this machine's facts into facts.json; then run: wsus-doctor diagnose facts.json

.EXAMPLE
powershell.exe -ExecutionPolicy Bypass -File .\Invoke-WsusDoctorCollection.ps1 -MaxLogAgeDays 1

Runs the script once without changing the execution policy, with one day of logs.

.EXAMPLE
.\Invoke-WsusDoctorCollection.ps1 -OutFile "\\fileserver\wsus-facts\$env:COMPUTERNAME.json" -SkipWindowsUpdateLog -Quiet

Writes the fact file to a share (e.g. from a GPO startup script or ConfigMgr "Run Scripts") for a fleet diagnosis.

.EXAMPLE
.\Invoke-WsusDoctorCollection.ps1 -Redact -RedactKey 'our-secret'

Writes wsus-doctor-HOST-1A2B3C4D-<timestamp>.json with names, addresses, users and ids replaced, to send to a vendor.
#>
# GENERATED from collectors/build/Invoke-WsusDoctorCollection.template.ps1 and collectors/WsusDoctor by collectors/build/Build-WsusDoctorCollector.ps1 - do not edit; edit those and rebuild.
# Values are taken as text and checked below, so that a wrong one ends with exit code 2 and one line
# on every PowerShell version (a binding error would print a multi-line record and exit 1).
[CmdletBinding()]
param(
    [string] $OutFile,
    [string] $Role = 'Auto',
    [string] $MaxLogAgeDays = '3',
    [string] $MaxConfigMgrLogAgeDays = '8',
    [string] $MaxLogSizeMB = '4',
    [string] $MaxEvents = '500',
    [string] $WindowsUpdateLogTimeoutSeconds = '120',
    [switch] $SkipWindowsUpdateLog,
    [string] $SqlTimeoutSeconds = '30',
    [switch] $SkipSusdb,
    [switch] $Redact,
    [string] $RedactKey,
    [switch] $AsJson,
    [switch] $Quiet,
    [Parameter(ValueFromRemainingArguments = $true)]
    [object[]] $UnknownArgument
)

#region WsusDoctor functions (generated by collectors\build\Build-WsusDoctorCollector.ps1 from collectors\WsusDoctor - do not edit here)
# ---- WsusDoctor\Private\Helpers\Add-WdJsonValue.ps1
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

# ---- WsusDoctor\Private\Helpers\ConvertFrom-WdLineTicks.ps1
# ConvertFrom-WdLineTicks: ISO 8601 UTC text for a log line's time stamp (ticks from Get-WdLineTime).
function ConvertFrom-WdLineTicks {
    <#
    .SYNOPSIS
    Returns yyyy-MM-ddTHH:mm:ss.fffZ for line-time ticks; the Windows Update logs (windowsUpdateLegacy, windowsUpdateEtl) are written in this machine's local time and are converted with its time zone, the other formats are UTC already. $null for ticks below 0.
    #>
    param([long] $Ticks, [string] $Format)
    if ($Ticks -lt 0) { return $null }
    $kind = [System.DateTimeKind]::Utc
    if ($Format -eq 'windowsUpdateLegacy' -or $Format -eq 'windowsUpdateEtl') { $kind = [System.DateTimeKind]::Local }
    $stamp = New-Object DateTime -ArgumentList $Ticks, $kind
    ConvertTo-WdIsoDateTime $stamp
}

# ---- WsusDoctor\Private\Helpers\ConvertFrom-WdNetshSslCert.ps1
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

# ---- WsusDoctor\Private\Helpers\ConvertFrom-WdSslFlag.ps1
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

# ---- WsusDoctor\Private\Helpers\ConvertFrom-WdSubjectAltName.ps1
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

# ---- WsusDoctor\Private\Helpers\ConvertFrom-WdW32tmStatus.ps1
# ConvertFrom-WdW32tmStatus: the fields of `w32tm /query /status` output that tell whether the
# clock is synchronised (Source, Last Successful Sync Time), as text. Pure: reads nothing.
function ConvertFrom-WdW32tmStatus {
    <#
    .SYNOPSIS
    Parses `w32tm /query /status` lines; returns a dictionary with Source and LastSuccessfulSyncTime (raw text) for the labels it finds.
    .DESCRIPTION
    w32tm prints "Label: value" lines. Only the English labels are recognised; on other display
    languages the dictionary stays empty and the caller records that the output was not understood.
    "unspecified" (never synchronised) is left out.
    .OUTPUTS
    System.Collections.Specialized.OrderedDictionary: Source (string), LastSuccessfulSyncTime (string), both optional.
    .EXAMPLE
    ConvertFrom-WdW32tmStatus -Line @('Source: dc01.contoso.com', 'Last Successful Sync Time: 11/24/2026 11:12:40 AM')
    .EXAMPLE
    ConvertFrom-WdW32tmStatus -Line (w32tm /query /status)
    #>
    [CmdletBinding()]
    param([AllowNull()] [AllowEmptyCollection()] [string[]] $Line)
    $result = New-WdDictionary
    foreach ($text in @($Line)) {
        if ($null -eq $text) { continue }
        if ($text -match '^\s*Source\s*:\s*(.*?)\s*$') {
            if ($Matches[1]) { $result['Source'] = $Matches[1] }
        }
        elseif ($text -match '^\s*Last Successful Sync Time\s*:\s*(.*?)\s*$') {
            $value = $Matches[1]
            if ($value -and $value -notmatch '^unspecified$') { $result['LastSuccessfulSyncTime'] = $value }
        }
    }
    , $result
}

# ---- WsusDoctor\Private\Helpers\ConvertFrom-WdWinHttpSetting.ps1
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

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdBoolean.ps1
# ConvertTo-WdBoolean: booleans from IIS ("true"), registry (0/1) and WMI values.
function ConvertTo-WdBoolean {
    <#
    .SYNOPSIS
    Returns $true/$false for a boolean, "true"/"false" text or 0/1 number; $null when unknown.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { return $Value }
    $text = ([string]$Value).Trim()
    if ($text -eq 'true' -or $text -eq '1') { return $true }
    if ($text -eq 'false' -or $text -eq '0') { return $false }
    return $null
}

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdDateTime.ps1
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

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdInteger.ps1
# ConvertTo-WdInteger: integer facts from registry DWORDs, WMI strings, IIS values.
function ConvertTo-WdInteger {
    <#
    .SYNOPSIS
    Returns the value as a 64-bit integer when it is a whole number (or numeric text), else $null.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { if ($Value) { return [long]1 } else { return [long]0 } }
    if ($Value -is [int] -or $Value -is [long] -or $Value -is [int16] -or $Value -is [byte] -or
        $Value -is [uint16] -or $Value -is [uint32] -or $Value -is [sbyte]) { return [long]$Value }
    if ($Value -is [uint64]) { if ($Value -le [long]::MaxValue) { return [long]$Value } else { return $null } }
    if ($Value -is [double] -or $Value -is [single] -or $Value -is [decimal]) {
        if ([math]::Floor([double]$Value) -eq [double]$Value) { return [long]$Value } else { return $null }
    }
    $text = ([string]$Value).Trim()
    $number = [long]0
    if ($text -match '^0x[0-9A-Fa-f]+$') { return [Convert]::ToInt64($text.Substring(2), 16) }
    if ([long]::TryParse($text, [System.Globalization.NumberStyles]::Integer, [System.Globalization.CultureInfo]::InvariantCulture, [ref]$number)) { return $number }
    return $null
}

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdIsoDateTime.ps1
# ConvertTo-WdIsoDateTime: ISO 8601 UTC text for a date value, or $null.
function ConvertTo-WdIsoDateTime {
    <#
    .SYNOPSIS
    Returns yyyy-MM-ddTHH:mm:ss.fffZ (UTC) for anything ConvertTo-WdDateTime understands, else $null.
    #>
    param([AllowNull()] [object] $Value, [switch] $AssumeUtc)
    $date = ConvertTo-WdDateTime -Value $Value -AssumeUtc:$AssumeUtc
    if ($null -eq $date) { return $null }
    $date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
}

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdJsonString.ps1
# ConvertTo-WdJsonString: escapes one string as a JSON string literal (quotes included).
function ConvertTo-WdJsonString {
    <#
    .SYNOPSIS
    Returns the JSON string literal for a text: quotes, backslashes and control characters escaped, non-ASCII as \uXXXX (-KeepNewline: line feeds left raw and no quotes, for the array fast path).
    #>
    param([string] $Text, [switch] $KeepNewline)
    if ($null -eq $Text) { return 'null' }
    # String.Replace and Regex run in native code: no per-character PowerShell loop, which matters for
    # megabytes of log lines on Windows PowerShell 2.0.
    $escaped = $Text.Replace('\', '\\').Replace('"', '\"').Replace("`t", '\t').Replace("`r", '\r')
    $pattern = '[^\x20-\x7E]'
    if ($KeepNewline) { $pattern = '[^\x20-\x7E\n]' } else { $escaped = $escaped.Replace("`n", '\n') }
    $found = [regex]::Matches($escaped, $pattern)
    if ($found.Count -gt 0) {
        $sb = New-Object System.Text.StringBuilder ($escaped.Length + 6 * $found.Count)
        $last = 0
        foreach ($match in $found) {
            [void]$sb.Append($escaped, $last, $match.Index - $last)
            [void]$sb.Append('\u').Append(([int]$escaped[$match.Index]).ToString('x4'))
            $last = $match.Index + 1
        }
        [void]$sb.Append($escaped, $last, $escaped.Length - $last)
        $escaped = $sb.ToString()
    }
    if ($KeepNewline) { return $escaped }
    '"' + $escaped + '"'
}

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdMinutes.ps1
# ConvertTo-WdMinutes: IIS time settings (TimeSpan, "1.05:00:00", "00:20:00", numbers) in whole minutes or seconds.
function ConvertTo-WdMinutes {
    <#
    .SYNOPSIS
    Converts a TimeSpan, IIS time text (d.hh:mm:ss or hh:mm:ss) or a number of minutes to whole minutes (or seconds with -Seconds); $null when unknown.
    #>
    param([AllowNull()] [object] $Value, [switch] $Seconds)
    if ($null -eq $Value) { return $null }
    $span = $null
    if ($Value -is [System.TimeSpan]) { $span = $Value }
    else {
        $number = ConvertTo-WdInteger $Value
        if ($null -ne $number) { return $number }
        $parsed = [System.TimeSpan]::Zero
        if ([System.TimeSpan]::TryParse(([string]$Value).Trim(), [ref]$parsed)) { $span = $parsed }
    }
    if ($null -eq $span) { return $null }
    if ($Seconds) { return [long][math]::Floor($span.TotalSeconds) }
    [long][math]::Floor($span.TotalMinutes)
}

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdRedactedFact.ps1
# ConvertTo-WdRedactedFact: a copy of a fact document with names, addresses, users and ids replaced by stable pseudonyms (-Redact).
function ConvertTo-WdRedactedFact {
    <#
    .SYNOPSIS
    Returns a redacted copy of a fact document: host names (short and FQDN), domains, IPv4/IPv6 addresses, user names, SusClientIds and other GUIDs and URL hosts are replaced everywhere (fields, log lines, registry values, event messages, certificate names, keys) by stable pseudonyms.

    .DESCRIPTION
    The same scheme as the engine's `wsus-doctor redact` (engine/redact): pseudonyms are HMAC-SHA-256
    of the value under -Key (without a key, under a fixed built-in key), so the collector with a key
    and `wsus-doctor redact --key` with the same key give the same pseudonyms for the same values:
    host-1a2b3c4d, host-1a2b3c4d.domain-5e6f7a8b.example, dom-..., user-..., 10.x.y.z, fd00::..., GUIDs.
    Microsoft's public hosts, loopback and reserved addresses, the Windows Update service ids and
    built-in accounts are kept, so the engine's diagnoses stay the same. Two passes: the first learns the
    names the document declares (host section, policy URLs, bindings, SQL/proxy servers, user columns),
    the second rewrites every string. Pure: reads nothing from the machine.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [System.Collections.IDictionary] $InputObject,

        [string] $Key
    )

    $utf8 = New-Object System.Text.UTF8Encoding $false
    if ($Key) { $keyBytes = $utf8.GetBytes($Key) }
    else { $keyBytes = [System.Security.Cryptography.SHA256]::Create().ComputeHash($utf8.GetBytes('wsus-doctor redact')) }
    $hmac = New-Object System.Security.Cryptography.HMACSHA256 -ArgumentList (, $keyBytes)

    # Each pattern starts only where a run begins (lookbehind): linear cost on long lines.
    $octet = '(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)'
    $patterns = @(
        @('url', '(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://(?:[^\s/@''"<>]*@)?(?:\[[0-9A-Fa-f:.%]+\]|[^\s/''"<>:\\\]?#@;,)]+)'),
        @('email', '(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+'),
        @('unc', '(?<![\\\w])\\\\[A-Za-z0-9_.-]{2,}(?=\\)'),
        @('account', '(?<=^|[\s"''(\[,;=])[A-Za-z0-9][A-Za-z0-9._-]{0,14}\\[A-Za-z0-9][A-Za-z0-9._$-]{0,63}(?=$|[\s"''),;\]])'),
        @('guid', '(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])'),
        @('ipv6', '(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%[0-9A-Za-z]+)?(?![\w:])'),
        @('ipv4', ('(?<![\w.])(?:{0}\.){{3}}{0}(?!\w|\.\d)' -f $octet)),
        @('dotted', '(?<![\w-]|(?<!\*)\.)[A-Za-z0-9_](?:[A-Za-z0-9_-]*)(?:\.[A-Za-z0-9_-]+)+')
    )
    $master = New-Object System.Text.RegularExpressions.Regex -ArgumentList (($patterns | ForEach-Object { '(?<' + $_[0] + '>' + $_[1] + ')' }) -join '|')
    $ipv4Only = New-Object System.Text.RegularExpressions.Regex -ArgumentList ('^(?:{0}\.){{3}}{0}$' -f $octet)
    $pseudonymShape = New-Object System.Text.RegularExpressions.Regex -ArgumentList '^(?:host|dom|user|name)-[0-9a-f]{8}$|^domain-[0-9a-f]{8}\.example$', 'IgnoreCase'
    $pseudonymHost = New-Object System.Text.RegularExpressions.Regex -ArgumentList '^(?:host-[0-9a-f]{8}\.)?domain-[0-9a-f]{8}\.example$', 'IgnoreCase'
    $fileExtension = New-Object System.Text.RegularExpressions.Regex -ArgumentList '\.(?:log|dll|exe|txt|xml|json|cab|msi|msu|etl|mdf|ldf|config|aspx|asmx|ashx|ps1|cs|cpp|h|sys|inf|cat|ini|dat|mui)$', 'IgnoreCase'
    $publicHost = New-Object System.Text.RegularExpressions.Regex -ArgumentList '(?:^|\.)(?:microsoft\.com|windowsupdate\.com|windows\.com|live\.com|msft\.net|azureedge\.net|akamaized\.net|microsoftonline\.com|msftconnecttest\.com|msftncsi\.com|digicert\.com|verisign\.com|globalsign\.com|entrust\.net|letsencrypt\.org|w3\.org|xmlsoap\.org)$', 'IgnoreCase'

    # The lists of engine/redact/well-known.ts (keep them equal: the Pester test compares them).
    $wellKnownGuids = @('3DA21691-E39D-4DA6-8A4B-B43877BCB1B7', '7971F918-A847-4430-9279-4A52D1EFE18D', '9482F4B4-E343-43B6-B170-9A65BC822C77',
        '855E8A7C-ECB4-4CA3-B045-1DFA50104289', '8B24B027-1DEE-BABB-9A95-3517DFB9C552', '00000000-0000-0000-0000-000000000000')
    $builtInAccounts = @('system', 'localsystem', 'local service', 'network service', 'anonymous', 'guest', 'administrator', 'administrators',
        'workgroup', 'defaultapppool', 'wsuspool', 'iusr', 'iwam', 'users', 'everyone')
    $notDomains = @('authority', 'apppool', 'builtin', 'service', 'nt', 'sms', 'logs', 'hklm', 'hkcu', 'hku', 'software', 'system', 'windows', 'wsus', 'iis',
        'window', 'manager', 'font', 'driver', 'virtual', 'machine', 'pipe', 'sql', 'mssql', 'mssqlserver')
    $vocabulary = @('wsus', 'server', 'servers', 'client', 'clients', 'update', 'updates', 'windows', 'microsoft', 'admin', 'system', 'service', 'services',
        'default', 'web', 'www', 'sql', 'database', 'site', 'local', 'domain', 'host', 'test', 'content', 'download', 'proxy', 'agent', 'report',
        'reporting', 'api', 'selfupdate', 'sync', 'error', 'warning', 'info', 'true', 'false', 'null', 'none', 'http', 'https', 'com', 'net', 'org')
    $topLevel = @('com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'co', 'us', 'uk', 'de', 'fr', 'nl', 'be', 'ch', 'at', 'se', 'no',
        'dk', 'fi', 'it', 'es', 'pt', 'pl', 'cz', 'sk', 'hu', 'ro', 'ru', 'ua', 'jp', 'cn', 'kr', 'in', 'au', 'nz', 'ca', 'mx', 'br', 'ar', 'za',
        'eu', 'ie', 'lu', 'gr', 'tr', 'il', 'sg', 'hk', 'tw', 'local', 'lan', 'corp', 'internal', 'intranet', 'intra', 'home', 'test', 'example',
        'localdomain', 'ad', 'priv', 'private', 'invalid', 'arpa', 'cloud', 'online', 'tech', 'app', 'dev', 'global', 'group', 'zone')
    $notHosts = @('asp.net', 'ado.net', 'vb.net', 'system.net', 'microsoft.net', 'dot.net')
    $hostKeys = @('computername', 'fqdn', 'hostname', 'dnshostname', 'dnsnames')
    $domainKeys = @('domain', 'dnsdomain')
    $serverKeys = @('sqlservername', 'server', 'upstreamservername', 'proxyserver', 'proxyname', 'siteserver', 'siteservername', 'managementpoint')

    $state = @{ Discovering = $true; Literal = $null }
    $maps = @{}
    $used = @{}
    $originals = @{}
    $shortNames = @{}
    $domains = @{}

    function Get-WdRxHex([byte[]] $Bytes, [int] $From, [int] $Count) {
        $sb = New-Object System.Text.StringBuilder
        for ($i = $From; $i -lt $From + $Count; $i++) { [void]$sb.Append($Bytes[$i].ToString('x2')) }
        $sb.ToString()
    }
    function Get-WdRxCandidate([string] $Kind, [byte[]] $D) {
        switch ($Kind) {
            'host' { return 'host-' + (Get-WdRxHex $D 0 4) }
            'domain' { return 'domain-' + (Get-WdRxHex $D 0 4) + '.example' }
            'netbios' { return 'dom-' + (Get-WdRxHex $D 0 4) }
            'user' { return 'user-' + (Get-WdRxHex $D 0 4) }
            'name' { return 'name-' + (Get-WdRxHex $D 0 4) }
            'guid' {
                $h = Get-WdRxHex $D 0 16
                $variant = (([System.Convert]::ToInt32([string]$h[16], 16) -band 3) -bor 8).ToString('x')
                return $h.Substring(0, 8) + '-' + $h.Substring(8, 4) + '-4' + $h.Substring(13, 3) + '-' + $variant + $h.Substring(17, 3) + '-' + $h.Substring(20, 12)
            }
            'ipv4' { return '10.' + $D[0] + '.' + $D[1] + '.' + (1 + ($D[2] % 254)) }
            'ipv6' {
                $groups = @(foreach ($i in 0, 2, 4, 6) { ([int]$D[$i] * 256 + [int]$D[$i + 1]).ToString('x') })
                return 'fd00::' + ($groups -join ':')
            }
        }
    }
    # The pseudonym of a value (while discovering: the value itself, recorded), in the original's case.
    function Get-WdRxMapped([string] $Kind, [string] $Normal, [string] $Original) {
        if ($state.Discovering) { $originals[$Normal] = $true; return $Original }
        if (-not $maps.ContainsKey($Kind)) { $maps[$Kind] = @{} }
        $map = $maps[$Kind]
        if (-not $map.ContainsKey($Normal)) {
            $attempt = 0
            while ($true) {
                $digest = $hmac.ComputeHash($utf8.GetBytes($Kind + [char]0 + $Normal + [char]0 + $attempt))
                $candidate = Get-WdRxCandidate $Kind $digest
                $idKind = $Kind
                if ($Kind -eq 'ipv4' -or $Kind -eq 'ipv6') { $idKind = 'ip' }
                $id = $idKind + ':' + $candidate.ToLowerInvariant()
                $attempt++
                if ($used.ContainsKey($id) -or $originals.ContainsKey($candidate.ToLowerInvariant())) { continue }
                $used[$id] = $true
                $map[$Normal] = $candidate
                break
            }
        }
        $pseudonym = $map[$Normal]
        if ($Original -cmatch '[a-z]' -or $Original -cnotmatch '[A-Z]') { return $pseudonym }
        $pseudonym.ToUpperInvariant()
    }
    function Test-WdRxIpv6([string] $Text) {
        $address = $null
        if (-not $Text.Contains(':')) { return $false }
        if (-not [System.Net.IPAddress]::TryParse($Text, [ref]$address)) { return $false }
        $address.AddressFamily.ToString() -eq 'InterNetworkV6'
    }
    function Test-WdRxPublic([string] $Name) {
        $h = $Name.ToLowerInvariant()
        $h -eq 'localhost' -or $h -eq '.' -or $h -eq '(local)' -or $h -eq '*' -or $h -eq '+' -or $publicHost.IsMatch($h)
    }
    function ConvertTo-WdRxIpv4([string] $Ip, [string] $Before) {
        $parts = $Ip.Split('.')
        $a = [int]$parts[0]; $b = [int]$parts[1]; $c = [int]$parts[2]; $d = [int]$parts[3]
        if ($a -eq 127 -or $a -eq 0 -or $a -eq 255 -or $a -ge 224 -or ($b -eq 0 -and $c -eq 0 -and $d -eq 0)) { return $Ip }
        if ($Before -match 'version[=: ]*v?$') { return $Ip }
        Get-WdRxMapped 'ipv4' $Ip $Ip
    }
    function ConvertTo-WdRxIpv6([string] $Match) {
        $zone = $Match.IndexOf('%')
        $address = $Match
        $suffix = ''
        if ($zone -ge 0) { $address = $Match.Substring(0, $zone); $suffix = $Match.Substring($zone) }
        $normal = $address.ToLowerInvariant()
        if (-not (Test-WdRxIpv6 $address) -or $normal -eq '::' -or $normal -eq '::1' -or $normal.StartsWith('ff') -or $normal.Replace(':', '') -notmatch '[0-9a-f]{2}') { return $Match }
        $pseudonym = Get-WdRxMapped 'ipv6' $normal $normal
        if (-not $state.Discovering -and $normal.StartsWith('fe80:')) { $pseudonym = 'fe80' + $pseudonym.Substring(4) }
        $pseudonym + $suffix
    }
    function ConvertTo-WdRxDomain([string] $Value) {
        $lower = $Value.ToLowerInvariant().TrimEnd('.')
        if ((Test-WdRxPublic $lower) -or $pseudonymHost.IsMatch($lower)) { return $Value }
        if ($state.Discovering) { $domains[$lower] = $true }
        Get-WdRxMapped 'domain' $lower $Value
    }
    function ConvertTo-WdRxHost([string] $Value, [bool] $Wildcard) {
        if ($Wildcard) { return '*.' + (ConvertTo-WdRxDomain $Value.Substring(2)) }
        $name = $Value
        $suffix = ''
        if ($name.EndsWith('.')) { $name = $name.Substring(0, $name.Length - 1); $suffix = '.' }
        if ($ipv4Only.IsMatch($name)) { return (ConvertTo-WdRxIpv4 $name '') + $suffix }
        if (Test-WdRxIpv6 $name) { return (ConvertTo-WdRxIpv6 $name) + $suffix }
        if ($name -eq '' -or (Test-WdRxPublic $name) -or $pseudonymShape.IsMatch($name) -or $pseudonymHost.IsMatch($name)) { return $Value }
        $dot = $name.IndexOf('.')
        if ($dot -lt 0) { $first = $name; $rest = '' } else { $first = $name.Substring(0, $dot); $rest = $name.Substring($dot + 1) }
        if ($state.Discovering) {
            $shortNames[$first.ToLowerInvariant()] = 'host'
            if ($rest) { $domains[$rest.ToLowerInvariant()] = $true }
        }
        $label = Get-WdRxMapped 'host' $first.ToLowerInvariant() $first
        if ($rest) { return $label + '.' + (ConvertTo-WdRxDomain $rest) + $suffix }
        $label + $suffix
    }
    function ConvertTo-WdRxNetbios([string] $Value) {
        $lower = $Value.ToLowerInvariant()
        if ($builtInAccounts -contains $lower -or $pseudonymShape.IsMatch($Value)) { return $Value }
        if ($shortNames[$lower] -eq 'host') { return ConvertTo-WdRxHost $Value $false }
        if ($state.Discovering -and -not $shortNames.ContainsKey($lower)) { $shortNames[$lower] = 'netbios' }
        Get-WdRxMapped 'netbios' $lower $Value
    }
    function ConvertTo-WdRxEmail([string] $Match) {
        $at = $Match.LastIndexOf('@')
        $domain = $Match.Substring($at + 1)
        if (Test-WdRxPublic $domain) { $right = $domain }
        elseif ($domains.ContainsKey($domain.ToLowerInvariant().TrimEnd('.'))) { $right = ConvertTo-WdRxDomain $domain }
        else { $right = ConvertTo-WdRxHost $domain $false }
        (ConvertTo-WdRxUser $Match.Substring(0, $at)) + '@' + $right
    }
    function ConvertTo-WdRxUser([string] $Value) {
        if ($Value.Contains('\')) {
            $slash = $Value.IndexOf('\')
            return (ConvertTo-WdRxNetbios $Value.Substring(0, $slash)) + '\' + (ConvertTo-WdRxUser $Value.Substring($slash + 1))
        }
        if ($Value.Contains('@')) { return ConvertTo-WdRxEmail $Value }
        $lower = $Value.ToLowerInvariant()
        if ($Value.EndsWith('$') -and $shortNames[$lower.TrimEnd('$')] -eq 'host') { return (ConvertTo-WdRxHost $Value.Substring(0, $Value.Length - 1) $false) + '$' }
        if ($builtInAccounts -contains $lower -or $pseudonymShape.IsMatch($Value)) { return $Value }
        if ($state.Discovering -and -not $shortNames.ContainsKey($lower)) { $shortNames[$lower] = 'user' }
        Get-WdRxMapped 'user' $lower $Value
    }
    function ConvertTo-WdRxLiteral([string] $Text) {
        if ($null -eq $state.Literal) { return $Text }
        $sb = New-Object System.Text.StringBuilder
        $pos = 0
        $m = $state.Literal.Match($Text)
        while ($m.Success) {
            [void]$sb.Append($Text, $pos, $m.Index - $pos)
            $kind = $shortNames[$m.Value.ToLowerInvariant()]
            if ($kind -eq 'host') { [void]$sb.Append((ConvertTo-WdRxHost $m.Value $false)) }
            elseif ($kind -eq 'netbios') { [void]$sb.Append((ConvertTo-WdRxNetbios $m.Value)) }
            else { [void]$sb.Append((ConvertTo-WdRxUser $m.Value)) }
            $pos = $m.Index + $m.Length
            $m = $m.NextMatch()
        }
        [void]$sb.Append($Text, $pos, $Text.Length - $pos)
        $sb.ToString()
    }
    function ConvertTo-WdRxAccount([string] $Match, [string] $Text, [int] $Offset) {
        $slash = $Match.IndexOf('\')
        $domain = $Match.Substring(0, $slash)
        $user = $Match.Substring($slash + 1)
        $d = $domain.ToLowerInvariant()
        $start = [Math]::Max(0, $Offset - 300)
        $wordBefore = ([regex]::Match($Text.Substring($start, $Offset - $start), '(\S*)\s*$')).Groups[1].Value
        $afterStart = $Offset + $Match.Length
        $wordAfter = ([regex]::Match($Text.Substring($afterStart, [Math]::Min(300, $Text.Length - $afterStart)), '^\s*(\S*)')).Groups[1].Value
        $capitals = ($domain -cmatch '^[A-Z0-9-]+$') -and ($domain -cmatch '[A-Z]{2}')
        if ($notDomains -contains $d -or $fileExtension.IsMatch($user) -or $domain -match '^\d+$' -or $pseudonymShape.IsMatch($user) -or
            (-not $shortNames.ContainsKey($d) -and -not $capitals) -or $wordBefore.Contains('\') -or $wordAfter.Contains('\')) {
            return ConvertTo-WdRxLiteral $Match
        }
        if ($shortNames[$d] -eq 'host' -or $domain.Contains('.')) { $left = ConvertTo-WdRxHost $domain $false } else { $left = ConvertTo-WdRxNetbios $domain }
        $left + '\' + (ConvertTo-WdRxUser $user)
    }
    function ConvertTo-WdRxUrl([string] $Match) {
        $m = [regex]::Match($Match, '^([^:]+://)((?:[^\s/@''"<>]*@)?)(.*)$')
        $userInfo = ''
        if ($m.Groups[2].Value) { $userInfo = (ConvertTo-WdRxUser $m.Groups[2].Value.TrimEnd('@')) + '@' }
        $name = $m.Groups[3].Value
        if ($name.StartsWith('[')) { return $m.Groups[1].Value + $userInfo + '[' + (ConvertTo-WdRxIpv6 $name.Substring(1, $name.Length - 2)) + ']' }
        $m.Groups[1].Value + $userInfo + (ConvertTo-WdRxHost $name $false)
    }
    function ConvertTo-WdRxDotted([string] $Match, [bool] $AfterWildcard) {
        # A DNS name has at most 253 characters: a longer dotted run is not one.
        if ($Match.Length -gt 253) { return ConvertTo-WdRxLiteral $Match }
        $lower = $Match.ToLowerInvariant()
        if ($AfterWildcard -or $domains.ContainsKey($lower.TrimEnd('.'))) { return ConvertTo-WdRxDomain $Match }
        $labels = $lower.Split('.')
        $last = $labels[$labels.Length - 1]
        $endsInKnown = $false
        for ($i = $lower.IndexOf('.'); $i -ge 0; $i = $lower.IndexOf('.', $i + 1)) { if ($domains.ContainsKey($lower.Substring($i + 1))) { $endsInKnown = $true; break } }
        $badLabel = @($labels | Where-Object { $_ -eq '' -or $_.StartsWith('-') }).Count -gt 0
        $looksLikeHost = ($notHosts -notcontains $lower) -and -not $badLabel -and ($last -notmatch '^\d+$') -and
            (($topLevel -contains $last) -or ($shortNames[$labels[0]] -eq 'host' -and $vocabulary -notcontains $labels[0]) -or $endsInKnown)
        if ($looksLikeHost -and -not $labels[0].StartsWith('_')) { return ConvertTo-WdRxHost $Match $false }
        ConvertTo-WdRxLiteral $Match
    }
    function ConvertTo-WdRxText([string] $Text) {
        if ([string]::IsNullOrEmpty($Text)) { return $Text }
        $sb = New-Object System.Text.StringBuilder
        $pos = 0
        $m = $master.Match($Text)
        while ($m.Success) {
            [void]$sb.Append($Text, $pos, $m.Index - $pos)
            $v = $m.Value
            if ($m.Groups['url'].Success) { $r = ConvertTo-WdRxUrl $v }
            elseif ($m.Groups['email'].Success) { $r = ConvertTo-WdRxEmail $v }
            elseif ($m.Groups['unc'].Success) { $r = '\\' + (ConvertTo-WdRxHost $v.Substring(2) $false) }
            elseif ($m.Groups['account'].Success) { $r = ConvertTo-WdRxAccount $v $Text $m.Index }
            elseif ($m.Groups['guid'].Success) {
                if ($wellKnownGuids -contains $v.ToUpperInvariant()) { $r = $v } else { $r = Get-WdRxMapped 'guid' $v.ToUpperInvariant() $v }
            }
            elseif ($m.Groups['ipv6'].Success) { $r = ConvertTo-WdRxIpv6 $v }
            elseif ($m.Groups['ipv4'].Success) { $r = ConvertTo-WdRxIpv4 $v $Text.Substring([Math]::Max(0, $m.Index - 8), $m.Index - [Math]::Max(0, $m.Index - 8)) }
            else { $r = ConvertTo-WdRxDotted $v ($m.Index -ge 2 -and $Text.Substring($m.Index - 2, 2) -eq '*.') }
            [void]$sb.Append($r)
            $pos = $m.Index + $m.Length
            $m = $m.NextMatch()
        }
        [void]$sb.Append($Text, $pos, $Text.Length - $pos)
        ConvertTo-WdRxLiteral $sb.ToString()
    }
    function ConvertTo-WdRxDistinguishedName([string] $Value) {
        $sb = New-Object System.Text.StringBuilder
        $pos = 0
        $m = [regex]::Match($Value, '\b(CN|OU|O|L|ST|S|DC|E)=((?:[^,+"\\]|\\.)+|"[^"]*")', 'IgnoreCase')
        while ($m.Success) {
            [void]$sb.Append($Value, $pos, $m.Index - $pos)
            $attr = $m.Groups[1].Value
            $v = $m.Groups[2].Value.Trim()
            $a = $attr.ToUpperInvariant()
            if ($a -eq 'E') { $r = $attr + '=' + (ConvertTo-WdRxText $v) }
            elseif ($a -eq 'DC' -and $topLevel -contains $v.ToLowerInvariant()) { $r = $m.Value }
            elseif ($a -eq 'CN' -and $v -match '^[A-Za-z0-9*][A-Za-z0-9.*-]*$') { $r = $attr + '=' + (ConvertTo-WdRxHost $v $v.StartsWith('*.')) }
            else {
                $redacted = ConvertTo-WdRxText $v
                if ($redacted -ne $v -or $v -match 'microsoft') { $r = $attr + '=' + $redacted } else { $r = $attr + '=' + (Get-WdRxMapped 'name' $v.ToLowerInvariant() $v) }
            }
            [void]$sb.Append($r)
            $pos = $m.Index + $m.Length
            $m = $m.NextMatch()
        }
        [void]$sb.Append($Value, $pos, $Value.Length - $pos)
        $sb.ToString()
    }
    function ConvertTo-WdRxField([string] $Name, [string] $Value) {
        if (-not $Name -or $Value -eq '') { return ConvertTo-WdRxText $Value }
        $k = $Name.ToLowerInvariant()
        if ($hostKeys -contains $k) { if ($Value -match '[\s\\/]') { return ConvertTo-WdRxText $Value }; return ConvertTo-WdRxHost $Value $Value.StartsWith('*.') }
        if ($domainKeys -contains $k) {
            if ($Value -match '[\s\\/]') { return ConvertTo-WdRxText $Value }
            if ($Value.Contains('.')) { return ConvertTo-WdRxDomain $Value }
            return ConvertTo-WdRxNetbios $Value
        }
        if ($k -eq 'subject' -or $k -eq 'issuer') { return ConvertTo-WdRxDistinguishedName $Value }
        ConvertTo-WdRxText $Value
    }
    # Log lines: a W3C cs-username column is a user name whatever it looks like.
    function ConvertTo-WdRxLines($Lines) {
        $userColumn = -1
        $out = New-Object System.Collections.ArrayList
        foreach ($line in $Lines) {
            if ($line.StartsWith('#Fields:')) {
                $fields = @($line.Substring(8).Trim() -split '\s+')
                $userColumn = [Array]::IndexOf($fields, 'cs-username')
                [void]$out.Add((ConvertTo-WdRxText $line))
            }
            elseif ($userColumn -lt 0 -or $line.StartsWith('#')) { [void]$out.Add((ConvertTo-WdRxText $line)) }
            else {
                $columns = $line.Split(' ')
                for ($i = 0; $i -lt $columns.Length; $i++) {
                    if ($i -eq $userColumn -and $columns[$i] -ne '-' -and $columns[$i] -ne '') { $columns[$i] = ConvertTo-WdRxUser $columns[$i] }
                    else { $columns[$i] = ConvertTo-WdRxText $columns[$i] }
                }
                [void]$out.Add(($columns -join ' '))
            }
        }
        , $out.ToArray()
    }
    function ConvertTo-WdRxValue($Value, [string] $Name) {
        if ($null -eq $Value) { return $null }
        if ($Value -is [string]) { return ConvertTo-WdRxField $Name $Value }
        if ($Value -is [System.Collections.IDictionary]) {
            $copy = New-WdDictionary
            foreach ($k in @($Value.Keys)) {
                if ([string]$k -eq '$schema') { $copy[$k] = $Value[$k]; continue }
                $copy[(ConvertTo-WdRxText ([string]$k))] = ConvertTo-WdRxValue $Value[$k] ([string]$k)
            }
            return , $copy
        }
        if ($Value -is [System.Collections.IList]) {
            $allStrings = $true
            foreach ($item in $Value) { if ($item -isnot [string]) { $allStrings = $false; break } }
            if ($Name -eq 'lines' -and $allStrings) { return , (ConvertTo-WdRxLines $Value) }
            $items = New-Object System.Collections.ArrayList
            foreach ($item in $Value) { [void]$items.Add((ConvertTo-WdRxValue $item $Name)) }
            return , $items.ToArray()
        }
        $Value
    }
    # Names the document declares (host, domain and server fields at any depth).
    function Register-WdRxDeclared($Value, [string] $Name) {
        if ($null -eq $Value) { return }
        if ($Value -is [string]) {
            if (-not $Name -or $Value -eq '' -or $Value -match '\s') { return }
            $k = $Name.ToLowerInvariant()
            if ($hostKeys -contains $k -and $Value -notmatch '[\\/]') { [void](ConvertTo-WdRxHost $Value $Value.StartsWith('*.')) }
            elseif ($domainKeys -contains $k -and $Value -notmatch '[\\/]') {
                if ($Value.Contains('.')) { [void](ConvertTo-WdRxDomain $Value) } else { [void](ConvertTo-WdRxNetbios $Value) }
            }
            elseif ($serverKeys -contains $k) {
                foreach ($item in ($Value -split '[;\s]+')) {
                    $v = $item -replace '^[a-z]+=', '' -replace '^[a-z]+://', '' -replace '^(?:tcp|np|lpc):', ''
                    if ($v.StartsWith('\\')) { continue }
                    $v = $v.Split('\')[0].Split(',')[0]
                    if (-not $v.StartsWith('[')) { $v = $v -replace ':\d+$', '' }
                    if ($v -and -not $v.Contains('#') -and -not $v.StartsWith('<') -and -not $v.StartsWith('*') -and $v -match '^[A-Za-z0-9][A-Za-z0-9.-]*$') { [void](ConvertTo-WdRxHost $v $false) }
                }
            }
            return
        }
        if ($Value -is [System.Collections.IDictionary]) { foreach ($k in @($Value.Keys)) { Register-WdRxDeclared $Value[$k] ([string]$k) }; return }
        if ($Value -is [System.Collections.IList]) { foreach ($item in $Value) { Register-WdRxDeclared $item $Name } }
    }

    # Pass 1: learn; pass 2: rewrite.
    Register-WdRxDeclared $InputObject ''
    [void](ConvertTo-WdRxValue $InputObject '')
    $state.Discovering = $false
    $words = @($shortNames.Keys | Where-Object { $_.Length -ge 3 -and $vocabulary -notcontains $_ } | Sort-Object -Property @{ Expression = { $_.Length }; Descending = $true }, @{ Expression = { $_ } })
    if ($words.Count -gt 0) {
        $alternatives = ($words | ForEach-Object { [regex]::Escape($_) }) -join '|'
        $state.Literal = New-Object System.Text.RegularExpressions.Regex -ArgumentList ('(?<![A-Za-z0-9])(?:' + $alternatives + ')(?![A-Za-z0-9])'), 'IgnoreCase'
    }
    ConvertTo-WdRxValue $InputObject ''
}

# ---- WsusDoctor\Private\Helpers\ConvertTo-WdVersionString.ps1
# ConvertTo-WdVersionString: a dotted version (1 to 4 numeric parts) or $null.
function ConvertTo-WdVersionString {
    <#
    .SYNOPSIS
    Returns the leading dotted version in a text ("3.2.7600.283 (built by...)" -> 3.2.7600.283), or $null.
    #>
    param([AllowNull()] [object] $Value)
    if ($null -eq $Value) { return $null }
    $text = ([string]$Value).Trim() -replace ',\s*', '.'
    if ($text -match '^(\d+(\.\d+){1,3})') { return $Matches[1] }
    return $null
}

# ---- WsusDoctor\Private\Helpers\Expand-WdPath.ps1
# Expand-WdPath: expands %SystemDrive%, %windir%, %SystemRoot% and %ProgramFiles% with the collection context's values.
function Expand-WdPath {
    <#
    .SYNOPSIS
    Expands the environment variables IIS and WSUS store in paths, using the context's folders first.
    #>
    param([string] $Path, $Context)
    if (-not $Path) { return $Path }
    $systemDrive = [string]$Context.Environment.SystemDrive
    if (-not $systemDrive) { $systemDrive = 'C:' }
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = $systemDrive + '\Windows' }
    $programFiles = [string]$Context.Environment.ProgramFiles
    if (-not $programFiles) { $programFiles = $systemDrive + '\Program Files' }
    $expanded = $Path -replace '(?i)%SystemDrive%', $systemDrive.Replace('$', '$$')
    $expanded = $expanded -replace '(?i)%(windir|SystemRoot)%', $winDir.Replace('$', '$$')
    $expanded = $expanded -replace '(?i)%ProgramFiles%', $programFiles.Replace('$', '$$')
    if ($expanded.Contains('%')) { $expanded = [System.Environment]::ExpandEnvironmentVariables($expanded) }
    $expanded
}

# ---- WsusDoctor\Private\Helpers\Get-WdCollectorVersion.ps1
# Get-WdCollectorVersion: the collector version (fact files' collector.version). GENERATED by
# collectors/build/Build-WsusDoctorCollector.ps1 from the "version" of package.json - do not edit.
function Get-WdCollectorVersion {
    <#
    .SYNOPSIS
    Returns the version of the collector, the "version" of package.json written here by the build.
    #>
    [CmdletBinding()]
    param()
    '0.1.0'
}

# ---- WsusDoctor\Private\Helpers\Get-WdErrorText.ps1
# Get-WdErrorText: one line of text for an ErrorRecord or exception, for a section's message.
function Get-WdErrorText {
    <#
    .SYNOPSIS
    Returns the message of an ErrorRecord or Exception as one line (innermost useful message, no stack trace).
    #>
    param([AllowNull()] [object] $ErrorObject)
    if ($null -eq $ErrorObject) { return 'unknown error' }
    $exception = $ErrorObject
    if ($ErrorObject -is [System.Management.Automation.ErrorRecord]) { $exception = $ErrorObject.Exception }
    $text = $null
    if ($exception -is [System.Exception]) {
        # MethodInvocationException and friends wrap the real error: report the inner one.
        while (($exception -is [System.Management.Automation.MethodInvocationException] -or
                $exception -is [System.Reflection.TargetInvocationException]) -and $null -ne $exception.InnerException) {
            $exception = $exception.InnerException
        }
        $text = $exception.Message
    }
    else {
        $text = [string]$ErrorObject
    }
    if (-not $text) { $text = 'unknown error' }
    Limit-WdText -Text (($text -replace '\s*[\r\n]+\s*', ' ').Trim()) -MaxLength 4000
}

# ---- WsusDoctor\Private\Helpers\Get-WdLineTime.ps1
# Get-WdLineTime: the time stamp at the start of a log line, per log format (UTC ticks, or -1).
function Get-WdLineTime {
    <#
    .SYNOPSIS
    Returns the line's time stamp as DateTime ticks (UTC for W3C, HTTPERR, SoftwareDistribution and CMTrace with its bias; local time for the Windows Update logs), or -1 when the line has none (headers, continuation lines).
    #>
    param([string] $Line, [string] $Format)
    if (-not $Line) { return [long]-1 }
    $year = 0; $month = 0; $day = 0; $time = $null
    if ($Format -eq 'cmtrace') {
        # time="HH:mm:ss.fff+bias" with the UTC bias in minutes (UTC = local + bias, knowledge 4.5).
        if ($Line -notmatch 'time="(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?([+-]\d{1,4})?"\s+date="(\d{1,2})-(\d{1,2})-(\d{4})"') {
            # The older "simple" format of site-server logs: message $$<Component><MM-dd-yyyy HH:mm:ss.fff+bias><thread=N (0xHEX)>.
            if ($Line -notmatch '\$\$<[^>]*><(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?([+-]\d{1,4})?><thread=') { return [long]-1 }
            try {
                $stamp = New-Object DateTime ([int]$Matches[3]), ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[4]), ([int]$Matches[5]), ([int]$Matches[6])
                if ($Matches[7]) { $stamp = $stamp.AddMinutes([int]$Matches[7]) }
                return $stamp.Ticks
            }
            catch { return [long]-1 }
        }
        try {
            $stamp = New-Object DateTime ([int]$Matches[7]), ([int]$Matches[5]), ([int]$Matches[6]), ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[3])
            if ($Matches[4]) { $stamp = $stamp.AddMinutes([int]$Matches[4]) }
            return $stamp.Ticks
        }
        catch { return [long]-1 }
    }
    if ($Line -notmatch '^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T\t]+(\d{1,2}):(\d{2}):(\d{2})') { return [long]-1 }
    try { return (New-Object DateTime ([int]$Matches[1]), ([int]$Matches[2]), ([int]$Matches[3]), ([int]$Matches[4]), ([int]$Matches[5]), ([int]$Matches[6])).Ticks }
    catch { return [long]-1 }
}

# ---- WsusDoctor\Private\Helpers\Get-WdRecentLineIndex.ps1
# Get-WdRecentLineIndex: where the lines newer than a cut-off start, by binary search (log lines are
# in time order), so a tail of 50,000 lines costs ~20 time-stamp parses instead of 50,000.
function Get-WdRecentLineIndex {
    <#
    .SYNOPSIS
    Returns the index of the first line whose time stamp (or, for lines without one, the next stamped line's) is at or after CutoffTicks.
    #>
    param([string[]] $Lines, [string] $Format, [long] $CutoffTicks)
    $low = 0
    $high = $Lines.Length
    while ($low -lt $high) {
        $mid = [int][math]::Floor(($low + $high) / 2)
        $ticks = [long]-1
        $probe = $mid
        # Lines without a time stamp belong to the next stamped line; look ahead a little.
        while ($probe -lt $Lines.Length -and $probe -lt $mid + 200) {
            $ticks = Get-WdLineTime -Line $Lines[$probe] -Format $Format
            if ($ticks -ge 0) { break }
            $probe++
        }
        if ($ticks -lt 0 -or $ticks -ge $CutoffTicks) { $high = $mid } else { $low = $mid + 1 }
    }
    $low
}

# ---- WsusDoctor\Private\Helpers\Get-WdServerSectionSkip.ps1
# Get-WdServerSectionSkip: the shared gate of the WSUS-server-only sections (susdb, upstreamSync,
# contentStore, sslCertificate): notApplicable on clients and without the WSUS role, error when
# the WSUS setup key could not be read; $null when the section applies.
function Get-WdServerSectionSkip {
    <#
    .SYNOPSIS
    Returns the section to use instead of collecting (notApplicable / error with the reason), or $null when this machine has the WSUS role.
    #>
    param([Parameter(Mandatory = $true)] $Context, [Parameter(Mandatory = $true)] [string] $What)
    if ($Context.Role -ne 'server') { return (New-WdSection -Status 'notApplicable' -Message "$What is read on WSUS servers only; this machine is a client.") }
    if ($null -ne $Context.WsusSetupError) {
        return (New-WdSection -Status 'error' -Message ("$What was not read: the WSUS setup registry key could not be read: " + $Context.WsusSetupError))
    }
    if ($null -eq $Context.WsusSetup) {
        return (New-WdSection -Status 'notApplicable' -Message "$What is read where the WSUS role is installed; this machine has no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key.")
    }
    $null
}

# ---- WsusDoctor\Private\Helpers\Invoke-WdSection.ps1
# Invoke-WdSection: runs one section builder; whatever it throws becomes that section's data
# (status error + message) so that one failure never stops the collection.
function Invoke-WdSection {
    <#
    .SYNOPSIS
    Runs a section script block and returns its section, or { status = error, message } when it throws.
    #>
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock
    )
    Write-Progress -Activity 'WSUS doctor: collecting facts' -Status $Name
    try {
        $section = & $ScriptBlock
        if ($null -eq $section) { return (New-WdSection -Status 'error' -Message "The $Name collector returned nothing.") }
        , $section
    }
    catch {
        Write-Verbose "Section $Name failed: $(Get-WdErrorText $_)"
        , (New-WdSection -Status 'error' -Message ("{0} could not be collected: {1}" -f $Name, (Get-WdErrorText $_)))
    }
}

# ---- WsusDoctor\Private\Helpers\Join-WdPath.ps1
# Join-WdPath: joins Windows path parts as text. Why not Join-Path: it checks that the drive exists,
# which breaks for paths of another machine (remote facts) and in the Linux test runs.
function Join-WdPath {
    <#
    .SYNOPSIS
    Returns Parent\Child with exactly one backslash between them (no drive or provider check).
    #>
    param([string] $Path, [string] $ChildPath)
    if (-not $Path) { return $ChildPath }
    if (-not $ChildPath) { return $Path }
    $Path.TrimEnd('\', '/') + '\' + $ChildPath.TrimStart('\', '/')
}

# ---- WsusDoctor\Private\Helpers\Limit-WdText.ps1
# Limit-WdText: cuts a text to the maxLength of the fact contract.
function Limit-WdText {
    <#
    .SYNOPSIS
    Returns the text cut to at most MaxLength characters (a trailing marker shows the cut).
    #>
    param([string] $Text, [int] $MaxLength = 4000)
    if ($null -eq $Text) { return $null }
    if ($Text.Length -le $MaxLength) { return $Text }
    $Text.Substring(0, $MaxLength - 3) + '...'
}

# ---- WsusDoctor\Private\Helpers\New-WdDictionary.ps1
# New-WdDictionary: an ordered dictionary (Windows PowerShell 2.0 has no [ordered]).
function New-WdDictionary {
    <#
    .SYNOPSIS
    Returns a new, empty System.Collections.Specialized.OrderedDictionary (keys keep their insertion order).
    #>
    # The comma keeps PowerShell from enumerating the (empty) dictionary on output.
    , (New-Object System.Collections.Specialized.OrderedDictionary)
}

# ---- WsusDoctor\Private\Helpers\New-WdSection.ps1
# New-WdSection: the status/message head that every fact section starts with.
function New-WdSection {
    <#
    .SYNOPSIS
    Returns an ordered dictionary { status, message? } for a fact section (status: ok, error, notApplicable, notCollected).
    #>
    param(
        [ValidateSet('ok', 'error', 'notApplicable', 'notCollected')]
        [string] $Status = 'ok',
        [string] $Message
    )
    $section = New-WdDictionary
    $section['status'] = $Status
    if ($Message) { $section['message'] = (Limit-WdText -Text $Message -MaxLength 4000) }
    , $section
}

# ---- WsusDoctor\Private\Helpers\Resolve-WdCollectionParameter.ps1
# Resolve-WdCollectionParameter: checks the entry script's parameters (given as text) and converts them, or says in one line what is wrong.
function Resolve-WdCollectionParameter {
    <#
    .SYNOPSIS
    Returns a hashtable with Role, MaxLogAgeDays, MaxConfigMgrLogAgeDays, MaxLogSizeMB, MaxEvents, WindowsUpdateLogTimeoutSeconds and SqlTimeoutSeconds converted (numbers read with the invariant culture) and Error: $null, or one line naming the first bad parameter, its value and what is allowed.
    #>
    param([hashtable] $Parameter)
    $result = @{ Error = $null }
    $unknown = @($Parameter['UnknownArgument'] | Where-Object { $null -ne $_ -and [string]$_ -ne '' })
    if ($unknown.Count -gt 0) {
        $valid = '-OutFile, -Role, -MaxLogAgeDays, -MaxConfigMgrLogAgeDays, -MaxLogSizeMB, -MaxEvents, -WindowsUpdateLogTimeoutSeconds, -SkipWindowsUpdateLog, -SqlTimeoutSeconds, -SkipSusdb, -Redact, -RedactKey, -AsJson, -Quiet'
        $result.Error = 'unknown parameter or extra value "' + [string]$unknown[0] + '" (parameters: ' + $valid + ')'
        return $result
    }
    $role = [string]$Parameter['Role']
    $roles = @('Auto', 'Server', 'Client')
    $matched = @($roles | Where-Object { $_ -eq $role })
    if ($matched.Count -eq 0) {
        $result.Error = '-Role "' + $role + '" is not one of Auto, Server, Client'
        return $result
    }
    $result.Role = $matched[0]
    # Name, minimum, maximum, whole number.
    $numbers = @(
        @('MaxLogAgeDays', 0, 3650, $false), @('MaxConfigMgrLogAgeDays', 0, 3650, $false), @('MaxLogSizeMB', 0, 1024, $false),
        @('MaxEvents', 1, 5000, $true), @('WindowsUpdateLogTimeoutSeconds', 1, 3600, $true), @('SqlTimeoutSeconds', 1, 600, $true)
    )
    $culture = [System.Globalization.CultureInfo]::InvariantCulture
    foreach ($n in $numbers) {
        $name = $n[0]
        $text = ([string]$Parameter[$name]).Trim()
        $value = 0.0
        $ok = [double]::TryParse($text, [System.Globalization.NumberStyles]::Float, $culture, [ref]$value)
        $kind = 'a number'
        if ($n[3]) { $kind = 'a whole number'; $ok = $ok -and ($value -eq [math]::Floor($value)) }
        if (-not $ok -or $value -lt $n[1] -or $value -gt $n[2]) {
            $result.Error = '-' + $name + ' "' + $text + '" is not ' + $kind + ' from ' + $n[1] + ' to ' + $n[2]
            return $result
        }
        if ($n[3]) { $result[$name] = [int]$value } else { $result[$name] = $value }
    }
    if ([string]$Parameter['RedactKey'] -ne '' -and -not $Parameter['Redact']) {
        $result.Error = '-RedactKey is given without -Redact: add -Redact to redact the fact file'
        return $result
    }
    $result
}

# ---- WsusDoctor\Private\Helpers\Set-WdSectionMessage.ps1
# Set-WdSectionMessage: puts the message right after status, where a reader looks first.
function Set-WdSectionMessage {
    <#
    .SYNOPSIS
    Sets the message of a section (cut to 4000 characters), placed right after status.
    #>
    param([Parameter(Mandatory = $true)] [System.Collections.Specialized.OrderedDictionary] $Section, [string] $Message)
    if (-not $Message) { return }
    $text = Limit-WdText $Message 4000
    if ($Section.Contains('message')) { $Section['message'] = $text }
    else { $Section.Insert(1, 'message', $text) }
}

# ---- WsusDoctor\Private\Helpers\Stop-WdCollection.ps1
# Stop-WdCollection: how the entry script ends when it wrote no fact file - one line on stderr and a non-zero exit code.
function Stop-WdCollection {
    <#
    .SYNOPSIS
    Writes "Invoke-WsusDoctorCollection: <reason>" (one line) to stderr and exits the entry script with Code (2 bad parameter, 3 no fact file written, 1 unexpected failure); with -AsJson throws that line instead.
    #>
    # With -AsJson (remote collection) the entry script runs inside a script block, where exit would end
    # the remote pipeline without a word: the reason is thrown for the caller to report per machine.
    param([int] $Code, [string] $Reason, [switch] $AsJson)
    $line = 'Invoke-WsusDoctorCollection: ' + ($Reason -replace '[\r\n]+', ' ')
    if ($AsJson) { throw $line }
    [Console]::Error.WriteLine($line)
    exit $Code
}

# ---- WsusDoctor\Private\Probes\Export-WdWindowsUpdateLog.ps1
# Export-WdWindowsUpdateLog (probe): decodes the Windows 10+ ETL Windows Update log with
# Get-WindowsUpdateLog into a temporary text file, in a background job with a time limit.
# Why a job: Get-WindowsUpdateLog is slow and is known to hang in non-interactive hosts (it ends in
# Out-Default); a job can be abandoned when it does not finish in time.
function Export-WdWindowsUpdateLog {
    <#
    .SYNOPSIS
    Probe: writes the decoded Windows Update ETL log to OutFile with Get-WindowsUpdateLog, within TimeoutSeconds. Returns Status (ok, unavailable, timeout, error) and Message.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $OutFile,
        [int] $TimeoutSeconds = 120
    )
    $result = New-WdDictionary
    $result['Status'] = 'ok'
    $result['Message'] = $null
    if ($null -eq (Get-Command -Name 'Get-WindowsUpdateLog' -ErrorAction SilentlyContinue)) {
        $result['Status'] = 'unavailable'
        $result['Message'] = 'Get-WindowsUpdateLog is not available on this system.'
        return New-Object PSObject -Property $result
    }
    $job = Start-Job -ArgumentList $OutFile -ScriptBlock {
        param($Target)
        # Known workaround for non-interactive hosts: the cmdlet pipes to Out-Default.
        Set-Alias -Name Out-Default -Value Out-Null -Scope Script
        Get-WindowsUpdateLog -LogPath $Target -ErrorAction Stop 2>&1 | Out-Null
    }
    try {
        $finished = Wait-Job -Job $job -Timeout $TimeoutSeconds
        if ($null -eq $finished) {
            $result['Status'] = 'timeout'
            $result['Message'] = "Get-WindowsUpdateLog did not finish within $TimeoutSeconds s; the ETL Windows Update log was not decoded. Run Get-WindowsUpdateLog by hand, or raise -WindowsUpdateLogTimeoutSeconds."
        }
        elseif ($job.State -eq 'Failed' -or -not [System.IO.File]::Exists($OutFile)) {
            $reason = $null
            try { $reason = ($job.ChildJobs[0].JobStateInfo.Reason) } catch { $reason = $null }
            if ($null -eq $reason) { $reason = 'no output file was written' }
            $result['Status'] = 'error'
            $result['Message'] = 'Get-WindowsUpdateLog failed: ' + (Get-WdErrorText $reason)
        }
    }
    finally {
        Stop-Job -Job $job -ErrorAction SilentlyContinue
        Remove-Job -Job $job -Force -ErrorAction SilentlyContinue
    }
    New-Object PSObject -Property $result
}

# ---- WsusDoctor\Private\Probes\Get-WdAccessRule.ps1
# Get-WdAccessRule (probe): the access rules of a folder's ACL, read-only.
function Get-WdAccessRule {
    <#
    .SYNOPSIS
    Probe: returns the access rules of the folder at Path as objects with Identity (DOMAIN\name as Windows shows it), Sid (S-1-...; $null when it cannot be translated), Rights (FileSystemRights as text, e.g. "ReadAndExecute, Synchronize" or a number for generic rights), Type (Allow or Deny) and Inherited. Reads the security descriptor only (Get-Acl); throws when the folder is missing or cannot be read.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Path)
    if (-not (Test-Path -LiteralPath $Path -PathType Container)) { throw "The folder does not exist: $Path" }
    $acl = Get-Acl -Path ([System.Management.Automation.WildcardPattern]::Escape($Path))
    $sidType = [System.Security.Principal.SecurityIdentifier]
    foreach ($rule in @($acl.Access)) {
        $sid = $null
        try { $sid = $rule.IdentityReference.Translate($sidType).Value } catch { $sid = $null }
        New-Object PSObject -Property @{
            Identity  = [string]$rule.IdentityReference.Value
            Sid       = $sid
            Rights    = [string]$rule.FileSystemRights
            Type      = [string]$rule.AccessControlType
            Inherited = [bool]$rule.IsInherited
        }
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdCertificate.ps1
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

# ---- WsusDoctor\Private\Probes\Get-WdChildItem.ps1
# Get-WdChildItem (probe): the files of one folder that match a wildcard (no recursion, no content read).
function Get-WdChildItem {
    <#
    .SYNOPSIS
    Probe: returns FullName, Name, Length and LastWriteTime (UTC) of the files in a folder matching Filter; $null when the folder does not exist. Throws on access errors.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [string] $Filter = '*'
    )
    if (-not [System.IO.Directory]::Exists($Path)) { return $null }
    $dir = New-Object System.IO.DirectoryInfo $Path
    $list = New-Object System.Collections.ArrayList
    # DirectoryInfo.GetFiles reads the directory only (names, sizes, times): cheap even for big logs.
    foreach ($file in $dir.GetFiles($Filter)) {
        $entry = New-WdDictionary
        $entry['FullName'] = $file.FullName
        $entry['Name'] = $file.Name
        $entry['Length'] = $file.Length
        $entry['LastWriteTime'] = $file.LastWriteTimeUtc
        [void]$list.Add((New-Object PSObject -Property $entry))
    }
    , $list.ToArray()
}

# ---- WsusDoctor\Private\Probes\Get-WdCimInstance.ps1
# Get-WdCimInstance (probe): WMI/CIM instances, with Get-CimInstance where it exists (PowerShell 3+)
# and Get-WmiObject otherwise (Windows PowerShell 2.0; PowerShell 7 has no Get-WmiObject).
function Get-WdCimInstance {
    <#
    .SYNOPSIS
    Probe: returns the instances of a WMI class (optionally filtered); throws when the namespace or class cannot be read.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $ClassName,
        [string] $Namespace = 'root\cimv2',
        [string] $Filter,
        [int] $OperationTimeoutSec = 30
    )
    if ($null -ne (Get-Command -Name 'Get-CimInstance' -ErrorAction SilentlyContinue)) {
        $parameters = @{ ClassName = $ClassName; Namespace = $Namespace; ErrorAction = 'Stop'; OperationTimeoutSec = $OperationTimeoutSec }
        if ($Filter) { $parameters['Filter'] = $Filter }
        Get-CimInstance @parameters
    }
    elseif ($null -ne (Get-Command -Name 'Get-WmiObject' -ErrorAction SilentlyContinue)) {
        $parameters = @{ Class = $ClassName; Namespace = $Namespace; ErrorAction = 'Stop' }
        if ($Filter) { $parameters['Filter'] = $Filter }
        Get-WmiObject @parameters
    }
    else {
        throw 'Neither Get-CimInstance nor Get-WmiObject is available on this system.'
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdEnvironment.ps1
# Get-WdEnvironment (probe): who and where the collector runs - computer name, PowerShell
# version and edition, elevation, well-known folders.
function Get-WdEnvironment {
    <#
    .SYNOPSIS
    Probe: returns the run environment (ComputerName, PSVersion, PSEdition, IsElevated, IsWindows, Is64BitOperatingSystem, WinDir, SystemDrive, ProgramFiles, Temp).
    #>
    [CmdletBinding()]
    param()
    $info = New-WdDictionary
    $name = $env:COMPUTERNAME
    if (-not $name) { $name = [System.Environment]::MachineName }
    $info['ComputerName'] = $name
    $info['PSVersion'] = $PSVersionTable.PSVersion.ToString()
    $edition = 'Desktop'
    if ($PSVersionTable.PSEdition) { $edition = [string]$PSVersionTable.PSEdition }
    $info['PSEdition'] = $edition
    $info['IsWindows'] = ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT)
    $elevated = $false
    if ($info['IsWindows']) {
        try {
            $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
            $principal = New-Object System.Security.Principal.WindowsPrincipal $identity
            $elevated = $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
        }
        catch { $elevated = $false }
    }
    $info['IsElevated'] = [bool]$elevated
    $info['Is64BitOperatingSystem'] = ($env:PROCESSOR_ARCHITECTURE -eq 'AMD64' -or $env:PROCESSOR_ARCHITECTURE -eq 'ARM64' -or [bool]$env:PROCESSOR_ARCHITEW6432)
    $info['WinDir'] = $env:windir
    $info['SystemDrive'] = $env:SystemDrive
    $info['ProgramFiles'] = $env:ProgramFiles
    if ($env:ProgramW6432) { $info['ProgramFiles'] = $env:ProgramW6432 }
    $info['Temp'] = [System.IO.Path]::GetTempPath()
    New-Object PSObject -Property $info
}

# ---- WsusDoctor\Private\Probes\Get-WdEventLogEntry.ps1
# Get-WdEventLogEntry (probe): recent entries of one event log, by provider and event ids.
function Get-WdEventLogEntry {
    <#
    .SYNOPSIS
    Probe: returns the entries of LogName (optionally of one provider and some ids) newer than MaxAgeDays, newest first (LogName, ProviderName, Id, Level, TimeCreated, Message). Returns nothing when none match; throws when the log cannot be read.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $LogName,
        [string] $ProviderName,
        [int[]] $Id,
        [double] $MaxAgeDays = 3,
        [int] $MaxEvents = 500
    )
    $filter = @{ LogName = $LogName; StartTime = (Get-Date).AddDays(-$MaxAgeDays) }
    if ($ProviderName) { $filter['ProviderName'] = $ProviderName }
    if ($Id) { $filter['Id'] = $Id }
    $events = $null
    try {
        $events = Get-WinEvent -FilterHashtable $filter -MaxEvents $MaxEvents -ErrorAction Stop
    }
    catch {
        # "No events were found that match the specified selection criteria" is not an error here.
        if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { return }
        throw
    }
    foreach ($event in @($events)) {
        if ($null -eq $event) { continue }
        $message = $null
        try { $message = $event.Message } catch { $message = $null }
        $entry = New-WdDictionary
        $entry['LogName'] = [string]$event.LogName
        $entry['ProviderName'] = [string]$event.ProviderName
        $entry['Id'] = [int]$event.Id
        $entry['Level'] = [int]$event.Level
        $entry['TimeCreated'] = $event.TimeCreated
        $entry['Message'] = $message
        New-Object PSObject -Property $entry
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdFileItem.ps1
# Get-WdFileItem (probe): existence, size, time stamp and file version of one file or folder.
function Get-WdFileItem {
    <#
    .SYNOPSIS
    Probe: returns FullName, IsDirectory, Length, LastWriteTime and FileVersion of a path, or $null when it does not exist.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Path)
    $entry = New-WdDictionary
    if ([System.IO.Directory]::Exists($Path)) {
        $dir = New-Object System.IO.DirectoryInfo $Path
        $entry['FullName'] = $dir.FullName
        $entry['IsDirectory'] = $true
        $entry['Length'] = $null
        $entry['LastWriteTime'] = $dir.LastWriteTimeUtc
        $entry['FileVersion'] = $null
        return New-Object PSObject -Property $entry
    }
    if (-not [System.IO.File]::Exists($Path)) { return $null }
    $file = New-Object System.IO.FileInfo $Path
    $entry['FullName'] = $file.FullName
    $entry['IsDirectory'] = $false
    $entry['Length'] = $file.Length
    $entry['LastWriteTime'] = $file.LastWriteTimeUtc
    $version = $null
    try {
        $info = [System.Diagnostics.FileVersionInfo]::GetVersionInfo($file.FullName)
        if ($info.FileMajorPart -or $info.FileMinorPart -or $info.FileBuildPart -or $info.FilePrivatePart) {
            $version = '{0}.{1}.{2}.{3}' -f $info.FileMajorPart, $info.FileMinorPart, $info.FileBuildPart, $info.FilePrivatePart
        }
    }
    catch { $version = $null }
    $entry['FileVersion'] = $version
    New-Object PSObject -Property $entry
}

# ---- WsusDoctor\Private\Probes\Get-WdHotFix.ps1
# Get-WdHotFix (probe): installed updates as Windows records them (Win32_QuickFixEngineering).
function Get-WdHotFix {
    <#
    .SYNOPSIS
    Probe: returns the installed updates (HotFixID, Description, InstalledOn) from Win32_QuickFixEngineering. Throws when WMI cannot be read.
    #>
    [CmdletBinding()]
    param()
    foreach ($fix in @(Get-WdCimInstance -ClassName 'Win32_QuickFixEngineering')) {
        if ($null -eq $fix) { continue }
        $entry = New-WdDictionary
        $entry['HotFixID'] = [string]$fix.HotFixID
        $entry['Description'] = [string]$fix.Description
        # InstalledOn is text in WMI (M/d/yyyy, or a hex FILETIME on old systems); Get-HotFix's
        # DateTime parse is locale-dependent, so the raw text is kept and parsed later.
        $entry['InstalledOn'] = $fix.InstalledOn
        New-Object PSObject -Property $entry
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdIisConfiguration.ps1
# Get-WdIisConfiguration (probe): IIS sites, application pools and the WSUS site's applications
# with their SSL and authentication settings. Reads through Microsoft.Web.Administration (IIS 7+,
# .NET 2.0 assembly, so it works on Windows PowerShell 2.0 too and gives runtime state and
# effective values including defaults); falls back to parsing applicationHost.config when the
# assembly cannot be loaded (then states are unknown and defaults come from the IIS schema).
function Get-WdIisConfiguration {
    <#
    .SYNOPSIS
    Probe: returns Source, Sites, AppPools and Applications (of the site SiteId) of the local IIS, read-only. Throws when IIS configuration cannot be read.
    #>
    [CmdletBinding()]
    param(
        [long] $SiteId = -1,
        [string] $WinDir = $env:windir
    )
    $assemblyPath = Join-WdPath $WinDir 'System32\inetsrv\Microsoft.Web.Administration.dll'
    $manager = $null
    $loadError = $null
    try {
        [void][System.Reflection.Assembly]::LoadFrom($assemblyPath)
        $manager = New-Object Microsoft.Web.Administration.ServerManager
    }
    catch { $loadError = $_ }
    if ($null -eq $manager) {
        $configPath = Join-WdPath $WinDir 'System32\inetsrv\config\applicationHost.config'
        return (Get-WdIisConfigurationFromXml -Path $configPath -SiteId $SiteId)
    }
    try {
        $sites = New-Object System.Collections.ArrayList
        $applications = New-Object System.Collections.ArrayList
        $config = $manager.GetApplicationHostConfiguration()
        foreach ($site in $manager.Sites) {
            $entry = New-WdDictionary
            $entry['Id'] = [long]$site.Id
            $entry['Name'] = [string]$site.Name
            $state = 'Unknown'
            try { $state = [string]$site.State } catch { $state = 'Unknown' }
            $entry['State'] = $state
            $bindings = New-Object System.Collections.ArrayList
            foreach ($binding in $site.Bindings) {
                $b = New-WdDictionary
                $b['Protocol'] = [string]$binding.Protocol
                $b['BindingInformation'] = [string]$binding.BindingInformation
                [void]$bindings.Add((New-Object PSObject -Property $b))
            }
            $entry['Bindings'] = $bindings.ToArray()
            $entry['LogDirectory'] = [string]$site.LogFile.Directory
            $entry['MaxConnections'] = $site.Limits.MaxConnections
            $entry['ConnectionTimeout'] = $site.Limits.ConnectionTimeout
            [void]$sites.Add((New-Object PSObject -Property $entry))

            if ([long]$site.Id -ne $SiteId) { continue }
            foreach ($app in $site.Applications) {
                $path = [string]$app.Path
                $vdirs = @($app.VirtualDirectories)
                foreach ($vdir in $vdirs) {
                    $vpath = [string]$vdir.Path
                    $full = $path
                    $kind = 'application'
                    if ($vpath -ne '/') { $full = ($path.TrimEnd('/') + $vpath); $kind = 'virtualDirectory' }
                    if ($full -eq '/') { continue }
                    $location = $site.Name + $full
                    $a = New-WdDictionary
                    $a['SiteId'] = [long]$site.Id
                    $a['Path'] = $full
                    $a['Kind'] = $kind
                    $a['PhysicalPath'] = [string]$vdir.PhysicalPath
                    $a['ApplicationPool'] = $null
                    if ($kind -eq 'application') { $a['ApplicationPool'] = [string]$app.ApplicationPoolName }
                    $a['SslFlags'] = $null
                    $a['AnonymousAuthentication'] = $null
                    $a['WindowsAuthentication'] = $null
                    $a['Impersonate'] = $null
                    try { $a['SslFlags'] = $config.GetSection('system.webServer/security/access', $location).GetAttributeValue('sslFlags') } catch { }
                    try { $a['AnonymousAuthentication'] = $config.GetSection('system.webServer/security/authentication/anonymousAuthentication', $location).GetAttributeValue('enabled') } catch { }
                    try { $a['WindowsAuthentication'] = $config.GetSection('system.webServer/security/authentication/windowsAuthentication', $location).GetAttributeValue('enabled') } catch { }
                    try { $a['Impersonate'] = $manager.GetWebConfiguration($site.Name, $full).GetSection('system.web/identity').GetAttributeValue('impersonate') } catch { }
                    [void]$applications.Add((New-Object PSObject -Property $a))
                }
            }
        }
        $pools = New-Object System.Collections.ArrayList
        foreach ($pool in $manager.ApplicationPools) {
            $p = New-WdDictionary
            $p['Name'] = [string]$pool.Name
            $state = 'Unknown'
            try { $state = [string]$pool.State } catch { $state = 'Unknown' }
            $p['State'] = $state
            $p['QueueLength'] = $pool.QueueLength
            $p['PrivateMemory'] = $pool.Recycling.PeriodicRestart.PrivateMemory
            $p['Memory'] = $pool.Recycling.PeriodicRestart.Memory
            $p['PeriodicRestartTime'] = $pool.Recycling.PeriodicRestart.Time
            $p['PeriodicRestartRequests'] = $pool.Recycling.PeriodicRestart.Requests
            $p['IdleTimeout'] = $pool.ProcessModel.IdleTimeout
            $p['PingingEnabled'] = $pool.ProcessModel.PingingEnabled
            $p['MaxProcesses'] = $pool.ProcessModel.MaxProcesses
            $p['RapidFailProtection'] = $pool.Failure.RapidFailProtection
            $p['LoadBalancerCapabilities'] = [string]$pool.Failure.LoadBalancerCapabilities
            $p['ManagedRuntimeVersion'] = [string]$pool.ManagedRuntimeVersion
            [void]$pools.Add((New-Object PSObject -Property $p))
        }
        $result = New-WdDictionary
        $result['Source'] = 'Microsoft.Web.Administration'
        $result['Sites'] = $sites.ToArray()
        $result['AppPools'] = $pools.ToArray()
        $result['Applications'] = $applications.ToArray()
        New-Object PSObject -Property $result
    }
    finally {
        $manager.Dispose()
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdIisConfigurationFromXml.ps1
# Get-WdIisConfigurationFromXml (probe): the applicationHost.config fallback of Get-WdIisConfiguration.
# Attributes left at their default are absent from the file: the defaults below are the IIS schema's
# (applicationPoolDefaults/siteDefaults in the file override them). Runtime state is not in the file.
function Get-WdIisConfigurationFromXml {
    <#
    .SYNOPSIS
    Parses applicationHost.config into the shape Get-WdIisConfiguration returns (states Unknown, defaults filled in).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [long] $SiteId = -1
    )
    if (-not [System.IO.File]::Exists($Path)) { throw "IIS configuration file not found: $Path" }
    $xml = New-Object System.Xml.XmlDocument
    $xml.Load($Path)
    $appHost = $xml.SelectSingleNode('/configuration/system.applicationHost')
    if ($null -eq $appHost) { throw "No system.applicationHost section in $Path" }

    $poolDefaults = @{ queueLength = '1000'; managedRuntimeVersion = 'v4.0'; privateMemory = '0'; memory = '0'; time = '1.05:00:00'; requests = '0';
        idleTimeout = '00:20:00'; pingingEnabled = 'true'; maxProcesses = '1'; rapidFailProtection = 'true'; loadBalancerCapabilities = 'HttpLevel' }
    $defaultsNode = $appHost.SelectSingleNode('applicationPools/applicationPoolDefaults')
    function Get-WdXmlSetting($node, [string]$child, [string]$attribute) {
        foreach ($candidate in @($node, $defaultsNode)) {
            if ($null -eq $candidate) { continue }
            $target = $candidate
            if ($child) { $target = $candidate.SelectSingleNode($child) }
            if ($null -ne $target -and $null -ne $target.Attributes -and $null -ne $target.Attributes[$attribute]) { return $target.Attributes[$attribute].Value }
        }
        return $poolDefaults[$attribute]
    }
    $pools = New-Object System.Collections.ArrayList
    foreach ($node in @($appHost.SelectNodes('applicationPools/add'))) {
        if ($null -eq $node) { continue }
        $p = New-WdDictionary
        $p['Name'] = $node.GetAttribute('name')
        $p['State'] = 'Unknown'
        $p['QueueLength'] = Get-WdXmlSetting $node '' 'queueLength'
        $p['PrivateMemory'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'privateMemory'
        $p['Memory'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'memory'
        $p['PeriodicRestartTime'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'time'
        $p['PeriodicRestartRequests'] = Get-WdXmlSetting $node 'recycling/periodicRestart' 'requests'
        $p['IdleTimeout'] = Get-WdXmlSetting $node 'processModel' 'idleTimeout'
        $p['PingingEnabled'] = Get-WdXmlSetting $node 'processModel' 'pingingEnabled'
        $p['MaxProcesses'] = Get-WdXmlSetting $node 'processModel' 'maxProcesses'
        $p['RapidFailProtection'] = Get-WdXmlSetting $node 'failure' 'rapidFailProtection'
        $p['LoadBalancerCapabilities'] = Get-WdXmlSetting $node 'failure' 'loadBalancerCapabilities'
        $p['ManagedRuntimeVersion'] = Get-WdXmlSetting $node '' 'managedRuntimeVersion'
        [void]$pools.Add((New-Object PSObject -Property $p))
    }

    $siteDefaults = $appHost.SelectSingleNode('sites/siteDefaults')
    function Get-WdSiteSetting($site, [string]$child, [string]$attribute, [string]$default) {
        foreach ($candidate in @($site, $siteDefaults)) {
            if ($null -eq $candidate) { continue }
            $target = $candidate.SelectSingleNode($child)
            if ($null -ne $target -and $null -ne $target.Attributes[$attribute]) { return $target.Attributes[$attribute].Value }
        }
        return $default
    }
    # Location-level settings (sslFlags, authentication) for a path, with the global value as default.
    function Get-WdLocationSetting([string]$location, [string]$section, [string]$attribute, [string]$default) {
        $value = $default
        $global = $xml.SelectSingleNode("/configuration/$section")
        if ($null -ne $global -and $null -ne $global.Attributes[$attribute]) { $value = $global.Attributes[$attribute].Value }
        foreach ($loc in @($xml.SelectNodes('/configuration/location'))) {
            if ($null -eq $loc) { continue }
            $locPath = $loc.GetAttribute('path')
            if ($location -eq $locPath -or $location.StartsWith($locPath + '/')) {
                $node = $loc.SelectSingleNode($section)
                if ($null -ne $node -and $null -ne $node.Attributes[$attribute]) { $value = $node.Attributes[$attribute].Value }
            }
        }
        $value
    }

    $sites = New-Object System.Collections.ArrayList
    $applications = New-Object System.Collections.ArrayList
    foreach ($site in @($appHost.SelectNodes('sites/site'))) {
        if ($null -eq $site) { continue }
        $entry = New-WdDictionary
        $entry['Id'] = [long]$site.GetAttribute('id')
        $entry['Name'] = $site.GetAttribute('name')
        $entry['State'] = 'Unknown'
        $bindings = New-Object System.Collections.ArrayList
        foreach ($binding in @($site.SelectNodes('bindings/binding'))) {
            if ($null -eq $binding) { continue }
            $b = New-WdDictionary
            $b['Protocol'] = $binding.GetAttribute('protocol')
            $b['BindingInformation'] = $binding.GetAttribute('bindingInformation')
            [void]$bindings.Add((New-Object PSObject -Property $b))
        }
        $entry['Bindings'] = $bindings.ToArray()
        $entry['LogDirectory'] = Get-WdSiteSetting $site 'logFile' 'directory' '%SystemDrive%\inetpub\logs\LogFiles'
        $entry['MaxConnections'] = Get-WdSiteSetting $site 'limits' 'maxConnections' '4294967295'
        $entry['ConnectionTimeout'] = Get-WdSiteSetting $site 'limits' 'connectionTimeout' '00:02:00'
        [void]$sites.Add((New-Object PSObject -Property $entry))

        if ($entry['Id'] -ne $SiteId) { continue }
        foreach ($app in @($site.SelectNodes('application'))) {
            if ($null -eq $app) { continue }
            $path = $app.GetAttribute('path')
            foreach ($vdir in @($app.SelectNodes('virtualDirectory'))) {
                if ($null -eq $vdir) { continue }
                $vpath = $vdir.GetAttribute('path')
                $full = $path
                $kind = 'application'
                if ($vpath -ne '/') { $full = ($path.TrimEnd('/') + $vpath); $kind = 'virtualDirectory' }
                if ($full -eq '/') { continue }
                $location = $entry['Name'] + $full
                $a = New-WdDictionary
                $a['SiteId'] = $entry['Id']
                $a['Path'] = $full
                $a['Kind'] = $kind
                $a['PhysicalPath'] = $vdir.GetAttribute('physicalPath')
                $a['ApplicationPool'] = $null
                if ($kind -eq 'application') { $a['ApplicationPool'] = $app.GetAttribute('applicationPool') }
                $a['SslFlags'] = Get-WdLocationSetting $location 'system.webServer/security/access' 'sslFlags' 'None'
                $a['AnonymousAuthentication'] = Get-WdLocationSetting $location 'system.webServer/security/authentication/anonymousAuthentication' 'enabled' 'true'
                $a['WindowsAuthentication'] = Get-WdLocationSetting $location 'system.webServer/security/authentication/windowsAuthentication' 'enabled' 'false'
                $a['Impersonate'] = $null
                [void]$applications.Add((New-Object PSObject -Property $a))
            }
        }
    }
    $result = New-WdDictionary
    $result['Source'] = 'applicationHost.config'
    $result['Sites'] = $sites.ToArray()
    $result['AppPools'] = $pools.ToArray()
    $result['Applications'] = $applications.ToArray()
    New-Object PSObject -Property $result
}

# ---- WsusDoctor\Private\Probes\Get-WdIisMimeMap.ps1
# Get-WdIisMimeMap (probe): the effective MIME map (system.webServer/staticContent) of one IIS site.
function Get-WdIisMimeMap {
    <#
    .SYNOPSIS
    Probe: returns the effective mimeMap entries (FileExtension, MimeType) of the site SiteName, read-only through Microsoft.Web.Administration, else from applicationHost.config (server level plus the site's location, clear/remove honoured). Throws when neither can be read.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $SiteName,
        [string] $WinDir = $env:windir,
        [string] $ConfigPath
    )
    if (-not $ConfigPath) { $ConfigPath = Join-WdPath $WinDir 'System32\inetsrv\config\applicationHost.config' }
    $entries = New-Object System.Collections.ArrayList
    $manager = $null
    try {
        [void][System.Reflection.Assembly]::LoadFrom((Join-WdPath $WinDir 'System32\inetsrv\Microsoft.Web.Administration.dll'))
        $manager = New-Object Microsoft.Web.Administration.ServerManager
    }
    catch { $manager = $null }
    if ($null -ne $manager) {
        try {
            $section = $manager.GetApplicationHostConfiguration().GetSection('system.webServer/staticContent', $SiteName)
            foreach ($element in $section.GetCollection()) {
                $e = New-WdDictionary
                $e['FileExtension'] = [string]$element.GetAttributeValue('fileExtension')
                $e['MimeType'] = [string]$element.GetAttributeValue('mimeType')
                [void]$entries.Add((New-Object PSObject -Property $e))
            }
            return , $entries.ToArray()
        }
        finally { $manager.Dispose() }
    }
    $xml = New-Object System.Xml.XmlDocument
    $xml.XmlResolver = $null
    $xml.Load($ConfigPath)
    $map = New-WdDictionary
    $nodes = @($xml.SelectNodes('/configuration/system.webServer/staticContent'))
    foreach ($location in @($xml.SelectNodes('/configuration/location'))) {
        if ([string]$location.GetAttribute('path') -eq $SiteName) { $nodes += @($location.SelectNodes('system.webServer/staticContent')) }
    }
    foreach ($node in $nodes) {
        if ($null -eq $node) { continue }
        foreach ($child in $node.ChildNodes) {
            if ($child.NodeType -ne [System.Xml.XmlNodeType]::Element) { continue }
            $ext = ([string]$child.GetAttribute('fileExtension')).ToLowerInvariant()
            if ($child.Name -eq 'clear') { $map.Clear() }
            elseif ($child.Name -eq 'remove' -and $map.Contains($ext)) { $map.Remove($ext) }
            elseif ($child.Name -eq 'mimeMap' -and $ext) { $map[$ext] = [string]$child.GetAttribute('mimeType') }
        }
    }
    foreach ($key in $map.Keys) {
        $e = New-WdDictionary
        $e['FileExtension'] = $key
        $e['MimeType'] = $map[$key]
        [void]$entries.Add((New-Object PSObject -Property $e))
    }
    , $entries.ToArray()
}

# ---- WsusDoctor\Private\Probes\Get-WdRegistryKey.ps1
# Get-WdRegistryKey (probe): all values of one HKLM registry key, read-only.
function Get-WdRegistryKey {
    <#
    .SYNOPSIS
    Probe: returns the values of a registry key as an ordered dictionary (name -> value), or $null when the key does not exist. Throws on access errors.

    .DESCRIPTION
    Reads the 64-bit registry view on a 64-bit Windows even from a 32-bit PowerShell (ConfigMgr
    scripts often run 32-bit), so HKLM:\SOFTWARE\Policies and HKLM:\SOFTWARE\Wow6432Node\Policies
    are both what they say. REG_EXPAND_SZ values are returned unexpanded. Opens keys read-only.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path
    )
    if ($Path -notmatch '^(HKLM:?|HKEY_LOCAL_MACHINE):?\\(.+)$') { throw "Only HKLM paths are supported: $Path" }
    $subKey = $Matches[2]
    $base = $null
    try {
        # OpenBaseKey needs .NET 4 (PowerShell 3+); on Windows PowerShell 2.0 the call fails and
        # the process's own view is used (2.0 runs as a 64-bit process on 64-bit Windows by default).
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
    }
    catch {
        $base = [Microsoft.Win32.Registry]::LocalMachine
    }
    if ($null -eq $base) { throw 'The Windows registry is not available on this system.' }
    $key = $base.OpenSubKey($subKey, $false)
    if ($null -eq $key) { return $null }
    try {
        $values = New-WdDictionary
        foreach ($name in $key.GetValueNames()) {
            $values[$name] = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
        }
        , $values
    }
    finally {
        $key.Close()
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdService.ps1
# Get-WdService (probe): state and start type of the named services that exist.
function Get-WdService {
    <#
    .SYNOPSIS
    Probe: returns one object per installed service among Name (Name, DisplayName, Status, StartType, DelayedAutoStart); services that are not installed are left out.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string[]] $Name
    )
    foreach ($serviceName in $Name) {
        $service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
        if ($null -eq $service) { continue }
        $startType = $null
        $delayed = $false
        try {
            # ServiceController.StartType needs .NET 4.6.1; the service's registry key works everywhere.
            $key = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey("SYSTEM\CurrentControlSet\Services\$($service.ServiceName)", $false)
            if ($null -ne $key) {
                $start = $key.GetValue('Start', $null)
                $delayed = ($key.GetValue('DelayedAutostart', 0) -eq 1)
                $key.Close()
                switch ($start) {
                    0 { $startType = 'Boot' }
                    1 { $startType = 'System' }
                    2 { $startType = 'Automatic' }
                    3 { $startType = 'Manual' }
                    4 { $startType = 'Disabled' }
                }
            }
        }
        catch { $startType = $null }
        $entry = New-WdDictionary
        $entry['Name'] = [string]$service.ServiceName
        $entry['DisplayName'] = [string]$service.DisplayName
        $entry['Status'] = [string]$service.Status
        $entry['StartType'] = $startType
        $entry['DelayedAutoStart'] = [bool]$delayed
        New-Object PSObject -Property $entry
    }
}

# ---- WsusDoctor\Private\Probes\Get-WdVolumeSpace.ps1
# Get-WdVolumeSpace (probe): size and free space of the local volume that holds a path.
function Get-WdVolumeSpace {
    <#
    .SYNOPSIS
    Probe: returns Root, TotalBytes and FreeBytes (available to the caller) of the local volume holding Path (System.IO.DriveInfo). Throws for UNC paths and drives that are not ready.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Path)
    if ($Path -match '^\\\\') { throw "The free space of a UNC path is not measured: $Path" }
    if ($Path -notmatch '^([A-Za-z]):') { throw "Not a local drive path: $Path" }
    $drive = New-Object System.IO.DriveInfo($Matches[1])
    if (-not $drive.IsReady) { throw "Drive $($drive.Name) is not ready." }
    $entry = New-WdDictionary
    $entry['Root'] = [string]$drive.RootDirectory.FullName
    $entry['TotalBytes'] = [long]$drive.TotalSize
    $entry['FreeBytes'] = [long]$drive.AvailableFreeSpace
    New-Object PSObject -Property $entry
}

# ---- WsusDoctor\Private\Probes\Get-WdWsusApiVersion.ps1
# Get-WdWsusApiVersion (probe): IUpdateServer.Version through the WSUS administration API.
function Get-WdWsusApiVersion {
    <#
    .SYNOPSIS
    Probe: returns the WSUS server version (IUpdateServer.Version) as text, read through the local WSUS administration API; $null when the API assembly is not installed. Throws when the server does not answer.
    #>
    [CmdletBinding()]
    param()
    # LoadWithPartialName finds the GAC copy on WSUS 3.0 SP2 and on 2012+ alike (Add-Type -AssemblyName needs the full name on 2.0).
    $assembly = [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    if ($null -eq $assembly) { return $null }
    $server = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
    [string]$server.Version
}

# ---- WsusDoctor\Private\Probes\Get-WdWsusSyncStatus.ps1
# Get-WdWsusSyncStatus (probe): the last synchronization and the upstream/proxy settings through
# the WSUS administration API (read-only getters).
function Get-WdWsusSyncStatus {
    <#
    .SYNOPSIS
    Probe: returns SyncFromMicrosoftUpdate, UpstreamServerName/Port/UseSsl, IsReplicaServer, UseProxy, ProxyName, ProxyPort and LastSyncStartTime/EndTime (UTC), LastSyncResult, LastSyncError from GetConfiguration() and GetSubscription().GetLastSynchronizationInfo(); $null when the API assembly is not installed. Throws when the server does not answer.
    #>
    [CmdletBinding()]
    param()
    $assembly = [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    if ($null -eq $assembly) { return $null }
    $server = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
    $config = $server.GetConfiguration()
    $entry = New-WdDictionary
    $entry['SyncFromMicrosoftUpdate'] = [bool]$config.SyncFromMicrosoftUpdate
    $entry['UpstreamServerName'] = [string]$config.UpstreamWsusServerName
    $entry['UpstreamServerPort'] = $config.UpstreamWsusServerPortNumber
    $entry['UpstreamServerUseSsl'] = [bool]$config.UpstreamWsusServerUseSsl
    $entry['IsReplicaServer'] = [bool]$config.IsReplicaServer
    $entry['UseProxy'] = [bool]$config.UseProxy
    $entry['ProxyName'] = [string]$config.ProxyName
    $entry['ProxyPort'] = $config.ProxyServerPort
    $info = $server.GetSubscription().GetLastSynchronizationInfo()
    $entry['LastSyncStartTime'] = $null
    $entry['LastSyncEndTime'] = $null
    $entry['LastSyncResult'] = 'NeverRun'
    $entry['LastSyncError'] = $null
    if ($null -ne $info) {
        # The API reports UTC times with Kind Unspecified.
        $entry['LastSyncStartTime'] = [datetime]::SpecifyKind($info.StartTime, [System.DateTimeKind]::Utc)
        $entry['LastSyncEndTime'] = [datetime]::SpecifyKind($info.EndTime, [System.DateTimeKind]::Utc)
        $entry['LastSyncResult'] = [string]$info.Result
        if ([string]$info.Result -ne 'Succeeded') { $entry['LastSyncError'] = ([string]$info.Error + ': ' + [string]$info.ErrorText).Trim(': ') }
    }
    New-Object PSObject -Property $entry
}

# ---- WsusDoctor\Private\Probes\Get-WdWsusTargetGroup.ps1
# Get-WdWsusTargetGroup (probe): the targeting mode and the computer target groups of the local
# WSUS server through the WSUS administration API (read-only getters).
function Get-WdWsusTargetGroup {
    <#
    .SYNOPSIS
    Probe: returns TargetingMode ('Client' or 'Server', from GetConfiguration().TargetingMode) and Groups (names from GetComputerTargetGroups()); $null when the API assembly is not installed. Throws when the server does not answer.
    .OUTPUTS
    PSObject with TargetingMode (string) and Groups (string[]).
    .EXAMPLE
    Get-WdWsusTargetGroup
    #>
    [CmdletBinding()]
    param()
    $assembly = [System.Reflection.Assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration')
    if ($null -eq $assembly) { return $null }
    $server = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer()
    $entry = New-WdDictionary
    $entry['TargetingMode'] = [string]$server.GetConfiguration().TargetingMode
    $names = New-Object System.Collections.ArrayList
    foreach ($group in @($server.GetComputerTargetGroups())) { if ($null -ne $group) { [void]$names.Add([string]$group.Name) } }
    $entry['Groups'] = $names.ToArray()
    New-Object PSObject -Property $entry
}

# ---- WsusDoctor\Private\Probes\Invoke-WdCommand.ps1
# Invoke-WdCommand (probe): runs one read-only console command (e.g. netsh winhttp show proxy)
# and returns its output lines and exit code.
function Invoke-WdCommand {
    <#
    .SYNOPSIS
    Probe: runs a program with arguments and returns ExitCode and Output (lines of standard output and error). Only ever used for read-only commands.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $FilePath,
        [string[]] $ArgumentList = @()
    )
    $output = @(& $FilePath @ArgumentList 2>&1 | ForEach-Object { [string]$_ })
    $entry = New-WdDictionary
    $entry['ExitCode'] = $LASTEXITCODE
    $entry['Output'] = $output
    New-Object PSObject -Property $entry
}

# ---- WsusDoctor\Private\Probes\Invoke-WdSqlQuery.ps1
# Invoke-WdSqlQuery (probe): runs ONE read-only SELECT batch against a SQL Server or the Windows
# Internal Database (named pipe) with short connect and command time-outs; returns the rows of the first result set.
function Invoke-WdSqlQuery {
    <#
    .SYNOPSIS
    Probe: runs a read-only SELECT batch (System.Data.SqlClient, Windows authentication) and returns the rows of its first result set as ordered dictionaries (column -> value, DBNull as $null). Refuses any batch that is not a plain SELECT. Throws on connection, permission or time-out errors.

    .DESCRIPTION
    Server is a data source as SqlClient takes it: np:\\.\pipe\MICROSOFT##WID\tsql\query for the
    Windows Internal Database (2012+), np:\\.\pipe\MSSQL$MICROSOFT##SSEE\sql\query (WSUS 3.0), or
    a SQL Server name. The batch runs at READ UNCOMMITTED so it never waits for, or holds, locks
    that WSUS needs. Never used for maintenance: statements that change data or schema are refused.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Server,
        [Parameter(Mandatory = $true)] [string] $Database,
        [Parameter(Mandatory = $true)] [string] $Query,
        [ValidateRange(1, 600)] [int] $TimeoutSeconds = 30,
        [ValidateRange(1, 600)] [int] $ConnectTimeoutSeconds = 15
    )
    if ($Query -notmatch '^\s*(SET\s+NOCOUNT\s+ON\s*;\s*)?SELECT\s' -or
        $Query -match '\b(INSERT|UPDATE|DELETE|MERGE|EXEC|EXECUTE|ALTER|CREATE|DROP|TRUNCATE|GRANT|REVOKE|DENY|DBCC|BACKUP|RESTORE|SHUTDOWN|KILL|RECONFIGURE)\b|\bINTO\b') {
        throw 'Invoke-WdSqlQuery runs read-only SELECT batches only.'
    }
    $builder = New-Object System.Data.SqlClient.SqlConnectionStringBuilder
    $builder['Data Source'] = $Server
    $builder['Initial Catalog'] = $Database
    $builder['Integrated Security'] = $true
    $builder['Connect Timeout'] = $ConnectTimeoutSeconds
    $builder['Application Name'] = 'wsus-doctor (read-only)'
    $builder['Pooling'] = $false
    $connection = New-Object System.Data.SqlClient.SqlConnection($builder.ConnectionString)
    try {
        $connection.Open()
        $command = $connection.CreateCommand()
        $command.CommandTimeout = $TimeoutSeconds
        $command.CommandText = 'SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; ' + $Query
        $reader = $command.ExecuteReader()
        try {
            $rows = New-Object System.Collections.ArrayList
            while ($reader.Read()) {
                $row = New-WdDictionary
                for ($i = 0; $i -lt $reader.FieldCount; $i++) {
                    $value = $reader.GetValue($i)
                    if ($value -is [System.DBNull]) { $value = $null }
                    $row[$reader.GetName($i)] = $value
                }
                [void]$rows.Add($row)
            }
            , $rows.ToArray()
        }
        finally { $reader.Close() }
    }
    finally {
        $connection.Close()
        $connection.Dispose()
    }
}

# ---- WsusDoctor\Private\Probes\Read-WdFileTail.ps1
# Read-WdFileTail (probe): the newest lines of a (possibly huge) log file, read by seeking from the
# end with a FileStream. Never reads more than MaxBytes of the tail (plus, for W3C logs, a bounded
# search for the header that applies to the first line).
function Read-WdFileTail {
    <#
    .SYNOPSIS
    Probe: reads at most MaxBytes from the end of a text file and returns its complete lines (Path, SizeBytes, LastWriteTime, Truncated, BytesRead, Lines, Header).

    .DESCRIPTION
    The file is opened read-only with FileShare ReadWrite/Delete, so logs that IIS or the Windows
    Update agent hold open can be read. The encoding comes from the byte-order mark (UTF-16 LE/BE,
    UTF-8); without one the bytes are read as UTF-8. When the file is larger than MaxBytes, the
    first (partial) line of the tail is dropped and Truncated is true.

    With HeaderPrefix (e.g. '#Fields:'), when the tail was cut, the last header line that precedes
    the tail is looked for: first backwards from the cut (at most HeaderSearchBytes), then in the
    first HeaderSearchBytes of the file. It is returned as Header (or $null).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Path,
        [long] $MaxBytes = 4MB,
        [string] $HeaderPrefix,
        [int] $HeaderSearchBytes = 1MB,
        [int] $MaxLineLength = 16384
    )
    $share = [System.IO.FileShare]::ReadWrite -bor [System.IO.FileShare]::Delete
    $stream = New-Object System.IO.FileStream($Path, [System.IO.FileMode]::Open, [System.IO.FileAccess]::Read, $share)
    try {
        $length = $stream.Length
        $probe = New-Object byte[] 4
        $probeCount = $stream.Read($probe, 0, 4)
        $encoding = New-Object System.Text.UTF8Encoding $false
        $bomLength = 0
        $unit = 1
        if ($probeCount -ge 2 -and $probe[0] -eq 0xFF -and $probe[1] -eq 0xFE) { $encoding = New-Object System.Text.UnicodeEncoding $false, $false; $bomLength = 2; $unit = 2 }
        elseif ($probeCount -ge 2 -and $probe[0] -eq 0xFE -and $probe[1] -eq 0xFF) { $encoding = New-Object System.Text.UnicodeEncoding $true, $false; $bomLength = 2; $unit = 2 }
        elseif ($probeCount -ge 3 -and $probe[0] -eq 0xEF -and $probe[1] -eq 0xBB -and $probe[2] -eq 0xBF) { $bomLength = 3 }

        $start = [long]$bomLength
        $truncated = $false
        if (($length - $bomLength) -gt $MaxBytes) {
            $truncated = $true
            # Start one unit early: the piece before the first line break is always dropped, and
            # this way a tail that starts exactly on a line boundary keeps its first line.
            $start = $length - $MaxBytes - $unit
            if ((($start - $bomLength) % $unit) -ne 0) { $start = $start + 1 }
        }
        $count = [int]($length - $start)
        $buffer = New-Object byte[] $count
        [void]$stream.Seek($start, [System.IO.SeekOrigin]::Begin)
        $read = 0
        while ($read -lt $count) {
            $n = $stream.Read($buffer, $read, $count - $read)
            if ($n -le 0) { break }
            $read += $n
        }
        $text = $encoding.GetString($buffer, 0, $read).Replace("`r`n", "`n")
        $buffer = $null
        # Per-line fixes (a lone CR, an over-long line) are rare: look for them in native code first
        # and only then walk the lines in PowerShell.
        $needsFix = ($text.IndexOf([char]"`r") -ge 0) -or [regex]::IsMatch($text, ('(?m)^[^\n]{' + ($MaxLineLength + 1) + '}'))
        $lines = $text.Split([char]"`n")
        $text = $null
        $first = 0
        $last = $lines.Length - 1
        if ($truncated) { $first = 1 }
        if ($last -ge 0 -and $lines[$last].Length -eq 0) { $last-- }
        $kept = New-Object string[] 0
        if ($last -ge $first) {
            $kept = New-Object string[] ($last - $first + 1)
            [System.Array]::Copy($lines, $first, $kept, 0, $kept.Length)
        }
        for ($i = 0; $needsFix -and $i -lt $kept.Length; $i++) {
            if ($kept[$i].Length -gt $MaxLineLength) { $kept[$i] = $kept[$i].Substring(0, $MaxLineLength) }
            elseif ($kept[$i].EndsWith("`r")) { $kept[$i] = $kept[$i].TrimEnd([char]"`r") }
        }

        $header = $null
        if ($truncated -and $HeaderPrefix) {
            # 1) backwards from the cut, in chunks, for the nearest header line before the tail
            $position = $start
            $searched = 0
            $chunkSize = 65536
            while ($null -eq $header -and $position -gt $bomLength -and $searched -lt $HeaderSearchBytes) {
                $from = [math]::Max([long]$bomLength, $position - $chunkSize)
                if ((($from - $bomLength) % $unit) -ne 0) { $from = $from + 1 }
                $size = [int]($position - $from)
                if ($size -le 0) { break }
                # Overlap by one line's worth so that a header split over two chunks is still found.
                $extra = [int][math]::Min([long]($from - $bomLength), [long]4096)
                if (($extra % $unit) -ne 0) { $extra = $extra - 1 }
                $chunk = New-Object byte[] ($size + $extra)
                [void]$stream.Seek($from - $extra, [System.IO.SeekOrigin]::Begin)
                $got = 0
                while ($got -lt $chunk.Length) {
                    $n = $stream.Read($chunk, $got, $chunk.Length - $got)
                    if ($n -le 0) { break }
                    $got += $n
                }
                $chunkText = $encoding.GetString($chunk, 0, $got).Replace("`r`n", "`n")
                # LastIndexOf runs natively; the first piece may be partial unless the chunk starts the file.
                $at = $chunkText.LastIndexOf("`n" + $HeaderPrefix, [System.StringComparison]::Ordinal)
                if ($at -ge 0) { $at = $at + 1 }
                elseif (($from - $extra) -le $bomLength -and $chunkText.StartsWith($HeaderPrefix, [System.StringComparison]::Ordinal)) { $at = 0 }
                if ($at -ge 0) {
                    $end = $chunkText.IndexOf("`n", $at)
                    if ($end -lt 0) { $end = $chunkText.Length }
                    $header = $chunkText.Substring($at, $end - $at).TrimEnd([char]"`r")
                }
                $searched += $size
                $position = $from
            }
            # 2) the first header of the file (IIS writes one at the top of every file)
            if ($null -eq $header -and $position -gt $bomLength) {
                $size = [int][math]::Min([long]$HeaderSearchBytes, $length - $bomLength)
                $chunk = New-Object byte[] $size
                [void]$stream.Seek($bomLength, [System.IO.SeekOrigin]::Begin)
                $got = $stream.Read($chunk, 0, $size)
                $headText = $encoding.GetString($chunk, 0, $got).Replace("`r`n", "`n")
                $at = -1
                if ($headText.StartsWith($HeaderPrefix, [System.StringComparison]::Ordinal)) { $at = 0 }
                else {
                    $at = $headText.IndexOf("`n" + $HeaderPrefix, [System.StringComparison]::Ordinal)
                    if ($at -ge 0) { $at = $at + 1 }
                }
                if ($at -ge 0) {
                    $end = $headText.IndexOf("`n", $at)
                    if ($end -lt 0) { $end = $headText.Length }
                    $header = $headText.Substring($at, $end - $at).TrimEnd([char]"`r")
                }
            }
        }

        $file = New-Object System.IO.FileInfo $Path
        $result = New-WdDictionary
        $result['Path'] = $Path
        $result['SizeBytes'] = $length
        $result['LastWriteTime'] = $file.LastWriteTimeUtc
        $result['Truncated'] = $truncated
        $result['BytesRead'] = [long]$read
        $result['Lines'] = $kept
        $result['Header'] = $header
        New-Object PSObject -Property $result
    }
    finally {
        $stream.Close()
    }
}

# ---- WsusDoctor\Private\Sections\Get-WdClientHealthFact.ps1
# Get-WdClientHealthFact: local state the Windows Update agent depends on (clients): free space of the
# system drive, the SoftwareDistribution folder and its DataStore, WinSxS\pending.xml, the Delivery
# Optimization download mode policy, and Windows Time (registry and `w32tm /query /status`, both local).
function Get-WdClientHealthFact {
    <#
    .SYNOPSIS
    Builds the clientHealth section on WSUS clients (notApplicable on servers), reading only local state through probes.
    .DESCRIPTION
    Each part is read on its own: a part that fails is named in the message and the others are kept
    (status ok, "Partly read"); when nothing could be read the section is an error. Nothing here uses
    the network: w32tm /query /status asks the local Windows Time service.
    .OUTPUTS
    System.Collections.Specialized.OrderedDictionary: status, message, systemDrive { root, totalMB, freeMB, freePercent },
    softwareDistribution { path, exists, dataStoreExists, dataStoreSizeMB, dataStoreLastWriteTime }, pendingXml { exists, lastWriteTime },
    deliveryOptimizationDownloadMode, timeService { type, ntpServer, source, lastSuccessfulSyncTime, statusReadable }.
    .EXAMPLE
    Get-WdClientHealthFact -Context $context
    #>
    param([Parameter(Mandatory = $true)] $Context)
    if ($Context.Role -ne 'client') { return (New-WdSection -Status 'notApplicable' -Message 'Client health is read on WSUS clients only.') }
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $read = 0
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $systemDrive = [string]$Context.Environment.SystemDrive
    if ($systemDrive -notmatch '^[A-Za-z]:$') { $systemDrive = $winDir.Substring(0, 2) }

    try {
        $volume = Get-WdVolumeSpace -Path ($systemDrive + '\')
        if ($null -ne $volume -and [long]$volume.TotalBytes -gt 0) {
            $drive = New-WdDictionary
            $drive['root'] = Limit-WdText ([string]$volume.Root) 16
            $drive['totalMB'] = [math]::Round([double]$volume.TotalBytes / 1MB, 1)
            $drive['freeMB'] = [math]::Round([double]$volume.FreeBytes / 1MB, 1)
            $drive['freePercent'] = [math]::Round(100.0 * [double]$volume.FreeBytes / [double]$volume.TotalBytes, 1)
            $section['systemDrive'] = $drive
            $read++
        }
    }
    catch { [void]$problems.Add("Free space of ${systemDrive}: " + (Get-WdErrorText $_)) }

    $sdPath = Join-WdPath $winDir 'SoftwareDistribution'
    try {
        $sd = New-WdDictionary
        $sd['path'] = Limit-WdText $sdPath 1024
        $folder = Get-WdFileItem -Path $sdPath
        $sd['exists'] = ($null -ne $folder -and [bool]$folder.IsDirectory)
        $edb = $null
        if ($sd['exists']) { $edb = Get-WdFileItem -Path (Join-WdPath $sdPath 'DataStore\DataStore.edb') }
        $sd['dataStoreExists'] = ($null -ne $edb -and -not [bool]$edb.IsDirectory)
        if ($sd['dataStoreExists']) {
            if ($null -ne $edb.Length) { $sd['dataStoreSizeMB'] = [math]::Round([double]$edb.Length / 1MB, 1) }
            $written = ConvertTo-WdIsoDateTime $edb.LastWriteTime
            if ($written) { $sd['dataStoreLastWriteTime'] = $written }
        }
        $section['softwareDistribution'] = $sd
        $read++
    }
    catch { [void]$problems.Add("$sdPath\DataStore: " + (Get-WdErrorText $_)) }

    $pendingPath = Join-WdPath $winDir 'WinSxS\pending.xml'
    try {
        $pending = Get-WdFileItem -Path $pendingPath
        $entry = New-WdDictionary
        $entry['exists'] = ($null -ne $pending -and -not [bool]$pending.IsDirectory)
        if ($entry['exists']) {
            $written = ConvertTo-WdIsoDateTime $pending.LastWriteTime
            if ($written) { $entry['lastWriteTime'] = $written }
        }
        $section['pendingXml'] = $entry
        $read++
    }
    catch { [void]$problems.Add("${pendingPath}: " + (Get-WdErrorText $_)) }

    try {
        $doPolicy = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\DeliveryOptimization'
        if ($null -ne $doPolicy -and $doPolicy.Contains('DODownloadMode')) {
            $mode = ConvertTo-WdInteger $doPolicy['DODownloadMode']
            if ($null -ne $mode) { $section['deliveryOptimizationDownloadMode'] = $mode }
        }
        $read++
    }
    catch { [void]$problems.Add('Delivery Optimization policy: ' + (Get-WdErrorText $_)) }

    $time = New-WdDictionary
    try {
        $parameters = Get-WdRegistryKey -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\Parameters'
        if ($null -ne $parameters) {
            if ($parameters['Type']) { $time['type'] = Limit-WdText ([string]$parameters['Type']) 32 }
            if ($parameters['NtpServer']) { $time['ntpServer'] = Limit-WdText ([string]$parameters['NtpServer']) 1024 }
        }
    }
    catch { [void]$problems.Add('W32Time parameters: ' + (Get-WdErrorText $_)) }
    $statusReadable = $false
    try {
        $w32tm = Invoke-WdCommand -FilePath 'w32tm.exe' -ArgumentList @('/query', '/status')
        if ($null -ne $w32tm -and [int]$w32tm.ExitCode -eq 0) {
            $status = ConvertFrom-WdW32tmStatus -Line @($w32tm.Output)
            if ($status.Contains('Source')) { $time['source'] = Limit-WdText ([string]$status['Source']) 256 }
            if ($status.Contains('LastSuccessfulSyncTime')) {
                $raw = [string]$status['LastSuccessfulSyncTime']
                $iso = ConvertTo-WdIsoDateTime $raw
                if (-not $iso) {
                    # w32tm prints the date in the display culture of this machine.
                    $parsed = [datetime]::MinValue
                    if ([datetime]::TryParse($raw, [System.Globalization.CultureInfo]::CurrentCulture, [System.Globalization.DateTimeStyles]::AllowWhiteSpaces, [ref]$parsed)) { $iso = ConvertTo-WdIsoDateTime $parsed }
                }
                if ($iso) { $time['lastSuccessfulSyncTime'] = $iso } else { [void]$problems.Add("w32tm: the last sync time '$raw' is not a date this collector understands.") }
            }
            $statusReadable = ($status.Count -gt 0)
            if (-not $statusReadable) { [void]$problems.Add('w32tm /query /status: no Source or Last Successful Sync Time line (display language not English?).') }
        }
        elseif ($null -ne $w32tm) {
            [void]$problems.Add("w32tm /query /status exited with $($w32tm.ExitCode) (is the Windows Time service running?): " + (Limit-WdText ((@($w32tm.Output) -join ' ').Trim()) 300))
        }
    }
    catch { [void]$problems.Add('w32tm /query /status: ' + (Get-WdErrorText $_)) }
    $time['statusReadable'] = $statusReadable
    $section['timeService'] = $time
    if ($time.Contains('type') -or $statusReadable) { $read++ }

    if ($read -eq 0) { return (New-WdSection -Status 'error' -Message ('Client health could not be read. ' + ($problems.ToArray() -join ' '))) }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdClientPolicyFact.ps1
# Get-WdClientPolicyFact: Windows Update policy values, native and Wow6432Node.
function Get-WdClientPolicyFact {
    <#
    .SYNOPSIS
    Builds the clientPolicy section from HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate (and \AU), plus the Wow6432Node copy when it exists.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $stringNames = @('WUServer', 'WUStatusServer', 'UpdateServiceUrlAlternate', 'TargetGroup',
        'PauseFeatureUpdatesStartTime', 'PauseQualityUpdatesStartTime', 'TargetReleaseVersionInfo', 'ProductVersion')
    $wuNames = @('WUServer', 'WUStatusServer', 'UpdateServiceUrlAlternate', 'FillEmptyContentUrls', 'TargetGroupEnabled', 'TargetGroup',
        'DoNotConnectToWindowsUpdateInternetLocations', 'DisableDualScan', 'DisableWindowsUpdateAccess', 'SetDisableUXWUAccess',
        'SetProxyBehaviorForUpdateDetection', 'AcceptTrustedPublisherCerts', 'DoNotEnforceEnterpriseTLSCertPinningForUpdateDetection',
        'SetPolicyDrivenUpdateSourceForFeatureUpdates', 'SetPolicyDrivenUpdateSourceForQualityUpdates',
        'SetPolicyDrivenUpdateSourceForDriverUpdates', 'SetPolicyDrivenUpdateSourceForOtherUpdates',
        # Windows Update for Business deferral, pause and offering policies: with WSUS they cause dual scan.
        'DeferFeatureUpdates', 'DeferFeatureUpdatesPeriodInDays', 'PauseFeatureUpdatesStartTime', 'DeferQualityUpdates',
        'DeferQualityUpdatesPeriodInDays', 'PauseQualityUpdatesStartTime', 'TargetReleaseVersion', 'TargetReleaseVersionInfo',
        'ProductVersion', 'DeferUpgrade')
    $auNames = @('UseWUServer', 'NoAutoUpdate', 'AUOptions', 'ScheduledInstallDay', 'ScheduledInstallTime', 'DetectionFrequencyEnabled',
        'DetectionFrequency', 'UseUpdateClassPolicySource', 'RescheduleWaitTime', 'NoAutoRebootWithLoggedOnUsers', 'AutomaticMaintenanceEnabled')
    $maxLength = @{ WUServer = 2048; WUStatusServer = 2048; UpdateServiceUrlAlternate = 2048; TargetGroup = 1024
        PauseFeatureUpdatesStartTime = 64; PauseQualityUpdatesStartTime = 64; TargetReleaseVersionInfo = 64; ProductVersion = 64 }
    $skipped = New-Object System.Collections.ArrayList

    # Reads one key and keeps the known values with the contract's types; $null when the key is absent.
    function Read-WdPolicyKey([string]$path, [string[]]$names) {
        $values = Get-WdRegistryKey -Path $path
        if ($null -eq $values) { return $null }
        $result = New-WdDictionary
        foreach ($name in $names) {
            if (-not $values.Contains($name)) { continue }
            $raw = $values[$name]
            if ($stringNames -contains $name) {
                if ($null -ne $raw) { $result[$name] = Limit-WdText ([string]$raw) $maxLength[$name] }
            }
            else {
                $number = ConvertTo-WdInteger $raw
                if ($null -ne $number) { $result[$name] = $number } else { [void]$skipped.Add("$path\$name") }
            }
        }
        , $result
    }

    $section = New-WdSection
    $root = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate'
    $wu = Read-WdPolicyKey $root $wuNames
    $au = Read-WdPolicyKey ($root + '\AU') $auNames
    if ($null -ne $wu) { $section['windowsUpdate'] = $wu }
    if ($null -ne $au) { $section['au'] = $au }
    $wowRoot = 'HKLM:\SOFTWARE\Wow6432Node\Policies\Microsoft\Windows\WindowsUpdate'
    $wowWu = Read-WdPolicyKey $wowRoot $wuNames
    $wowAu = Read-WdPolicyKey ($wowRoot + '\AU') $auNames
    if ($null -ne $wowWu -or $null -ne $wowAu) {
        $wow = New-WdDictionary
        if ($null -ne $wowWu) { $wow['windowsUpdate'] = $wowWu }
        if ($null -ne $wowAu) { $wow['au'] = $wowAu }
        $section['wow6432Node'] = $wow
    }
    $notes = New-Object System.Collections.ArrayList
    if ($null -eq $wu -and $null -eq $au) { [void]$notes.Add('No Windows Update policy is set (the WindowsUpdate policy key does not exist).') }
    if ($skipped.Count -gt 0) { [void]$notes.Add('Values that are not numbers were left out: ' + ($skipped.ToArray() -join ', ')) }
    if ($notes.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ($notes.ToArray() -join ' ') }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdConfigMgrFact.ps1
# Get-WdConfigMgrFact: Configuration Manager roles on a server, the ConfigMgr client on any machine.
function Get-WdConfigMgrFact {
    <#
    .SYNOPSIS
    Builds the configMgr section: site server / software update point / remote SUP heuristics, WSUS console presence and version, ConfigMgr client and version.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $services = $Context.ServicesFound

    $site = $Context.ConfigMgrSite
    if ($null -eq $site) { $site = Get-WdConfigMgrSiteRole -Context $Context }
    foreach ($problem in @($site.Problems)) { if ($problem) { [void]$problems.Add([string]$problem) } }
    $isSiteServer = [bool]$site.IsSiteServer
    $section['isSiteServer'] = $isSiteServer

    # The software update point runs SMS_WSUS_CONTROL_MANAGER next to WSUS (WSUSCtrl.log).
    $wsusInstalled = ($null -ne $Context.WsusSetup)
    $section['isSoftwareUpdatePoint'] = [bool]($wsusInstalled -and $site.HasSupComponent)
    if ($isSiteServer) {
        # A site server with WSUS sync configuration (SMS_WSUS_CONFIGURATION_MANAGER) but no local WSUS uses a remote SUP.
        $section['hasRemoteSoftwareUpdatePoint'] = [bool]((-not $wsusInstalled) -and $site.HasWsusConfigurationManager)
    }

    $programFiles = [string]$Context.Environment.ProgramFiles
    if (-not $programFiles) { $programFiles = 'C:\Program Files' }
    $apiDir = Join-WdPath $programFiles 'Update Services\Api\Microsoft.UpdateServices.Administration.dll'
    if ($wsusInstalled -and $Context.WsusSetup['TargetDir']) { $apiDir = Join-WdPath ([string]$Context.WsusSetup['TargetDir']) 'Api\Microsoft.UpdateServices.Administration.dll' }
    try {
        $api = Get-WdFileItem -Path $apiDir
        $section['wsusConsoleInstalled'] = ($null -ne $api)
        if ($null -ne $api) {
            $consoleVersion = ConvertTo-WdVersionString $api.FileVersion
            if ($consoleVersion) { $section['wsusConsoleVersion'] = $consoleVersion }
        }
    }
    catch { [void]$problems.Add('WSUS console files: ' + (Get-WdErrorText $_)) }

    $isClient = ($services -contains 'CcmExec')
    $section['isClient'] = [bool]$isClient
    if ($isClient) {
        $clientVersion = $null
        try {
            $client = @(Get-WdCimInstance -Namespace 'root\ccm' -ClassName 'SMS_Client')[0]
            if ($null -ne $client) { $clientVersion = [string]$client.ClientVersion }
        }
        catch { [void]$problems.Add('SMS_Client (root\ccm): ' + (Get-WdErrorText $_)) }
        if (-not $clientVersion) {
            try {
                $mobile = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Mobile Client'
                if ($null -ne $mobile) { $clientVersion = [string]$mobile['ProductVersion'] }
            }
            catch { [void]$problems.Add('ConfigMgr client registry: ' + (Get-WdErrorText $_)) }
        }
        if ($clientVersion) { $section['clientVersion'] = Limit-WdText $clientVersion 50 }
    }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdConfigMgrSiteLogDirectory.ps1
# Get-WdConfigMgrSiteLogDirectory: where a ConfigMgr site server or site system writes its component logs.
function Get-WdConfigMgrSiteLogDirectory {
    <#
    .SYNOPSIS
    Returns Directory (<Installation Directory>\Logs, or $null) and Tracing (component name -> TraceFilename) from the SMS registry keys, read-only.

    .DESCRIPTION
    HKLM\SOFTWARE\Microsoft\SMS\Identification "Installation Directory" (site server), else
    HKLM\SOFTWARE\Microsoft\SMS\Setup "Installation Directory"; the component keys
    HKLM\SOFTWARE\Microsoft\SMS\Tracing\<component> carry the full log path in TraceFilename (on a
    remote software update point the only hint where WSUSCtrl.log is). Registry read failures are
    left to the log sections (they then report the folder as not known).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $result = @{ Directory = $null; Tracing = @{} }
    foreach ($keyPath in @('HKLM:\SOFTWARE\Microsoft\SMS\Identification', 'HKLM:\SOFTWARE\Microsoft\SMS\Setup')) {
        $key = $null
        try { $key = Get-WdRegistryKey -Path $keyPath } catch { $key = $null }
        if ($null -ne $key -and $key['Installation Directory']) {
            $result.Directory = Join-WdPath ([string]$key['Installation Directory']) 'Logs'
            break
        }
    }
    foreach ($component in @('SMS_WSUS_SYNC_MANAGER', 'SMS_WSUS_CONFIGURATION_MANAGER', 'SMS_WSUS_CONTROL_MANAGER')) {
        $trace = $null
        try { $trace = Get-WdRegistryKey -Path ('HKLM:\SOFTWARE\Microsoft\SMS\Tracing\' + $component) } catch { $trace = $null }
        if ($null -ne $trace -and $trace['TraceFilename']) { $result.Tracing[$component] = Expand-WdPath -Path ([string]$trace['TraceFilename']) -Context $Context }
    }
    $result
}

# ---- WsusDoctor\Private\Sections\Get-WdConfigMgrSiteRole.ps1
# Get-WdConfigMgrSiteRole: is this machine a Configuration Manager site server or software update
# point - read once, before the role is decided, and reused by the configMgr and wsusServer sections.
function Get-WdConfigMgrSiteRole {
    <#
    .SYNOPSIS
    Returns IsSiteServer, HasSupComponent, HasWsusConfigurationManager and Problems (registry reads that failed) from the SMS component keys and services.

    .DESCRIPTION
    Site server: the SMS_SITE_COMPONENT_MANAGER service or its key under HKLM\SOFTWARE\Microsoft\SMS\Components.
    Software update point: the SMS_WSUS_CONTROL_MANAGER component (WSUSCtrl.log) next to WSUS.
    Remote SUP: a site server with the SMS_WSUS_CONFIGURATION_MANAGER component (WCM.log) and no
    local WSUS role. These are heuristics over component keys (knowledge 2.4).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $problems = New-Object System.Collections.ArrayList
    $components = $null
    try { $components = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Components\SMS_SITE_COMPONENT_MANAGER' }
    catch { [void]$problems.Add('ConfigMgr site registry: ' + (Get-WdErrorText $_)) }
    $supKey = $null
    try {
        $supKey = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Components\SMS_WSUS_CONTROL_MANAGER'
        if ($null -eq $supKey) { $supKey = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Operations Management\Components\SMS_WSUS_CONTROL_MANAGER' }
    }
    catch { [void]$problems.Add('ConfigMgr SUP registry: ' + (Get-WdErrorText $_)) }
    $wcm = $null
    try { $wcm = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\SMS\Components\SMS_WSUS_CONFIGURATION_MANAGER' }
    catch { [void]$problems.Add('ConfigMgr WSUS configuration manager registry: ' + (Get-WdErrorText $_)) }
    $result = New-WdDictionary
    $result['IsSiteServer'] = [bool](($Context.ServicesFound -contains 'SMS_SITE_COMPONENT_MANAGER') -or ($null -ne $components))
    $result['HasSupComponent'] = [bool]($null -ne $supKey)
    $result['HasWsusConfigurationManager'] = [bool]($null -ne $wcm)
    $result['Problems'] = $problems.ToArray()
    New-Object PSObject -Property $result
}

# ---- WsusDoctor\Private\Sections\Get-WdContentStoreFact.ps1
# Get-WdContentStoreFact: free space of the ContentDir volume, the IIS Content virtual directory's
# path against ContentDir\WsusContent, the content folder's ACL, and the WSUS site's MIME types for .msu .wim .psf .esd.
function Get-WdContentStoreFact {
    <#
    .SYNOPSIS
    Builds the contentStore section (servers); runs after the iis section, whose Content virtual directory and WSUS site it reuses.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'The content store'
    if ($null -ne $skip) { return , $skip }
    $contentDir = [string]$Context.WsusSetup['ContentDir']
    if (-not $contentDir) { return (New-WdSection -Status 'error' -Message 'ContentDir is not set in the WSUS setup registry key; the content store was not located.') }
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $section['expectedContentPath'] = Limit-WdText (Join-WdPath $contentDir 'WsusContent') 1024

    $iis = $Context.IisSection
    $iisOk = ($null -ne $iis -and [string]$iis['status'] -eq 'ok')
    if ($iisOk) {
        foreach ($app in @($iis['wsusApplications'])) {
            if ($null -ne $app -and [string]$app['name'] -eq 'Content' -and $app.Contains('physicalPath')) { $section['virtualDirectoryPath'] = $app['physicalPath'] }
        }
        if (-not $section.Contains('virtualDirectoryPath')) { [void]$problems.Add('The WSUS site has no Content virtual directory with a physical path.') }
    }
    else { [void]$problems.Add('The Content virtual directory and the MIME types were not read because the iis section is not ok.') }

    try {
        $volume = Get-WdVolumeSpace -Path $contentDir
        if ($null -ne $volume -and [long]$volume.TotalBytes -gt 0) {
            $section['volumeRoot'] = Limit-WdText ([string]$volume.Root) 1024
            $section['volumeTotalMB'] = [math]::Round([double]$volume.TotalBytes / 1MB, 1)
            $section['volumeFreeMB'] = [math]::Round([double]$volume.FreeBytes / 1MB, 1)
            $section['volumeFreePercent'] = [math]::Round(100.0 * [double]$volume.FreeBytes / [double]$volume.TotalBytes, 1)
        }
    }
    catch { [void]$problems.Add('Free space of ' + $contentDir + ': ' + (Get-WdErrorText $_)) }

    # The folder's ACL: IIS serves /Content as the anonymous user (IUSR) and the WsusPool identity (knowledge 7: 401.3 = NTFS ACL).
    $contentPath = [string]$section['expectedContentPath']
    if ($section.Contains('virtualDirectoryPath') -and $section['virtualDirectoryPath']) { $contentPath = [string]$section['virtualDirectoryPath'] }
    try {
        $rules = New-Object System.Collections.ArrayList
        foreach ($rule in @(Get-WdAccessRule -Path $contentPath)) {
            if ($null -eq $rule -or $rules.Count -ge 64) { continue }
            $entry = New-WdDictionary
            $entry['identity'] = Limit-WdText ([string]$rule.Identity) 256
            if ($rule.Sid) { $entry['sid'] = Limit-WdText ([string]$rule.Sid) 184 }
            $entry['rights'] = Limit-WdText ([string]$rule.Rights) 256
            $entry['type'] = $(if ([string]$rule.Type -eq 'Deny') { 'Deny' } else { 'Allow' })
            $entry['inherited'] = [bool]$rule.Inherited
            [void]$rules.Add($entry)
        }
        $acl = New-WdDictionary
        $acl['path'] = Limit-WdText $contentPath 1024
        $acl['rules'] = $rules.ToArray()
        $section['contentAcl'] = $acl
    }
    catch { [void]$problems.Add('ACL of ' + $contentPath + ': ' + (Get-WdErrorText $_)) }

    if ($iisOk -and $null -ne $Context.WsusSite) {
        $winDir = [string]$Context.Environment.WinDir
        if (-not $winDir) { $winDir = 'C:\Windows' }
        try {
            $map = Get-WdIisMimeMap -SiteName ([string]$Context.WsusSite['name']) -WinDir $winDir
            $map = @($map)
            $types = New-WdDictionary
            $missing = New-Object System.Collections.ArrayList
            foreach ($extension in @('.msu', '.wim', '.psf', '.esd')) {
                $found = $null
                foreach ($entry in $map) { if ($null -ne $entry -and ([string]$entry.FileExtension).ToLowerInvariant() -eq $extension) { $found = [string]$entry.MimeType } }
                if ($found) { $types[$extension] = Limit-WdText $found 255 } else { [void]$missing.Add($extension) }
            }
            $section['mimeTypes'] = $types
            $section['missingMimeExtensions'] = $missing.ToArray()
        }
        catch { [void]$problems.Add('MIME map of the WSUS site: ' + (Get-WdErrorText $_)) }
    }
    # Nothing read at all: the section is an error with every reason; otherwise it is ok and says what is missing.
    if ($problems.Count -gt 0 -and -not $section.Contains('virtualDirectoryPath') -and -not $section.Contains('volumeFreeMB') -and -not $section.Contains('missingMimeExtensions') -and -not $section.Contains('contentAcl')) {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ($problems.ToArray() -join ' ')
    }
    elseif ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdEventFact.ps1
# Get-WdEventFact: event-log entries that matter to WSUS (server: WSUS Application events, WAS
# app-pool events; every machine: WindowsUpdateClient failures).
function Get-WdEventFact {
    <#
    .SYNOPSIS
    Builds the events section; each query that fails is named in the message, the others still count.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $queries = New-Object System.Collections.ArrayList
    if ($Context.Role -eq 'server') {
        [void]$queries.Add(@('Application', 'Windows Server Update Services', $null))
        [void]$queries.Add(@('System', 'Microsoft-Windows-WAS', [int[]]@(5002, 5009, 5010, 5011, 5012, 5013, 5117)))
    }
    [void]$queries.Add(@('Microsoft-Windows-WindowsUpdateClient/Operational', 'Microsoft-Windows-WindowsUpdateClient', [int[]]@(20, 25, 31)))
    [void]$queries.Add(@('System', 'Microsoft-Windows-WindowsUpdateClient', [int[]]@(16, 20, 32)))

    $levels = @{ 0 = 'Information'; 1 = 'Critical'; 2 = 'Error'; 3 = 'Warning'; 4 = 'Information'; 5 = 'Verbose' }
    $collected = New-Object System.Collections.ArrayList
    $problems = New-Object System.Collections.ArrayList
    $failed = 0
    # The window every query covered completely: from the age cut-off, or later when a query hit MaxEvents.
    $coveredFrom = $Context.NowUtc.AddDays(-[double]$Context.Options.MaxLogAgeDays)
    foreach ($query in $queries) {
        try {
            $parameters = @{ LogName = $query[0]; ProviderName = $query[1]; MaxAgeDays = $Context.Options.MaxLogAgeDays; MaxEvents = $Context.Options.MaxEvents }
            if ($null -ne $query[2]) { $parameters['Id'] = $query[2] }
            $returned = 0
            $oldest = $null
            foreach ($event in @(Get-WdEventLogEntry @parameters)) {
                if ($null -eq $event) { continue }
                $returned++
                $time = ConvertTo-WdDateTime $event.TimeCreated
                if ($null -eq $time) { continue }
                if ($null -eq $oldest -or $time.ToUniversalTime() -lt $oldest) { $oldest = $time.ToUniversalTime() }
                $entry = New-WdDictionary
                $entry['logName'] = Limit-WdText ([string]$event.LogName) 255
                $entry['providerName'] = Limit-WdText ([string]$event.ProviderName) 255
                $entry['id'] = [long]$event.Id
                $level = ConvertTo-WdInteger $event.Level
                if ($null -ne $level -and $levels.ContainsKey([int]$level)) { $entry['level'] = $levels[[int]$level] }
                elseif ($levels.ContainsValue([string]$event.Level)) { $entry['level'] = [string]$event.Level }
                $entry['timeCreated'] = ConvertTo-WdIsoDateTime $time
                if ($null -ne $event.Message) { $entry['message'] = Limit-WdText ([string]$event.Message) 8000 }
                [void]$collected.Add(@($time.ToUniversalTime().Ticks, $entry))
            }
            if ($returned -ge [int]$Context.Options.MaxEvents -and $null -ne $oldest -and $oldest -gt $coveredFrom) { $coveredFrom = $oldest }
        }
        catch {
            $failed++
            [void]$problems.Add("$($query[0]) ($($query[1])): " + (Get-WdErrorText $_))
        }
    }
    if ($failed -eq $queries.Count) {
        return (New-WdSection -Status 'error' -Message (Limit-WdText ('No event log could be read. ' + ($problems.ToArray() -join ' ')) 4000))
    }
    # Newest last, at most 5000 (the newest win).
    $sorted = @($collected.ToArray() | Sort-Object -Property @{ Expression = { $_[0] } })
    if ($sorted.Length -gt 5000) {
        $sorted = $sorted[($sorted.Length - 5000)..($sorted.Length - 1)]
        $firstKept = New-Object DateTime -ArgumentList ([long]$sorted[0][0]), ([System.DateTimeKind]::Utc)
        if ($firstKept -gt $coveredFrom) { $coveredFrom = $firstKept }
    }
    $items = New-Object System.Collections.ArrayList
    foreach ($pair in $sorted) { [void]$items.Add($pair[1]) }
    $section = New-WdSection
    $section['maxAgeDays'] = [double]$Context.Options.MaxLogAgeDays
    if ([double]$Context.Options.MaxLogAgeDays -gt 0) { $section['coveredFrom'] = ConvertTo-WdIsoDateTime $coveredFrom }
    $section['coveredTo'] = ConvertTo-WdIsoDateTime $Context.NowUtc
    $section['items'] = $items.ToArray()
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Some event logs could not be read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdHostFact.ps1
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

# ---- WsusDoctor\Private\Sections\Get-WdIisFact.ps1
# Get-WdIisFact: IIS sites, bindings, application pools and the WSUS site's applications.
function Get-WdIisFact {
    <#
    .SYNOPSIS
    Builds the iis section (notApplicable without IIS, notCollected without administrator rights).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $inetStp = $null
    try { $inetStp = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\InetStp' } catch { $inetStp = $null }
    $installed = ($Context.ServicesFound -contains 'W3SVC') -or ($null -ne $inetStp)
    if (-not $installed) { return (New-WdSection -Status 'notApplicable' -Message 'IIS is not installed on this machine (no W3SVC service, no HKLM\SOFTWARE\Microsoft\InetStp key).') }
    if (-not $Context.Environment.IsElevated) {
        return (New-WdSection -Status 'notCollected' -Message 'Reading the IIS configuration (applicationHost.config) needs administrator rights: run the collector from an elevated PowerShell.')
    }
    $siteId = -1
    if ($null -ne $Context.WsusSetup) {
        $index = ConvertTo-WdInteger $Context.WsusSetup['IISTargetWebSiteIndex']
        if ($null -ne $index) { $siteId = $index }
    }
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $iis = Get-WdIisConfiguration -SiteId $siteId -WinDir $winDir

    $section = New-WdSection
    if ($null -ne $inetStp) {
        $major = ConvertTo-WdInteger $inetStp['MajorVersion']
        $minor = ConvertTo-WdInteger $inetStp['MinorVersion']
        if ($null -ne $major -and $null -ne $minor) { $section['version'] = "$major.$minor" }
    }
    $stateNames = @('Started', 'Starting', 'Stopped', 'Stopping', 'Unknown')
    $sites = New-Object System.Collections.ArrayList
    foreach ($site in @($iis.Sites)) {
        if ($null -eq $site) { continue }
        $id = ConvertTo-WdInteger $site.Id
        if ($null -eq $id -or $id -lt 0) { continue }
        $entry = New-WdDictionary
        $entry['id'] = $id
        $entry['name'] = Limit-WdText ([string]$site.Name) 255
        $state = [string]$site.State
        if ($stateNames -contains $state) { $entry['state'] = $state } else { $entry['state'] = 'Unknown' }
        $bindings = New-Object System.Collections.ArrayList
        foreach ($binding in @($site.Bindings)) {
            if ($null -eq $binding) { continue }
            $b = New-WdDictionary
            $b['protocol'] = Limit-WdText ([string]$binding.Protocol) 20
            $info = [string]$binding.BindingInformation
            if ($info) {
                $b['bindingInformation'] = Limit-WdText $info 512
                if ($info -match '^(.*):(\d+):(.*)$') {
                    $b['ipAddress'] = Limit-WdText $Matches[1] 64
                    $port = ConvertTo-WdInteger $Matches[2]
                    if ($null -ne $port -and $port -le 65535) { $b['port'] = $port }
                    $b['hostName'] = Limit-WdText $Matches[3] 255
                }
            }
            if ($bindings.Count -lt 100) { [void]$bindings.Add($b) }
        }
        $entry['bindings'] = $bindings.ToArray()
        if ($site.LogDirectory) { $entry['logDirectory'] = Limit-WdText (Expand-WdPath -Path ([string]$site.LogDirectory) -Context $Context) 1024 }
        $maxConnections = ConvertTo-WdInteger $site.MaxConnections
        if ($null -ne $maxConnections -and $maxConnections -ge 0) { $entry['maxConnections'] = $maxConnections }
        $timeout = ConvertTo-WdMinutes -Value $site.ConnectionTimeout -Seconds
        if ($null -ne $timeout -and $timeout -ge 0) { $entry['connectionTimeoutSeconds'] = $timeout }
        if ($sites.Count -lt 500) { [void]$sites.Add($entry) }
        if ($id -eq $siteId) { $Context.WsusSite = $entry }
    }
    $section['sites'] = $sites.ToArray()

    $pools = New-WdDictionary
    foreach ($pool in @($iis.AppPools)) {
        if ($null -eq $pool -or -not $pool.Name) { continue }
        $p = New-WdDictionary
        $p['name'] = Limit-WdText ([string]$pool.Name) 255
        $state = [string]$pool.State
        if ($stateNames -contains $state) { $p['state'] = $state } else { $p['state'] = 'Unknown' }
        $numbers = @(
            @('queueLength', $pool.QueueLength), @('privateMemoryKB', $pool.PrivateMemory), @('virtualMemoryKB', $pool.Memory),
            @('periodicRestartRequests', $pool.PeriodicRestartRequests), @('maxProcesses', $pool.MaxProcesses))
        foreach ($pair in $numbers) {
            $n = ConvertTo-WdInteger $pair[1]
            if ($null -ne $n -and $n -ge 0) { $p[$pair[0]] = $n }
        }
        $restart = ConvertTo-WdMinutes $pool.PeriodicRestartTime
        if ($null -ne $restart -and $restart -ge 0) { $p['periodicRestartMinutes'] = $restart }
        $idle = ConvertTo-WdMinutes $pool.IdleTimeout
        if ($null -ne $idle -and $idle -ge 0) { $p['idleTimeoutMinutes'] = $idle }
        $ping = ConvertTo-WdBoolean $pool.PingingEnabled
        if ($null -ne $ping) { $p['pingingEnabled'] = $ping }
        $rapid = ConvertTo-WdBoolean $pool.RapidFailProtection
        if ($null -ne $rapid) { $p['rapidFailProtection'] = $rapid }
        $lb = [string]$pool.LoadBalancerCapabilities
        if ($lb -eq 'HttpLevel' -or $lb -eq 'TcpLevel') { $p['loadBalancerCapabilities'] = $lb }
        if ($pool.ManagedRuntimeVersion) { $p['managedRuntimeVersion'] = Limit-WdText ([string]$pool.ManagedRuntimeVersion) 20 }
        if ($pools.Count -lt 500) { $pools[[string]$pool.Name] = $p }
    }
    $section['appPools'] = $pools

    $apps = New-Object System.Collections.ArrayList
    foreach ($app in @($iis.Applications)) {
        if ($null -eq $app -or -not $app.Path) { continue }
        $a = New-WdDictionary
        $a['name'] = Limit-WdText (([string]$app.Path).TrimStart('/')) 255
        if ([string]$app.Kind -eq 'virtualDirectory') { $a['kind'] = 'virtualDirectory' } else { $a['kind'] = 'application' }
        if ($app.PhysicalPath) { $a['physicalPath'] = Limit-WdText (Expand-WdPath -Path ([string]$app.PhysicalPath) -Context $Context) 1024 }
        if ($app.ApplicationPool) { $a['applicationPool'] = Limit-WdText ([string]$app.ApplicationPool) 255 }
        $ssl = ConvertFrom-WdSslFlag $app.SslFlags
        if ($null -ne $ssl) { $a['requireSsl'] = [bool]$ssl.RequireSsl; $a['clientCertificates'] = [string]$ssl.ClientCertificates }
        $anonymous = ConvertTo-WdBoolean $app.AnonymousAuthentication
        if ($null -ne $anonymous) { $a['anonymousAuthentication'] = $anonymous }
        $windows = ConvertTo-WdBoolean $app.WindowsAuthentication
        if ($null -ne $windows) { $a['windowsAuthentication'] = $windows }
        $impersonate = ConvertTo-WdBoolean $app.Impersonate
        if ($null -ne $impersonate) { $a['aspNetImpersonation'] = $impersonate }
        if ($apps.Count -lt 100) { [void]$apps.Add($a) }
    }
    $section['wsusApplications'] = $apps.ToArray()
    if ($siteId -ge 0 -and $null -eq $Context.WsusSite) {
        Set-WdSectionMessage -Section $section -Message "The WSUS web site (IISTargetWebSiteIndex $siteId) was not found among the IIS sites."
    }
    elseif ([string]$iis.Source -eq 'applicationHost.config') {
        Set-WdSectionMessage -Section $section -Message 'Read from applicationHost.config (Microsoft.Web.Administration could not be loaded): run-time states are Unknown, ASP.NET impersonation was not read.'
    }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdLogExcerpt.ps1
# Get-WdLogExcerpt: a bounded excerpt of one kind of log - the newest lines of the newest files,
# capped by age (file time, then line time stamps) and by a byte budget shared by the files.
function Get-WdLogExcerpt {
    <#
    .SYNOPSIS
    Builds one logExcerpt section from the files in Directory matching Filter (or the single file Path): newest files first until MaxBytes are read, lines older than MaxAgeDays dropped, files listed oldest first.

    .DESCRIPTION
    Only tails are read (Read-WdFileTail seeks from the end). For W3C logs the "#Fields" header that
    applies to the first kept line is kept: if the cut removed it, it is put back in front.
    Truncated is set when only part of a file was kept; StartLine only when the file was read from
    its beginning (so line numbers are known).

    The window the excerpt really covers is recorded (so a rule can tell "nothing happened" from
    "we did not look long enough"): coveredTo is the newest kept entry; coveredFrom is the age
    cut-off when everything since then was kept (lines or files older than the cut-off were
    dropped, nothing newer), else the oldest kept entry (the size cap cut the file, or the log
    begins there).
    #>
    param(
        [Parameter(Mandatory = $true)] $Context,
        [Parameter(Mandatory = $true)] [string] $Format,
        [string] $Directory,
        [string] $Filter = '*.log',
        [string] $Path,
        [string] $DisplayPath,
        [string] $MissingMessage,
        [int] $MaxFiles = 50,
        [double] $MaxAgeDays = -1
    )
    # MaxAgeDays (when given) overrides the collection-wide Options.MaxLogAgeDays for this log kind.
    $ageCapDays = [double]$Context.Options.MaxLogAgeDays
    if ($MaxAgeDays -ge 0) { $ageCapDays = $MaxAgeDays }
    $maxBytes = [long]$Context.Options.MaxLogBytes
    $cutoff = $Context.NowUtc.AddDays(-$ageCapDays)
    # Line times of the Windows Update logs are local time: compare them with a local cut-off.
    $lineCutoffTicks = $cutoff.Ticks
    if ($Format -eq 'windowsUpdateLegacy' -or $Format -eq 'windowsUpdateEtl') {
        $lineCutoffTicks = ([datetime]::SpecifyKind($cutoff, [System.DateTimeKind]::Utc)).ToLocalTime().Ticks
    }

    $candidates = New-Object System.Collections.ArrayList
    if ($Path) {
        $item = Get-WdFileItem -Path $Path
        if ($null -eq $item -or $item.IsDirectory) {
            $message = $MissingMessage
            if (-not $message) { $message = "Log file not found: $Path" }
            return (New-WdSection -Status 'notApplicable' -Message $message)
        }
        [void]$candidates.Add($item)
    }
    else {
        $files = Get-WdChildItem -Path $Directory -Filter $Filter
        if ($null -eq $files) {
            $message = $MissingMessage
            if (-not $message) { $message = "Log folder not found: $Directory" }
            return (New-WdSection -Status 'notApplicable' -Message $message)
        }
        foreach ($file in @($files)) { if ($null -ne $file) { [void]$candidates.Add($file) } }
    }

    $recent = @($candidates.ToArray() | Where-Object { (ConvertTo-WdDateTime $_.LastWriteTime) -ge $cutoff } |
        Sort-Object -Property @{ Expression = { (ConvertTo-WdDateTime $_.LastWriteTime).Ticks } } -Descending)
    $section = New-WdSection
    $section['format'] = $Format
    $section['maxAgeDays'] = $ageCapDays
    $section['maxBytes'] = $maxBytes
    $excerpts = New-Object System.Collections.ArrayList
    $remaining = $maxBytes
    $skipped = 0
    $headerPrefix = $null
    if ($Format -eq 'w3c' -or $Format -eq 'httperr') { $headerPrefix = '#Fields:' }
    # Coverage, newest file first: the chain of completely kept data stays open while files are read whole.
    $chainOpen = $true
    $coveredFromTicks = [long]-1
    $coveredFromIsCutoff = $false
    $coveredToTicks = [long]-1
    foreach ($file in $recent) {
        if ($remaining -le 0 -or $excerpts.Count -ge $MaxFiles) { $skipped++; $chainOpen = $false; continue }
        $tail = Read-WdFileTail -Path ([string]$file.FullName) -MaxBytes $remaining -HeaderPrefix $headerPrefix
        $remaining -= [long]$tail.BytesRead
        $lines = $tail.Lines
        if ($null -eq $lines) { $lines = New-Object string[] 0 }
        elseif ($lines -isnot [string[]]) { $lines = [string[]]@($lines) }
        $first = 0
        if ($lines.Length -gt 0 -and $ageCapDays -gt 0) {
            $first = Get-WdRecentLineIndex -Lines $lines -Format $Format -CutoffTicks $lineCutoffTicks
        }
        if ($first -ge $lines.Length) {
            # Everything in this file is older than the cut-off: the newer files hold all since then.
            if ($chainOpen -and $lines.Length -gt 0) { $coveredFromIsCutoff = $true }
            $chainOpen = $false
            continue
        }
        $kept = New-Object 'System.Collections.Generic.List[string]'
        $prepended = $false
        if ($headerPrefix) {
            # The header block applying to the first kept line: the last "#Fields" before it.
            $keptStartsWithHeader = $lines[$first].StartsWith('#')
            if (-not $keptStartsWithHeader) {
                $header = $null
                for ($i = $first - 1; $i -ge 0; $i--) { if ($lines[$i].StartsWith($headerPrefix)) { $header = $lines[$i]; break } }
                if ($null -eq $header) { $header = $tail.Header }
                if ($null -ne $header) { [void]$kept.Add([string]$header); $prepended = $true }
            }
        }
        $slice = New-Object string[] ($lines.Length - $first)
        [System.Array]::Copy($lines, $first, $slice, 0, $slice.Length)
        $kept.AddRange($slice)
        $entry = New-WdDictionary
        $displayName = [string]$file.FullName
        if ($DisplayPath) { $displayName = $DisplayPath }
        $entry['path'] = Limit-WdText $displayName 1024
        $written = ConvertTo-WdIsoDateTime $tail.LastWriteTime
        if (-not $written) { $written = ConvertTo-WdIsoDateTime $file.LastWriteTime }
        if ($written) { $entry['lastWriteTime'] = $written }
        $entry['sizeBytes'] = [long]$tail.SizeBytes
        $entry['truncated'] = [bool]($tail.Truncated -or $first -gt 0)
        if (-not $tail.Truncated -and -not $prepended) { $entry['startLine'] = $first + 1 }
        $capped = $false
        if ($kept.Count -gt 200000) { $kept.RemoveRange(0, $kept.Count - 200000); $capped = $true }
        $entry['lines'] = $kept.ToArray()
        if ($coveredToTicks -lt 0) {
            for ($i = $kept.Count - 1; $i -ge 0 -and $i -ge $kept.Count - 500; $i--) {
                $ticks = Get-WdLineTime -Line $kept[$i] -Format $Format
                if ($ticks -ge 0) { $coveredToTicks = $ticks; break }
            }
        }
        if ($chainOpen) {
            if ($first -gt 0 -and -not $capped) { $coveredFromIsCutoff = $true; $chainOpen = $false }
            else {
                for ($i = 0; $i -lt $kept.Count -and $i -lt 500; $i++) {
                    $ticks = Get-WdLineTime -Line $kept[$i] -Format $Format
                    if ($ticks -ge 0) { $coveredFromTicks = $ticks; break }
                }
                if ($tail.Truncated -or $capped) { $chainOpen = $false }
            }
        }
        [void]$excerpts.Add($entry)
    }
    # Files older than the cut-off hold nothing newer than it: with every newer file read whole, all since the cut-off was kept.
    if ($chainOpen -and $ageCapDays -gt 0 -and $candidates.Count -gt $recent.Length) { $coveredFromIsCutoff = $true }
    if ($coveredFromIsCutoff -and $ageCapDays -gt 0) { $section['coveredFrom'] = ConvertTo-WdIsoDateTime $cutoff }
    elseif ($coveredFromTicks -ge 0) { $section['coveredFrom'] = ConvertFrom-WdLineTicks -Ticks $coveredFromTicks -Format $Format }
    if ($coveredToTicks -ge 0) { $section['coveredTo'] = ConvertFrom-WdLineTicks -Ticks $coveredToTicks -Format $Format }
    $excerpts.Reverse()
    $section['files'] = $excerpts.ToArray()
    $notes = New-Object System.Collections.ArrayList
    if ($recent.Length -eq 0) { [void]$notes.Add(("No log file was written in the last {0} days." -f $ageCapDays)) }
    if ($skipped -gt 0) { [void]$notes.Add("$skipped older files were not read (size cap of $maxBytes bytes reached).") }
    if ($notes.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ($notes.ToArray() -join ' ') }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdLogFact.ps1
# Get-WdLogFact: all bounded log excerpts (IIS W3C, HTTPERR, WindowsUpdate.log, SoftwareDistribution.log, ConfigMgr client and site-server logs).
function Get-WdLogFact {
    <#
    .SYNOPSIS
    Builds the logs object; each log kind is its own section, so one unreadable log never hides the others.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $logs = New-WdDictionary
    $isServer = ($Context.Role -eq 'server')
    $elevated = [bool]$Context.Environment.IsElevated
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $adminNote = ' needs administrator rights: run the collector from an elevated PowerShell.'

    $logs['iisW3c'] = Invoke-WdSection -Name 'IIS log' -ScriptBlock {
        if (-not $isServer) { return (New-WdSection -Status 'notApplicable' -Message 'Client role: the IIS log is collected on the WSUS server.') }
        if (-not $Context.IisInstalled) { return (New-WdSection -Status 'notApplicable' -Message 'IIS is not installed on this machine.') }
        if (-not $elevated) { return (New-WdSection -Status 'notCollected' -Message ('Reading the IIS logs' + $adminNote)) }
        if ($null -eq $Context.WsusSetup) { return (New-WdSection -Status 'notApplicable' -Message 'The WSUS role is not installed on this machine: there is no WSUS web site whose IIS log to read.') }
        $siteId = $null
        if ($null -ne $Context.WsusSetup) { $siteId = ConvertTo-WdInteger $Context.WsusSetup['IISTargetWebSiteIndex'] }
        if ($null -eq $siteId) { return (New-WdSection -Status 'notApplicable' -Message 'The WSUS web site id (IISTargetWebSiteIndex) is not known.') }
        $root = '%SystemDrive%\inetpub\logs\LogFiles'
        if ($null -ne $Context.WsusSite -and $Context.WsusSite['logDirectory']) { $root = [string]$Context.WsusSite['logDirectory'] }
        $folder = Join-WdPath (Expand-WdPath -Path $root -Context $Context) ('W3SVC' + $siteId)
        Get-WdLogExcerpt -Context $Context -Format 'w3c' -Directory $folder -Filter '*.log' -MissingMessage "The IIS log folder of the WSUS site was not found: $folder (logging disabled or moved?)"
    }

    $logs['httpErr'] = Invoke-WdSection -Name 'HTTPERR log' -ScriptBlock {
        if (-not $isServer) { return (New-WdSection -Status 'notApplicable' -Message 'Client role: the HTTP.sys error log is collected on the WSUS server.') }
        if (-not $elevated) { return (New-WdSection -Status 'notCollected' -Message ('Reading the HTTP.sys error logs' + $adminNote)) }
        $base = Join-WdPath $winDir 'System32\LogFiles'
        $parameters = $null
        try { $parameters = Get-WdRegistryKey -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\HTTP\Parameters' } catch { $parameters = $null }
        if ($null -ne $parameters -and $parameters['ErrorLoggingDir']) { $base = Expand-WdPath -Path ([string]$parameters['ErrorLoggingDir']) -Context $Context }
        $folder = Join-WdPath $base 'HTTPERR'
        Get-WdLogExcerpt -Context $Context -Format 'httperr' -Directory $folder -Filter 'httperr*.log' -MissingMessage "The HTTP.sys error log folder was not found: $folder"
    }

    $logs['softwareDistribution'] = Invoke-WdSection -Name 'SoftwareDistribution.log' -ScriptBlock {
        if (-not $isServer -or $null -eq $Context.WsusSetup) { return (New-WdSection -Status 'notApplicable' -Message 'WSUS is not installed on this machine.') }
        $target = [string]$Context.WsusSetup['TargetDir']
        if (-not $target) { $target = Join-WdPath ([string]$Context.Environment.ProgramFiles) 'Update Services' }
        $folder = Join-WdPath $target 'LogFiles'
        Get-WdLogExcerpt -Context $Context -Format 'text' -Directory $folder -Filter 'SoftwareDistribution*.log' -MissingMessage "The WSUS log folder was not found: $folder"
    }

    $logs['windowsUpdate'] = Invoke-WdSection -Name 'WindowsUpdate.log' -ScriptBlock { Get-WdWindowsUpdateLogFact -Context $Context }

    $ccmNeeded = ($Context.ServicesFound -contains 'CcmExec') -or -not $isServer
    if ($ccmNeeded) {
        $ccm = New-WdDictionary
        $ccmDir = Join-WdPath $winDir 'CCM\Logs'
        try {
            $logging = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\CCM\Logging\@Global'
            if ($null -ne $logging -and $logging['LogDirectory']) { $ccmDir = [string]$logging['LogDirectory'] }
        }
        catch { $ccmDir = Join-WdPath $winDir 'CCM\Logs' }
        $isClient = ($Context.ServicesFound -contains 'CcmExec')
        # One software update scan cycle (7 days by default) plus a day: LocationServices.log shows a
        # WSUS location only around a scan, so a shorter excerpt cannot tell "no location" from "no scan".
        $ccmMaxAgeDays = [double]$Context.Options.MaxConfigMgrLogAgeDays
        if ($ccmMaxAgeDays -le 0) { $ccmMaxAgeDays = [double]$Context.Options.MaxLogAgeDays }
        foreach ($pair in @(@('locationServices', 'LocationServices'), @('wuaHandler', 'WUAHandler'), @('scanAgent', 'ScanAgent'), @('updatesDeployment', 'UpdatesDeployment'))) {
            $logBaseName = $pair[1]
            $ccm[$pair[0]] = Invoke-WdSection -Name "$logBaseName.log" -ScriptBlock {
                if (-not $isClient) { return (New-WdSection -Status 'notApplicable' -Message 'The Configuration Manager client (CcmExec) is not installed.') }
                # Current file Name.log plus rolled-over copies: Name.lo_ (one history file, the default) or Name-<date>-<time>.log.
                Get-WdLogExcerpt -Context $Context -Format 'cmtrace' -Directory $ccmDir -Filter "$logBaseName*.lo*" -MaxAgeDays $ccmMaxAgeDays -MissingMessage "The ConfigMgr client log folder was not found: $ccmDir"
            }
        }
        $logs['configMgrClient'] = $ccm
    }

    # ConfigMgr site server / software update point: wsyncmgr.log, WCM.log (site server) and WSUSCtrl.log (SUP).
    $site = $Context.ConfigMgrSite
    $isSiteSystem = $isServer -and $null -ne $site -and ([bool]$site.IsSiteServer -or [bool]$site.HasSupComponent)
    if ($isServer) {
        $smsLogs = New-WdDictionary
        $siteLogDir = $null
        if ($isSiteSystem) { $siteLogDir = Get-WdConfigMgrSiteLogDirectory -Context $Context }
        foreach ($triple in @(@('wsyncmgr', 'wsyncmgr', 'SMS_WSUS_SYNC_MANAGER'), @('wcm', 'WCM', 'SMS_WSUS_CONFIGURATION_MANAGER'), @('wsusCtrl', 'WSUSCtrl', 'SMS_WSUS_CONTROL_MANAGER'))) {
            $siteLogName = $triple[1]
            $component = $triple[2]
            $smsLogs[$triple[0]] = Invoke-WdSection -Name "$siteLogName.log" -ScriptBlock {
                if (-not $isSiteSystem) { return (New-WdSection -Status 'notApplicable' -Message 'This machine is neither a Configuration Manager site server nor a software update point.') }
                if (-not $elevated) { return (New-WdSection -Status 'notCollected' -Message ("Reading the ConfigMgr site-server logs" + $adminNote)) }
                $dir = $siteLogDir['Directory']
                # The component's own trace file, when its Tracing key names one (a remote SUP logs under <drive>\SMS\Logs).
                if ($siteLogDir['Tracing'].Contains($component)) {
                    $traceFile = [string]$siteLogDir['Tracing'][$component]
                    $cut = $traceFile.LastIndexOf('\')
                    if ($cut -gt 0) { $dir = $traceFile.Substring(0, $cut) }
                }
                if (-not $dir) { return (New-WdSection -Status 'notApplicable' -Message "The ConfigMgr log folder is not known (no Installation Directory under HKLM\SOFTWARE\Microsoft\SMS\Identification or SMS\Setup, no TraceFilename under SMS\Tracing\$component).") }
                # Current file Name.log plus the rolled-over history Name.lo_ (or Name-<date>-<time>.log).
                Get-WdLogExcerpt -Context $Context -Format 'cmtrace' -Directory $dir -Filter "$siteLogName*.lo*" -MissingMessage "The ConfigMgr log folder was not found: $dir"
            }
        }
        $logs['configMgrSite'] = $smsLogs
    }
    , $logs
}

# ---- WsusDoctor\Private\Sections\Get-WdOsFact.ps1
# Get-WdOsFact: operating system facts (Win32_OperatingSystem + CurrentVersion registry + reboot flags).
function Get-WdOsFact {
    <#
    .SYNOPSIS
    Builds the os section: caption, version, build, UBR, installation type, product type, last boot, pending-reboot flags.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $os = $null
    try { $os = @(Get-WdCimInstance -ClassName 'Win32_OperatingSystem')[0] }
    catch { [void]$problems.Add('Win32_OperatingSystem: ' + (Get-WdErrorText $_)) }
    $current = $null
    try { $current = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' }
    catch { [void]$problems.Add('CurrentVersion registry key: ' + (Get-WdErrorText $_)) }
    if ($null -eq $os -and $null -eq $current) {
        return (New-WdSection -Status 'error' -Message ('The operating system could not be read. ' + ($problems.ToArray() -join ' ')))
    }

    $caption = $null
    $version = $null
    $build = $null
    if ($null -ne $os) {
        $caption = ([string]$os.Caption).Trim()
        $version = [string]$os.Version
        $build = ConvertTo-WdInteger $os.BuildNumber
    }
    if ($null -ne $current) {
        if (-not $caption) { $caption = [string]$current['ProductName'] }
        if ($null -eq $build) { $build = ConvertTo-WdInteger $current['CurrentBuildNumber'] }
        if ($null -eq $build) { $build = ConvertTo-WdInteger $current['CurrentBuild'] }
        if (-not $version -and $null -ne $build) {
            $major = ConvertTo-WdInteger $current['CurrentMajorVersionNumber']
            $minor = ConvertTo-WdInteger $current['CurrentMinorVersionNumber']
            if ($null -ne $major -and $null -ne $minor) { $version = "$major.$minor.$build" }
            elseif ([string]$current['CurrentVersion'] -match '^\d+\.\d+$') { $version = ([string]$current['CurrentVersion']) + ".$build" }
        }
    }
    if ($caption) { $section['caption'] = Limit-WdText $caption 255 }
    if ($version -match '^\d+\.\d+\.\d+$') { $section['version'] = $version }
    if ($null -ne $build -and $build -ge 0) { $section['build'] = $build }
    if ($null -ne $current) {
        $ubr = ConvertTo-WdInteger $current['UBR']
        if ($null -ne $ubr -and $ubr -ge 0) { $section['ubr'] = $ubr }
        if ($current['InstallationType']) { $section['installationType'] = Limit-WdText ([string]$current['InstallationType']) 50 }
    }
    if ($null -ne $os) {
        switch ([string]$os.ProductType) {
            '1' { $section['productType'] = 'workstation' }
            '2' { $section['productType'] = 'domainController' }
            '3' { $section['productType'] = 'server' }
        }
        $boot = ConvertTo-WdIsoDateTime $os.LastBootUpTime
        if ($boot) { $section['lastBootUpTime'] = $boot }
    }

    $reboot = New-WdDictionary
    $checks = @(
        @('windowsUpdate', 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired', $null),
        @('componentBasedServicing', 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending', $null),
        @('pendingFileRenameOperations', 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager', 'PendingFileRenameOperations')
    )
    foreach ($check in $checks) {
        try {
            $key = Get-WdRegistryKey -Path $check[1]
            if ($null -eq $check[2]) { $reboot[$check[0]] = ($null -ne $key) }
            else { $reboot[$check[0]] = ($null -ne $key -and $key.Contains($check[2]) -and $null -ne $key[$check[2]] -and @($key[$check[2]]).Length -gt 0) }
        }
        catch { [void]$problems.Add("Pending reboot flag $($check[0]): " + (Get-WdErrorText $_)) }
    }
    $section['pendingReboot'] = $reboot
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdProxyFact.ps1
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

# ---- WsusDoctor\Private\Sections\Get-WdServiceFact.ps1
# Get-WdServiceFact: the services that matter to WSUS, keyed by service name.
function Get-WdServiceFact {
    <#
    .SYNOPSIS
    Builds the services section (name, display name, status, start type) for the services named in the context.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $statusNames = @('Running', 'Stopped', 'StartPending', 'StopPending', 'ContinuePending', 'PausePending', 'Paused')
    $startNames = @('Automatic', 'AutomaticDelayedStart', 'Manual', 'Disabled', 'Boot', 'System')
    $section = New-WdSection
    $items = New-WdDictionary
    foreach ($service in @(Get-WdService -Name $Context.ServiceNames)) {
        if ($null -eq $service -or -not $service.Name) { continue }
        $entry = New-WdDictionary
        $entry['name'] = [string]$service.Name
        if ($service.DisplayName) { $entry['displayName'] = Limit-WdText ([string]$service.DisplayName) 256 }
        $status = ([string]$service.Status) -replace ' ', ''
        if ($statusNames -contains $status) { $entry['status'] = $status } else { $entry['status'] = 'Stopped' }
        $start = [string]$service.StartType
        if ($start -eq 'Auto') { $start = 'Automatic' }
        if ($start -eq 'Automatic' -and $service.DelayedAutoStart) { $start = 'AutomaticDelayedStart' }
        if ($startNames -contains $start) { $entry['startType'] = $start }
        $items[[string]$service.Name] = $entry
    }
    $section['items'] = $items
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdSslCertificateFact.ps1
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

# ---- WsusDoctor\Private\Sections\Get-WdSusdbFact.ps1
# Get-WdSusdbFact: SUSDB catalogue counts, the maintenance guide's custom indexes and the data file,
# from ONE read-only SELECT batch with a short time-out (KB 4490644). Never runs maintenance.
function Get-WdSusdbFact {
    <#
    .SYNOPSIS
    Builds the susdb section (servers): update counts, custom indexes, data file size and its volume's free space.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'SUSDB'
    if ($null -ne $skip) { return , $skip }
    $setup = $Context.WsusSetup
    $sqlName = [string]$setup['SqlServerName']
    if (-not $sqlName) { return (New-WdSection -Status 'error' -Message 'SqlServerName is not set in the WSUS setup registry key; SUSDB was not located.') }
    $database = [string]$setup['SqlDatabaseName']
    if (-not $database) { $database = 'SUSDB' }
    $section = New-WdSection
    if ($sqlName -match '##WID') { $section['source'] = 'WID'; $server = 'np:\\.\pipe\MICROSOFT##WID\tsql\query' }
    elseif ($sqlName -match '##SSEE') { $section['source'] = 'SSEE'; $server = 'np:\\.\pipe\MSSQL$MICROSOFT##SSEE\sql\query' }
    else { $section['source'] = 'SQL'; $server = $sqlName }
    $section['server'] = Limit-WdText $server 512
    $section['databaseName'] = Limit-WdText $database 128
    $timeout = [int]$Context.Options.SqlTimeoutSeconds
    if ($timeout -lt 1) { $timeout = 30 }
    $section['queryTimeoutSeconds'] = $timeout
    $local = ($section['source'] -ne 'SQL')
    if ($Context.Options.SkipSusdb) {
        Set-WdSectionMessage -Section $section -Message 'Not collected: -SkipSusdb was given.'
        $section['status'] = 'notCollected'
        return , $section
    }
    if ($local -and -not $Context.Environment.IsElevated) {
        Set-WdSectionMessage -Section $section -Message 'The Windows Internal Database accepts only administrators: run the collector from an elevated PowerShell to read SUSDB.'
        $section['status'] = 'notCollected'
        return , $section
    }
    # One batch, SELECT only (the query of KB 4490644 for superseded updates; catalog views for the rest).
    $query = "SET NOCOUNT ON; SELECT " +
    "(SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate) AS TotalUpdates, " +
    "(SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate WHERE Declined = 1) AS DeclinedUpdates, " +
    "(SELECT COUNT_BIG(*) FROM dbo.vwMinimalUpdate WHERE IsSuperseded = 1 AND Declined = 0) AS SupersededNotDeclined, " +
    "(SELECT COUNT(*) FROM sys.indexes WHERE name = 'nclLocalizedPropertyID' AND object_id = OBJECT_ID('dbo.tbLocalizedPropertyForRevision')) AS IndexLocalizedPropertyID, " +
    "(SELECT COUNT(*) FROM sys.indexes WHERE name = 'nclSupercededUpdateID' AND object_id = OBJECT_ID('dbo.tbRevisionSupersedesUpdate')) AS IndexSupercededUpdateID, " +
    "(SELECT SUM(CAST(size AS bigint)) * 8 / 1024 FROM sys.database_files WHERE type = 0) AS DataFileSizeMB, " +
    "(SELECT TOP 1 physical_name FROM sys.database_files WHERE type = 0 ORDER BY file_id) AS DataFilePath"
    $rows = $null
    # The probe returns its rows as one array (a single row may also arrive unrolled).
    try { $rows = Invoke-WdSqlQuery -Server $server -Database $database -Query $query -TimeoutSeconds $timeout; $rows = @($rows) }
    catch {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message ("SUSDB could not be queried at {0}: {1}" -f $server, (Get-WdErrorText $_))
        return , $section
    }
    if ($rows.Count -eq 0 -or $null -eq $rows[0]) {
        $section['status'] = 'error'
        Set-WdSectionMessage -Section $section -Message 'The SUSDB query returned no row.'
        return , $section
    }
    $row = $rows[0]
    $counts = @(@('totalUpdates', 'TotalUpdates'), @('declinedUpdates', 'DeclinedUpdates'), @('supersededNotDeclinedUpdates', 'SupersededNotDeclined'))
    foreach ($pair in $counts) {
        $n = ConvertTo-WdInteger $row[$pair[1]]
        if ($null -ne $n -and $n -ge 0) { $section[$pair[0]] = $n }
    }
    $indexes = New-WdDictionary
    $a = ConvertTo-WdInteger $row['IndexLocalizedPropertyID']
    if ($null -ne $a) { $indexes['nclLocalizedPropertyID'] = ($a -gt 0) }
    $b = ConvertTo-WdInteger $row['IndexSupercededUpdateID']
    if ($null -ne $b) { $indexes['nclSupercededUpdateID'] = ($b -gt 0) }
    $section['customIndexes'] = $indexes
    $path = [string]$row['DataFilePath']
    if ($path) { $section['dataFilePath'] = Limit-WdText $path 1024 }
    $size = ConvertTo-WdInteger $row['DataFileSizeMB']
    if ($null -ne $size -and $size -ge 0) { $section['dataFileSizeMB'] = $size }
    if ($local -and $path) {
        try {
            $volume = Get-WdVolumeSpace -Path $path
            if ($null -ne $volume -and [long]$volume.TotalBytes -gt 0) {
                $section['dataVolumeFreeMB'] = [math]::Round([double]$volume.FreeBytes / 1MB, 1)
                $section['dataVolumeFreePercent'] = [math]::Round(100.0 * [double]$volume.FreeBytes / [double]$volume.TotalBytes, 1)
            }
        }
        catch { Set-WdSectionMessage -Section $section -Message ('Partly read. Free space of the SUSDB volume: ' + (Get-WdErrorText $_)) }
    }
    elseif (-not $local) {
        # A SQL Server (often remote): its own view of the data file's volume, a second read-only
        # SELECT (sys.dm_os_volume_stats: SQL Server 2008 R2 SP1 and later, VIEW SERVER STATE permission).
        $volumeQuery = "SET NOCOUNT ON; SELECT TOP 1 vs.volume_mount_point AS VolumeMountPoint, vs.total_bytes AS VolumeTotalBytes, vs.available_bytes AS VolumeAvailableBytes " +
        "FROM sys.database_files AS df CROSS APPLY sys.dm_os_volume_stats(DB_ID(), df.file_id) AS vs WHERE df.type = 0 ORDER BY df.file_id"
        try {
            $volumeRows = Invoke-WdSqlQuery -Server $server -Database $database -Query $volumeQuery -TimeoutSeconds $timeout
            $volumeRows = @($volumeRows)
            $v = $null
            if ($volumeRows.Count -gt 0) { $v = $volumeRows[0] }
            $total = $null; $free = $null
            if ($null -ne $v) { $total = ConvertTo-WdInteger $v['VolumeTotalBytes']; $free = ConvertTo-WdInteger $v['VolumeAvailableBytes'] }
            if ($null -ne $total -and $null -ne $free -and $total -gt 0 -and $free -ge 0) {
                $section['dataVolumeFreeMB'] = [math]::Round([double]$free / 1MB, 1)
                $section['dataVolumeFreePercent'] = [math]::Round(100.0 * [double]$free / [double]$total, 1)
                $mount = [string]$v['VolumeMountPoint']
                if ($mount) { $section['dataVolumeRoot'] = Limit-WdText $mount 260 }
            }
            else { Set-WdSectionMessage -Section $section -Message 'Partly read. SQL Server did not report the volume of the SUSDB data file (sys.dm_os_volume_stats).' }
        }
        catch { Set-WdSectionMessage -Section $section -Message ('Partly read. Free space of the SUSDB volume on the SQL Server (sys.dm_os_volume_stats, needs VIEW SERVER STATE): ' + (Get-WdErrorText $_)) }
    }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdUpdateFact.ps1
# Get-WdUpdateFact: installed updates (KB ids with dates).
function Get-WdUpdateFact {
    <#
    .SYNOPSIS
    Builds the updates section from Get-WdHotFix (ids that are not KB numbers are skipped).
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $fixes = @(Get-WdHotFix)
    $section = New-WdSection
    $items = New-Object System.Collections.ArrayList
    $seen = @{}
    $skipped = 0
    foreach ($fix in $fixes) {
        if ($null -eq $fix) { continue }
        $id = ([string]$fix.HotFixID).Trim().ToUpperInvariant()
        if ($id -notmatch '^KB\d{5,8}$') { $skipped++; continue }
        if ($seen.ContainsKey($id)) { continue }
        $seen[$id] = $true
        $item = New-WdDictionary
        $item['id'] = $id
        $date = ConvertTo-WdDateTime $fix.InstalledOn
        if ($null -ne $date) { $item['installedOn'] = $date.ToString('yyyy-MM-dd', [System.Globalization.CultureInfo]::InvariantCulture) }
        if ($fix.Description) { $item['description'] = Limit-WdText ([string]$fix.Description) 200 }
        if ($items.Count -lt 5000) { [void]$items.Add($item) }
    }
    $section['items'] = $items.ToArray()
    if ($skipped -gt 0) { Set-WdSectionMessage -Section $section -Message "$skipped entries without a KB number were skipped." }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdUpstreamSyncFact.ps1
# Get-WdUpstreamSyncFact: the last synchronization, the upstream and proxy settings (WSUS API) and
# the .NET / SCHANNEL TLS 1.2 registry values that synchronization depends on.
function Get-WdUpstreamSyncFact {
    <#
    .SYNOPSIS
    Builds the upstreamSync section (servers) from the WSUS administration API and the TLS registry values.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $skip = Get-WdServerSectionSkip -Context $Context -What 'The synchronization state'
    if ($null -ne $skip) { return , $skip }
    if ($Context.Options.SkipWsusApi) { return (New-WdSection -Status 'notCollected' -Message 'Not collected: -SkipWsusApi was given (the synchronization state is read through the WSUS administration API).') }
    $sync = $null
    try { $sync = Get-WdWsusSyncStatus }
    catch { return (New-WdSection -Status 'error' -Message ('The WSUS administration API did not return the synchronization state: ' + (Get-WdErrorText $_))) }
    if ($null -eq $sync) { return (New-WdSection -Status 'error' -Message 'The WSUS administration API (Microsoft.UpdateServices.Administration) is not installed; the synchronization state was not read.') }
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $fromMu = ConvertTo-WdBoolean $sync.SyncFromMicrosoftUpdate
    if ($null -ne $fromMu) { $section['syncFromMicrosoftUpdate'] = $fromMu }
    if (-not $fromMu -and $sync.UpstreamServerName) {
        $section['upstreamServerName'] = Limit-WdText ([string]$sync.UpstreamServerName) 255
        $port = ConvertTo-WdInteger $sync.UpstreamServerPort
        if ($null -ne $port -and $port -ge 1 -and $port -le 65535) { $section['upstreamServerPort'] = $port }
        $upstreamSsl = ConvertTo-WdBoolean $sync.UpstreamServerUseSsl
        if ($null -ne $upstreamSsl) { $section['upstreamServerUseSsl'] = $upstreamSsl }
        $replica = ConvertTo-WdBoolean $sync.IsReplicaServer
        if ($null -ne $replica) { $section['isReplicaServer'] = $replica }
    }
    $useProxy = ConvertTo-WdBoolean $sync.UseProxy
    if ($null -ne $useProxy) { $section['useProxy'] = $useProxy }
    if ($useProxy -and $sync.ProxyName) {
        $section['proxyName'] = Limit-WdText ([string]$sync.ProxyName) 255
        $proxyPort = ConvertTo-WdInteger $sync.ProxyPort
        if ($null -ne $proxyPort -and $proxyPort -ge 1 -and $proxyPort -le 65535) { $section['proxyPort'] = $proxyPort }
    }
    $start = ConvertTo-WdIsoDateTime -Value $sync.LastSyncStartTime -AssumeUtc
    if ($start -and $start -notmatch '^0001-') { $section['lastSyncStartTime'] = $start }
    $end = ConvertTo-WdIsoDateTime -Value $sync.LastSyncEndTime -AssumeUtc
    if ($end -and $end -notmatch '^0001-') { $section['lastSyncEndTime'] = $end }
    $result = [string]$sync.LastSyncResult
    if (@('Succeeded', 'Failed', 'Canceled', 'NeverRun') -contains $result) { $section['lastSyncResult'] = $result }
    elseif ($result) { $section['lastSyncResult'] = 'Unknown' }
    if ($sync.LastSyncError) { $section['lastSyncError'] = Limit-WdText ([string]$sync.LastSyncError) 4000 }

    $tls = New-WdDictionary
    $keys = @(
        @('HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'SchUseStrongCrypto', 'netFx4SchUseStrongCrypto'),
        @('HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'SystemDefaultTlsVersions', 'netFx4SystemDefaultTlsVersions'),
        @('HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319', 'SchUseStrongCrypto', 'netFx4Wow64SchUseStrongCrypto'),
        @('HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319', 'SystemDefaultTlsVersions', 'netFx4Wow64SystemDefaultTlsVersions'),
        @('HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client', 'Enabled', 'schannelTls12ClientEnabled'),
        @('HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Client', 'DisabledByDefault', 'schannelTls12ClientDisabledByDefault'))
    $read = New-WdDictionary
    $tlsFailed = $false
    foreach ($entry in $keys) {
        if (-not $read.Contains($entry[0])) {
            try { $read[$entry[0]] = Get-WdRegistryKey -Path $entry[0] }
            catch { $read[$entry[0]] = $null; $tlsFailed = $true; [void]$problems.Add($entry[0] + ': ' + (Get-WdErrorText $_)) }
        }
        $values = $read[$entry[0]]
        if ($null -ne $values -and $values.Contains($entry[1])) {
            $n = ConvertTo-WdInteger $values[$entry[1]]
            if ($null -ne $n) { $tls[$entry[2]] = $n }
        }
    }
    # A registry key that could not be read leaves the TLS values unknown (absent), not "not set".
    if (-not $tlsFailed) { $section['tls'] = $tls }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. TLS registry values: ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdWindowsUpdateClientFact.ps1
# Get-WdWindowsUpdateClientFact: Windows Update agent identity and last results.
function Get-WdWindowsUpdateClientFact {
    <#
    .SYNOPSIS
    Builds the windowsUpdateClient section: SusClientId, last detect/install success times, agent (wuaueng.dll) version.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $section = New-WdSection
    $problems = New-Object System.Collections.ArrayList
    $root = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate'
    $key = Get-WdRegistryKey -Path $root
    if ($null -ne $key -and $key['SusClientId']) { $section['susClientId'] = Limit-WdText ([string]$key['SusClientId']) 64 }
    foreach ($pair in @(@('lastDetectSuccessTime', 'Detect'), @('lastInstallSuccessTime', 'Install'))) {
        try {
            $result = Get-WdRegistryKey -Path ("$root\Auto Update\Results\" + $pair[1])
            if ($null -ne $result) {
                # LastSuccessTime is UTC text such as "2024-05-01 10:00:00" (Windows 7/8.1; Windows 10 stopped writing it).
                $time = ConvertTo-WdIsoDateTime -Value $result['LastSuccessTime'] -AssumeUtc
                if ($time) { $section[$pair[0]] = $time }
            }
        }
        catch { [void]$problems.Add("Auto Update\Results\$($pair[1]): " + (Get-WdErrorText $_)) }
    }
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    try {
        $agent = Get-WdFileItem -Path (Join-WdPath $winDir 'System32\wuaueng.dll')
        if ($null -ne $agent -and $agent.FileVersion) { $section['agentVersion'] = Limit-WdText ([string]$agent.FileVersion) 50 }
    }
    catch { [void]$problems.Add('wuaueng.dll version: ' + (Get-WdErrorText $_)) }
    if ($null -eq $key) { [void]$problems.Add("The key $root does not exist.") }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ($problems.ToArray() -join ' ') }
    , $section
}

# ---- WsusDoctor\Private\Sections\Get-WdWindowsUpdateLogFact.ps1
# Get-WdWindowsUpdateLogFact: the Windows Update client log - the legacy text WindowsUpdate.log
# (Windows 7 / 2008 R2 / 8.1 / 2012 R2), or on Windows 10 / 2016 and later the ETL traces decoded
# with Get-WindowsUpdateLog (behind a time limit).
function Get-WdWindowsUpdateLogFact {
    <#
    .SYNOPSIS
    Builds the logs.windowsUpdate section (legacy file or decoded ETL), with a clear status when decoding is skipped, unavailable or times out.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    $winDir = [string]$Context.Environment.WinDir
    if (-not $winDir) { $winDir = 'C:\Windows' }
    $legacyPath = Join-WdPath $winDir 'WindowsUpdate.log'
    $build = $Context.OsBuild
    $useEtl = ($null -ne $build -and $build -ge 10240)
    if ($null -eq $build) {
        # OS unknown: a real legacy log is bigger than the few-line stub Windows 10 leaves behind.
        $legacy = Get-WdFileItem -Path $legacyPath
        $useEtl = ($null -eq $legacy -or $legacy.Length -lt 1024)
    }
    if (-not $useEtl) {
        return (Get-WdLogExcerpt -Context $Context -Format 'windowsUpdateLegacy' -Path $legacyPath -MissingMessage "WindowsUpdate.log not found: $legacyPath")
    }
    if ($Context.Options.SkipWindowsUpdateLog) {
        return (New-WdSection -Status 'notCollected' -Message 'Decoding the Windows Update ETL log was skipped (-SkipWindowsUpdateLog).')
    }
    $etlDir = Join-WdPath $winDir 'Logs\WindowsUpdate'
    $temp = [string]$Context.Environment.Temp
    if (-not $temp) { $temp = [System.IO.Path]::GetTempPath() }
    $outFile = Join-WdPath $temp ('wsus-doctor-WindowsUpdate-' + [guid]::NewGuid().ToString('N') + '.log')
    try {
        $export = Export-WdWindowsUpdateLog -OutFile $outFile -TimeoutSeconds $Context.Options.WindowsUpdateLogTimeoutSeconds
        switch ([string]$export.Status) {
            'ok' {
                $section = Get-WdLogExcerpt -Context $Context -Format 'windowsUpdateEtl' -Path $outFile -DisplayPath ($etlDir + '\*.etl (decoded by Get-WindowsUpdateLog)') -MissingMessage 'Get-WindowsUpdateLog wrote no file.'
                return , $section
            }
            'unavailable' { return (New-WdSection -Status 'notApplicable' -Message ([string]$export.Message)) }
            default { return (New-WdSection -Status 'error' -Message ([string]$export.Message)) }
        }
    }
    finally {
        # The decoded copy is ours (in the temp folder): remove it, never anything else.
        try { if ([System.IO.File]::Exists($outFile)) { [System.IO.File]::Delete($outFile) } } catch { Write-Verbose "Could not delete $outFile" }
    }
}

# ---- WsusDoctor\Private\Sections\Get-WdWsusServerFact.ps1
# Get-WdWsusServerFact: WSUS setup registry values and the server version (API, registry or file version).
function Get-WdWsusServerFact {
    <#
    .SYNOPSIS
    Builds the wsusServer section from HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup and the WSUS API.
    #>
    param([Parameter(Mandatory = $true)] $Context)
    if ($null -ne $Context.WsusSetupError) {
        return (New-WdSection -Status 'error' -Message ('The WSUS setup registry key could not be read: ' + $Context.WsusSetupError))
    }
    $setup = $Context.WsusSetup
    if ($null -eq $setup) {
        $message = 'WSUS is not installed on this machine (no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key).'
        $site = $Context.ConfigMgrSite
        if ($null -ne $site -and $site.IsSiteServer) {
            if ($site.HasWsusConfigurationManager) {
                $message = 'The WSUS role is not installed here: this is a ConfigMgr site server whose software update point is on another machine (remote SUP); it needs only the WSUS Administration Console (no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key).'
            }
            else {
                $message = 'The WSUS role is not installed here: this is a ConfigMgr site server without a local software update point (no HKLM\SOFTWARE\Microsoft\Update Services\Server\Setup key).'
            }
        }
        $section = New-WdSection -Status 'notApplicable' -Message $message
        $section['installed'] = $false
        return , $section
    }
    $section = New-WdSection
    $section['installed'] = $true
    $problems = New-Object System.Collections.ArrayList

    $version = $null
    $source = $null
    if (-not $Context.Options.SkipWsusApi) {
        try {
            $apiVersion = ConvertTo-WdVersionString (Get-WdWsusApiVersion)
            if ($apiVersion) { $version = $apiVersion; $source = 'api' }
        }
        catch { [void]$problems.Add('WSUS API (IUpdateServer.Version): ' + (Get-WdErrorText $_)) }
    }
    if (-not $version) {
        $registryVersion = ConvertTo-WdVersionString $setup['VersionString']
        if ($registryVersion) { $version = $registryVersion; $source = 'registry' }
    }
    $targetDir = [string]$setup['TargetDir']
    if (-not $version -and $targetDir) {
        try {
            $file = Get-WdFileItem -Path (Join-WdPath $targetDir 'Api\Microsoft.UpdateServices.Administration.dll')
            if ($null -ne $file -and $file.FileVersion) { $version = ConvertTo-WdVersionString $file.FileVersion; $source = 'fileVersion' }
        }
        catch { [void]$problems.Add('WSUS API file version: ' + (Get-WdErrorText $_)) }
    }
    if ($version) { $section['version'] = $version; $section['versionSource'] = $source }

    $port = ConvertTo-WdInteger $setup['PortNumber']
    if ($null -ne $port -and $port -ge 1 -and $port -le 65535) { $section['portNumber'] = $port }
    $ssl = ConvertTo-WdInteger $setup['UsingSSL']
    if ($null -ne $ssl) { $section['usingSsl'] = ($ssl -eq 1) }
    if ($setup['ContentDir']) { $section['contentDir'] = Limit-WdText ([string]$setup['ContentDir']) 1024 }
    if ($targetDir) { $section['targetDir'] = Limit-WdText $targetDir 1024 }
    $siteIndex = ConvertTo-WdInteger $setup['IISTargetWebSiteIndex']
    if ($null -ne $siteIndex -and $siteIndex -ge 0) { $section['iisTargetWebSiteIndex'] = $siteIndex }
    $sql = [string]$setup['SqlServerName']
    if ($sql) {
        $section['sqlServerName'] = Limit-WdText $sql 512
        if ($sql -match '##WID') { $section['databaseType'] = 'WID' }
        elseif ($sql -match '##SSEE') { $section['databaseType'] = 'SSEE' }
        else { $section['databaseType'] = 'SQL' }
    }
    # Targeting mode and computer target groups (API getters), for the fleet check of client-side targeting.
    if (-not $Context.Options.SkipWsusApi) {
        try {
            $targeting = Get-WdWsusTargetGroup
            if ($null -ne $targeting) {
                switch ([string]$targeting.TargetingMode) {
                    'Client' { $section['targetingMode'] = 'client' }
                    'Server' { $section['targetingMode'] = 'server' }
                }
                $groups = New-Object System.Collections.ArrayList
                foreach ($name in @($targeting.Groups)) { if ($name -and $groups.Count -lt 2000) { [void]$groups.Add((Limit-WdText ([string]$name) 256)) } }
                $section['computerTargetGroups'] = $groups.ToArray()
            }
        }
        catch { [void]$problems.Add('WSUS API (computer target groups): ' + (Get-WdErrorText $_)) }
    }
    if ($problems.Count -gt 0) { Set-WdSectionMessage -Section $section -Message ('Partly read. ' + ($problems.ToArray() -join ' ')) }
    , $section
}

# ---- WsusDoctor\Public\ConvertTo-WsusDoctorJson.ps1
# ConvertTo-WsusDoctorJson: the collector's own JSON serializer.
# Why not ConvertTo-Json: Windows PowerShell 2.0 has none, 5.1 truncates silently at depth 2 and
# writes dates as \/Date(...)\/, and 7 formats differently again. One small serializer used on
# every version gives byte-identical output everywhere.
function ConvertTo-WsusDoctorJson {
    <#
    .SYNOPSIS
    Converts hashtables, ordered dictionaries, arrays and simple values to JSON text, identically on Windows PowerShell 2.0, 5.1 and PowerShell 7.

    .DESCRIPTION
    A small, dependency-free JSON writer used by the WSUS doctor collector instead of ConvertTo-Json
    (absent on Windows PowerShell 2.0, depth-limited on 5.1).

    - Dictionaries (Hashtable, OrderedDictionary) become objects, in their enumeration order; build
      documents with System.Collections.Specialized.OrderedDictionary for a fixed key order.
    - PSCustomObjects become objects (their properties in order).
    - Arrays and other enumerables become arrays.
    - Strings are escaped per RFC 8259; control characters and every non-ASCII character are written
      as \uXXXX, so the output is pure ASCII and identical whatever encoding is used to save it.
    - Numbers use the invariant culture; NaN and infinities become null.
    - Dates become ISO 8601 UTC strings (2024-05-01T10:00:00.000Z); enums their names; anything else its ToString().

    The command only formats data: it reads and changes nothing on the system.

    .PARAMETER InputObject
    The value to convert.

    .PARAMETER Compress
    Write everything on one line instead of indenting with two spaces.

    .PARAMETER MaxDepth
    Nesting limit (default 32); deeper values are written as their ToString() text.

    .OUTPUTS
    System.String. The JSON text.

    .EXAMPLE
    $doc = New-Object System.Collections.Specialized.OrderedDictionary
    $doc['name'] = 'WSUS01'; $doc['port'] = 8530
    ConvertTo-WsusDoctorJson $doc -Compress

    Returns {"name":"WSUS01","port":8530}.

    .EXAMPLE
    Get-WsusDoctorFact | ConvertTo-WsusDoctorJson | Set-Variable json

    Collects the facts of this machine and keeps their JSON text in $json.

    .EXAMPLE
    ConvertTo-WsusDoctorJson @{ when = (Get-Date); text = "tab`there" } -Compress

    Dates become ISO 8601 UTC strings, control characters are escaped.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)]
        [AllowNull()]
        [object] $InputObject,

        [switch] $Compress,

        [int] $MaxDepth = 32
    )
    process {
        $builder = New-Object System.Text.StringBuilder
        Add-WdJsonValue -Builder $builder -Value $InputObject -Level 0 -Compress ([bool]$Compress) -MaxDepth $MaxDepth
        $builder.ToString()
    }
}

# ---- WsusDoctor\Public\Export-WsusDoctorFact.ps1
# Export-WsusDoctorFact: writes a fact document as a JSON file, UTF-8 without BOM, on every PowerShell version.
function Export-WsusDoctorFact {
    <#
    .SYNOPSIS
    Saves a WSUS doctor fact document (from Get-WsusDoctorFact) as a JSON file encoded UTF-8 without byte-order mark.

    .DESCRIPTION
    Serializes with ConvertTo-WsusDoctorJson and writes with System.IO.File.WriteAllText and a
    UTF8Encoding without BOM, because Out-File and Set-Content write UTF-16 or ANSI by default on
    Windows PowerShell. Relative paths are resolved against the current PowerShell location. The
    file is the input of `wsus-doctor diagnose` (and of Invoke-WsusDiagnosis).

    Writes only the file you name; reads and changes nothing else.

    .PARAMETER InputObject
    The fact document returned by Get-WsusDoctorFact.

    .PARAMETER Path
    The JSON file to write (overwritten when it exists).

    .PARAMETER Redact
    Write a redacted copy: names, addresses, user names, SusClientIds and URL hosts replaced by
    stable pseudonyms (see Get-WsusDoctorFact -Redact and docs/redaction.md). The input is not changed.

    .PARAMETER RedactKey
    With -Redact: the secret the pseudonyms are derived from (the same key gives the same pseudonyms).

    .OUTPUTS
    System.IO.FileInfo. The written file (FullName, Length, LastWriteTime, ...).

    .EXAMPLE
    Get-WsusDoctorFact | Export-WsusDoctorFact -Path .\facts.json

    Collects this machine's facts and saves them in facts.json in the current folder.

    .EXAMPLE
    $facts = Get-WsusDoctorFact -SkipWindowsUpdateLog
    Export-WsusDoctorFact -InputObject $facts -Path "\\fileserver\wsus-facts\$env:COMPUTERNAME.json"

    Saves the fact file on a share, one file per machine, for a later batch diagnosis.

    .EXAMPLE
    Get-WsusDoctorFact | Export-WsusDoctorFact -Path .\facts-shareable.json -Redact

    Saves a copy without host names, domains, addresses, user names or client ids, to post in a forum.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [System.Collections.IDictionary] $InputObject,

        [Parameter(Mandatory = $true, Position = 0)]
        [string] $Path,

        [switch] $Redact,

        [string] $RedactKey
    )
    process {
        $fullPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
        $document = $InputObject
        if ($Redact) { $document = ConvertTo-WdRedactedFact -InputObject $InputObject -Key $RedactKey }
        $json = ConvertTo-WsusDoctorJson -InputObject $document
        [System.IO.File]::WriteAllText($fullPath, $json + "`n", (New-Object System.Text.UTF8Encoding $false))
        New-Object System.IO.FileInfo $fullPath
    }
}

# ---- WsusDoctor\Public\Get-WsusDoctorFact.ps1
# Get-WsusDoctorFact: the collector - reads everything the fact contract names on this machine and
# returns one fact document (ordered dictionaries, ready for ConvertTo-WsusDoctorJson).
function Get-WsusDoctorFact {
    <#
    .SYNOPSIS
    Collects the WSUS facts of the local machine (server or client) and returns one fact document that follows schemas/facts.schema.json.

    .DESCRIPTION
    Reads, and only reads, what the wsus-doctor engine needs to diagnose WSUS connection failures
    (Microsoft KB 4025764): operating system and UBR, pending-reboot flags, installed updates,
    services, WSUS setup values and version, IIS sites / bindings / application pools / WSUS
    applications, Configuration Manager roles, Windows Update policy (native and Wow6432Node),
    WinHTTP proxy, event-log entries and bounded excerpts of the IIS, HTTPERR, WindowsUpdate,
    SoftwareDistribution and ConfigMgr client logs; on WSUS servers also SUSDB counts and indexes (one
    read-only SELECT batch), the last synchronization and TLS registry values, the content volume, Content
    virtual directory and MIME map, and the certificate of the https binding.

    Every read goes through a probe; a probe that fails turns its section into
    status "error" with the reason, and the collection goes on. Sections that do not exist on the
    machine are "notApplicable" (no IIS on a client), sections that need administrator rights are
    "notCollected" when the collector is not elevated (collector.elevated is false then).

    READ-ONLY: the collector never restarts a service, never writes the registry, never calls
    wuauclt/usoclient and never changes IIS. The only file it writes is the temporary decoded copy
    of the Windows Update ETL log (Windows 10 / Server 2016 and later), which it deletes again.

    Runs on Windows PowerShell 2.0 (Windows Server 2008 R2 with WSUS 3.0 SP2), 3.0-5.1 and PowerShell 7.

    .PARAMETER Role
    Auto (default) detects a server by the WSUS setup registry key, the WsusService service, or a
    Configuration Manager site server / software update point (SMS_SITE_COMPONENT_MANAGER service or
    component key, SMS_WSUS_CONTROL_MANAGER component key) - a site server whose software update
    point is remote is a server without the WSUS role (wsusServer notApplicable); Server or Client
    forces the role.

    .PARAMETER MaxLogAgeDays
    Age cap for log excerpts and events, in days (default 3).

    .PARAMETER MaxConfigMgrLogAgeDays
    Age cap for the ConfigMgr client logs (LocationServices, WUAHandler, ScanAgent), in days
    (default 8): ConfigMgr clients scan for software updates every 7 days by default and
    LocationServices.log shows a WSUS location only around a scan, so the excerpt must cover one
    scan cycle. The size cap still applies.

    .PARAMETER MaxLogSizeMB
    Size cap per log kind, in megabytes (default 4). The newest lines win.

    .PARAMETER MaxEvents
    Maximum number of events per event-log query (default 500).

    .PARAMETER WindowsUpdateLogTimeoutSeconds
    Time limit for decoding the Windows 10+ ETL log with Get-WindowsUpdateLog (default 120).

    .PARAMETER SkipWindowsUpdateLog
    Do not decode the Windows 10+ ETL log (the legacy text log is still read on older Windows).

    .PARAMETER SkipWsusApi
    Do not ask the WSUS administration API for the version (the registry and file version are used)
    nor for the synchronization state (upstreamSync is then notCollected).

    .PARAMETER SqlTimeoutSeconds
    Command time-out of the one read-only SUSDB query (default 30 seconds; the connection time-out is 15).

    .PARAMETER SkipSusdb
    Do not query SUSDB (the susdb section is then notCollected).

    .PARAMETER Redact
    Replace host names (short and FQDN), domains, IPv4/IPv6 addresses, user names, SusClientIds and
    other GUIDs and URL hosts everywhere in the document (fields, log lines, registry values, event
    messages) by stable pseudonyms, as `wsus-doctor redact` does (docs/redaction.md), so the file
    can be shared. Microsoft's public hosts, loopback addresses and the Windows Update service ids
    are kept: the diagnoses stay the same.

    .PARAMETER RedactKey
    With -Redact: the secret the pseudonyms are derived from (HMAC-SHA-256). Machines collected with
    the same key, and `wsus-doctor redact --key` with it, give the same pseudonyms for the same names,
    so a redacted fleet still correlates. Without it a fixed built-in key is used.

    .OUTPUTS
    System.Collections.Specialized.OrderedDictionary. The fact document with the keys schemaVersion,
    role, host, collectedAt, collector (name, version, psVersion, psEdition, elevated, durationMs,
    warnings), os, updates, services, wsusServer, configMgr, iis, clientPolicy,
    windowsUpdateClient, proxy, events, susdb, upstreamSync, contentStore, sslCertificate and logs;
    each section has status and, when not ok, message.

    .EXAMPLE
    $facts = Get-WsusDoctorFact
    $facts['wsusServer']['version']

    Collects the facts of this machine and shows the WSUS version (e.g. 3.2.7600.283).

    .EXAMPLE
    Get-WsusDoctorFact -MaxLogAgeDays 1 -MaxLogSizeMB 2 | Export-WsusDoctorFact -Path C:\Temp\facts.json

    Collects one day of logs, at most 2 MB per log kind, and saves the fact file.

    .EXAMPLE
    Get-WsusDoctorFact -Role Client -SkipWindowsUpdateLog | ConvertTo-WsusDoctorJson

    Collects client facts quickly (without decoding the ETL log) and prints the JSON.

    .EXAMPLE
    Get-WsusDoctorFact -Redact -RedactKey 'fleet-2026' | Export-WsusDoctorFact -Path C:\Temp\facts-redacted.json

    Collects the facts with names, addresses, users and ids replaced by pseudonyms, to send to a vendor.
    #>
    [CmdletBinding()]
    param(
        [ValidateSet('Auto', 'Server', 'Client')]
        [string] $Role = 'Auto',
        [ValidateRange(0, 3650)]
        [double] $MaxLogAgeDays = 3,
        [ValidateRange(0, 3650)]
        [double] $MaxConfigMgrLogAgeDays = 8,
        [ValidateRange(0, 1024)]
        [double] $MaxLogSizeMB = 4,
        [ValidateRange(1, 5000)]
        [int] $MaxEvents = 500,
        [ValidateRange(1, 3600)]
        [int] $WindowsUpdateLogTimeoutSeconds = 120,
        [switch] $SkipWindowsUpdateLog,
        [switch] $SkipWsusApi,
        [ValidateRange(1, 600)]
        [int] $SqlTimeoutSeconds = 30,
        [switch] $SkipSusdb,
        [switch] $Redact,
        [string] $RedactKey
    )
    $started = [datetime]::UtcNow
    $warnings = New-Object System.Collections.ArrayList
    $environment = $null
    try { $environment = Get-WdEnvironment }
    catch {
        [void]$warnings.Add('The run environment could not be read: ' + (Get-WdErrorText $_))
        $fallback = New-WdDictionary
        $fallback['ComputerName'] = [System.Environment]::MachineName
        $fallback['PSVersion'] = $PSVersionTable.PSVersion.ToString()
        $fallback['PSEdition'] = 'Desktop'
        $fallback['IsElevated'] = $false
        $environment = New-Object PSObject -Property $fallback
    }

    $options = New-WdDictionary
    $options['MaxLogAgeDays'] = $MaxLogAgeDays
    $options['MaxConfigMgrLogAgeDays'] = $MaxConfigMgrLogAgeDays
    $options['MaxLogBytes'] = [long]($MaxLogSizeMB * 1MB)
    $options['MaxEvents'] = $MaxEvents
    $options['WindowsUpdateLogTimeoutSeconds'] = $WindowsUpdateLogTimeoutSeconds
    $options['SkipWindowsUpdateLog'] = [bool]$SkipWindowsUpdateLog
    $options['SkipWsusApi'] = [bool]$SkipWsusApi
    $options['SqlTimeoutSeconds'] = $SqlTimeoutSeconds
    $options['SkipSusdb'] = [bool]$SkipSusdb

    $state = New-WdDictionary
    $state['Environment'] = $environment
    $state['Options'] = New-Object PSObject -Property $options
    $state['Role'] = 'client'
    $state['WsusSetup'] = $null
    $state['WsusSetupError'] = $null
    $state['ConfigMgrSite'] = $null
    $state['ServiceNames'] = @('WsusService', 'W3SVC', 'WAS', 'MSSQL$MICROSOFT##WID', 'MSSQL$MICROSOFT##SSEE', 'MSSQLSERVER',
        'BITS', 'wuauserv', 'UsoSvc', 'DoSvc', 'CryptSvc', 'CcmExec', 'SMS_EXECUTIVE', 'SMS_SITE_COMPONENT_MANAGER')
    $state['ServicesFound'] = @()
    $state['WsusSite'] = $null
    $state['IisSection'] = $null
    $state['IisInstalled'] = $false
    $state['OsBuild'] = $null
    $state['NowUtc'] = $started
    $state['Warnings'] = $warnings
    $context = New-Object PSObject -Property $state

    if (-not $environment.IsElevated) {
        [void]$warnings.Add('Not running as administrator: the IIS configuration and the IIS/HTTPERR logs were not collected, other reads may fail. Run the collector from an elevated PowerShell.')
    }
    try { $context.WsusSetup = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\Update Services\Server\Setup' }
    catch { $context.WsusSetupError = Get-WdErrorText $_ }
    if ($null -ne $context.WsusSetup) {
        # A SUSDB on a local named SQL Server instance: watch that instance's service too.
        $sqlServer = [string]$context.WsusSetup['SqlServerName']
        if ($sqlServer -match '^([^\\]+)\\([^\\#]+)$') {
            $sqlHost = $Matches[1]
            $instance = $Matches[2]
            if ($sqlHost -eq '.' -or $sqlHost -eq 'localhost' -or $sqlHost -eq '(local)' -or $sqlHost -eq [string]$environment.ComputerName) {
                $context.ServiceNames = $context.ServiceNames + @('MSSQL$' + $instance)
            }
        }
    }

    $services = Invoke-WdSection -Name 'services' -ScriptBlock { Get-WdServiceFact -Context $context }
    if ($services['status'] -eq 'ok') { $context.ServicesFound = @($services['items'].Keys) }

    # ConfigMgr site server / software update point: a server for the diagnosis even without the
    # WSUS role (a site server with a remote SUP needs the WSUS Administration Console only).
    $context.ConfigMgrSite = Get-WdConfigMgrSiteRole -Context $context
    $detected = 'client'
    if ($null -ne $context.WsusSetup -or $context.ServicesFound -contains 'WsusService') { $detected = 'server' }
    elseif ($context.ConfigMgrSite.IsSiteServer -or $context.ConfigMgrSite.HasSupComponent) { $detected = 'server' }
    if ($Role -eq 'Server') { $detected = 'server' }
    elseif ($Role -eq 'Client') { $detected = 'client' }
    $context.Role = $detected

    $inetStp = $null
    try { $inetStp = Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft\InetStp' } catch { $inetStp = $null }
    $context.IisInstalled = (($context.ServicesFound -contains 'W3SVC') -or $null -ne $inetStp)

    $doc = New-WdDictionary
    $doc['schemaVersion'] = '1.0'
    $doc['role'] = $detected
    $hostFact = $null
    try { $hostFact = Get-WdHostFact -Context $context }
    catch {
        [void]$warnings.Add('The host identity could not be read: ' + (Get-WdErrorText $_))
        $hostFact = New-WdDictionary
        $hostFact['computerName'] = [string]$environment.ComputerName
    }
    $doc['host'] = $hostFact
    $doc['collectedAt'] = $started.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
    $collector = New-WdDictionary
    $collector['name'] = 'Invoke-WsusDoctorCollection'
    $collector['version'] = Get-WdCollectorVersion
    $collector['psVersion'] = Limit-WdText ([string]$environment.PSVersion) 50
    if ([string]$environment.PSEdition -eq 'Core') { $collector['psEdition'] = 'Core' } else { $collector['psEdition'] = 'Desktop' }
    $collector['elevated'] = [bool]$environment.IsElevated
    $collector['durationMs'] = 0
    $collector['warnings'] = @()
    $doc['collector'] = $collector

    $doc['os'] = Invoke-WdSection -Name 'os' -ScriptBlock { Get-WdOsFact -Context $context }
    if ($doc['os'].Contains('build')) { $context.OsBuild = [long]$doc['os']['build'] }
    $doc['updates'] = Invoke-WdSection -Name 'updates' -ScriptBlock { Get-WdUpdateFact -Context $context }
    $doc['services'] = $services
    $doc['wsusServer'] = Invoke-WdSection -Name 'wsusServer' -ScriptBlock { Get-WdWsusServerFact -Context $context }
    $doc['configMgr'] = Invoke-WdSection -Name 'configMgr' -ScriptBlock { Get-WdConfigMgrFact -Context $context }
    $doc['iis'] = Invoke-WdSection -Name 'iis' -ScriptBlock { Get-WdIisFact -Context $context }
    $context.IisSection = $doc['iis']
    $doc['clientPolicy'] = Invoke-WdSection -Name 'clientPolicy' -ScriptBlock { Get-WdClientPolicyFact -Context $context }
    $doc['windowsUpdateClient'] = Invoke-WdSection -Name 'windowsUpdateClient' -ScriptBlock { Get-WdWindowsUpdateClientFact -Context $context }
    $doc['proxy'] = Invoke-WdSection -Name 'proxy' -ScriptBlock { Get-WdProxyFact -Context $context }
    $doc['events'] = Invoke-WdSection -Name 'events' -ScriptBlock { Get-WdEventFact -Context $context }
    # Server health beyond KB 4025764 (read-only: one SELECT batch, API getters, registry, certificate store).
    $doc['susdb'] = Invoke-WdSection -Name 'susdb' -ScriptBlock { Get-WdSusdbFact -Context $context }
    $doc['upstreamSync'] = Invoke-WdSection -Name 'upstreamSync' -ScriptBlock { Get-WdUpstreamSyncFact -Context $context }
    $doc['contentStore'] = Invoke-WdSection -Name 'contentStore' -ScriptBlock { Get-WdContentStoreFact -Context $context }
    $doc['sslCertificate'] = Invoke-WdSection -Name 'sslCertificate' -ScriptBlock { Get-WdSslCertificateFact -Context $context }
    # Client-side state the agent depends on (local reads only: volume, files, registry, w32tm /query /status).
    $doc['clientHealth'] = Invoke-WdSection -Name 'clientHealth' -ScriptBlock { Get-WdClientHealthFact -Context $context }
    $logs = $null
    try { $logs = Get-WdLogFact -Context $context }
    catch { [void]$warnings.Add('The log excerpts could not be collected: ' + (Get-WdErrorText $_)) }
    if ($null -ne $logs) { $doc['logs'] = $logs }
    Write-Progress -Activity 'WSUS doctor: collecting facts' -Completed

    $limited = New-Object System.Collections.ArrayList
    foreach ($warning in $warnings) { if ($limited.Count -lt 200) { [void]$limited.Add((Limit-WdText ([string]$warning) 4000)) } }
    $collector['warnings'] = $limited.ToArray()
    $collector['durationMs'] = [long][math]::Max(0, ([datetime]::UtcNow - $started).TotalMilliseconds)
    if ($Redact) { $doc = ConvertTo-WdRedactedFact -InputObject $doc -Key $RedactKey }
    , $doc
}

#endregion WsusDoctor functions

$wdSettings = Resolve-WdCollectionParameter -Parameter @{
    Role = $Role; MaxLogAgeDays = $MaxLogAgeDays; MaxConfigMgrLogAgeDays = $MaxConfigMgrLogAgeDays; MaxLogSizeMB = $MaxLogSizeMB
    MaxEvents = $MaxEvents; WindowsUpdateLogTimeoutSeconds = $WindowsUpdateLogTimeoutSeconds; SqlTimeoutSeconds = $SqlTimeoutSeconds
    Redact = [bool]$Redact; RedactKey = $RedactKey; UnknownArgument = $UnknownArgument
}
if ($wdSettings.Error) { Stop-WdCollection -AsJson:$AsJson 2 $wdSettings.Error }
$wdOutPath = $null
if ($OutFile -and -not $AsJson) {
    try { $wdOutPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile) }
    catch { Stop-WdCollection -AsJson:$AsJson 2 ('-OutFile ' + $OutFile + ' is not a usable path: ' + $_.Exception.Message) }
    $wdOutFolder = Split-Path -Parent $wdOutPath
    if ($wdOutFolder -and -not (Test-Path -LiteralPath $wdOutFolder -PathType Container)) { Stop-WdCollection -AsJson:$AsJson 3 ('no fact file written: the folder ' + $wdOutFolder + ' does not exist') }
    if (Test-Path -LiteralPath $wdOutPath -PathType Container) { Stop-WdCollection -AsJson:$AsJson 3 ('no fact file written: -OutFile ' + $wdOutPath + ' is a folder; name a file in it') }
}

try {
$wdShowConsole = -not ($Quiet -or $AsJson)
$wdEnvironment = Get-WdEnvironment
if ($wdShowConsole) {
    Write-Host ('WSUS doctor collector {0} on {1} (PowerShell {2}) - read-only, changes nothing.' -f (Get-WdCollectorVersion), $wdEnvironment.ComputerName, $wdEnvironment.PSVersion)
    if (-not $wdEnvironment.IsElevated) {
        Write-Host 'WARNING: not running as administrator. The IIS configuration and the IIS/HTTPERR logs will NOT be collected,' -ForegroundColor Yellow
        Write-Host '         and the fact file will say so (collector.elevated = false). Re-run from an elevated PowerShell for a full collection.' -ForegroundColor Yellow
    }
}
$wdParameters = @{
    Role                           = $wdSettings.Role
    MaxLogAgeDays                  = $wdSettings.MaxLogAgeDays
    MaxConfigMgrLogAgeDays         = $wdSettings.MaxConfigMgrLogAgeDays
    MaxLogSizeMB                   = $wdSettings.MaxLogSizeMB
    MaxEvents                      = $wdSettings.MaxEvents
    WindowsUpdateLogTimeoutSeconds = $wdSettings.WindowsUpdateLogTimeoutSeconds
    SkipWindowsUpdateLog           = [bool]$SkipWindowsUpdateLog
    SqlTimeoutSeconds              = $wdSettings.SqlTimeoutSeconds
    SkipSusdb                      = [bool]$SkipSusdb
    Redact                         = [bool]$Redact
    RedactKey                      = $RedactKey
}
$wdFacts = Get-WsusDoctorFact @wdParameters
if ($AsJson) {
    ConvertTo-WsusDoctorJson -InputObject $wdFacts
    return
}
if (-not $wdOutPath) {
    # With -Redact the name carries the pseudonym of the computer, not its name.
    $wdName = [string]$wdFacts['host']['computerName']
    if (-not $wdName) { $wdName = 'unknown' }
    $wdOutPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath(('wsus-doctor-{0}-{1}.json' -f $wdName, [datetime]::Now.ToString('yyyyMMdd-HHmmss', [System.Globalization.CultureInfo]::InvariantCulture)))
}
try { $wdFile = Export-WsusDoctorFact -InputObject $wdFacts -Path $wdOutPath -ErrorAction Stop }
catch { Stop-WdCollection -AsJson:$AsJson 3 ('no fact file written: ' + $wdOutPath + ' could not be written: ' + $_.Exception.Message) }
if ($wdShowConsole) {
    Write-Host ('Role: {0}   Duration: {1} ms' -f $wdFacts['role'], $wdFacts['collector']['durationMs'])
    foreach ($wdName in @('os', 'updates', 'services', 'wsusServer', 'configMgr', 'iis', 'clientPolicy', 'windowsUpdateClient', 'proxy', 'events')) {
        $wdSection = $wdFacts[$wdName]
        if ($null -eq $wdSection) { continue }
        $wdColor = 'Gray'
        if ($wdSection['status'] -eq 'error') { $wdColor = 'Red' } elseif ($wdSection['status'] -eq 'notCollected') { $wdColor = 'Yellow' }
        Write-Host ('  {0,-20} {1,-14} {2}' -f $wdName, $wdSection['status'], (Limit-WdText ([string]$wdSection['message']) 90)) -ForegroundColor $wdColor
    }
    if ($null -ne $wdFacts['logs']) {
        foreach ($wdEntry in $wdFacts['logs'].GetEnumerator()) {
            $wdLog = $wdEntry.Value
            if ($null -eq $wdLog['status']) { continue }
            $wdCount = 0
            foreach ($wdLogFile in @($wdLog['files'])) { if ($null -ne $wdLogFile) { $wdCount += @($wdLogFile['lines']).Length } }
            Write-Host ('  logs.{0,-21} {1,-14} {2} lines {3}' -f $wdEntry.Key, $wdLog['status'], $wdCount, (Limit-WdText ([string]$wdLog['message']) 70))
        }
    }
    Write-Host ('Fact file: {0} ({1:N0} bytes). Diagnose it with: wsus-doctor diagnose "{0}"' -f $wdFile.FullName, $wdFile.Length)
}
$wdFile
}
catch {
    Stop-WdCollection -AsJson:$AsJson 1 ('no fact file written: unexpected failure: ' + $_.Exception.Message)
}

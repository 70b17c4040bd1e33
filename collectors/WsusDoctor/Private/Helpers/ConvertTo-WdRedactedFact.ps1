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

# WdFixture: serves a scenario fixture (test/fixtures/collectors/<name>.json) to the WsusDoctor probes
# mocked by the Pester tests. Log files of the fixture are written to a temporary folder so that the
# REAL Read-WdFileTail reads them; Windows paths are mapped to those files.
# Test-only code: runs under PowerShell 7 (the 2.0 compatibility rules apply to collectors/ only).
Set-StrictMode -Version Latest

$script:Fixture = $null
$script:Files = [System.Collections.Hashtable]::new([StringComparer]::OrdinalIgnoreCase)
$script:TempRoot = Join-Path ([System.IO.Path]::GetTempPath()) ('wd-fixture-' + [guid]::NewGuid().ToString('N'))
$script:RealReadTail = $null
$script:Now = [datetime]::UtcNow

function Expand-WdFixtureToken {
    param([string] $Text)
    if ($null -eq $Text -or -not $Text.Contains('{{')) { return $Text }
    [regex]::Replace($Text, '\{\{(\w+):(-?\d+)([hd])\}\}', {
            param($m)
            $amount = [double]$m.Groups[2].Value
            $when = if ($m.Groups[3].Value -eq 'h') { $script:Now.AddHours($amount) } else { $script:Now.AddDays($amount) }
            $inv = [System.Globalization.CultureInfo]::InvariantCulture
            switch ($m.Groups[1].Value) {
                'iso' { $when.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $inv) }
                'date' { $when.ToString('yyyy-MM-dd HH:mm:ss', $inv) }
                'ymd' { $when.ToString('yyyy-MM-dd', $inv) }
                'hms' { $when.ToString('HH:mm:ss', $inv) }
                'yymmdd' { $when.ToString('yyMMdd', $inv) }
                'cmdate' { $when.ToString('MM-dd-yyyy', $inv) }
                'cmtime' { $when.ToString('HH:mm:ss.fff', $inv) }
                'etl' { $when.ToString('yyyy/MM/dd HH:mm:ss.fffffff', $inv) }
                'usdate' { $when.ToString('M/d/yyyy', $inv) }
                default { throw "Unknown fixture token $($m.Value)" }
            }
        })
}

function Expand-WdFixtureValue {
    param($Value)
    if ($Value -is [string]) { return (Expand-WdFixtureToken $Value) }
    if ($Value -is [System.Collections.IDictionary]) {
        $copy = [System.Collections.Hashtable]::new([StringComparer]::OrdinalIgnoreCase)
        foreach ($key in @($Value.Keys)) { $copy[(Expand-WdFixtureToken $key)] = Expand-WdFixtureValue $Value[$key] }
        return , $copy
    }
    if ($Value -is [System.Collections.IList]) {
        $list = [System.Collections.Generic.List[object]]::new()
        foreach ($item in $Value) { $list.Add((Expand-WdFixtureValue $item)) }
        return , $list.ToArray()
    }
    return $Value
}

function Get-WdFixtureDirectory { Join-Path $PSScriptRoot '..' 'fixtures' 'collectors' }

function Import-WdFixture {
    <# Loads a scenario, writes its log files to a temporary folder and remembers the real tail reader. #>
    param([Parameter(Mandatory)] [string] $Name, [scriptblock] $RealReadTail)
    $script:Now = [datetime]::UtcNow
    $raw = Get-Content -Raw -Path (Join-Path (Get-WdFixtureDirectory) "$Name.json") | ConvertFrom-Json -AsHashtable
    $script:Fixture = Expand-WdFixtureValue $raw
    $script:Files.Clear()
    if ($RealReadTail) { $script:RealReadTail = $RealReadTail }
    $dir = Join-Path $script:TempRoot $Name
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    $i = 0
    if ($script:Fixture.ContainsKey('logFiles')) {
        foreach ($path in @($script:Fixture['logFiles'].Keys)) {
            $spec = $script:Fixture['logFiles'][$path]
            $lines = [System.Collections.Generic.List[string]]::new()
            foreach ($line in $spec['lines']) { $lines.Add([string]$line) }
            if ($spec.ContainsKey('repeat')) {
                $template = $lines[$spec['repeat']['index']]
                $lines.RemoveAt($spec['repeat']['index'])
                for ($n = 1; $n -le $spec['repeat']['count']; $n++) { $lines.Add($template.Replace('%i', [string]$n)) }
            }
            $local = Join-Path $dir ("{0:d3}.log" -f $i++)
            [System.IO.File]::WriteAllText($local, ($lines -join "`r`n") + "`r`n", [System.Text.UTF8Encoding]::new($false))
            $when = $script:Now.AddHours(-[double]$spec['ageHours'])
            [System.IO.File]::SetLastWriteTimeUtc($local, $when)
            Add-WdFixtureFile -Path $path -Local $local
        }
    }
    $script:Fixture
}

function Add-WdFixtureFile {
    param([string] $Path, [string] $Local)
    $info = [System.IO.FileInfo]::new($Local)
    $script:Files[$Path] = [pscustomobject]@{ FullName = $Path; Name = ($Path -split '\\')[-1]; Length = $info.Length; LastWriteTime = $info.LastWriteTimeUtc; Local = $Local }
}

function Get-WdFixtureSetting { param([string] $Name) if ($script:Fixture.ContainsKey($Name)) { $script:Fixture[$Name] } else { $null } }

function Get-WdFixtureEnvironment { [pscustomobject]$script:Fixture['environment'] }

function Get-WdFixtureRegistryKey {
    param([string] $Path)
    $errors = Get-WdFixtureSetting 'registryErrors'
    if ($errors -and $errors.ContainsKey($Path)) { throw [System.Security.SecurityException]::new($errors[$Path]) }
    $registry = Get-WdFixtureSetting 'registry'
    if (-not $registry -or -not $registry.ContainsKey($Path)) { return $null }
    $values = [System.Collections.Specialized.OrderedDictionary]::new()
    foreach ($key in $registry[$Path].Keys) {
        $value = $registry[$Path][$key]
        if ($value -is [System.Collections.IDictionary] -and $value.ContainsKey('$bytes')) { $value = [byte[]]@($value['$bytes']) }
        elseif ($value -is [array]) { $value = [string[]]$value }
        elseif ($value -is [long] -and $value -le [int]::MaxValue) { $value = [int]$value }
        $values[$key] = $value
    }
    , $values
}

function Get-WdFixtureService {
    param([string[]] $Name)
    $services = Get-WdFixtureSetting 'services'
    if ($services -is [string]) { throw $services }
    foreach ($service in @($services)) {
        if ($null -eq $service) { continue }
        if ($Name -contains $service['Name']) { [pscustomobject]$service }
    }
}

function Get-WdFixtureHotFix {
    $message = Get-WdFixtureSetting 'hotfixesError'
    if ($message) { throw [System.UnauthorizedAccessException]::new($message) }
    foreach ($fix in @(Get-WdFixtureSetting 'hotfixes')) { if ($null -ne $fix) { [pscustomobject]$fix } }
}

function Get-WdFixtureCimInstance {
    param([string] $ClassName, [string] $Namespace)
    if (-not $Namespace) { $Namespace = 'root\cimv2' }
    $key = if ($Namespace -eq 'root\cimv2') { $ClassName } else { "$Namespace`:$ClassName" }
    $cim = Get-WdFixtureSetting 'cim'
    if (-not $cim -or -not $cim.ContainsKey($key)) { throw "Invalid namespace or class: $key" }
    foreach ($instance in $cim[$key]) { [pscustomobject]$instance }
}

function Get-WdFixtureFileItem {
    param([string] $Path)
    if ($script:Files.ContainsKey($Path)) {
        $f = $script:Files[$Path]
        return [pscustomobject]@{ FullName = $Path; IsDirectory = $false; Length = $f.Length; LastWriteTime = $f.LastWriteTime; FileVersion = $null }
    }
    $files = Get-WdFixtureSetting 'files'
    if ($files -and $files.ContainsKey($Path)) {
        $spec = $files[$Path]
        return [pscustomobject]@{ FullName = $Path; IsDirectory = $false; Length = $spec['Length']; LastWriteTime = $script:Now.AddHours(-[double]$spec['ageHours']); FileVersion = $spec['FileVersion'] }
    }
    # A folder exists when a log file or a 'files' entry lies below it.
    $below = @($script:Files.Keys)
    if ($files) { $below += @($files.Keys) }
    foreach ($known in $below) {
        if ($known.StartsWith($Path.TrimEnd('\') + '\', [StringComparison]::OrdinalIgnoreCase)) {
            return [pscustomobject]@{ FullName = $Path; IsDirectory = $true; Length = $null; LastWriteTime = $script:Now; FileVersion = $null }
        }
    }
    $null
}

function Get-WdFixtureChildItem {
    param([string] $Path, [string] $Filter = '*')
    $prefix = $Path.TrimEnd('\') + '\'
    $found = $false
    $list = [System.Collections.Generic.List[object]]::new()
    foreach ($known in $script:Files.Keys) {
        if (-not $known.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)) { continue }
        $rest = $known.Substring($prefix.Length)
        if ($rest.Contains('\')) { $found = $true; continue }
        $found = $true
        if ($rest -like $Filter) {
            $f = $script:Files[$known]
            $list.Add([pscustomobject]@{ FullName = $known; Name = $rest; Length = $f.Length; LastWriteTime = $f.LastWriteTime })
        }
    }
    if (-not $found) { return $null }
    , $list.ToArray()
}

function Read-WdFixtureTail {
    param([string] $Path, [long] $MaxBytes, [string] $HeaderPrefix)
    if (-not $script:Files.ContainsKey($Path)) { throw [System.IO.FileNotFoundException]::new("Could not find file '$Path'.") }
    $result = & $script:RealReadTail -Path $script:Files[$Path].Local -MaxBytes $MaxBytes -HeaderPrefix $HeaderPrefix
    $result.Path = $Path
    $result
}

function Get-WdFixtureIisConfiguration {
    $message = Get-WdFixtureSetting 'iisError'
    if ($message) { throw $message }
    $iis = Get-WdFixtureSetting 'iis'
    if ($null -eq $iis) { throw 'No IIS in this fixture' }
    $convert = {
        param($items)
        , @(foreach ($item in @($items)) {
                if ($null -eq $item) { continue }
                $copy = [ordered]@{}
                foreach ($k in $item.Keys) {
                    $v = $item[$k]
                    if ($k -eq 'Bindings') { $v = @(foreach ($b in $v) { [pscustomobject]$b }) }
                    $copy[$k] = $v
                }
                [pscustomobject]$copy
            })
    }
    [pscustomobject]@{ Source = $iis['Source']; Sites = (& $convert $iis['Sites']); AppPools = (& $convert $iis['AppPools']); Applications = (& $convert $iis['Applications']) }
}

function Get-WdFixtureEventLogEntry {
    param([string] $LogName, [string] $ProviderName, [int[]] $Id, [double] $MaxAgeDays, [int] $MaxEvents)
    $errors = Get-WdFixtureSetting 'eventErrors'
    $key = "$LogName|$ProviderName"
    if ($errors -and $errors.ContainsKey($key)) { throw [System.UnauthorizedAccessException]::new($errors[$key]) }
    $cutoff = $script:Now.AddDays(-$MaxAgeDays)
    $matched = foreach ($event in @(Get-WdFixtureSetting 'events')) {
        if ($null -eq $event) { continue }
        if ($event['LogName'] -ne $LogName -or ($ProviderName -and $event['ProviderName'] -ne $ProviderName)) { continue }
        if ($Id -and $Id -notcontains $event['Id']) { continue }
        $time = $script:Now.AddHours(-[double]$event['ageHours'])
        if ($time -lt $cutoff) { continue }
        [pscustomobject]@{ LogName = $event['LogName']; ProviderName = $event['ProviderName']; Id = $event['Id']; Level = $event['Level']; TimeCreated = $time.ToLocalTime(); Message = $event['Message'] }
    }
    @($matched) | Sort-Object TimeCreated -Descending | Select-Object -First $MaxEvents
}

function Invoke-WdFixtureCommand {
    param([string] $FilePath, [string[]] $ArgumentList)
    $commands = Get-WdFixtureSetting 'commands'
    $key = (@($FilePath) + $ArgumentList) -join ' '
    if (-not $commands -or -not $commands.ContainsKey($key)) { throw "The term '$FilePath' is not recognized as a name of a cmdlet, function, script file, or executable program." }
    [pscustomobject]$commands[$key]
}

function Get-WdFixtureWsusApiVersion {
    $message = Get-WdFixtureSetting 'wsusApiError'
    if ($message) { throw [System.Net.WebException]::new($message) }
    Get-WdFixtureSetting 'wsusApi'
}

function Export-WdFixtureWindowsUpdateLog {
    param([string] $OutFile, [int] $TimeoutSeconds)
    $spec = Get-WdFixtureSetting 'windowsUpdateLog'
    if ($null -eq $spec) { $spec = @{ status = 'unavailable' } }
    switch ($spec['status']) {
        'ok' {
            $local = Join-Path $script:TempRoot ('wulog-' + [guid]::NewGuid().ToString('N') + '.log')
            [System.IO.File]::WriteAllText($local, (($spec['lines'] | ForEach-Object { [string]$_ }) -join "`r`n") + "`r`n", [System.Text.UTF8Encoding]::new($false))
            Add-WdFixtureFile -Path $OutFile -Local $local
            [pscustomobject]@{ Status = 'ok'; Message = $null }
        }
        'timeout' { [pscustomobject]@{ Status = 'timeout'; Message = "Get-WindowsUpdateLog did not finish within $TimeoutSeconds s; the ETL Windows Update log was not decoded." } }
        'unavailable' { [pscustomobject]@{ Status = 'unavailable'; Message = 'Get-WindowsUpdateLog is not available on this system.' } }
        default { [pscustomobject]@{ Status = 'error'; Message = 'Get-WindowsUpdateLog failed: ' + $spec['message'] } }
    }
}

function Get-WdFixtureSqlQuery {
    <# fixture 'susdb': { rows: [ {column: value} ] } or 'susdbError': text (a SqlException-like failure). Checks the batch is a SELECT. #>
    param([string] $Server, [string] $Database, [string] $Query, [int] $TimeoutSeconds)
    if ($Query -notmatch '^\s*(SET\s+NOCOUNT\s+ON\s*;\s*)?SELECT\s') { throw "fixture: not a SELECT batch: $Query" }
    $message = Get-WdFixtureSetting 'susdbError'
    if ($message) { throw [System.TimeoutException]::new($message) }
    $spec = Get-WdFixtureSetting 'susdb'
    if ($Query -match 'dm_os_volume_stats') {
        # 'susdbVolume': { rows: [...] } answers the volume query of a SQL Server; absent: permission denied.
        $spec = Get-WdFixtureSetting 'susdbVolume'
        if ($null -eq $spec) { throw [System.InvalidOperationException]::new("VIEW SERVER STATE permission was denied on object 'server', database 'master'.") }
    }
    if ($null -eq $spec) { throw [System.InvalidOperationException]::new("A network-related or instance-specific error occurred while establishing a connection to SQL Server ($Server).") }
    $rows = foreach ($row in @($spec['rows'])) {
        $copy = [System.Collections.Specialized.OrderedDictionary]::new()
        foreach ($k in $row.Keys) { $copy[$k] = $row[$k] }
        $copy
    }
    , @($rows)
}

function Get-WdFixtureVolumeSpace {
    <# fixture 'volumes': { "D:": { Root, TotalBytes, FreeBytes } } keyed by drive; UNC paths throw like the real probe. #>
    param([string] $Path)
    if ($Path -match '^\\\\') { throw "The free space of a UNC path is not measured: $Path" }
    $volumes = Get-WdFixtureSetting 'volumes'
    $drive = $Path.Substring(0, 2).ToUpperInvariant()
    if (-not $volumes -or -not $volumes.ContainsKey($drive)) { throw [System.IO.DriveNotFoundException]::new("Could not find the drive '$drive'.") }
    [pscustomobject]$volumes[$drive]
}

function ConvertTo-WdFixtureSanBytes {
    <# DER bytes of a SubjectAltName extension holding these DNS names (short lengths only). #>
    param([string[]] $Names)
    $body = [System.Collections.Generic.List[byte]]::new()
    foreach ($name in $Names) { $bytes = [System.Text.Encoding]::ASCII.GetBytes($name); $body.Add(0x82); $body.Add([byte]$bytes.Length); $body.AddRange($bytes) }
    $out = [System.Collections.Generic.List[byte]]::new()
    $out.Add(0x30)
    if ($body.Count -lt 128) { $out.Add([byte]$body.Count) } else { $out.Add(0x81); $out.Add([byte]$body.Count) }
    $out.AddRange($body)
    , $out.ToArray()
}

function Get-WdFixtureCertificate {
    <# fixture 'certificates': { THUMBPRINT: { Subject, Issuer, NotBefore, NotAfter, DnsNames, HasPrivateKey, ChainValid, ChainStatus } }; 'certificateError': text. #>
    param([string] $Thumbprint, [string] $StoreName)
    $message = Get-WdFixtureSetting 'certificateError'
    if ($message) { throw [System.Security.Cryptography.CryptographicException]::new($message) }
    $certificates = Get-WdFixtureSetting 'certificates'
    if (-not $certificates -or -not $certificates.ContainsKey($Thumbprint)) { return $null }
    $spec = $certificates[$Thumbprint]
    [pscustomobject]@{
        Thumbprint = $Thumbprint; Subject = $spec['Subject']; Issuer = $spec['Issuer']
        NotBefore = [datetime]::Parse($spec['NotBefore'], [cultureinfo]::InvariantCulture, 'AdjustToUniversal'); NotAfter = [datetime]::Parse($spec['NotAfter'], [cultureinfo]::InvariantCulture, 'AdjustToUniversal')
        SubjectAltName = $(if ($spec.ContainsKey('DnsNames')) { ConvertTo-WdFixtureSanBytes -Names @($spec['DnsNames']) } else { $null })
        HasPrivateKey = $spec['HasPrivateKey']; ChainValid = $spec['ChainValid']; ChainStatus = @($spec['ChainStatus'])
    }
}

function Get-WdFixtureWsusSyncStatus {
    <# fixture 'wsusSync' (the probe's properties; times as ISO text) or 'wsusSyncError'; absent = API not installed ($null). #>
    $message = Get-WdFixtureSetting 'wsusSyncError'
    if ($message) { throw [System.Net.WebException]::new($message) }
    $spec = Get-WdFixtureSetting 'wsusSync'
    if ($null -eq $spec) { return $null }
    [pscustomobject]$spec
}

function Get-WdFixtureWsusTargetGroup {
    <# fixture 'wsusTargeting': { TargetingMode, Groups } or 'wsusTargetingError'; absent = API not installed ($null). #>
    $message = Get-WdFixtureSetting 'wsusTargetingError'
    if ($message) { throw [System.Net.WebException]::new($message) }
    $spec = Get-WdFixtureSetting 'wsusTargeting'
    if ($null -eq $spec) { return $null }
    [pscustomobject]@{ TargetingMode = $spec['TargetingMode']; Groups = [string[]]@($spec['Groups']) }
}

function Get-WdFixtureIisMimeMap {
    <# fixture 'mimeMap': [ { FileExtension, MimeType } ] or 'mimeMapError'. #>
    param([string] $SiteName)
    $message = Get-WdFixtureSetting 'mimeMapError'
    if ($message) { throw [System.UnauthorizedAccessException]::new($message) }
    $map = Get-WdFixtureSetting 'mimeMap'
    if ($null -eq $map) { throw "Filename: \\?\C:\Windows\system32\inetsrv\config\applicationHost.config - no staticContent in this fixture ($SiteName)" }
    , @(foreach ($entry in @($map)) { [pscustomobject]$entry })
}

function Get-WdFixtureAccessRule {
    <# fixture 'acl': { "<folder path>": [ { Identity, Sid, Rights, Type, Inherited } ] }; a folder not listed cannot be read (access denied). #>
    param([string] $Path)
    $acls = Get-WdFixtureSetting 'acl'
    if (-not $acls -or -not $acls.ContainsKey($Path)) { throw [System.UnauthorizedAccessException]::new("Attempted to perform an unauthorized operation. ($Path)") }
    foreach ($entry in @($acls[$Path])) { [pscustomobject]$entry }
}

function Get-WdJsonPathValue {
    <# Resolves a dotted path (a.b.0.c, ".length" for array/object sizes) in parsed JSON; returns @{ Found; Value }. #>
    param($Document, [string] $Path)
    $current = $Document
    foreach ($part in $Path.Split('.')) {
        if ($part -eq 'length' -and ($current -is [System.Collections.IList])) { $current = $current.Count; continue }
        if ($current -is [System.Collections.IDictionary]) {
            if (-not $current.Contains($part)) { return @{ Found = $false; Value = $null } }
            $current = $current[$part]
        }
        elseif ($current -is [System.Collections.IList] -and $part -match '^\d+$') {
            if ([int]$part -ge $current.Count) { return @{ Found = $false; Value = $null } }
            $current = $current[[int]$part]
        }
        else { return @{ Found = $false; Value = $null } }
    }
    @{ Found = $true; Value = $current }
}

function Remove-WdFixtureFiles { if (Test-Path $script:TempRoot) { Remove-Item -Recurse -Force $script:TempRoot } }

Export-ModuleMember -Function *

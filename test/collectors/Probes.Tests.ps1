# Unit tests of the serializer, the log-tail probe, the bounded log excerpt, the time-limited
# Get-WindowsUpdateLog job, the parsing helpers, and the standalone entry script.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = Join-Path ([System.IO.Path]::GetTempPath()) ('wd-probes-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Work | Out-Null
    function Write-WdTestFile([string] $Name, [string[]] $Lines, [System.Text.Encoding] $Encoding = [System.Text.UTF8Encoding]::new($false), [double] $AgeHours = 0) {
        $path = Join-Path $Work $Name
        [System.IO.File]::WriteAllText($path, ($Lines -join "`r`n") + "`r`n", $Encoding)
        [System.IO.File]::SetLastWriteTimeUtc($path, [datetime]::UtcNow.AddHours(-$AgeHours))
        $path
    }
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

Describe 'ConvertTo-WsusDoctorJson' {
    It 'escapes quotes, backslashes, control characters and non-ASCII as \uXXXX' {
        $text = "a`"b\c`td`ne`r" + [char]1 + [char]0xE9 + [char]0xD83D + [char]0xDE00 + [char]0x7F
        ConvertTo-WsusDoctorJson $text | Should -BeExactly '"a\"b\\c\td\ne\r\u0001\u00e9\ud83d\ude00\u007f"'
    }

    It 'round-trips through a JSON parser' {
        $text = "Tab`tQuote`"Back\slash" + [char]0x2028 + 'Umlaut ' + [char]0xFC
        (ConvertTo-WsusDoctorJson @{ t = $text } | ConvertFrom-Json).t | Should -BeExactly $text
    }

    It 'writes numbers with the invariant culture, NaN as null, booleans and null' {
        $d = [System.Collections.Specialized.OrderedDictionary]::new()
        $d['i'] = 42; $d['l'] = [long]4294967295; $d['f'] = 1.5; $d['n'] = [double]::NaN; $d['t'] = $true; $d['z'] = $null; $d['neg'] = -7
        $culture = [System.Threading.Thread]::CurrentThread.CurrentCulture
        try {
            [System.Threading.Thread]::CurrentThread.CurrentCulture = [System.Globalization.CultureInfo]::new('de-DE')
            ConvertTo-WsusDoctorJson $d -Compress | Should -BeExactly '{"i":42,"l":4294967295,"f":1.5,"n":null,"t":true,"z":null,"neg":-7}'
        }
        finally { [System.Threading.Thread]::CurrentThread.CurrentCulture = $culture }
    }

    It 'writes dates as ISO 8601 UTC and enums by name' {
        $date = [datetime]::new(2024, 5, 1, 10, 30, 0, [System.DateTimeKind]::Utc)
        ConvertTo-WsusDoctorJson @($date, [System.DayOfWeek]::Monday) -Compress | Should -BeExactly '["2024-05-01T10:30:00.000Z","Monday"]'
    }

    It 'keeps the key order of ordered dictionaries, nests deeply and keeps one-element and empty arrays' {
        $inner = [System.Collections.Specialized.OrderedDictionary]::new()
        $inner['z'] = @('only'); $inner['a'] = @(); $inner['m'] = @{}
        $outer = [System.Collections.Specialized.OrderedDictionary]::new()
        $outer['b'] = $inner; $outer['a'] = [pscustomobject]@{ y = 1; x = 2 }
        $level = $outer
        for ($i = 0; $i -lt 10; $i++) { $next = [System.Collections.Specialized.OrderedDictionary]::new(); $next['deeper'] = $level; $level = $next }
        $json = ConvertTo-WsusDoctorJson $level -Compress
        $json.Contains('{"b":{"z":["only"],"a":[],"m":{}},"a":{"y":1,"x":2}}') | Should -BeTrue
        ($json | ConvertFrom-Json -Depth 50) | Should -Not -BeNullOrEmpty
    }

    It 'indents with two spaces unless -Compress' {
        ConvertTo-WsusDoctorJson @{ a = @(1) } | Should -BeExactly "{`n  `"a`": [`n    1`n  ]`n}"
    }
}

Describe 'Export-WsusDoctorFact' {
    It 'writes UTF-8 without BOM and resolves relative paths against the PowerShell location' {
        Push-Location $Work
        try {
            $file = Export-WsusDoctorFact -InputObject @{ name = 'caf' + [char]0xE9 } -Path 'relative.json'
        }
        finally { Pop-Location }
        $file.FullName | Should -Be (Join-Path $Work 'relative.json')
        $bytes = [System.IO.File]::ReadAllBytes($file.FullName)
        $bytes[0] | Should -Be ([byte][char]'{')
        [System.Text.Encoding]::ASCII.GetString($bytes) | Should -BeLike '*caf\u00e9*'
    }
}

Describe 'Read-WdFileTail' {
    BeforeAll {
        $script:Tail = & (Get-Module WsusDoctor) { ${function:Read-WdFileTail} }
        $script:Lines = 1..2000 | ForEach-Object { 'line {0:d5} ' -f $_ + ('x' * 40) }
    }

    It 'reads a small file whole (not truncated)' {
        $path = Write-WdTestFile 'small.log' @('one', 'two', 'three')
        $r = & $Tail -Path $path -MaxBytes 1MB
        $r.Truncated | Should -BeFalse
        $r.Lines | Should -Be @('one', 'two', 'three')
    }

    It 'reads only the tail of a large file, drops the cut line, keeps the newest lines' {
        $path = Write-WdTestFile 'big.log' $Lines
        $r = & $Tail -Path $path -MaxBytes 1000
        $r.Truncated | Should -BeTrue
        $r.BytesRead | Should -BeLessOrEqual 1001
        $r.Lines[-1] | Should -Be $Lines[-1]
        $r.Lines.Count | Should -BeLessThan 20
        $r.Lines | ForEach-Object { $_ | Should -BeIn $Lines }
    }

    It 'keeps the first line when the cut falls exactly on a line start' {
        $path = Write-WdTestFile 'exact.log' @('aaaa', 'bbbb', 'cccc')
        $r = & $Tail -Path $path -MaxBytes 12   # "bbbb`r`ncccc`r`n"
        $r.Lines | Should -Be @('bbbb', 'cccc')
    }

    It 'decodes UTF-16 LE files (BOM) and aligns the cut on characters' {
        $path = Write-WdTestFile 'utf16.log' ($Lines[0..99]) ([System.Text.UnicodeEncoding]::new($false, $true))
        $r = & $Tail -Path $path -MaxBytes 1001
        $r.Lines[-1] | Should -Be $Lines[99]
        $r.Lines | ForEach-Object { $_ | Should -BeIn $Lines }
    }

    It 'skips the UTF-8 BOM' {
        $path = Write-WdTestFile 'bom.log' @('first', 'second') ([System.Text.UTF8Encoding]::new($true))
        (& $Tail -Path $path -MaxBytes 1MB).Lines[0] | Should -BeExactly 'first'
    }

    It 'finds the W3C #Fields header that precedes the tail (backwards), else the first of the file' {
        $fields2 = '#Fields: date time c-ip sc-status'
        $content = @('#Software: IIS', '#Fields: date time s-ip cs-method') + $Lines[0..99] + @('#Software: IIS', $fields2) + $Lines[100..199]
        $path = Write-WdTestFile 'w3c.log' $content
        (& $Tail -Path $path -MaxBytes 1000 -HeaderPrefix '#Fields:').Header | Should -Be $fields2
        $path2 = Write-WdTestFile 'w3c2.log' (@('#Fields: date time s-ip') + $Lines)
        (& $Tail -Path $path2 -MaxBytes 1000 -HeaderPrefix '#Fields:' -HeaderSearchBytes 2000).Header | Should -Be '#Fields: date time s-ip'
    }

    It 'cuts very long lines to 16384 characters' {
        $path = Write-WdTestFile 'long.log' @('short', ('y' * 20000))
        (& $Tail -Path $path -MaxBytes 1MB).Lines[1].Length | Should -Be 16384
    }

    It 'reads a file another process holds open for writing' {
        $path = Join-Path $Work 'open.log'
        $writer = [System.IO.FileStream]::new($path, 'Create', 'Write', 'ReadWrite')
        try {
            $bytes = [System.Text.Encoding]::ASCII.GetBytes("held open`r`n")
            $writer.Write($bytes, 0, $bytes.Length); $writer.Flush()
            (& $Tail -Path $path -MaxBytes 1MB).Lines | Should -Be @('held open')
        }
        finally { $writer.Dispose() }
    }
}

Describe 'Get-WdLogExcerpt (bounded by age and size)' {
    BeforeAll {
        $script:Folder = Join-Path $Work 'W3SVC1'
        New-Item -ItemType Directory -Path $Folder | Out-Null
        $now = [datetime]::UtcNow
        $fmt = { param($h) $now.AddHours(-$h).ToString('yyyy-MM-dd HH:mm:ss', [System.Globalization.CultureInfo]::InvariantCulture) }
        $header = '#Fields: date time s-ip cs-method cs-uri-stem sc-status'
        $old = @('#Software: IIS', $header) + (1..50 | ForEach-Object { "$(& $fmt (200 - $_)) 10.0.0.1 GET /old $_" }) + (1..5 | ForEach-Object { "$(& $fmt (10 - $_)) 10.0.0.1 GET /new $_" })
        $null = Write-WdTestFile 'W3SVC1/u_ex1.log' $old -AgeHours 1
        $null = Write-WdTestFile 'W3SVC1/u_ex0.log' (@('#Software: IIS', $header, "$(& $fmt 300) 10.0.0.1 GET /ancient 1")) -AgeHours 300
        $script:Context = [pscustomobject]@{
            Options = [pscustomobject]@{ MaxLogAgeDays = 3; MaxLogBytes = 1MB }
            NowUtc  = $now
        }
    }

    It 'keeps only lines of the last days, with the #Fields header put back in front' {
        $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $Context $Folder
        $section['status'] | Should -Be 'ok'
        @($section['files']).Count | Should -Be 1
        $file = $section['files'][0]
        $file['truncated'] | Should -BeTrue
        $file['lines'][0] | Should -Be '#Fields: date time s-ip cs-method cs-uri-stem sc-status'
        @($file['lines'] | Where-Object { $_ -like '* /old *' }).Count | Should -Be 0
        @($file['lines'] | Where-Object { $_ -like '* /new *' }).Count | Should -Be 5
        $file.Contains('startLine') | Should -BeFalse
    }

    It 'shares the byte budget newest file first, and says when older files were not read' {
        $c = [pscustomobject]@{ Options = [pscustomobject]@{ MaxLogAgeDays = 30; MaxLogBytes = 300 }; NowUtc = $Context.NowUtc }
        $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $c $Folder
        @($section['files']).Count | Should -Be 1
        $section['files'][0]['path'] | Should -BeLike '*u_ex1.log'
        $section['message'] | Should -BeLike '*1 older files were not read*'
        $section['maxBytes'] | Should -Be 300
    }

    It 'gives startLine when a file was read from its beginning' {
        $c = [pscustomobject]@{ Options = [pscustomobject]@{ MaxLogAgeDays = 30; MaxLogBytes = 1MB }; NowUtc = $Context.NowUtc }
        $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $c $Folder
        @($section['files'] | ForEach-Object { $_['startLine'] }) | Should -Be @(1, 1)
        $section['files'][0]['path'] | Should -BeLike '*u_ex0.log'   # oldest first
    }

    It 'records the window it covers: from the age cut-off when older lines were dropped, to the newest kept line' {
        $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $Context $Folder
        $inv = [System.Globalization.CultureInfo]::InvariantCulture
        $section['coveredFrom'] | Should -Be ($Context.NowUtc.AddDays(-3).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", $inv))
        $section['coveredTo'] | Should -Be ($Context.NowUtc.AddHours(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", $inv))
    }

    It 'covers from the oldest kept line when the size cap cut the file, and from the log start when everything was read' {
        $inv = [System.Globalization.CultureInfo]::InvariantCulture
        $c = [pscustomobject]@{ Options = [pscustomobject]@{ MaxLogAgeDays = 30; MaxLogBytes = 300 }; NowUtc = $Context.NowUtc }
        $cut = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $c $Folder
        $firstKept = @($cut['files'][0]['lines'] | Where-Object { $_ -notlike '#*' })[0]
        $cut['coveredFrom'] | Should -Be (([datetime]::ParseExact($firstKept.Substring(0, 19), 'yyyy-MM-dd HH:mm:ss', $inv)).ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", $inv))
        $c.Options.MaxLogBytes = 1MB
        $whole = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'w3c' -Directory $d -Filter '*.log' } $c $Folder
        $whole['coveredFrom'] | Should -Be ($Context.NowUtc.AddHours(-300).ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", $inv))
    }

    It 'ConfigMgr logs: its own age cap, the .lo_ history file, CMTrace times converted to UTC with their bias' {
        $ccm = Join-Path $Work 'CCM'
        New-Item -ItemType Directory -Path $ccm | Out-Null
        $inv = [System.Globalization.CultureInfo]::InvariantCulture
        # Local time = UTC - bias: a bias of -060 (Central European time) writes UTC + 1 h.
        $record = { param($m, $h) $t = $Context.NowUtc.AddHours(-$h).AddMinutes(60); "<![LOG[$m]LOG]!><time=`"$($t.ToString('HH:mm:ss.fff', $inv))-060`" date=`"$($t.ToString('MM-dd-yyyy', $inv))`" component=`"LocationServices`" context=`"`" type=`"1`" thread=`"1`" file=`"x.cpp:1`">" }
        $null = Write-WdTestFile 'CCM/LocationServices.lo_' @((& $record 'Current AD site of machine is X' 150), (& $record 'Refreshing the Management Point List' 100)) -AgeHours 100
        $null = Write-WdTestFile 'CCM/LocationServices.log' @((& $record 'Current AD site of machine is X' 20)) -AgeHours 20
        $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'cmtrace' -Directory $d -Filter 'LocationServices*.lo*' -MaxAgeDays 8 } $Context $ccm
        $section['maxAgeDays'] | Should -Be 8
        @($section['files']).Count | Should -Be 2
        $section['coveredFrom'] | Should -Be ($Context.NowUtc.AddHours(-150).ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", $inv))
        $section['coveredTo'] | Should -Be ($Context.NowUtc.AddHours(-20).ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", $inv))
    }

    It 'reports a missing folder as notApplicable' {
        $section = & (Get-Module WsusDoctor) { param($c, $d) Get-WdLogExcerpt -Context $c -Format 'httperr' -Directory $d -MissingMessage 'no HTTPERR folder' } $Context (Join-Path $Work 'nope')
        $section['status'] | Should -Be 'notApplicable'
        $section['message'] | Should -Be 'no HTTPERR folder'
    }
}

Describe 'Export-WdWindowsUpdateLog (Get-WindowsUpdateLog in a job with a time limit)' {
    BeforeAll {
        $script:SavedModulePath = $env:PSModulePath
        $env:PSModulePath = (Join-Path $RepoRoot 'test' 'fixtures' 'collectors') + [System.IO.Path]::PathSeparator + $env:PSModulePath
        Import-Module (Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'FakeWindowsUpdate' 'FakeWindowsUpdate.psm1') -Force -Global
    }
    AfterAll {
        $env:PSModulePath = $SavedModulePath
        Remove-Item Env:\WD_FAKE_WULOG -ErrorAction SilentlyContinue
        Remove-Module FakeWindowsUpdate -ErrorAction SilentlyContinue
    }

    It 'stops a hanging Get-WindowsUpdateLog at the time limit and says so' {
        $env:WD_FAKE_WULOG = 'hang'
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $r = & (Get-Module WsusDoctor) { param($f) Export-WdWindowsUpdateLog -OutFile $f -TimeoutSeconds 3 } (Join-Path $Work 'wu-hang.log')
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 30
        $r.Status | Should -Be 'timeout'
        $r.Message | Should -BeLike '*did not finish within 3 s*'
    }

    It 'returns ok when the decoded log was written' {
        $env:WD_FAKE_WULOG = 'ok'
        $target = Join-Path $Work 'wu-ok.log'
        $r = & (Get-Module WsusDoctor) { param($f) Export-WdWindowsUpdateLog -OutFile $f -TimeoutSeconds 60 } $target
        $r.Status | Should -Be 'ok'
        Get-Content $target | Should -BeLike '*WSUS server*'
    }

    It 'returns the error when Get-WindowsUpdateLog fails' {
        $env:WD_FAKE_WULOG = 'fail'
        $r = & (Get-Module WsusDoctor) { param($f) Export-WdWindowsUpdateLog -OutFile $f -TimeoutSeconds 60 } (Join-Path $Work 'wu-fail.log')
        $r.Status | Should -Be 'error'
    }

    It 'is unavailable where the command does not exist' {
        Remove-Module FakeWindowsUpdate -ErrorAction SilentlyContinue
        $env:PSModulePath = $SavedModulePath
        $r = & (Get-Module WsusDoctor) { Export-WdWindowsUpdateLog -OutFile 'unused.log' -TimeoutSeconds 5 }
        $r.Status | Should -Be 'unavailable'
    }
}

Describe 'Parsing helpers' {
    It 'decodes WinHttpSettings: <Name>' -ForEach @(
        @{ Name = 'direct'; Bytes = [byte[]](0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); Direct = $true; Proxy = '' }
        @{ Name = 'proxy'; Bytes = [byte[]](@(0x28, 0, 0, 0, 5, 0, 0, 0, 3, 0, 0, 0, 10, 0, 0, 0) + [byte[]][char[]]'proxy:8080' + @(7, 0, 0, 0) + [byte[]][char[]]'<local>'); Direct = $false; Proxy = 'proxy:8080' }
    ) {
        $r = & (Get-Module WsusDoctor) { param($b) ConvertFrom-WdWinHttpSetting -Bytes $b } $Bytes
        $r.Direct | Should -Be $Direct
        $r.ProxyServer | Should -Be $Proxy
    }

    It 'converts sslFlags <Value> to RequireSsl <Ssl> / <Mode>' -ForEach @(
        @{ Value = 0; Ssl = $false; Mode = 'Ignore' }, @{ Value = 8; Ssl = $true; Mode = 'Ignore' }, @{ Value = 40; Ssl = $true; Mode = 'Accept' },
        @{ Value = 'Ssl, SslRequireCert'; Ssl = $true; Mode = 'Require' }, @{ Value = 'None'; Ssl = $false; Mode = 'Ignore' }
    ) {
        $r = & (Get-Module WsusDoctor) { param($v) ConvertFrom-WdSslFlag $v } $Value
        $r.RequireSsl | Should -Be $Ssl
        $r.ClientCertificates | Should -Be $Mode
    }

    It 'converts IIS times: <Value> -> <Minutes> min' -ForEach @(
        @{ Value = '1.05:00:00'; Minutes = 1740 }, @{ Value = '00:20:00'; Minutes = 20 }, @{ Value = [timespan]::FromMinutes(90); Minutes = 90 }, @{ Value = 0; Minutes = 0 }
    ) {
        & (Get-Module WsusDoctor) { param($v) ConvertTo-WdMinutes $v } $Value | Should -Be $Minutes
    }

    It 'converts WMI DMTF dates to ISO 8601 UTC' {
        & (Get-Module WsusDoctor) { ConvertTo-WdIsoDateTime '20240501103000.000000+120' } | Should -Be '2024-05-01T08:30:00.000Z'
    }

    It 'reads applicationHost.config when Microsoft.Web.Administration is missing (defaults and locations filled in)' {
        $config = Join-Path $RepoRoot 'test' 'fixtures' 'collectors' 'applicationHost.config'
        $iis = & (Get-Module WsusDoctor) { param($p) Get-WdIisConfigurationFromXml -Path $p -SiteId 1572271583 } $config
        $pool = $iis.AppPools | Where-Object Name -eq 'WsusPool'
        $pool.QueueLength | Should -Be '2000'
        $pool.PeriodicRestartTime | Should -Be '00:00:00'
        $pool.MaxProcesses | Should -Be '1'
        ($iis.AppPools | Where-Object Name -eq 'DefaultAppPool').PeriodicRestartTime | Should -Be '1.05:00:00'
        $site = $iis.Sites | Where-Object Id -eq 1572271583
        $site.LogDirectory | Should -Be 'D:\IISLogs'
        ($iis.Sites | Where-Object Id -eq 1).LogDirectory | Should -Be '%SystemDrive%\inetpub\logs\LogFiles'
        $site.ConnectionTimeout | Should -Be '00:05:20'
        $client = $iis.Applications | Where-Object Path -eq '/ClientWebService'
        $client.SslFlags | Should -Be 'Ssl, SslNegotiateCert'
        $client.AnonymousAuthentication | Should -Be 'true'
        $api = $iis.Applications | Where-Object Path -eq '/ApiRemoting30'
        $api.AnonymousAuthentication | Should -Be 'false'
        $api.WindowsAuthentication | Should -Be 'true'
        ($iis.Applications | Where-Object Path -eq '/Content').PhysicalPath | Should -Be '\\fileserver\WsusContent'
    }

    It 'reports the registry as unavailable instead of crashing where there is none' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'this machine has a registry'; return }
        { & (Get-Module WsusDoctor) { Get-WdRegistryKey -Path 'HKLM:\SOFTWARE\Microsoft' } } | Should -Throw '*registry is not available*'
    }
}

Describe 'The standalone entry script' {
    BeforeAll {
        $script:Standalone = Join-Path $Work 'standalone'
        New-Item -ItemType Directory -Path $Standalone | Out-Null
        Copy-Item (Join-Path $RepoRoot 'collectors' 'Invoke-WsusDoctorCollection.ps1') $Standalone
        $pwsh = $PwshExe
        Push-Location $Standalone
        try { $script:Console = & $pwsh -NoProfile -NonInteractive -File (Join-Path $Standalone 'Invoke-WsusDoctorCollection.ps1') -SkipWindowsUpdateLog 2>&1 | Out-String }
        finally { Pop-Location }
        $script:Produced = @(Get-ChildItem $Standalone -Filter 'wsus-doctor-*.json')
        $script:AsJson = & $pwsh -NoProfile -NonInteractive -File (Join-Path $Standalone 'Invoke-WsusDoctorCollection.ps1') -SkipWindowsUpdateLog -AsJson | Out-String
    }

    It 'runs alone (copied without the module) and writes wsus-doctor-<computer>-<timestamp>.json' {
        $Produced.Count | Should -Be 1
        $Produced[0].Name | Should -Match ('^wsus-doctor-' + [regex]::Escape([System.Environment]::MachineName) + '-\d{8}-\d{6}\.json$')
    }

    It 'says at the top of the console output that it is not elevated' {
        $lines = @($Console -split "`n" | Where-Object { $_.Trim() })
        $lines[1] | Should -BeLike 'WARNING: not running as administrator*'
    }

    It 'writes a valid fact file even where every probe fails (no Windows here)' {
        $result = Invoke-WdFactValidation -Path $Produced[0].FullName
        $result.valid | Should -BeTrue -Because (($result.errors | ForEach-Object { "$($_.path) $($_.message)" }) -join '; ')
        $doc = Get-Content -Raw $Produced[0].FullName | ConvertFrom-Json
        $doc.collector.elevated | Should -BeFalse
    }

    It 'prints the JSON document with -AsJson (for remote collection)' {
        ($AsJson | ConvertFrom-Json).schemaVersion | Should -Be '1.0'
    }
}

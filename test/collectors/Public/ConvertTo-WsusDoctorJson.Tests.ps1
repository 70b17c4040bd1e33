# ConvertTo-WsusDoctorJson: the serializer that writes the same JSON on Windows PowerShell 2.0, 5.1 and 7.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

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

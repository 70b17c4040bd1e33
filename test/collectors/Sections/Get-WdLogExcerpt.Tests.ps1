# Get-WdLogExcerpt: the bounded excerpt of one kind of log (age and size caps, covered window, ConfigMgr logs).

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-excerpt'
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

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

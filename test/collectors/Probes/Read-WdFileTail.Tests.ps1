# Read-WdFileTail (probe): the tail reader - seek from the end, UTF-16, BOM, #Fields header search, files held open.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Work = New-WdTestWorkFolder 'wd-tail'
}

AfterAll { if (Test-Path $Work) { Remove-Item -Recurse -Force $Work } }

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

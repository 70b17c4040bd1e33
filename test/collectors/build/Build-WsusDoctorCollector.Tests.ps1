# collectors/build/Build-WsusDoctorCollector.ps1: the entry script generated whole from its template, and
# one version (package.json) in the manifest, in Get-WdCollectorVersion and in the entry script.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    $script:CollectorsRoot = Join-Path $RepoRoot 'collectors'
    $script:PackageVersion = (Get-Content -Raw (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json).version
    $script:Template = Join-Path $CollectorsRoot 'build' 'Invoke-WsusDoctorCollection.template.ps1'
    $script:EntryScript = Join-Path $CollectorsRoot 'Invoke-WsusDoctorCollection.ps1'

    function Get-WdVersionFromScript([string] $Path) {
        <# Runs the Get-WdCollectorVersion defined in a script file (without running the script). #>
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$null, [ref]$null)
        $definition = $ast.Find({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $n.Name -eq 'Get-WdCollectorVersion' }, $true)
        if ($null -eq $definition) { throw "No Get-WdCollectorVersion in $Path" }
        & ([scriptblock]::Create($definition.Extent.Text + "`nGet-WdCollectorVersion"))
    }

    function New-WdBuildCopy {
        <# A copy of collectors/ and package.json in a temporary folder, to run the build on. #>
        $root = New-WdTestWorkFolder 'wd-build'
        Copy-Item -Recurse (Join-Path $RepoRoot 'collectors') (Join-Path $root 'collectors')
        Copy-Item (Join-Path $RepoRoot 'package.json') (Join-Path $root 'package.json')
        $root
    }
}

Describe 'One version, from package.json' {
    It 'package.json has a MAJOR.MINOR.PATCH version' {
        $PackageVersion | Should -Match '^\d+\.\d+\.\d+'
    }

    It 'the manifest ModuleVersion is the package.json version' {
        (Import-PowerShellDataFile (Join-Path $CollectorsRoot 'WsusDoctor' 'WsusDoctor.psd1')).ModuleVersion | Should -Be ([regex]::Match($PackageVersion, '^\d+\.\d+\.\d+').Value)
    }

    It 'the module Get-WdCollectorVersion returns the package.json version' {
        $module = Import-Module $ModuleManifest -Force -PassThru
        & $module { Get-WdCollectorVersion } | Should -BeExactly $PackageVersion
    }

    It 'the entry script embeds the same Get-WdCollectorVersion' {
        Get-WdVersionFromScript $EntryScript | Should -BeExactly $PackageVersion
    }
}

Describe 'The entry script template' {
    It 'holds the notice marker and the functions marker once each, and no function' {
        $lines = Get-Content -Path $Template
        @($lines | Where-Object { $_.StartsWith('# <WsusDoctor:notice>') }).Count | Should -Be 1
        @($lines | Where-Object { $_.StartsWith('# <WsusDoctor:functions>') }).Count | Should -Be 1
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Template, [ref]$null, [ref]$null)
        @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)).Count | Should -Be 0
    }

    It 'the entry script is the template with the two markers replaced (everything else identical)' {
        $template = (Get-Content -Raw $Template).Replace("`r`n", "`n")
        $entry = (Get-Content -Raw $EntryScript).Replace("`r`n", "`n")
        $notice = [regex]::Match($template, '(?m)^# <WsusDoctor:notice>.*$')
        $functions = [regex]::Match($template, '(?m)^# <WsusDoctor:functions>.*$')
        $entry.StartsWith($template.Substring(0, $notice.Index)) | Should -BeTrue
        $entry.EndsWith($template.Substring($functions.Index + $functions.Length)) | Should -BeTrue
        $entry | Should -Match '(?m)^# GENERATED from collectors/build/Invoke-WsusDoctorCollection\.template\.ps1'
        $entry | Should -Not -Match '<WsusDoctor:'
    }
}

Describe 'Build-WsusDoctorCollector.ps1 on a copy of collectors/' {
    BeforeAll {
        $script:Copy = New-WdBuildCopy
        $script:Build = Join-Path $Copy 'collectors' 'build' 'Build-WsusDoctorCollector.ps1'
        $script:CopyEntry = Join-Path $Copy 'collectors' 'Invoke-WsusDoctorCollection.ps1'
        $script:CopyModule = Join-Path $Copy 'collectors' 'WsusDoctor'
    }
    AfterAll { if (Test-Path $Copy) { Remove-Item -Recurse -Force $Copy } }

    It 'is current as committed (-Check)' {
        & $Build -Check | Should -BeTrue
    }

    It 'writes a new package.json version everywhere (manifest, Get-WdCollectorVersion, entry script); -Check fails until it ran' {
        $package = Join-Path $Copy 'package.json'
        $text = Get-Content -Raw $package
        [System.IO.File]::WriteAllText($package, ([regex]'"version"\s*:\s*"[^"]+"').Replace($text, '"version": "7.8.9-beta.2"', 1))
        & $Build -Check | Should -BeFalse
        & $Build
        & $Build -Check | Should -BeTrue
        (Import-PowerShellDataFile (Join-Path $CopyModule 'WsusDoctor.psd1')).ModuleVersion | Should -Be '7.8.9'
        Get-WdVersionFromScript (Join-Path $CopyModule 'Private' 'Helpers' 'Get-WdCollectorVersion.ps1') | Should -BeExactly '7.8.9-beta.2'
        Get-WdVersionFromScript $CopyEntry | Should -BeExactly '7.8.9-beta.2'
    }

    It 'embeds a changed module file and a changed template line' {
        $limit = Join-Path $CopyModule 'Private' 'Helpers' 'Limit-WdText.ps1'
        [System.IO.File]::AppendAllText($limit, "# appended by the build test`n")
        $template = Join-Path $Copy 'collectors' 'build' 'Invoke-WsusDoctorCollection.template.ps1'
        [System.IO.File]::WriteAllText($template, (Get-Content -Raw $template).Replace('$wdShowConsole = -not ($Quiet -or $AsJson)', '$wdShowConsole = -not ($Quiet -or $AsJson) # changed'))
        & $Build -Check | Should -BeFalse
        & $Build
        $entry = Get-Content -Raw $CopyEntry
        $entry | Should -BeLike '*# appended by the build test*'
        $entry | Should -BeLike '*($Quiet -or $AsJson) # changed*'
    }

    It 'leaves the host-only files out and keeps the module load order' {
        $entry = Get-Content -Raw $CopyEntry
        $entry | Should -Not -Match 'function Invoke-WsusDiagnosis'
        $entry | Should -Not -Match '# ---- WsusDoctor\\Private\\Diagnosis\\'
        $order = @([regex]::Matches($entry, '(?m)^# ---- WsusDoctor\\(Private\\\w+|Public)\\') | ForEach-Object { $_.Groups[1].Value } | Select-Object -Unique)
        $order | Should -Be @('Private\Helpers', 'Private\Probes', 'Private\Sections', 'Public')
    }

    It 'refuses a template without its functions marker' {
        $template = Join-Path $Copy 'collectors' 'build' 'Invoke-WsusDoctorCollection.template.ps1'
        [System.IO.File]::WriteAllText($template, ((Get-Content -Raw $template) -replace '(?m)^# <WsusDoctor:functions>.*$', ''))
        { & $Build -Check } | Should -Throw '*marker*'
    }
}

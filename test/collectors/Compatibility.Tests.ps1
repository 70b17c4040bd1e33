# Static checks over every collector file with the PowerShell parser (PSFramework FileIntegrity style):
# it parses, its encoding is safe for Windows PowerShell 5.1, it uses nothing Windows PowerShell 2.0
# lacks, no aliases, no Write-Host outside the entry script, read-only, help present, and the
# self-contained entry script embeds the current module sources.
BeforeDiscovery {
    $collectorsRoot = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '..' '..' 'collectors'))
    $allFiles = @(Get-ChildItem -Path $collectorsRoot -Recurse -File -Include '*.ps1', '*.psm1', '*.psd1' | Sort-Object FullName)
    $codeFiles = @($allFiles | Where-Object { $_.Extension -ne '.psd1' } | ForEach-Object {
            @{ Name = [System.IO.Path]::GetRelativePath($collectorsRoot, $_.FullName); Path = $_.FullName }
        })
    $encodingFiles = @($allFiles | ForEach-Object { @{ Name = [System.IO.Path]::GetRelativePath($collectorsRoot, $_.FullName); Path = $_.FullName } })
    $moduleRoot = Join-Path $collectorsRoot 'WsusDoctor'
    $functionFiles = @($allFiles | Where-Object { $_.Extension -eq '.ps1' -and $_.FullName.StartsWith($moduleRoot + [System.IO.Path]::DirectorySeparatorChar) } | ForEach-Object {
            @{ Name = [System.IO.Path]::GetRelativePath($collectorsRoot, $_.FullName); Path = $_.FullName; Public = ($_.Directory.Name -eq 'Public') }
        })
    # Sections and Helpers read nothing themselves: every system read goes through a probe.
    $pureFiles = @($functionFiles | Where-Object { $_.Name -match '^WsusDoctor[\\/]Private[\\/](Sections|Helpers)[\\/]' })
}

BeforeAll {
    $script:CollectorsRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..' 'collectors')).Path

    function Get-WdAst([string] $Path) {
        $tokens = $null; $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
        [pscustomobject]@{ Ast = $ast; Tokens = $tokens; Errors = $errors }
    }
    function Find-WdAst($Ast, [scriptblock] $Predicate) { @($Ast.FindAll($Predicate, $true)) }
    function Format-WdHit($Hits) { ($Hits | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Extent.Text)" }) -join '; ' }

    function Get-WdCompatibilityViolation($Ast, [string] $FileName) {
        $Nodes = @{}
        foreach ($node in $Ast.FindAll({ $true }, $true)) {
            $type = $node.GetType().Name
            if (-not $Nodes.ContainsKey($type)) { $Nodes[$type] = [System.Collections.Generic.List[object]]::new() }
            $Nodes[$type].Add($node)
        }
        function Get-WdNodes([string[]] $Type) { foreach ($t in $Type) { if ($Nodes.ContainsKey($t)) { $Nodes[$t] } } }
        $Commands = @(Get-WdNodes 'CommandAst')
        $violations = [System.Collections.Generic.List[string]]::new()
        function Add-WdViolation($Node, [string] $Rule, [string] $Allowance) {
            # Exceptions are granted per function (the embedded copy in the entry script keeps them).
            $parent = $Node.Parent
            while ($parent -and $parent -isnot [System.Management.Automation.Language.FunctionDefinitionAst]) { $parent = $parent.Parent }
            if ($Allowance -and $parent -and $Allowed.ContainsKey($parent.Name) -and $Allowed[$parent.Name] -contains $Allowance) { return }
            $violations.Add("$Rule at line $($Node.Extent.StartLineNumber): $($Node.Extent.Text.Split("`n")[0])")
        }
        foreach ($n in Get-WdNodes 'TypeDefinitionAst', 'UsingStatementAst', 'UsingExpressionAst', 'TernaryExpressionAst', 'PipelineChainAst') { Add-WdViolation $n 'PowerShell 3+/5+/7 syntax' }
        foreach ($n in Get-WdNodes 'TypeExpressionAst', 'TypeConstraintAst') { if ($n.TypeName.Name -in 'ordered', 'pscustomobject') { Add-WdViolation $n "[$($n.TypeName.Name)]" } }
        foreach ($n in Get-WdNodes 'ConvertExpressionAst') { if ($n.Type.TypeName.Name -in 'ordered', 'pscustomobject') { Add-WdViolation $n "[$($n.Type.TypeName.Name)] cast" } }
        foreach ($n in Get-WdNodes 'BinaryExpressionAst') { if ($n.Operator.ToString() -in 'Iin', 'Inotin', 'Cin', 'Cnotin', 'Shl', 'Shr', 'QuestionQuestion') { Add-WdViolation $n "-$($n.Operator) operator" } }
        foreach ($n in Get-WdNodes 'AssignmentStatementAst') { if ($n.Operator.ToString() -eq 'QuestionQuestionEquals') { Add-WdViolation $n '??=' } }
        foreach ($n in Get-WdNodes 'VariableExpressionAst') {
            $name = $n.VariablePath.UserPath
            if ($name -in 'PSItem', 'PSCommandPath' -or ($name -eq 'PSScriptRoot' -and -not $FileName.EndsWith('.psm1'))) { Add-WdViolation $n "`$$name" }
        }
        foreach ($n in Get-WdNodes 'MemberExpressionAst', 'InvokeMemberExpressionAst') {
            $member = $n.Member.Extent.Text
            if ($n.NullConditional) { Add-WdViolation $n '?. member access' }
            if ($member -in $NewerMembers) { Add-WdViolation $n ".$member (PowerShell 4+/.NET 4+)" }
            if ($member -eq 'OpenBaseKey') { Add-WdViolation $n 'OpenBaseKey (.NET 4)' 'OpenBaseKey' }
            if ($n -is [System.Management.Automation.Language.InvokeMemberExpressionAst] -and $n.Static) {
                if ($member -eq 'new') { Add-WdViolation $n '::new() (PowerShell 5)' }
                if ($member -in 'Parse', 'TryParse' -and $n.Expression.TypeName.Name -in 'version', 'System.Version', 'guid', 'System.Guid') { Add-WdViolation $n "$member (.NET 4)" }
            }
        }
        foreach ($n in Get-WdNodes 'NamedAttributeArgumentAst') { if ($n.ExpressionOmitted) { Add-WdViolation $n '[Parameter(Mandatory)] shorthand (PowerShell 3)' } }
        foreach ($n in Get-WdNodes 'FileRedirectionAst', 'MergingRedirectionAst') { if ($n.FromStream.ToString() -notin 'Output', 'Error') { Add-WdViolation $n "$($n.FromStream) stream redirection (PowerShell 3)" } }
        $names = @()
        foreach ($c in $Commands) {
            $name = $c.GetCommandName()
            $names += $name
            if ($name -in $NewerCommands) { Add-WdViolation $c "$name (not in Windows PowerShell 2.0)" $name }
            if ($name -in 'Where-Object', 'ForEach-Object' -and -not @($c.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.ScriptBlockExpressionAst] }).Count) {
                Add-WdViolation $c "$name simplified syntax (PowerShell 3)"
            }
            $elements = $c.CommandElements
            for ($i = 0; $i -lt $elements.Count; $i++) {
                $e = $elements[$i]
                if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and $e.ParameterName -in 'ErrorAction', 'WarningAction', 'EA', 'WA') {
                    $arg = if ($e.Argument) { $e.Argument } elseif ($i + 1 -lt $elements.Count) { $elements[$i + 1] } else { $null }
                    if ($arg -and $arg.Extent.Text.Trim("'", '"') -eq 'Ignore') { Add-WdViolation $c '-ErrorAction Ignore (PowerShell 3)' }
                }
            }
        }
        $strings = @(foreach ($n in Get-WdNodes 'StringConstantExpressionAst') { $n.Value })
        if ((($names + $strings) -contains 'Get-CimInstance') -and -not (($names + $strings) -contains 'Get-WmiObject')) { $violations.Add('Get-CimInstance without a Get-WmiObject fallback') }
        $violations.ToArray()
        }

    # Windows aliases, including those PowerShell 7 on Linux does not define (ls, cat, sort, ...).
    $script:Aliases = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
    foreach ($alias in Get-Alias) { [void]$Aliases.Add($alias.Name) }
    foreach ($alias in 'ls', 'dir', 'cat', 'cp', 'mv', 'rm', 'rmdir', 'sort', 'tee', 'write', 'ps', 'kill', 'sleep', 'echo', 'type', 'man', 'mount',
        'diff', 'curl', 'wget', 'start', 'clear', 'cls', 'pwd', 'history', 'md', 'popd', 'pushd', 'lp', 'gwmi', 'gcim', 'gci', 'gc', 'sc', 'ac', 'iwr', 'irm',
        'select', 'where', 'foreach', 'measure', 'group', 'ft', 'fl', 'ni', 'ri', 'si', 'gp', 'sp', 'gsv', 'sasv', 'spsv', 'gwmi', 'iex', 'icm', 'nal', 'sal') {
        [void]$Aliases.Add($alias)
    }

    # Commands Windows PowerShell 2.0 does not have (or that break the collector's rules).
    $script:NewerCommands = @('ConvertTo-Json', 'ConvertFrom-Json', 'Invoke-WebRequest', 'Invoke-RestMethod', 'Resolve-DnsName', 'Test-NetConnection',
        'Get-NetAdapter', 'Get-NetIPAddress', 'New-TemporaryFile', 'Get-FileHash', 'Import-PowerShellDataFile', 'ConvertFrom-String',
        'Write-Information', 'Get-Clipboard', 'Unblock-File', 'Get-WindowsUpdateLog', 'Get-Website', 'Get-IISSite', 'Get-WsusServer')
    # Per-file exceptions, each with its reason.
    # Per-function exceptions, each with its reason.
    $script:Allowed = @{
        'Export-WdWindowsUpdateLog' = @('Get-WindowsUpdateLog')   # runs only after Get-Command finds it (Windows 10+ with 5.1)
        'Get-WdRegistryKey'         = @('OpenBaseKey')            # inside try/catch with a .NET 2.0 fallback
        # Reads outside the probes (Sections/Helpers), each with its reason:
        'Expand-WdPath'             = @('System.Environment')     # fallback for a %VARIABLE% the context's environment probe does not carry
        'Get-WdWindowsUpdateLogFact' = @('System.IO.File', 'System.IO.Path')   # deletes its own temporary decoded log; temp folder when the probe gave none
    }
    # What Sections and Helpers may call besides the module's functions: pipeline and stream cmdlets that touch nothing.
    $script:PureCommands = @('New-Object', 'Where-Object', 'ForEach-Object', 'Sort-Object', 'Select-Object', 'Group-Object', 'Measure-Object',
        'Write-Verbose', 'Write-Debug', 'Write-Warning', 'Write-Progress')
    # .NET types that read or change the machine (static calls, New-Object or casts).
    $script:SystemTypes = @('System.IO.File', 'System.IO.Directory', 'System.IO.FileInfo', 'System.IO.DirectoryInfo', 'System.IO.FileStream', 'System.IO.StreamReader',
        'System.IO.DriveInfo', 'System.IO.Path', 'System.Environment', 'Microsoft.Win32.Registry', 'Microsoft.Win32.RegistryKey', 'System.Net.Dns', 'System.Net.WebClient',
        'System.Net.WebRequest', 'System.Net.NetworkInformation.NetworkInterface', 'System.Net.NetworkInformation.IPGlobalProperties', 'System.Diagnostics.Process',
        'System.Diagnostics.FileVersionInfo', 'System.Diagnostics.EventLog', 'System.Reflection.Assembly', 'System.Xml.XmlDocument', 'System.Management.ManagementObjectSearcher',
        'System.Management.ManagementClass', 'System.Security.Principal.WindowsIdentity', 'System.ServiceProcess.ServiceController', 'wmi', 'wmiclass', 'wmisearcher', 'adsi')
    # .NET 4+ members (Windows PowerShell 2.0 runs on .NET 2.0/3.5).
    $script:NewerMembers = @('IsNullOrWhiteSpace', 'Is64BitOperatingSystem', 'Is64BitProcess', 'EnumerateFiles', 'EnumerateDirectories',
        'EnumerateFileSystemInfos', 'ReadLines', 'HasFlag', 'CopyToAsync', 'ReadAllLinesAsync', 'ForEach', 'Where')
    $script:WriteCommands = @('Restart-Service', 'Stop-Service', 'Start-Service', 'Set-Service', 'Suspend-Service', 'Set-ItemProperty', 'New-ItemProperty',
        'Remove-ItemProperty', 'Set-Item', 'Remove-Item', 'New-Item', 'Set-WebConfiguration', 'Set-WebConfigurationProperty', 'Start-WebAppPool',
        'Stop-WebAppPool', 'Restart-WebAppPool', 'wuauclt', 'wuauclt.exe', 'usoclient', 'usoclient.exe', 'iisreset', 'iisreset.exe', 'appcmd', 'appcmd.exe',
        'Out-File', 'Set-Content', 'Add-Content', 'Get-Content', 'Clear-Content', 'Restart-Computer', 'Stop-Computer')
}

Describe 'Collector file <Name>' -ForEach $codeFiles {
    BeforeAll {
        $parsed = Get-WdAst $Path
        $script:Ast = $parsed.Ast
        $script:FileName = [System.IO.Path]::GetFileName($Path)
        $script:ParseErrors = $parsed.Errors
        # One pass over the tree, grouped by node type: the rules below only look at their types.
        $script:Nodes = @{}
        foreach ($node in $Ast.FindAll({ $true }, $true)) {
            $type = $node.GetType().Name
            if (-not $Nodes.ContainsKey($type)) { $Nodes[$type] = [System.Collections.Generic.List[object]]::new() }
            $Nodes[$type].Add($node)
        }
        function Get-WdNodes([string[]] $Type) { foreach ($t in $Type) { if ($Nodes.ContainsKey($t)) { $Nodes[$t] } } }
        $script:Commands = @(Get-WdNodes 'CommandAst')
    }

    It 'parses without errors' {
        $ParseErrors.Count | Should -Be 0 -Because (($ParseErrors | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Message)" }) -join '; ')
    }

    It 'uses nothing that Windows PowerShell 2.0 / .NET 2.0 lacks' {
        $violations = @(Get-WdCompatibilityViolation -Ast $Ast -FileName $FileName)
        $violations.Count | Should -Be 0 -Because ($violations -join '; ')
    }

    It 'uses no aliases' {
        $hits = @($Commands | Where-Object { $name = $_.GetCommandName(); $name -and $Aliases.Contains($name) })
        $hits.Count | Should -Be 0 -Because (Format-WdHit $hits)
    }

    It 'uses Write-Host only in the entry script' {
        $hits = @($Commands | Where-Object { $_.GetCommandName() -eq 'Write-Host' })
        if ($FileName -notin 'Invoke-WsusDoctorCollection.ps1', 'Invoke-WsusDoctorCollection.template.ps1') { $hits.Count | Should -Be 0 -Because (Format-WdHit $hits) }
    }

    It 'is read-only: no service control, registry/IIS writes, wuauclt, or Get-Content/Out-File/Set-Content' {
        if ($FileName -eq 'Build-WsusDoctorCollector.ps1') { return }   # developer tool, not shipped to machines
        $hits = @($Commands | Where-Object { $_.GetCommandName() -in $WriteCommands })
        $members = @(Get-WdNodes 'InvokeMemberExpressionAst' | Where-Object {
                $_.Member.Extent.Text -in 'SetValue', 'DeleteValue', 'CreateSubKey', 'DeleteSubKey', 'DeleteSubKeyTree', 'CommitChanges', 'Recycle' -or
                # OpenSubKey(name, $true) would open the key for writing.
                ($_.Member.Extent.Text -eq 'OpenSubKey' -and @($_.Arguments).Count -gt 1 -and $_.Arguments[1].Extent.Text -ne '$false')
            })
        $all = @($hits) + @($members)
        $all.Count | Should -Be 0 -Because (Format-WdHit $all)
    }
}

Describe 'File encoding of <Name>' -ForEach $encodingFiles {
    It 'is ASCII, or UTF-8 with BOM when it holds other characters (Windows PowerShell 5.1 reads BOM-less files as ANSI)' {
        $bytes = [System.IO.File]::ReadAllBytes($Path)
        $hasBom = $bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF
        $nonAscii = @($bytes | Where-Object { $_ -gt 127 }).Count
        if (-not $hasBom) { $nonAscii | Should -Be 0 }
        ($bytes.Length -ge 2 -and (($bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE) -or ($bytes[0] -eq 0xFE -and $bytes[1] -eq 0xFF))) | Should -BeFalse -Because 'UTF-16 files are not wanted'
    }
}

Describe 'Function file <Name>' -ForEach $functionFiles {
    BeforeAll {
        $script:Ast = (Get-WdAst $Path).Ast
        $script:Functions = @($Ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $n.Parent.Parent -eq $Ast }, $false))
        $script:Top = @($Ast.EndBlock.Statements | Where-Object { $_ -is [System.Management.Automation.Language.FunctionDefinitionAst] })
    }

    It 'defines exactly one function, named like the file' {
        $Top.Count | Should -Be 1
        $Top[0].Name | Should -Be ([System.IO.Path]::GetFileNameWithoutExtension($Path))
        @($Ast.EndBlock.Statements | Where-Object { $_ -isnot [System.Management.Automation.Language.FunctionDefinitionAst] }).Count | Should -Be 0
    }

    It 'has a header comment saying what the file is for' {
        (Get-Content -TotalCount 1 -Path $Path) | Should -Match '^# \S'
    }

    It 'has comment-based help (.SYNOPSIS; public: also .DESCRIPTION, .OUTPUTS and two .EXAMPLEs)' {
        $help = $Top[0].GetHelpContent()
        $help | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeNullOrEmpty
        if ($Public) {
            $help.Description | Should -Not -BeNullOrEmpty
            $help.Outputs.Count | Should -BeGreaterThan 0
            $help.Examples.Count | Should -BeGreaterOrEqual 2
        }
    }
}

Describe 'No system read outside the probes: <Name>' -ForEach $pureFiles {
    It 'calls only module functions and pure cmdlets, and no .NET type that reads the machine' {
        $ast = (Get-WdAst $Path).Ast
        $own = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true) | ForEach-Object Name)
        $top = @($ast.EndBlock.Statements | Where-Object { $_ -is [System.Management.Automation.Language.FunctionDefinitionAst] })[0].Name
        $allowed = if ($Allowed.ContainsKey($top)) { $Allowed[$top] } else { @() }
        $hits = [System.Collections.Generic.List[string]]::new()
        foreach ($c in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true)) {
            $name = $c.GetCommandName()
            if (-not $name) { if ($c.InvocationOperator -ne 'Ampersand') { $hits.Add("line $($c.Extent.StartLineNumber): $($c.Extent.Text)") }; continue }
            if ($name -like '*-Wd*' -or $name -in $own -or $name -in $PureCommands) { continue }
            $hits.Add("line $($c.Extent.StartLineNumber): command $name")
        }
        $normalize = { param([string] $t) $t = $t.Trim('[', ']'); if ($t -notmatch '\.') { return $t }; if ($t -notmatch '^(System|Microsoft)\.') { $t = 'System.' + $t }; $t }
        foreach ($t in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.TypeExpressionAst] -or $n -is [System.Management.Automation.Language.TypeConstraintAst] }, $true)) {
            $type = & $normalize $t.TypeName.FullName
            if ($SystemTypes -contains $type -and $allowed -notcontains $type) { $hits.Add("line $($t.Extent.StartLineNumber): [$type]") }
        }
        foreach ($c in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] -and $n.GetCommandName() -eq 'New-Object' }, $true)) {
            $arguments = @($c.CommandElements | Select-Object -Skip 1 | Where-Object { $_ -is [System.Management.Automation.Language.StringConstantExpressionAst] } | ForEach-Object Value)
            if (@($c.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] -and $_.ParameterName -eq 'ComObject' }).Count) { $hits.Add("line $($c.Extent.StartLineNumber): New-Object -ComObject"); continue }
            foreach ($a in $arguments) { $type = & $normalize $a; if ($SystemTypes -contains $type -and $allowed -notcontains $type) { $hits.Add("line $($c.Extent.StartLineNumber): New-Object $type") } }
        }
        $hits.Count | Should -Be 0 -Because ($hits -join '; ')
    }
}

Describe 'The data-driven file lists' {
    # A wrong path filter would silently run no per-file test at all.
    It 'hold every module function file, and the Sections and Helpers among them' -ForEach @(@{ FunctionCount = $functionFiles.Count; PureCount = $pureFiles.Count }) {
        $FunctionCount | Should -Be @(Get-ChildItem -Path (Join-Path $CollectorsRoot 'WsusDoctor') -Recurse -Filter '*.ps1').Count
        $PureCount | Should -Be (@(Get-ChildItem -Path (Join-Path $CollectorsRoot 'WsusDoctor' 'Private' 'Sections') -Filter '*.ps1').Count + @(Get-ChildItem -Path (Join-Path $CollectorsRoot 'WsusDoctor' 'Private' 'Helpers') -Filter '*.ps1').Count)
    }
}

Describe 'Module rooms' {
    BeforeAll {
        $script:ModuleRoot = Join-Path $CollectorsRoot 'WsusDoctor'
        $script:Rooms = @('Private\Helpers', 'Private\Probes', 'Private\Sections', 'Private\Diagnosis', 'Public')
        $script:RoomFiles = @{}
        foreach ($room in $Rooms) { $RoomFiles[$room] = @(Get-ChildItem -Path (Join-Path $ModuleRoot ($room -replace '\\', '/')) -Filter '*.ps1' | ForEach-Object BaseName | Sort-Object) }
        function Get-WdArrayLiteral([string] $Path, [string] $VariableOrLoop) {
            # The string values of the first array literal that holds 'Private\Helpers' (the room list).
            $ast = (Get-WdAst $Path).Ast
            $array = $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.ArrayLiteralAst] -and ($n.Elements | Where-Object { $_.Value -eq 'Private\Helpers' }) }, $true) | Select-Object -First 1
            @($array.Elements | ForEach-Object Value)
        }
    }

    It 'every module file is in a room (Private\Helpers, Probes, Sections, Diagnosis, or Public), none loose in Private' {
        @(Get-ChildItem -Path (Join-Path $ModuleRoot 'Private') -File).Name | Should -BeNullOrEmpty
        @(Get-ChildItem -Path (Join-Path $ModuleRoot 'Private') -Directory | ForEach-Object { 'Private\' + $_.Name } | Sort-Object) | Should -Be @($Rooms | Where-Object { $_ -like 'Private\*' } | Sort-Object)
        $inRooms = @($RoomFiles.Values | ForEach-Object { $_ }).Count
        @(Get-ChildItem -Path $ModuleRoot -Recurse -Filter '*.ps1').Count | Should -Be $inRooms
    }

    It 'the module loads, and the build embeds, the rooms in the same order' {
        Get-WdArrayLiteral (Join-Path $ModuleRoot 'WsusDoctor.psm1') | Should -Be $Rooms
        Get-WdArrayLiteral (Join-Path $CollectorsRoot 'build' 'Build-WsusDoctorCollector.ps1') | Should -Be $Rooms
        $module = Import-Module (Join-Path $ModuleRoot 'WsusDoctor.psd1') -Force -PassThru
        $defined = & $module { @(Get-Command -Module WsusDoctor -CommandType Function | ForEach-Object Name) }
        foreach ($name in @($RoomFiles.Values | ForEach-Object { $_ })) { $defined | Should -Contain $name }
    }

    It 'the host-only files are exactly Private\Diagnosis and Public\Invoke-WsusDiagnosis' {
        $hostOnly = @(Get-ChildItem -Path $ModuleRoot -Recurse -Filter '*.ps1' | Where-Object { (Get-Content -Raw $_.FullName) -match '(?m)^# WsusDoctor: host-only' } | ForEach-Object BaseName | Sort-Object)
        $hostOnly | Should -Be @(@($RoomFiles['Private\Diagnosis']) + 'Invoke-WsusDiagnosis' | Sort-Object)
    }

    It 'every probe says so in its header, and the scenario tests replace each one that sections call (Set-WdFixtureMock)' {
        foreach ($probe in $RoomFiles['Private\Probes']) {
            (Get-Content -TotalCount 1 -Path (Join-Path $ModuleRoot 'Private' 'Probes' "$probe.ps1")) | Should -Match "^# $probe \(probe"
        }
        $mocked = @((Get-WdAst (Join-Path $PSScriptRoot 'TestHelpers.ps1')).Ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] -and $n.GetCommandName() -eq 'Mock' }, $true) |
                ForEach-Object { $_.CommandElements[3].Value })
        # A probe that only another probe calls (the applicationHost.config fallback) is replaced with its caller.
        $calledFromOutside = foreach ($probe in $RoomFiles['Private\Probes']) {
            $callers = @(Get-ChildItem -Path $ModuleRoot -Recurse -Filter '*.ps1' | Where-Object { $_.Directory.Name -ne 'Probes' -and (Get-Content -Raw $_.FullName) -match "\b$([regex]::Escape($probe))\b" })
            if ($callers.Count) { $probe }
        }
        @($calledFromOutside | Sort-Object) | Should -Be @($mocked | Sort-Object)
    }
}

Describe 'The PowerShell 2.0 checker itself' {
    It 'flags <Snippet>' -ForEach @(
        @{ Snippet = '$h = [ordered]@{}' }, @{ Snippet = '[pscustomobject]@{ a = 1 }' }, @{ Snippet = '[System.Text.StringBuilder]::new()' },
        @{ Snippet = 'if (1 -in @(1)) { }' }, @{ Snippet = '@(1).ForEach({ $_ })' }, @{ Snippet = 'class Foo { }' }, @{ Snippet = '$PSItem' },
        @{ Snippet = 'ConvertTo-Json @{}' }, @{ Snippet = 'Get-CimInstance Win32_OperatingSystem' }, @{ Snippet = 'Get-Item x -ErrorAction Ignore' },
        @{ Snippet = 'function f { param([Parameter(Mandatory)] $a) }' }, @{ Snippet = 'Get-Process | Where-Object Name -eq x' },
        @{ Snippet = '[string]::IsNullOrWhiteSpace($x)' }, @{ Snippet = '[version]::Parse("1.0")' }, @{ Snippet = 'Get-Process *> $null' },
        @{ Snippet = '$PSScriptRoot' }, @{ Snippet = '$a ?? $b' }, @{ Snippet = 'Invoke-Command -ScriptBlock { $using:x }' }
    ) {
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Snippet, [ref]$null, [ref]$null)
        @(Get-WdCompatibilityViolation -Ast $ast -FileName 'snippet.ps1').Count | Should -BeGreaterThan 0
    }

    It 'accepts 2.0-compatible code' {
        $code = '$d = New-Object System.Collections.Specialized.OrderedDictionary; if (@(1, 2) -contains 1) { Get-WmiObject Win32_OperatingSystem -ErrorAction SilentlyContinue | Where-Object { $_ } }'
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref]$null, [ref]$null)
        @(Get-WdCompatibilityViolation -Ast $ast -FileName 'snippet.ps1') | Should -BeNullOrEmpty
    }
}

Describe 'Module and entry script' {
    It 'the manifest is valid and uses only keys Windows PowerShell 2.0 knows' {
        $manifestPath = Join-Path $CollectorsRoot 'WsusDoctor' 'WsusDoctor.psd1'
        { Test-ModuleManifest -Path $manifestPath -ErrorAction Stop } | Should -Not -Throw
        $data = Import-PowerShellDataFile $manifestPath
        $known20 = 'ModuleToProcess', 'NestedModules', 'GUID', 'Author', 'CompanyName', 'Copyright', 'ModuleVersion', 'Description', 'PowerShellVersion',
        'PowerShellHostName', 'PowerShellHostVersion', 'CLRVersion', 'DotNetFrameworkVersion', 'ProcessorArchitecture', 'RequiredModules', 'TypesToProcess',
        'FormatsToProcess', 'ScriptsToProcess', 'RequiredAssemblies', 'FileList', 'ModuleList', 'FunctionsToExport', 'AliasesToExport', 'VariablesToExport',
        'CmdletsToExport', 'PrivateData'
        @($data.Keys | Where-Object { $_ -notin $known20 }) | Should -BeNullOrEmpty
        $data.PowerShellVersion | Should -Be '2.0'
    }

    It 'exports the public functions and nothing else' {
        $module = Import-Module (Join-Path $CollectorsRoot 'WsusDoctor' 'WsusDoctor.psd1') -Force -PassThru
        @($module.ExportedFunctions.Keys | Sort-Object) | Should -Be @('ConvertTo-WsusDoctorJson', 'Export-WsusDoctorFact', 'Get-WsusDoctorFact', 'Invoke-WsusDiagnosis')
    }

    It 'the entry script has full help (.SYNOPSIS, .DESCRIPTION, .OUTPUTS, examples) and says it is read-only' {
        $ast = (Get-WdAst (Join-Path $CollectorsRoot 'Invoke-WsusDoctorCollection.ps1')).Ast
        $help = $ast.GetHelpContent()
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Outputs.Count | Should -BeGreaterThan 0
        $help.Examples.Count | Should -BeGreaterOrEqual 2
        $help.Description | Should -Match 'READ-ONLY'
    }

    It 'does not embed the host-only files (Invoke-WsusDiagnosis needs Node.js and 5.1)' {
        $text = Get-Content -Raw (Join-Path $CollectorsRoot 'Invoke-WsusDoctorCollection.ps1')
        $text | Should -Not -Match 'function Invoke-WsusDiagnosis'
        $text | Should -Match 'function Get-WsusDoctorFact'
    }
}

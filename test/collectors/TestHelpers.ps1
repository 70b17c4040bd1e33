# Shared by the collector Pester tests (test/collectors and its Probes/Sections/Helpers/Diagnosis/Public/build
# folders, which mirror collectors/WsusDoctor): paths, temporary files, node/engine helpers, probe mocks from a fixture.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
$script:ModuleManifest = Join-Path $RepoRoot 'collectors' 'WsusDoctor' 'WsusDoctor.psd1'
# pwsh installed as a .NET tool runs through the dotnet host, so the process path is not pwsh itself.
$script:PwshExe = if ($env:WD_PWSH) { $env:WD_PWSH } else { Join-Path $RepoRoot '.tools' 'pwsh' 'pwsh' }
$script:NodeExe = if ($env:WD_NODE) { $env:WD_NODE } else { 'node' }

function New-WdTestWorkFolder {
    <# Creates a new empty temporary folder named <Prefix>-<guid> and returns its path. #>
    param([string] $Prefix = 'wd-test')
    $path = Join-Path ([System.IO.Path]::GetTempPath()) ($Prefix + '-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $path | Out-Null
    $path
}

function Write-WdTestFile {
    <# Writes lines (CRLF) to $Work/<Name> with the given encoding and age; returns the path. $Work is the calling test file's work folder. #>
    param([string] $Name, [string[]] $Lines, [System.Text.Encoding] $Encoding = [System.Text.UTF8Encoding]::new($false), [double] $AgeHours = 0)
    $path = Join-Path $Work $Name
    [System.IO.File]::WriteAllText($path, ($Lines -join "`r`n") + "`r`n", $Encoding)
    [System.IO.File]::SetLastWriteTimeUtc($path, [datetime]::UtcNow.AddHours(-$AgeHours))
    $path
}

function Invoke-WdFactValidation {
    <# Validates fact files with the ajv validator; returns one result per file. #>
    param([string[]] $Path)
    $text = & $script:NodeExe (Join-Path $script:RepoRoot 'test' 'collectors' 'validate-facts.mjs') @Path
    if ($LASTEXITCODE -ne 0) { throw "validate-facts.mjs failed with exit code $LASTEXITCODE" }
    $text | ConvertFrom-Json
}

function Test-WdEngineAvailable {
    (Test-Path (Join-Path $script:RepoRoot 'engine' 'cli' 'main.ts')) -and (Test-Path (Join-Path $script:RepoRoot 'dist' 'cli.js'))
}

function Invoke-WdEngineDiagnose {
    <# Runs the engine's CLI on fact files; returns ExitCode, Stdout, Stderr. #>
    param([string[]] $Path)
    $stderrFile = [System.IO.Path]::GetTempFileName()
    $stdout = & $script:NodeExe (Join-Path $script:RepoRoot 'bin' 'wsus-doctor.js') diagnose @Path --format json 2>$stderrFile
    $code = $LASTEXITCODE
    $stderr = Get-Content -Raw $stderrFile
    Remove-Item $stderrFile
    [pscustomobject]@{ ExitCode = $code; Stdout = ($stdout -join "`n"); Stderr = $stderr }
}

function Set-WdFixtureMock {
    <# Replaces every WsusDoctor probe by the fixture-backed version (WdFixture module). Call inside BeforeAll. #>
    Mock -ModuleName WsusDoctor Get-WdEnvironment { Get-WdFixtureEnvironment }
    Mock -ModuleName WsusDoctor Get-WdRegistryKey { Get-WdFixtureRegistryKey -Path $Path }
    Mock -ModuleName WsusDoctor Get-WdService { Get-WdFixtureService -Name $Name }
    Mock -ModuleName WsusDoctor Get-WdHotFix { Get-WdFixtureHotFix }
    Mock -ModuleName WsusDoctor Get-WdCimInstance { Get-WdFixtureCimInstance -ClassName $ClassName -Namespace $Namespace }
    Mock -ModuleName WsusDoctor Get-WdFileItem { Get-WdFixtureFileItem -Path $Path }
    Mock -ModuleName WsusDoctor Get-WdChildItem { Get-WdFixtureChildItem -Path $Path -Filter $Filter }
    Mock -ModuleName WsusDoctor Read-WdFileTail { Read-WdFixtureTail -Path $Path -MaxBytes $MaxBytes -HeaderPrefix $HeaderPrefix }
    Mock -ModuleName WsusDoctor Get-WdIisConfiguration { Get-WdFixtureIisConfiguration }
    Mock -ModuleName WsusDoctor Get-WdEventLogEntry { Get-WdFixtureEventLogEntry -LogName $LogName -ProviderName $ProviderName -Id $Id -MaxAgeDays $MaxAgeDays -MaxEvents $MaxEvents }
    Mock -ModuleName WsusDoctor Invoke-WdCommand { Invoke-WdFixtureCommand -FilePath $FilePath -ArgumentList $ArgumentList }
    Mock -ModuleName WsusDoctor Get-WdWsusApiVersion { Get-WdFixtureWsusApiVersion }
    Mock -ModuleName WsusDoctor Invoke-WdSqlQuery { Get-WdFixtureSqlQuery -Server $Server -Database $Database -Query $Query -TimeoutSeconds $TimeoutSeconds }
    Mock -ModuleName WsusDoctor Get-WdVolumeSpace { Get-WdFixtureVolumeSpace -Path $Path }
    Mock -ModuleName WsusDoctor Get-WdCertificate { Get-WdFixtureCertificate -Thumbprint $Thumbprint -StoreName $StoreName }
    Mock -ModuleName WsusDoctor Get-WdWsusSyncStatus { Get-WdFixtureWsusSyncStatus }
    Mock -ModuleName WsusDoctor Get-WdWsusTargetGroup { Get-WdFixtureWsusTargetGroup }
    Mock -ModuleName WsusDoctor Get-WdIisMimeMap { Get-WdFixtureIisMimeMap -SiteName $SiteName }
    Mock -ModuleName WsusDoctor Get-WdAccessRule { Get-WdFixtureAccessRule -Path $Path }
    Mock -ModuleName WsusDoctor Export-WdWindowsUpdateLog { Export-WdFixtureWindowsUpdateLog -OutFile $OutFile -TimeoutSeconds $TimeoutSeconds }
}

# Shared by the collector Pester tests: paths, node/engine helpers, probe mocks from a fixture.
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
$script:ModuleManifest = Join-Path $RepoRoot 'collectors' 'WsusDoctor' 'WsusDoctor.psd1'
# pwsh installed as a .NET tool runs through the dotnet host, so the process path is not pwsh itself.
$script:PwshExe = if ($env:WD_PWSH) { $env:WD_PWSH } else { Join-Path $RepoRoot '.tools' 'pwsh' 'pwsh' }
$script:NodeExe = if ($env:WD_NODE) { $env:WD_NODE } else { 'node' }

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
    Mock -ModuleName WsusDoctor Export-WdWindowsUpdateLog { Export-WdFixtureWindowsUpdateLog -OutFile $OutFile -TimeoutSeconds $TimeoutSeconds }
}

# Runs every collector Pester test (test/collectors/**/*.Tests.ps1; the folders mirror collectors/WsusDoctor) and writes the results as JSON for
# test/collectors/pester.test.ts, which turns each Pester test into a node:test test.
# Usage: pwsh -NoProfile -File Invoke-CollectorPester.ps1 -ResultFile out.json [-PesterManifest path] [-Path file.Tests.ps1]
param(
    [Parameter(Mandatory)] [string] $ResultFile,
    [string] $PesterManifest = (Join-Path $PSScriptRoot '..' '..' '.tools' 'modules' 'Pester' 'Pester.psd1'),
    [string[]] $Path = @($PSScriptRoot)
)

Import-Module $PesterManifest -ErrorAction Stop
$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
$run = Invoke-Pester -Configuration $configuration

$results = [System.Collections.Generic.List[object]]::new()
foreach ($test in $run.Tests) {
    # The path relative to test/collectors (Probes/Read-WdFileTail.Tests.ps1), with forward slashes.
    $file = if ($test.ScriptBlock -and $test.ScriptBlock.File) { [System.IO.Path]::GetRelativePath($PSScriptRoot, $test.ScriptBlock.File).Replace('\', '/') } else { '' }
    $message = @($test.ErrorRecord | ForEach-Object { if ($_.DisplayErrorMessage) { $_.DisplayErrorMessage } else { $_.Exception.Message } }) -join "`n"
    $results.Add([ordered]@{
            file       = $file
            name       = $test.ExpandedPath
            result     = [string]$test.Result
            message    = $message
            durationMs = [int]$test.Duration.TotalMilliseconds
        })
}
# A failing BeforeAll/discovery fails its container without test results: report it too.
foreach ($container in $run.Containers) {
    if ($container.Result -eq 'Failed' -and $container.ErrorRecord.Count -gt 0) {
        $results.Add([ordered]@{
                file       = [System.IO.Path]::GetRelativePath($PSScriptRoot, [string]$container.Item).Replace('\', '/')
                name       = 'container setup'
                result     = 'Failed'
                message    = (@($container.ErrorRecord | ForEach-Object { $_.Exception.Message }) -join "`n")
                durationMs = 0
            })
    }
}
[System.IO.File]::WriteAllText($ResultFile, (ConvertTo-Json -InputObject @($results) -Depth 5), [System.Text.UTF8Encoding]::new($false))

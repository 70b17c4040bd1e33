# Invoke-WdRemoteCollection (host-only): the self-contained collector sent with Invoke-Command, one JSON
# document per machine, connection errors mapped to their machine.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'Invoke-WdRemoteCollection (Invoke-Command replaced by a local run of the same script block)' {
    It 'sends the self-contained collector, gets one JSON document per machine and maps connection errors to their machine' {
        Mock -ModuleName WsusDoctor Invoke-Command {
            foreach ($computer in $ComputerName) {
                if ($computer -eq 'OFFLINE9') {
                    Write-Error -Message "Connecting to remote server $computer failed with the following error message : WinRM cannot complete the operation." -TargetObject $computer -ErrorAction SilentlyContinue
                    continue
                }
                foreach ($item in (& $ScriptBlock @ArgumentList)) {
                    $wrapped = [System.Management.Automation.PSObject]::AsPSObject($item)
                    $wrapped.PSObject.Properties.Add([System.Management.Automation.PSNoteProperty]::new('PSComputerName', $computer))
                    $wrapped
                }
            }
        }
        $script = Join-Path $RepoRoot 'collectors' 'Invoke-WsusDoctorCollection.ps1'
        $results = @(& (Get-Module WsusDoctor) {
                param($s) Invoke-WdRemoteCollection -ComputerName 'PC-7', 'OFFLINE9' -ThrottleLimit 4 -CollectorScript $s -CollectorArguments @{ SkipWindowsUpdateLog = $true; MaxLogAgeDays = 1 }
            } $script)
        Should -Invoke -ModuleName WsusDoctor Invoke-Command -Times 1 -Exactly -ParameterFilter { $ThrottleLimit -eq 4 -and $ArgumentList[0]['AsJson'] -and $ArgumentList[0]['MaxLogAgeDays'] -eq 1 }
        $results.Count | Should -Be 2
        $results[0].ComputerName | Should -Be 'PC-7'
        ($results[0].Json | ConvertFrom-Json).schemaVersion | Should -Be '1.0'
        $results[1].ComputerName | Should -Be 'OFFLINE9'
        $results[1].Json | Should -BeNullOrEmpty
        $results[1].Error | Should -BeLike '*WinRM cannot complete*'
    }
}

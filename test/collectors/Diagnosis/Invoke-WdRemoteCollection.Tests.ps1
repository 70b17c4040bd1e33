# Invoke-WdRemoteCollection (host-only): the self-contained collector sent with one Invoke-Command, the
# connection options passed through, one entry per machine streamed as it finishes, errors mapped to their machine.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $script:Collector = Join-Path $RepoRoot 'collectors' 'Invoke-WsusDoctorCollection.ps1'
}

Describe 'Invoke-WdRemoteCollection (Invoke-Command replaced by a local run of the same script block)' {
    BeforeAll {
        # The fake Invoke-Command: OFFLINE9 cannot be reached (transport error), HALF7 fails inside the collector,
        # the others run the real script block locally and tag the output with PSComputerName.
        $script:FakeInvokeCommand = {
            $targets = if ($Session) { @($Session | ForEach-Object ComputerName) } else { $ComputerName }
            foreach ($computer in $targets) {
                if ($computer -eq 'OFFLINE9') {
                    $exception = [System.Management.Automation.Remoting.PSRemotingTransportException]::new("Connecting to remote server $computer failed with the following error message : WinRM cannot complete the operation.")
                    Write-Error -Exception $exception -Category OpenError -TargetObject $computer
                    continue
                }
                if ($computer -eq 'HALF7') {
                    $record = [System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new('Access is denied (HKLM\SOFTWARE\Microsoft\Update Services).'), 'Denied', 'PermissionDenied', $computer)
                    Write-Error -ErrorRecord $record
                    continue
                }
                foreach ($item in (& $ScriptBlock @ArgumentList)) {
                    $wrapped = [System.Management.Automation.PSObject]::AsPSObject($item)
                    $wrapped.PSObject.Properties.Add([System.Management.Automation.PSNoteProperty]::new('PSComputerName', $computer))
                    $wrapped
                }
            }
        }
    }

    It 'sends the self-contained collector once, streams one JSON document per machine and maps errors to their machine' {
        Mock -ModuleName WsusDoctor Invoke-Command $FakeInvokeCommand
        $results = @(& (Get-Module WsusDoctor) {
                param($s) Invoke-WdRemoteCollection -ComputerName 'OFFLINE9', 'HALF7', 'PC-7' -ThrottleLimit 4 -CollectorScript $s -CollectorArguments @{ SkipWindowsUpdateLog = $true; MaxLogAgeDays = 1 }
            } $Collector)
        Should -Invoke -ModuleName WsusDoctor Invoke-Command -Times 1 -Exactly -ParameterFilter { $ThrottleLimit -eq 4 -and $ArgumentList[0]['AsJson'] -and $ArgumentList[0]['MaxLogAgeDays'] -eq 1 }
        # In the order they finished: PC-7's document, OFFLINE9's connection error as it came; HALF7 (no document, an error) at the end.
        @($results | ForEach-Object ComputerName) | Should -Be @('OFFLINE9', 'PC-7', 'HALF7')
        $pc = $results | Where-Object ComputerName -eq 'PC-7'
        ($pc.Json | ConvertFrom-Json).schemaVersion | Should -Be '1.0'
        $pc.ErrorRecord | Should -BeNullOrEmpty
        $offline = $results | Where-Object ComputerName -eq 'OFFLINE9'
        $offline.Json | Should -BeNullOrEmpty
        $offline.ErrorRecord.Exception | Should -BeOfType ([System.Management.Automation.Remoting.PSRemotingTransportException])
        $offline.ErrorRecord.Exception.Message | Should -BeLike '*WinRM cannot complete*'
        ($results | Where-Object ComputerName -eq 'HALF7').ErrorRecord.Exception.Message | Should -BeLike 'Access is denied*'
    }

    It 'passes -Credential, -UseSSL, -Port, -Authentication, -SessionOption and -ConfigurationName to Invoke-Command' {
        Mock -ModuleName WsusDoctor Invoke-Command {}
        $credential = [System.Management.Automation.PSCredential]::new('CONTOSO\wsusadmin', (ConvertTo-SecureString 'not-a-real-password' -AsPlainText -Force))
        $option = New-PSSessionOption -SkipCACheck
        $results = @(& (Get-Module WsusDoctor) {
                param($s, $c, $o) Invoke-WdRemoteCollection -ComputerName 'PC-8' -Credential $c -UseSSL -Port 5986 -Authentication Kerberos -SessionOption $o -ConfigurationName 'WsusDoctor.Jea' -CollectorScript $s
            } $Collector $credential $option)
        Should -Invoke -ModuleName WsusDoctor Invoke-Command -Times 1 -Exactly -ParameterFilter {
            $Credential.UserName -eq 'CONTOSO\wsusadmin' -and $UseSSL -and $Port -eq 5986 -and $Authentication -eq 'Kerberos' -and
            $SessionOption.SkipCACheck -and $ConfigurationName -eq 'WsusDoctor.Jea' -and @($ComputerName) -join ',' -eq 'PC-8'
        }
        $results.Count | Should -Be 1
        $results[0].ErrorRecord.Exception.Message | Should -Be 'The collector on PC-8 returned no fact document.'
    }

    It 'collects through open PSSessions (-Session)' {
        Mock -ModuleName WsusDoctor Invoke-Command $FakeInvokeCommand -RemoveParameterType Session
        $sessions = @([pscustomobject]@{ ComputerName = 'PC-9' }, [pscustomobject]@{ ComputerName = 'OFFLINE9' })
        $results = @(& (Get-Module WsusDoctor) {
                # A PSSession cannot be made without a remote end: stand-ins with ComputerName, passed through unchanged.
                param($s, $sessions) Invoke-WdRemoteCollection -Session $sessions -CollectorScript $s -CollectorArguments @{ SkipWindowsUpdateLog = $true }
            } $Collector $sessions)
        Should -Invoke -ModuleName WsusDoctor Invoke-Command -Times 1 -Exactly -ParameterFilter { @($Session).Count -eq 2 -and $null -eq $ComputerName }
        @($results | ForEach-Object ComputerName | Sort-Object) | Should -Be @('OFFLINE9', 'PC-9')
        ($results | Where-Object ComputerName -eq 'PC-9').Json | Should -Not -BeNullOrEmpty
    }
}
